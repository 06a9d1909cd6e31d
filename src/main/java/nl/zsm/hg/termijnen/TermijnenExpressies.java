package nl.zsm.hg.termijnen;

import nl.zsm.hg.invoer.OngeldigeInvoerException;
import java.time.Duration;
import java.util.Date;

/**
 * The deadlines for BPMN expressions, as the Spring bean {@code termijnen}. Every method returns a
 * java.util.Date for a timer's {@code timeDate} or a user task's {@code dueDate}, e.g.
 * {@code ${termijnen.ophoudenUiterlijk(tijdstipAanhouding)}}. Moments may be a Date, a java.time
 * value or an ISO-8601 text; days a LocalDate or "yyyy-MM-dd". The ...Uitleg methods give the
 * Dutch explanation as one text (one step per line), e.g. for a read-only form field.
 */
public class TermijnenExpressies {

  public static final String BEAN = "termijnen";

  private final TermijnenService service;

  public TermijnenExpressies(TermijnenService service) {
    this.service = service;
  }

  /** Ophouden voor onderzoek, 9 hours, no transport, no night interrogation. */
  public Date ophoudenUiterlijk(Object aanvang) {
    return ophouden(aanvang, true, 0, null).alsDate();
  }

  /** Ophouden voor onderzoek; {@code null} means: allowed (9 hours), 0 minutes transport. */
  public Date ophoudenUiterlijk(Object aanvang, Object voorlopigeHechtenisToegestaan, Object transportMinuten) {
    return ophouden(aanvang, voorlopigeHechtenisToegestaan, transportMinuten, null).alsDate();
  }

  /** As above, with night interrogations: a list of "begin/einde" texts or one text separated by ';'. */
  public Date ophoudenUiterlijk(Object aanvang, Object voorlopigeHechtenisToegestaan, Object transportMinuten,
      Object nachtverhoren) {
    return ophouden(aanvang, voorlopigeHechtenisToegestaan, transportMinuten, nachtverhoren).alsDate();
  }

  public String ophoudenUitleg(Object aanvang, Object voorlopigeHechtenisToegestaan, Object transportMinuten) {
    return String.join("\n", ophouden(aanvang, voorlopigeHechtenisToegestaan, transportMinuten, null).uitleg());
  }

  /** Inverzekeringstelling from its start; {@code verlengd} null means not extended. */
  public Date inverzekeringstellingUiterlijk(Object aanvang, Object verlengd) {
    return service.inverzekeringstelling(Tijdstippen.moment(aanvang, "Aanvang inverzekeringstelling"), waar(verlengd, false))
        .alsDate();
  }

  public Date voorgeleidingUiterlijk(Object aanhouding) {
    return service.voorgeleiding(Tijdstippen.moment(aanhouding, "Tijdstip aanhouding")).alsDate();
  }

  /** The end (23:59:59) of the N-th working day after the given day. */
  public Date werkdagenUiterlijk(Object vanaf, Object aantal) {
    return service.werkdagen(Tijdstippen.dag(vanaf, "Datum vanaf"), geheelGetal(aantal, "Aantal werkdagen")).alsDate();
  }

  /** The end (23:59:59) of the fifth working day after the melding: VT's veiligheidsbeoordeling (L529-535). */
  public Date veiligheidsbeoordelingUiterlijk(Object melding) {
    return service.veiligheidsbeoordeling(Tijdstippen.dag(melding, "Datum melding")).alsDate();
  }

  public String veiligheidsbeoordelingUitleg(Object melding) {
    return String.join("\n", service.veiligheidsbeoordeling(Tijdstippen.dag(melding, "Datum melding")).uitleg());
  }

  /** 23:59:59 Europe/Amsterdam of the day of the moment (L4345, L4848). */
  public Date zelfdeDagUiterlijk(Object moment) {
    return service.zelfdeDag(Tijdstippen.moment(moment, "Tijdstip"), null).alsDate();
  }

  /** 09:00 Europe/Amsterdam on the planned date of a plandatumzaak. */
  public Date plandatum(Object datum) {
    return service.plandatum(Tijdstippen.dag(datum, "Plandatum")).alsDate();
  }

  private Termijn ophouden(Object aanvang, Object voorlopigeHechtenisToegestaan, Object transportMinuten,
      Object nachtverhoren) {
    return service.ophouden(Tijdstippen.moment(aanvang, "Aanvang ophouden"), waar(voorlopigeHechtenisToegestaan, true),
        Duration.ofMinutes(transportMinuten == null ? 0 : geheelGetal(transportMinuten, "Transportminuten")),
        Tijdstippen.verhoren(nachtverhoren, "Nachtverhoor"));
  }

  private static boolean waar(Object waarde, boolean standaard) {
    if (waarde == null) {
      return standaard;
    }
    if (waarde instanceof Boolean b) {
      return b;
    }
    String tekst = waarde.toString().trim();
    if ("true".equalsIgnoreCase(tekst) || "false".equalsIgnoreCase(tekst)) {
      return Boolean.parseBoolean(tekst);
    }
    throw new OngeldigeInvoerException("Verwacht true of false, niet " + Tijdstippen.kort(tekst) + ".");
  }

  private static int geheelGetal(Object waarde, String wat) {
    if (waarde instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(String.valueOf(waarde).trim());
    } catch (NumberFormatException e) {
      throw new OngeldigeInvoerException(wat + " moet een geheel getal zijn, niet " + Tijdstippen.kort(String.valueOf(waarde)) + ".");
    }
  }
}
