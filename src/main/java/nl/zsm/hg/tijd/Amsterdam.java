package nl.zsm.hg.tijd;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/** The time zone of every deadline, and how deadlines are written in explanations. */
public final class Amsterdam {

  /** The time zone of every date and deadline of a case, whatever the server runs in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final Locale NL = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy", NL);
  private static final DateTimeFormatter DAG_DATUM = DateTimeFormatter.ofPattern("EEEE dd-MM-yyyy", NL);
  private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", NL);

  private Amsterdam() {}

  public static ZonedDateTime inAmsterdam(ZonedDateTime moment) {
    return moment.withZoneSameInstant(ZONE);
  }

  public static ZonedDateTime middernacht(LocalDate dag) {
    return dag.atStartOfDay(ZONE);
  }

  public static ZonedDateTime om(LocalDate dag, int uur) {
    return dag.atTime(uur, 0).atZone(ZONE);
  }

  /** "28-03-2026". */
  public static String datum(LocalDate dag) {
    return DATUM.format(dag);
  }

  /** "zaterdag 28-03-2026". */
  public static String dagEnDatum(LocalDate dag) {
    return DAG_DATUM.format(dag);
  }

  /** "zaterdag 28-03-2026 22:00 (UTC+01:00, wintertijd)". */
  public static String moment(ZonedDateTime moment) {
    ZonedDateTime hier = inAmsterdam(moment);
    return DAG_DATUM.format(hier) + " " + TIJD.format(hier) + " (" + tijdAanduiding(hier) + ")";
  }

  /** "22:00". */
  public static String tijd(ZonedDateTime moment) {
    return TIJD.format(inAmsterdam(moment));
  }

  public static String tijdAanduiding(ZonedDateTime moment) {
    boolean zomertijd = ZONE.getRules().isDaylightSavings(moment.toInstant());
    return "UTC" + moment.getOffset().getId().replace("Z", "+00:00") + ", " + (zomertijd ? "zomertijd" : "wintertijd");
  }

  /** "2 uur 30 min", "45 min", "9 uur". */
  public static String duur(Duration duur) {
    long uren = duur.toHours();
    long minuten = duur.toMinutesPart();
    if (uren == 0) {
      return minuten + " min";
    }
    return minuten == 0 ? uren + " uur" : uren + " uur " + minuten + " min";
  }

  /**
   * An ISO-8601 text as a form or a case variable holds it: with an offset or zone ("2026-11-29T10:15+01:00",
   * "2026-11-29T09:15:00Z") or without one, then Dutch local time ("2026-11-29T10:15"). Empty when unreadable.
   */
  public static Optional<Instant> alsMoment(String tekst) {
    try {
      TemporalAccessor moment = DateTimeFormatter.ISO_DATE_TIME.parseBest(tekst.trim(), ZonedDateTime::from,
          LocalDateTime::from);
      return Optional.of(moment instanceof LocalDateTime lokaal ? lokaal.atZone(ZONE).toInstant() : Instant.from(moment));
    } catch (DateTimeParseException onleesbaar) {
      return Optional.empty();
    }
  }
}
