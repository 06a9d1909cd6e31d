package nl.zsm.hg.veiligheid.bpmn;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on VT's "Onveilige gebeurtenissen inventariseren en beoordelen": the assessment cannot
 * be completed with a question on acute onveiligheid unanswered, so it never comes out "not acute" by omission.
 * Runs in the completing transaction: a refusal leaves the task open (REST 400).
 */
@Component("acuteOnveiligheidToetsen")
public record AcuteOnveiligheidToetsenListener(AcuteOnveiligheidAntwoorden antwoorden) implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    antwoorden.controleer(taak);
  }
}
