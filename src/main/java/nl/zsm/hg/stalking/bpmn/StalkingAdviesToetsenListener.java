package nl.zsm.hg.stalking.bpmn;

import static nl.zsm.hg.ZaakVariabelen.MEDIATION_OF_HERSTELGESPREK_GEADVISEERD;
import static nl.zsm.hg.ZaakVariabelen.OVERWEGINGEN_DUT;
import static nl.zsm.hg.ZaakVariabelen.OVERWEGINGEN_EM;
import static nl.zsm.hg.ZaakVariabelen.STALKING_DUURT_VOORT;

import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.stalking.domain.StalkingAdvies;
import nl.zsm.hg.stalking.domain.Stalkingzaak;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) on reclassering's advice: the stalking advice rules of {@link StalkingAdvies}. */
@Component("stalkingAdviesToetsen")
public record StalkingAdviesToetsenListener(StalkingAdvies stalkingAdvies) implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    stalkingAdvies.toets(
        Stalkingzaak.in(taak::getVariable),
        Formulierwaarden.tekst(taak.getVariable(OVERWEGINGEN_EM)), Formulierwaarden.tekst(taak.getVariable(OVERWEGINGEN_DUT)),
        taak.getVariable(MEDIATION_OF_HERSTELGESPREK_GEADVISEERD), taak.getVariable(STALKING_DUURT_VOORT));
  }

}
