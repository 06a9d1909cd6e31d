package nl.zsm.hg.slachtoffer.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.MAATREGELEN_VOOR_SLACHTOFFER;

import nl.zsm.hg.slachtoffer.domain.MaatregelenVoorSlachtoffer;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (event {@code create}) for "Slachtoffer telefonisch informeren": puts the measures in force at that
 * moment in {@code maatregelenVoorSlachtoffer}, which the caller's form shows. At create, so after the decision's
 * measures were registered (the call activity starts in the same transaction as the registration, and may start
 * before it), and again at every new call attempt.
 *
 * <p>Model hook: {@code <camunda:taskListener delegateExpression="${maatregelenVoorBeller}" event="create" />} on
 * {@code Activity_Bellen} in slachtoffer-informeren.bpmn.
 */
@Component("maatregelenVoorBeller")
public record MaatregelenVoorBellerListener(MaatregelenVoorSlachtoffer maatregelen) implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    Object zaaknummer = taak.getVariable(ZAAKNUMMER);
    if (zaaknummer == null) {
      return;
    }
    Object beslissing = taak.getVariable(AFDOENINGSBESLISSING);
    // after a voorgeleiding: what the RC's outcome ended (the register records it as e.g. RC_SCHORSING)
    UitkomstVoorgeleiding rc = UitkomstVoorgeleiding.vanZaak(taak.getVariable(UitkomstVoorgeleiding.VARIABELE));
    if (rc != null) {
      beslissing = rc.beslissing();
    }
    taak.setVariable(MAATREGELEN_VOOR_SLACHTOFFER, maatregelen.tekst(zaaknummer.toString(),
        beslissing == null ? null : beslissing.toString(),
        Engineklok.vandaag()));
  }
}
