package nl.zsm.hg.stalking.bpmn;

import static nl.zsm.hg.ZaakVariabelen.AFDOENINGSBESLISSING;
import static nl.zsm.hg.ZaakVariabelen.KLACHT_INGEDIEND;
import static nl.zsm.hg.ZaakVariabelen.OOK_ANDERE_FEITEN_TEN_LASTE;

import nl.zsm.hg.stalking.domain.Klachtvereiste;
import nl.zsm.hg.stalking.domain.Stalkingzaak;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) on the OvJ's afdoeningsbeslissing: no prosecution of stalking without a complaint. */
@Component("klachtvereisteToetsen")
public record KlachtvereisteToetsenListener(Klachtvereiste klachtvereiste) implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    klachtvereiste.toets(
        Stalkingzaak.in(taak::getVariable),
        taak.getVariable(OOK_ANDERE_FEITEN_TEN_LASTE), taak.getVariable(KLACHT_INGEDIEND), taak.getVariable(AFDOENINGSBESLISSING));
  }
}
