package nl.zsm.hg.spreekuur.domain;

import java.time.ZonedDateTime;
import java.util.Date;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.termijnen.domain.TermijnenService;
import nl.zsm.hg.tijd.Amsterdam;
import org.springframework.stereotype.Component;

/**
 * Bean {@code spreekuurTermijn} for BPMN expressions: the suspect of an afdoening on hold is seen on the
 * Spreekuur huiselijk geweld within two weeks (L4266), i.e. at the latest at the end of the fourteenth
 * calendar day after the OvJ put the decision on hold (23:59:59 Europe/Amsterdam, the same-day rule of
 * the termijnen service).
 */
@ProcesBean
@Component("spreekuurTermijn")
public record SpreekuurTermijn(TermijnenService termijnen) {

  static final int DAGEN = 14;

  /** @param onHold moment of the on-hold decision: a Date, or ISO-8601 text with offset or a date yyyy-MM-dd */
  public Date uiterlijk(Object onHold) {
    ZonedDateTime aanvang = moment(onHold).plusDays(DAGEN);
    return termijnen.zelfdeDag(aanvang, "Verdachte gesproken op het Spreekuur huiselijk geweld binnen twee weken")
        .alsDate();
  }

  static ZonedDateTime moment(Object waarde) {
    if (Formulierwaarden.tekst(waarde) == null) {
      throw new OngeldigeInvoerException("Datum van de beslissing 'afdoening on hold' ontbreekt.");
    }
    return Formulierwaarden.moment(waarde).map(m -> m.atZone(Amsterdam.ZONE)).orElseThrow(() -> new OngeldigeInvoerException(
        "'" + Formulierwaarden.tekst(waarde) + "' is geen geldig tijdstip (jjjj-mm-ddTuu:mm+01:00)."));
  }

}
