package nl.zsm.hg.afdoening.bpmn;

import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES;
import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES_AFDOENING;
import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES_BIJZONDERE_VOORWAARDEN;
import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES_UITGEBRACHT_DOOR;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;

import nl.zsm.hg.afdoening.domain.Advies;
import nl.zsm.hg.afdoening.domain.AdviesRegistratie;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Advies vastleggen" in adviesReclasseringRvdk. */
@Component("adviesVastleggen")
public record AdviesVastleggenDelegate(AdviesRegistratie registratie) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Advies advies = registratie.toets(
        Formulierwaarden.tekst(execution.getVariable(ADVISEUR_GROEP)),
        Formulierwaarden.tekst(execution.getVariable(ADVIES)),
        Formulierwaarden.tekst(execution.getVariable(ADVIES_AFDOENING)),
        Formulierwaarden.tekst(execution.getVariable(ADVIES_BIJZONDERE_VOORWAARDEN)));
    execution.setVariable(ADVIES, advies.tekst());
    execution.setVariable(ADVIES_AFDOENING, advies.afdoening().name());
    execution.setVariable(ADVIES_BIJZONDERE_VOORWAARDEN, advies.bijzondereVoorwaarden());
    execution.setVariable(ADVIES_UITGEBRACHT_DOOR, advies.uitgebrachtDoor());
  }

}
