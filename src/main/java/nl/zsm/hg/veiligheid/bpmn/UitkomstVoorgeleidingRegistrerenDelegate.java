package nl.zsm.hg.veiligheid.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;

import java.time.LocalDate;
import java.util.Date;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.tijd.Amsterdam;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding;
import nl.zsm.hg.veiligheid.domain.VeiligheidsmaatregelenLezer;
import nl.zsm.hg.veiligheid.domain.Veiligheidsstand;
import nl.zsm.hg.veiligheid.domain.VoorgeleidingUitkomstRegistratie;
import nl.zsm.hg.veiligheid.domain.Zaakregio;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Uitkomst voorgeleiding registreren": in the transaction of the officier's task, so a wrong entry is
 * refused as a whole and the task stays open. Sets {@code voorgeleidingZonderBescherming} and
 * {@code voorgeleidingWaarschuwing} for the gateway and the partners' mail.
 */
@Component("uitkomstVoorgeleidingRegistreren")
public record UitkomstVoorgeleidingRegistrerenDelegate(VoorgeleidingUitkomstRegistratie registratie,
    Zaakregio zaakregio) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Date nu = Engineklok.nuAlsDatum();
    Object voorwaarden = execution.getVariable(UitkomstVoorgeleiding.VOORWAARDEN);
    VoorgeleidingUitkomstRegistratie.Uitkomst uitkomst = registratie.registreer(String.valueOf(execution.getVariable(ZAAKNUMMER)),
          UitkomstVoorgeleiding.van(execution.getVariable(UitkomstVoorgeleiding.VARIABELE)),
          new VoorgeleidingUitkomstRegistratie.Schorsingsvoorwaarden(
              VeiligheidsmaatregelenLezer.lees(voorwaarden == null ? null : voorwaarden instanceof java.util.Collection<?>
                  ? voorwaarden : voorwaarden.toString()),
              Formulierwaarden.tekst(execution.getVariable(UitkomstVoorgeleiding.VOORWAARDEN_TOELICHTING)),
              Formulierwaarden.tekst(execution.getVariable(UitkomstVoorgeleiding.GEBIED))),
          Veiligheidsstand.van(execution::getVariable), LocalDate.ofInstant(nu.toInstant(), Amsterdam.ZONE), nu.toInstant());
    zaakregio.vastleggen(String.valueOf(execution.getVariable(ZAAKNUMMER)),
        nl.zsm.hg.intake.domain.Regio.vanZaak(execution.getVariable(nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.REGIO)));
    execution.setVariable(UitkomstVoorgeleiding.ZONDER_BESCHERMING, uitkomst.zonderBescherming());
    execution.setVariable(UitkomstVoorgeleiding.WAARSCHUWING, uitkomst.waarschuwing());
  }
}
