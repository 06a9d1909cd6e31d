package nl.zsm.hg.stalking.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.OOK_ANDERE_FEITEN_TEN_LASTE;
import static nl.zsm.hg.stalking.domain.StalkingAanpakContract.KLACHT_INGEDIEND;

import nl.zsm.hg.stalking.domain.Klachtvereiste;
import nl.zsm.hg.stalking.domain.Stalkingzaak;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) on the OvJ's afdoeningsbeslissing: no prosecution of stalking without a complaint. */
@Component("klachtvereisteToetsen")
public class KlachtvereisteToetsenListener implements TaskListener {

  private final Klachtvereiste klachtvereiste;

  public KlachtvereisteToetsenListener(Klachtvereiste klachtvereiste) {
    this.klachtvereiste = klachtvereiste;
  }

  @Override
  public void notify(DelegateTask taak) {
    klachtvereiste.toets(
        Stalkingzaak.in(taak::getVariable),
        taak.getVariable(OOK_ANDERE_FEITEN_TEN_LASTE), taak.getVariable(KLACHT_INGEDIEND), taak.getVariable(AFDOENINGSBESLISSING));
  }
}
