package nl.zsm.hg.notificatie.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TOELICHTING_AFDOENING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;
import static nl.zsm.hg.notificatie.domain.ZsmEmailVersturenContract.PARTNERS_GEMAILD_OP;

import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.notificatie.domain.BeslissingsBericht;
import nl.zsm.hg.notificatie.domain.MailVerzender;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.Maatregelstand;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Async service task "Veilig Thuis en ZSM-partners mailen" in the process zsmEmailVersturen: sends the e-mail. */
@Component("partnersMailVersturen")
public record PartnersMailVersturenDelegate(BeslissingsBericht bericht, MailVerzender verzender,
    Maatregelstand maatregelstand, VoorgeleidingMailVersturen voorgeleiding) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String zaaknummer = String.valueOf(execution.getVariable(ZAAKNUMMER));
    if (voorgeleiding.isVoorgeleiding(execution)) {
      voorgeleiding.verstuur(execution, zaaknummer);
      return;
    }
    Object toelichting = execution.getVariable(TOELICHTING_AFDOENING);
    Object adviseurGroep = execution.getVariable(ADVISEUR_GROEP);
    Afdoeningsbeslissing beslissing = Afdoeningsbeslissing.van(execution.getVariable(AFDOENINGSBESLISSING));
    // the measures in force now (each once, with their end or review date) and those this decision ended
    Maatregelstand.Stand stand = maatregelstand.vandaag(zaaknummer, beslissing.name());
    verzender.verstuur(bericht.opstellen(new BeslissingsBericht.Gegevens(zaaknummer, beslissing,
        toelichting == null ? null : toelichting.toString(),
        adviseurGroep == null ? null : adviseurGroep.toString(),
        stand.vanKracht(), stand.beeindigd())));
    execution.setVariable(PARTNERS_GEMAILD_OP, Engineklok.nuAlsDatum());
  }
}
