package nl.zsm.hg.spreekuur.bpmn;

import static nl.zsm.hg.ZaakVariabelen.ADVIES;
import static nl.zsm.hg.ZaakVariabelen.ADVIES_AFDOENING;
import static nl.zsm.hg.ZaakVariabelen.ADVIES_UITGEBRACHT_DOOR;
import static nl.zsm.hg.ZaakVariabelen.ADVISEUR_GROEP;
import static nl.zsm.hg.ZaakVariabelen.MELDCODE_STAPPEN;
import static nl.zsm.hg.ZaakVariabelen.REFERENTIEONDERZOEK;
import static nl.zsm.hg.ZaakVariabelen.TOESTEMMING_CONTACT_VT;

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
