package nl.zsm.hg.termijnen.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * Turns what a process variable holds into a moment or a day in Europe/Amsterdam: a
 * java.util.Date, a java.time value, or an ISO-8601 text (with offset or zone; a text or
 * LocalDateTime without offset is read as Amsterdam time, as Camunda Forms may send it).
 */
public final class Tijdstippen {

  private Tijdstippen() {}

  /**
   * @param wat how the value is named in a message, e.g. "Parameter 'aanvang'" or "Variabele 'tijdstipAanhouding'"
   */
  public static ZonedDateTime moment(Object waarde, String wat) {
    return moment(waarde, wat, true);
  }

  /** As {@link #moment(Object, String)}; a text without offset or zone is refused unless allowed. */
  public static ZonedDateTime moment(Object waarde, String wat, boolean zonderOffsetToegestaan) {
    if (waarde == null) {
      throw new OngeldigeInvoerException(wat + " ontbreekt: geef een tijdstip in ISO-8601 met tijdzone, "
          + "bijvoorbeeld 2026-11-28T20:00+01:00.");
    }
    if (waarde instanceof ZonedDateTime z) {
      return Amsterdam.inAmsterdam(z);
    }
    if (waarde instanceof OffsetDateTime o) {
      return Amsterdam.inAmsterdam(o.toZonedDateTime());
    }
    if (waarde instanceof Instant i) {
      return i.atZone(Amsterdam.ZONE);
    }
    if (waarde instanceof Date d) {
      return d.toInstant().atZone(Amsterdam.ZONE);
    }
    if (waarde instanceof LocalDateTime l) {
      return l.atZone(Amsterdam.ZONE);
    }
    if (waarde instanceof CharSequence tekst) {
      return tekstAlsMoment(tekst.toString().trim(), wat, zonderOffsetToegestaan);
    }
    throw new OngeldigeInvoerException(wat + " heeft een onbekend type: " + waarde.getClass().getSimpleName() + ".");
  }

  public static LocalDate dag(Object waarde, String naam) {
    if (waarde == null) {
      throw new OngeldigeInvoerException(naam + " ontbreekt: geef een datum als jjjj-mm-dd, bijvoorbeeld 2026-11-25.");
    }
    if (waarde instanceof LocalDate d) {
      return d;
    }
    if (waarde instanceof CharSequence tekst && tekst.toString().trim().length() == 10) {
      try {
        return LocalDate.parse(tekst.toString().trim());
      } catch (DateTimeParseException e) {
        throw new OngeldigeInvoerException(naam + " is geen geldige datum: " + kort(tekst) + ". Gebruik jjjj-mm-dd, bijvoorbeeld 2026-11-25.");
      }
    }
    return moment(waarde, naam).toLocalDate();
  }

  /** Periods as "begin/einde" texts, in a collection or in one text separated by ';'. */
  public static List<Verhoorperiode> verhoren(Object waarde, String naam) {
    if (waarde == null) {
      return List.of();
    }
    List<?> delen = waarde instanceof Collection<?> c ? List.copyOf(c)
        : Arrays.stream(waarde.toString().split(";")).filter(s -> !s.isBlank()).toList();
    return delen.stream().map(deel -> periode(String.valueOf(deel), naam)).toList();
  }

  public static Verhoorperiode periode(String tekst, String naam) {
    String[] grenzen = tekst.trim().split("/");
    if (grenzen.length != 2) {
      throw new OngeldigeInvoerException(naam + " moet een periode begin/einde zijn, bijvoorbeeld "
          + "2026-11-29T01:00+01:00/2026-11-29T02:30+01:00, niet " + kort(tekst) + ".");
    }
    ZonedDateTime begin = moment(grenzen[0], naam + " (begin)", false);
    ZonedDateTime einde = moment(grenzen[1], naam + " (einde)", false);
    return OngeldigeInvoerException.metVoorvoegsel(naam + ": ", () -> new Verhoorperiode(begin, einde));
  }

  private static ZonedDateTime tekstAlsMoment(String tekst, String naam, boolean zonderOffsetToegestaan) {
    String iso = tekst.replace(' ', '+'); // a '+' in a URL query that was not written as %2B arrives as a space
    try {
      return Amsterdam.inAmsterdam(OffsetDateTime.parse(iso).toZonedDateTime());
    } catch (DateTimeParseException metOffset) {
      try {
        return Amsterdam.inAmsterdam(ZonedDateTime.parse(iso));
      } catch (DateTimeParseException metZone) {
        try {
          LocalDateTime lokaal = LocalDateTime.parse(tekst);
          if (zonderOffsetToegestaan) {
            return lokaal.atZone(Amsterdam.ZONE);
          }
        } catch (DateTimeParseException zonderZone) {
          // below
        }
        throw new OngeldigeInvoerException(naam + " is geen geldig tijdstip: " + kort(tekst) + ". Gebruik ISO-8601 met "
            + "tijdzone, bijvoorbeeld 2026-11-28T20:00+01:00 (in een URL: 2026-11-28T20:00%2B01:00).");
      }
    }
  }

  public static String kort(CharSequence tekst) {
    String s = tekst.toString();
    return "'" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'";
  }
}
