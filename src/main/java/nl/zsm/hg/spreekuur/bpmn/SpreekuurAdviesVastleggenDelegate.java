package nl.zsm.hg.spreekuur.bpmn;

import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES;
import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES_AFDOENING;
import static nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract.ADVIES_UITGEBRACHT_DOOR;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;
import static nl.zsm.hg.spreekuur.domain.SpreekuurHuiselijkGeweldContract.MELDCODE_STAPPEN;
import static nl.zsm.hg.spreekuur.domain.SpreekuurHuiselijkGeweldContract.REFERENTIEONDERZOEK;
import static nl.zsm.hg.spreekuur.domain.SpreekuurHuiselijkGeweldContract.TOESTEMMING_CONTACT_VT;

import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.spreekuur.domain.SpreekuurAdvies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Spreekuuradvies vastleggen": checks the advice and records who gave it. */
@Component("spreekuurAdviesVastleggen")
public record SpreekuurAdviesVastleggenDelegate(SpreekuurAdvies spreekuurAdvies) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    spreekuurAdvies.toets(execution.getVariable(TOESTEMMING_CONTACT_VT), Formulierwaarden.tekst(execution.getVariable(MELDCODE_STAPPEN)),
        Formulierwaarden.tekst(execution.getVariable(REFERENTIEONDERZOEK)), Formulierwaarden.tekst(execution.getVariable(ADVIES)), Formulierwaarden.tekst(execution.getVariable(ADVIES_AFDOENING)));
    execution.setVariable(ADVIES_AFDOENING, Formulierwaarden.tekst(execution.getVariable(ADVIES_AFDOENING)).trim());
    execution.setVariable(ADVIES_UITGEBRACHT_DOOR, Formulierwaarden.tekst(execution.getVariable(ADVISEUR_GROEP)));
  }

}
