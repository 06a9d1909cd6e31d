package nl.zsm.hg.stalking.domain;

/**
 * Whether an HG case is (also) a stalking case: it carries the intake label ex-partnerstalking or a
 * participant recognised a stalking component (art. 285b Sr, L5045-6015).
 */
public final class Stalkingzaak {

  private Stalkingzaak() {}

  public static boolean is(Object labelExPartnerstalking, Object stalkingcomponentHerkend) {
    return Boolean.TRUE.equals(labelExPartnerstalking) || Boolean.TRUE.equals(stalkingcomponentHerkend);
  }
}
