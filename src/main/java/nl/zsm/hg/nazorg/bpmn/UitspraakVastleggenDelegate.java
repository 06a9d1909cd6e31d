package nl.zsm.hg.nazorg.bpmn;

import static nl.zsm.hg.nazorg.domain.NaZsmContract.UITSPRAAK_RECHTER;

import nl.zsm.hg.nazorg.domain.UitspraakRechter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task right after the message "UitspraakRechter": an unknown outcome is refused within the
 * correlation (REST 400), so the case keeps waiting for a valid message.
 */
@Component("uitspraakVastleggen")
public class UitspraakVastleggenDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(UITSPRAAK_RECHTER, UitspraakRechter.van(execution.getVariable(UITSPRAAK_RECHTER)).name());
  }
}
