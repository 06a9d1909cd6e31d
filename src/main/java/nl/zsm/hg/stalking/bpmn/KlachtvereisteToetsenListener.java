package nl.zsm.hg.stalking.bpmn;

import nl.zsm.hg.stalking.domain.Klachtvereiste;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) on the OvJ's afdoeningsbeslissing: no prosecution of stalking without a complaint. */
@Component("klachtvereisteToetsen")
public record KlachtvereisteToetsenListener(Klachtvereiste klachtvereiste) implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    klachtvereiste.toets(taak::getVariable);
  }
}
