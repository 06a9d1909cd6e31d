package nl.zsm.hg.stalking.domain;

import java.util.function.Function;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
/**
 * Whether an HG case is (also) a stalking case: it carries the intake label ex-partnerstalking or a
 * participant recognised a stalking component (art. 285b Sr, L5045-6015).
 */
public final class Stalkingzaak {

  private Stalkingzaak() {}

  public static boolean is(Object labelExPartnerstalking, Object stalkingcomponentHerkend) {
    return Boolean.TRUE.equals(labelExPartnerstalking) || Boolean.TRUE.equals(stalkingcomponentHerkend);
  }

  /** The same, read from a case's variables (e.g. {@code taak::getVariable}). */
  public static boolean in(Function<String, Object> zaak) {
    return is(zaak.apply(ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING), zaak.apply(ZsmHuiselijkGeweldContract.STALKINGCOMPONENT_HERKEND));
  }
}
