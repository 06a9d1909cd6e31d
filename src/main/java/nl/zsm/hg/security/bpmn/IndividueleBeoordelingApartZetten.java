package nl.zsm.hg.security.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the intake: the Individuele Beoordeling leaves the case, so that only the tasks of the police and the
 * OvJ that show it (as a local input from {@link VertrouwelijkeGegevens#individueleBeoordeling}) can read it, not every
 * organisation with a task in the case (Werkwijze, L325-333: politie neemt de IB af, het OM actualiseert).
 */
@Component("individueleBeoordelingApartZetten")
public class IndividueleBeoordelingApartZetten implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.getProcessInstance().removeVariable(VertrouwelijkeGegevens.INDIVIDUELE_BEOORDELING);
  }
}
