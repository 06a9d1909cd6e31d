package nl.zsm.hg.indicatoren.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period of a measurement: cases whose intake falls on a day from {@code van} up to and including {@code tot}
 * (days in Europe/Amsterdam).
 */
public record Periode(LocalDate van, LocalDate tot) {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  /** A nulmeting may span years, but not a lifetime: a typo such as 0202 is caught. */
  static final int MAXIMUM_JAREN = 10;

  public Periode {
    if (van == null || tot == null) {
      throw new OngeldigePeriodeException("Geef de periode op met van en tot (jjjj-mm-dd), bijvoorbeeld van=2026-01-01&tot=2026-03-31.");
    }
    if (tot.isBefore(van)) {
      throw new OngeldigePeriodeException("De periode is ongeldig: tot (" + tot + ") ligt vóór van (" + van + ").");
    }
    if (van.plusYears(MAXIMUM_JAREN).isBefore(tot)) {
      throw new OngeldigePeriodeException("De periode is langer dan " + MAXIMUM_JAREN + " jaar; kies een kortere periode.");
    }
  }

  public Instant begin() {
    return van.atStartOfDay(AMSTERDAM).toInstant();
  }

  /** The first moment after the period. */
  public Instant einde() {
    return tot.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
  }

  public boolean bevat(Instant moment) {
    return !moment.isBefore(begin()) && moment.isBefore(einde());
  }
}
