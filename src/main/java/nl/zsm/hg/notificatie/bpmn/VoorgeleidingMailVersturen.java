package nl.zsm.hg.notificatie.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;

import nl.zsm.hg.notificatie.domain.MailVerzender;
import nl.zsm.hg.notificatie.domain.VoorgeleidingsBericht;
import nl.zsm.hg.veiligheid.domain.MaatregelRegister;
import nl.zsm.hg.veiligheid.domain.Maatregelstand;
import nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * Sends the e-mail with the RC's outcome from zsmEmailVersturen (put ready by {@link UitkomstVoorgeleidingMailenDelegate}
 * with {@code emailSoort} partners): the measures in force now, the suspended bewaring, what the outcome ended, and
 * the warning of an unprotected release.
 */
@Service
public record VoorgeleidingMailVersturen(VoorgeleidingsBericht bericht, MailVerzender verzender,
    Maatregelstand maatregelstand, MaatregelRegister register) {

  public boolean isVoorgeleiding(DelegateExecution execution) {
    return UitkomstVoorgeleiding.vanZaak(execution.getVariable(UitkomstVoorgeleiding.VARIABELE)) != null;
  }

  public void verstuur(DelegateExecution execution, String zaaknummer) {
    UitkomstVoorgeleiding uitkomst = UitkomstVoorgeleiding.vanZaak(execution.getVariable(UitkomstVoorgeleiding.VARIABELE));
    Maatregelstand.Stand stand = maatregelstand.vandaag(zaaknummer, uitkomst.beslissing());
    Object toelichting = execution.getVariable(UitkomstVoorgeleiding.TOELICHTING);
    Object adviseurGroep = execution.getVariable(ADVISEUR_GROEP);
    Object waarschuwing = execution.getVariable(UitkomstVoorgeleiding.WAARSCHUWING);
    verzender.verstuur(bericht.opstellen(new VoorgeleidingsBericht.Gegevens(zaaknummer, uitkomst,
        toelichting == null ? null : toelichting.toString(), adviseurGroep == null ? null : adviseurGroep.toString(),
        stand.vanKracht(), VoorgeleidingsBericht.geschorst(register.huidige(zaaknummer)), stand.beeindigd(),
        waarschuwing == null ? null : waarschuwing.toString())));
  }
}
