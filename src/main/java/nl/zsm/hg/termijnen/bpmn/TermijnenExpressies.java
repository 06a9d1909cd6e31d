package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.DATUM_VT_MELDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.NACHTVERHOREN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.OPHOUDEN_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TRANSPORT_MINUTEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VAST;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VEILIGHEIDSBEOORDELING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VOORLOPIGE_HECHTENIS_TOEGESTAAN;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.termijnen.domain.Inverzekeringstelling;
import nl.zsm.hg.termijnen.domain.Termijn;
import nl.zsm.hg.termijnen.domain.TermijnenService;
import nl.zsm.hg.termijnen.domain.Tijdstippen;
import nl.zsm.hg.tijd.Amsterdam;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The deadlines for BPMN expressions, as the Spring bean {@code termijnen}. Every method returns a
 * java.util.Date for a timer's {@code timeDate} or a user task's {@code dueDate}, e.g.
 * {@code ${termijnen.ophoudenUiterlijk(tijdstipAanhouding)}}. Moments may be a Date, a java.time
 * value or an ISO-8601 text; days a LocalDate or "yyyy-MM-dd". The ...Uitleg methods give the
 * Dutch explanation as one text (one step per line), e.g. for a read-only form field.
 */
@ProcesBean
@Component(TermijnenExpressies.BEAN)
public record TermijnenExpressies(TermijnenService service) {

  public static final String BEAN = "termijnen";

  /** Ophouden voor onderzoek, 9 hours, no transport, no night interrogation. */
  public Date ophoudenUiterlijk(Object aanvang) {
    return ophouden(aanvang, true, 0, null).alsDate();
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
    return service.inverzekeringstelling(Tijdstippen.moment(aanvang, "Aanvang inverzekeringstelling"), Formulierwaarden.jaNee(verlengd, false, "Verlengd"))
        .alsDate();
  }

  public Date voorgeleidingUiterlijk(Object aanhouding) {
    return service.voorgeleiding(Tijdstippen.moment(aanhouding, "Tijdstip aanhouding")).alsDate();
  }

  /** The end (23:59:59) of the N-th working day after the given day. */
  public Date werkdagenUiterlijk(Object vanaf, Object aantal) {
    Integer werkdagen = Formulierwaarden.geheelGetal(aantal, "Aantal werkdagen");
    if (werkdagen == null) {
      throw new OngeldigeInvoerException("Aantal werkdagen ontbreekt.");
    }
    return service.werkdagen(Tijdstippen.dag(vanaf, "Datum vanaf"), werkdagen).alsDate();
  }

  /** The end (23:59:59) of the fifth working day after the melding: VT's veiligheidsbeoordeling (L529-535). */
  public Date veiligheidsbeoordelingUiterlijk(Object melding) {
    return service.veiligheidsbeoordeling(Tijdstippen.dag(melding, "Datum melding")).alsDate();
  }

  public String veiligheidsbeoordelingUitleg(Object melding) {
    return String.join("\n", service.veiligheidsbeoordeling(Tijdstippen.dag(melding, "Datum melding")).uitleg());
  }

  /**
   * The end of the ophouden voor onderzoek of the case: {@code ophoudenUiterlijk} as the main process
   * stored it at intake (with night interrogations); only when a process runs on its own without it,
   * computed from the case's variables. {@code null} when the moment of aanhouding is unknown.
   */
  public Date ophoudenVanZaak(VariableScope zaak) {
    Date opgeslagen = opgeslagen(zaak, OPHOUDEN_UITERLIJK);
    if (opgeslagen != null || zaak.getVariable(TIJDSTIP_AANHOUDING) == null) {
      return opgeslagen;
    }
    return ophouden(zaak.getVariable(TIJDSTIP_AANHOUDING), zaak.getVariable(VOORLOPIGE_HECHTENIS_TOEGESTAAN),
        zaak.getVariable(TRANSPORT_MINUTEN), zaak.getVariable(NACHTVERHOREN)).alsDate();
  }

  /**
   * VT's deadline for the veiligheidsbeoordeling of the case: {@code veiligheidsbeoordelingUiterlijk} as
   * the main process stored it at intake; only when the VT process runs on its own without it: the fifth
   * werkdag after {@code datumVtMelding} for a niet-vastzaak, else the end of the ophouden (L393-404,
   * L529-535). {@code null} when the moment it counts from is unknown.
   */
  public Date veiligheidsbeoordelingVanZaak(VariableScope zaak) {
    Date opgeslagen = opgeslagen(zaak, VEILIGHEIDSBEOORDELING_UITERLIJK);
    if (opgeslagen != null) {
      return opgeslagen;
    }
    if ("false".equals(String.valueOf(zaak.getVariable(VAST)))) {
      Object melding = zaak.getVariable(DATUM_VT_MELDING);
      return melding == null ? null : veiligheidsbeoordelingUiterlijk(melding);
    }
    return ophoudenVanZaak(zaak);
  }

  private static Date opgeslagen(VariableScope zaak, String naam) {
    Object waarde = zaak.getVariable(naam);
    if (waarde == null || waarde instanceof Date) {
      return (Date) waarde;
    }
    return Date.from(Tijdstippen.moment(waarde, naam).toInstant());
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
    return service.ophouden(Tijdstippen.moment(aanvang, "Aanvang ophouden"), Formulierwaarden.jaNee(voorlopigeHechtenisToegestaan, true, "Voorlopige hechtenis toegestaan"),
        Duration.ofMinutes(Optional.ofNullable(Formulierwaarden.geheelGetal(transportMinuten, "Transportminuten")).orElse(0)),
        Tijdstippen.verhoren(nachtverhoren, "Nachtverhoor"));
  }
}
