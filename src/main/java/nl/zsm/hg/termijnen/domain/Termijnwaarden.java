package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import java.time.LocalDate;
import nl.zsm.hg.invoer.domain.Formulierwaarden;

/**
 * Reads the intake answers the deadlines count from, as a form or the REST API delivers them (Boolean or text,
 * Date or ISO text, number or text), into the typed values of {@link ZaakTermijnen}. Unreadable input is refused
 * with a Dutch message naming the field.
 */
public final class Termijnwaarden {

  private Termijnwaarden() {}

  /** Whether the suspect is held: only an explicit nee (false) is a niet-vastzaak; unknown counts as held. */
  public static boolean vast(Object waarde) {
    return !Boolean.FALSE.equals(waarde) && !"false".equalsIgnoreCase(String.valueOf(waarde).trim());
  }

  /** The arrest, or null when its moment is not (yet) known. */
  public static ZaakTermijnen.Aanhouding aanhouding(Object tijdstip, Object voorlopigeHechtenisToegestaan,
      Object transportMinuten, Object nachtverhoren) {
    if (Formulierwaarden.tekst(tijdstip) == null) {
      return null;
    }
    Integer minuten = Formulierwaarden.geheelGetal(transportMinuten, "Transportminuten");
    return new ZaakTermijnen.Aanhouding(Tijdstippen.moment(tijdstip, "Tijdstip aanhouding"),
        Formulierwaarden.jaNee(voorlopigeHechtenisToegestaan, true, "Voorlopige hechtenis toegestaan"),
        Duration.ofMinutes(minuten == null ? 0 : minuten), Tijdstippen.verhoren(nachtverhoren, "Nachtverhoor"));
  }

  /** The day of the VT-melding, or null when not yet known. */
  public static LocalDate datumVtMelding(Object waarde) {
    return Formulierwaarden.tekst(waarde) == null ? null : Tijdstippen.dag(waarde, "Datum VT-melding");
  }
}
