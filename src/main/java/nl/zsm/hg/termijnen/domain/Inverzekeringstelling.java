package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * Inverzekeringstelling (art. 58 Sv): at most 3 days, extendable once by 3 days (L410-412); and the
 * voorgeleiding to the rechter-commissaris at the latest 3 days and 18 hours after the arrest (art.
 * 59a Sv). A day is 24 real hours, also across the change to or from summer time.
 */
public final class Inverzekeringstelling {

  static final Duration TERMIJN = Duration.ofDays(3);
  static final Duration VOORGELEIDING = Duration.ofDays(3).plusHours(18);

  /**
   * @param aanvang the order of the (hulp)officier van justitie; or the arrest when that is not
   *     known yet (then {@code vanafAanhouding}: earlier, so on the safe side)
   */
  public Termijn einde(ZonedDateTime aanvang, boolean verlengd, boolean vanafAanhouding) {
    Objects.requireNonNull(aanvang, "aanvang");
    ZonedDateTime begin = Amsterdam.inAmsterdam(aanvang);
    List<String> uitleg = new ArrayList<>();
    if (vanafAanhouding) {
      uitleg.add("Gerekend vanaf de aanhouding: " + Amsterdam.moment(begin) + ". De inverzekeringstelling begint pas "
          + "na het ophouden voor onderzoek; vanaf de aanhouding rekenen geeft een eerdere, dus veilige, grens.");
    } else {
      uitleg.add("Aanvang inverzekeringstelling: " + Amsterdam.moment(begin) + " (bevel van de (hulp)officier van justitie).");
    }
    Duration duur = verlengd ? TERMIJN.plus(TERMIJN) : TERMIJN;
    uitleg.add(verlengd
        ? "Verlengd: 3 dagen plus eenmaal 3 dagen verlenging = 6 dagen (144 uur) (art. 58 Sv; Werkwijze, stap 2: veiligheidsbeoordeling)."
        : "Ten hoogste 3 dagen (72 uur) (art. 58 lid 1 Sv; Werkwijze, stap 2: veiligheidsbeoordeling); eenmaal te verlengen met 3 dagen.");
    ZonedDateTime einde = Amsterdam.inAmsterdam(begin.plus(duur));
    klokwissel(begin, einde, duur).ifPresent(uitleg::add);
    uitleg.add("Uiterlijk einde inverzekeringstelling: " + Amsterdam.moment(einde) + ".");
    return new Termijn(einde, uitleg);
  }

  public Termijn voorgeleiding(ZonedDateTime aanhouding) {
    Objects.requireNonNull(aanhouding, "aanhouding");
    ZonedDateTime begin = Amsterdam.inAmsterdam(aanhouding);
    List<String> uitleg = new ArrayList<>();
    uitleg.add("Aanhouding: " + Amsterdam.moment(begin) + ".");
    uitleg.add("Voorgeleiding aan de rechter-commissaris uiterlijk 3 dagen en 18 uur (90 uur) na de aanhouding "
        + "(art. 59a lid 1 Sv); de nacht telt hier wel mee.");
    ZonedDateTime einde = Amsterdam.inAmsterdam(begin.plus(VOORGELEIDING));
    klokwissel(begin, einde, VOORGELEIDING).ifPresent(uitleg::add);
    uitleg.add("Uiterlijk voorgeleiden: " + Amsterdam.moment(einde) + ".");
    return new Termijn(einde, uitleg);
  }

  private static Optional<String> klokwissel(ZonedDateTime begin, ZonedDateTime einde, Duration duur) {
    if (begin.getOffset().equals(einde.getOffset())) {
      return Optional.empty();
    }
    boolean naarZomertijd = einde.getOffset().getTotalSeconds() > begin.getOffset().getTotalSeconds();
    java.time.LocalTime zonderWissel = begin.toLocalDateTime().plus(duur).toLocalTime();
    return Optional.of("In deze periode gaat de klok een uur " + (naarZomertijd ? "vooruit (zomertijd)" : "terug (wintertijd)")
        + "; geteld is werkelijk verstreken tijd (" + duur.toHours() + " uur), dus de klok staat bij het einde op "
        + Amsterdam.tijd(einde) + " en niet op " + String.format("%02d:%02d", zonderWissel.getHour(), zonderWissel.getMinute()) + ".");
  }
}
