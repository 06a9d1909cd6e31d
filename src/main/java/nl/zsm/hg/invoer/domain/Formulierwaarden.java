package nl.zsm.hg.invoer.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
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
}
