package nl.zsm.hg.veiligheid.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.zsm.hg.intake.domain.Regio;

/**
 * The region(s) of a police user: membership of a group {@code regio-<code>} (e.g. {@code regio-rotterdam}, the codes of
 * {@link Regio}). A police user sees the measures of cases of those regions, and of cases whose region is unknown
 * (started before the region was recorded): safety first, enforcement must not fail on a missing region.
 */
public final class Politieregio {

  public static final String GROEP_VOORVOEGSEL = "regio-";

  /** The reason a police account without a region group reads and reports nothing (docs/slachtoffer.md). */
  public static final String GEEN_REGIO = "Uw politieaccount hoort bij geen regio. Vraag de beheerder u toe te voegen"
      + " aan de groep van uw regio (bijvoorbeeld " + groep(Regio.ROTTERDAM) + ").";

  private Politieregio() {}

  public static Set<Regio> van(Collection<String> groepen) {
    Set<Regio> regios = EnumSet.noneOf(Regio.class);
    for (String groep : groepen) {
      if (groep != null && groep.startsWith(GROEP_VOORVOEGSEL)) {
        Regio.vanCode(groep.substring(GROEP_VOORVOEGSEL.length())).filter(r -> r != Regio.ONBEKEND).ifPresent(regios::add);
      }
    }
    return regios;
  }

  /** Whether police of {@code regios} may read a case of {@code zaakregio} (empty or ONBEKEND: everyone). */
  public static boolean magLezen(Set<Regio> regios, Optional<Regio> zaakregio) {
    return zaakregio.isEmpty() || zaakregio.get() == Regio.ONBEKEND || regios.contains(zaakregio.get());
  }

  public static String groep(Regio regio) {
    return GROEP_VOORVOEGSEL + regio.code();
  }
}
