package nl.zsm.hg.stalking.bpmn;

import nl.zsm.hg.stalking.domain.StalkingAdvies;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) on reclassering's advice: the stalking advice rules of {@link StalkingAdvies}. */
@Component("stalkingAdviesToetsen")
public record StalkingAdviesToetsenListener(StalkingAdvies stalkingAdvies) implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    stalkingAdvies.toets(taak::getVariable);
  }
}
