package nl.zsm.hg.invoer.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * Reads optional values as Camunda Forms and the REST API deliver them (text, Date or ISO text), the
 * same way in every delegate. An empty field is {@code null}; a value that cannot be read is refused
 * with a Dutch message naming the field.
 */
public final class Formulierwaarden {

  private Formulierwaarden() {}

  /** Trimmed text, or null when empty. */
  public static String tekst(Object waarde) {
    return waarde == null || waarde.toString().isBlank() ? null : waarde.toString().trim();
  }

  /**
   * A calendar day in Europe/Amsterdam, or null when empty.
   *
   * @param veld the field as the user knows it, e.g. "Plandatum"
   */
  public static LocalDate datum(Object waarde, String veld) {
    if (tekst(waarde) == null) {
      return null;
    }
    if (waarde instanceof Date datum) {
      return LocalDate.ofInstant(datum.toInstant(), Amsterdam.ZONE);
    }
    if (waarde instanceof LocalDate datum) {
      return datum;
    }
    String tekst = tekst(waarde);
    try {
      return LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
    } catch (DateTimeParseException e) {
      throw new OngeldigeInvoerException(veld + " '" + tekst + "' is geen geldige datum (jjjj-mm-dd).");
    }
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

  /** A date and time in Europe/Amsterdam (Date, ISO text with offset, or local ISO text), or null when empty. */
  public static LocalDateTime tijdstip(Object waarde, String veld) {
    if (tekst(waarde) == null) {
      return null;
    }
    if (waarde instanceof Date datum) {
      return LocalDateTime.ofInstant(datum.toInstant(), Amsterdam.ZONE);
    }
    String tekst = tekst(waarde);
    try {
      return OffsetDateTime.parse(tekst).atZoneSameInstant(Amsterdam.ZONE).toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(tekst);
      } catch (DateTimeParseException e2) {
        throw new OngeldigeInvoerException(veld + " '" + kort(tekst) + "' is geen geldige datum en tijd.");
      }
    }
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

  private static String kort(String tekst) {
    return tekst.length() > 40 ? tekst.substring(0, 40) + "…" : tekst;
  }
}
