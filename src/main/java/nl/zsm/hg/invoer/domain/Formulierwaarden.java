package nl.zsm.hg.invoer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * Reads optional values as Camunda Forms and the REST API deliver them (text, Date or ISO text), the
 * same way in every delegate: the one reader per kind of value (text, ja/nee, whole number, day, moment, choice,
 * list of names); the step contract ({@code contract.domain}) checks values with the same readers. An empty field is {@code null}; a value that cannot be read is refused
 * with a Dutch message naming the field.
 */
public final class Formulierwaarden {

  /** The engine's own text for a Date variable, e.g. 2026-11-25T14:00:00.000+0100. */
  private static final DateTimeFormatter ENGINEDATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  /** The texts a moment may arrive as, tried in this order; each throws DateTimeParseException when it does not fit. */
  private static final List<Function<String, Instant>> MOMENTVORMEN = List.of(
      tekst -> OffsetDateTime.parse(tekst).toInstant(),
      tekst -> ZonedDateTime.parse(tekst).toInstant(),
      tekst -> OffsetDateTime.parse(tekst, ENGINEDATUM).toInstant(),
      tekst -> LocalDateTime.parse(tekst).atZone(Amsterdam.ZONE).toInstant(),
      tekst -> LocalDate.parse(tekst).atStartOfDay(Amsterdam.ZONE).toInstant());

  private Formulierwaarden() {}

  /** Trimmed text, or null when empty. */
  public static String tekst(Object waarde) {
    return waarde == null || waarde.toString().isBlank() ? null : waarde.toString().trim();
  }

  /**
   * A calendar day in Europe/Amsterdam, or null when empty: a day (jjjj-mm-dd), or the Amsterdam day of a moment
   * ({@link #moment(Object)}: a Date, a date-time with offset or zone, a local date-time).
   *
   * @param veld the field as the user knows it, e.g. "Plandatum"
   */
  public static LocalDate datum(Object waarde, String veld) {
    if (tekst(waarde) == null) {
      return null;
    }
    if (waarde instanceof LocalDate datum) {
      return datum;
    }
    if (waarde instanceof LocalDateTime lokaal) {
      return lokaal.toLocalDate();
    }
    String tekst = tekst(waarde);
    return alsDag(tekst).or(() -> moment(waarde).map(moment -> LocalDate.ofInstant(moment, Amsterdam.ZONE)))
        .orElseThrow(() -> new OngeldigeInvoerException(veld + " '" + kort(tekst) + "' is geen geldige datum (jjjj-mm-dd)."));
  }

  /**
   * Ja or nee: a Boolean, or the text true/false as the REST API sends it; {@code standaard} when empty.
   *
   * @param veld the field as the user knows it, e.g. "Voorlopige hechtenis toegestaan"
   */
  public static boolean jaNee(Object waarde, boolean standaard, String veld) {
    if (tekst(waarde) == null) {
      return standaard;
    }
    if (waarde instanceof Boolean jaOfNee) {
      return jaOfNee;
    }
    String tekst = tekst(waarde);
    if ("true".equalsIgnoreCase(tekst) || "false".equalsIgnoreCase(tekst)) {
      return Boolean.parseBoolean(tekst);
    }
    throw new OngeldigeInvoerException(veld + ": verwacht ja of nee (true of false), niet '" + kort(tekst) + "'.");
  }

  /** A whole number, or null when empty; a fraction or a text that is no number is refused. */
  public static Integer geheelGetal(Object waarde, String veld) {
    if (tekst(waarde) == null) {
      return null;
    }
    if (waarde instanceof Number getal) {
      double alsGetal = getal.doubleValue();
      if (alsGetal != Math.rint(alsGetal) || Math.abs(alsGetal) > Integer.MAX_VALUE) {
        throw new OngeldigeInvoerException(veld + " '" + waarde + "' moet een geheel getal zijn.");
      }
      return getal.intValue();
    }
    try {
      return Integer.valueOf(tekst(waarde));
    } catch (NumberFormatException e) {
      throw new OngeldigeInvoerException(veld + " '" + kort(tekst(waarde)) + "' is geen geheel getal.");
    }
  }

  /**
   * A date and time in Europe/Amsterdam (Date, ISO text with offset or zone, or local ISO text), or null when empty.
   * A day without a time is refused: a moment of the day must be given.
   */
  public static LocalDateTime tijdstip(Object waarde, String veld) {
    if (tekst(waarde) == null) {
      return null;
    }
    if (waarde instanceof LocalDateTime lokaal) {
      return lokaal;
    }
    String tekst = tekst(waarde);
    if (alsDag(tekst).isPresent()) {
      throw new OngeldigeInvoerException(veld + " '" + kort(tekst) + "' is geen geldige datum en tijd.");
    }
    return moment(waarde).map(moment -> LocalDateTime.ofInstant(moment, Amsterdam.ZONE))
        .orElseThrow(() -> new OngeldigeInvoerException(veld + " '" + kort(tekst) + "' is geen geldige datum en tijd."));
  }

  /**
   * The moment a value stands for, or empty when it is empty or no moment. The one reader of dates and times:
   * a Date or java.time value; ISO text with offset ({@code 2026-11-25T14:00+01:00}, {@code ...Z}) or zone
   * ({@code ...[Europe/Amsterdam]}); the engine's own date text ({@code 2026-11-25T14:00:00.000+0100}); a local
   * date-time (in Europe/Amsterdam); a day (its start in Europe/Amsterdam).
   */
  public static Optional<Instant> moment(Object waarde) {
    if (waarde instanceof Date datum) {
      return Optional.of(datum.toInstant());
    }
    if (waarde instanceof Instant moment) {
      return Optional.of(moment);
    }
    if (waarde instanceof OffsetDateTime metOffset) {
      return Optional.of(metOffset.toInstant());
    }
    if (waarde instanceof ZonedDateTime metZone) {
      return Optional.of(metZone.toInstant());
    }
    if (waarde instanceof LocalDateTime lokaal) {
      return Optional.of(lokaal.atZone(Amsterdam.ZONE).toInstant());
    }
    if (waarde instanceof LocalDate dag) {
      return Optional.of(dag.atStartOfDay(Amsterdam.ZONE).toInstant());
    }
    String tekst = tekst(waarde);
    if (tekst == null || !(waarde instanceof CharSequence)) {
      return Optional.empty();
    }
    for (Function<String, Instant> vorm : MOMENTVORMEN) {
      try {
        return Optional.of(vorm.apply(tekst));
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return Optional.empty();
  }

  /**
   * A list of texts, or empty when the value is no such list: a Java list or array of texts, or the text of a JSON
   * array of texts ({@code ["CONTACTVERBOD","LOCATIEVERBOD"]}, the value of a checklist). Strict: an item that is
   * no text, or text that is no JSON array, makes it no list.
   */
  public static Optional<List<String>> lijst(Object waarde) {
    if (waarde instanceof Collection<?> verzameling) {
      return alleTekst(verzameling.toArray());
    }
    if (waarde instanceof Object[] rij) {
      return alleTekst(rij);
    }
    if (waarde instanceof CharSequence tekst) {
      return JsonLijst.lees(tekst.toString());
    }
    return Optional.empty();
  }

  /**
   * The names in a field that holds a list of names, trimmed and without empty ones: a Java list or array, a JSON
   * array (a checklist, REST type Json) or a text with commas ({@code "GEBIEDSVERBOD, MELDPLICHT"}); empty when the
   * field is empty.
   *
   * @param veld the field as the user knows it, e.g. "De lijst veiligheidsmaatregelen"
   */
  public static List<String> namen(Object waarde, String veld) {
    List<?> items;
    if (waarde instanceof Collection<?> verzameling) {
      items = verzameling.stream().filter(Objects::nonNull).toList();
    } else if (waarde instanceof Object[] rij) {
      items = Arrays.stream(rij).filter(Objects::nonNull).toList();
    } else if (tekst(waarde) == null) {
      return List.of();
    } else if (tekst(waarde).startsWith("[")) {
      items = JsonLijst.lees(tekst(waarde))
          .orElseThrow(() -> new OngeldigeInvoerException(veld + " is geen geldige JSON-lijst van namen."));
    } else {
      items = Arrays.asList(tekst(waarde).split(","));
    }
    return items.stream().map(Formulierwaarden::tekst).filter(Objects::nonNull).toList();
  }

  /**
   * One of the choices of a select field: the enum constant whose name is the (trimmed) value.
   *
   * @param alsLeeg the Dutch message when nothing is chosen
   * @param alsOnbekend the Dutch message for a value that is no choice, given the trimmed value
   */
  public static <E extends Enum<E>> E keuze(Class<E> soort, Object waarde, String alsLeeg,
      Function<String, String> alsOnbekend) {
    String code = tekst(waarde);
    if (code == null) {
      throw new OngeldigeInvoerException(alsLeeg);
    }
    return Arrays.stream(soort.getEnumConstants()).filter(keuze -> keuze.name().equals(code)).findFirst()
        .orElseThrow(() -> new OngeldigeInvoerException(alsOnbekend.apply(code)));
  }

  /** The choices of a select field as a user reads them in a message: "A, B, C". */
  public static <E extends Enum<E>> String keuzes(Class<E> soort) {
    return Arrays.stream(soort.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** A day written as jjjj-mm-dd, or empty. */
  private static Optional<LocalDate> alsDag(String tekst) {
    try {
      return Optional.of(LocalDate.parse(tekst));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<String>> alleTekst(Object[] items) {
    List<String> teksten = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String tekst)) {
        return Optional.empty();
      }
      teksten.add(tekst);
    }
    return Optional.of(teksten);
  }

  private static String kort(String tekst) {
    return tekst.length() > 40 ? tekst.substring(0, 40) + "…" : tekst;
  }
}
