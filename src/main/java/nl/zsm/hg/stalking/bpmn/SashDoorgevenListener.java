package nl.zsm.hg.stalking.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start of "Routekaart: altijd" in stalkingAanpak, right after the decision SashRisiconiveau):
 * the outcome of the SASH reaches the HG case before the liberty decision (Werkwijze stap 2, L359-364 and L422-426).
 * It sets risiconiveau and risiconiveauGrond in the calling case and sends the message SashUitkomstBekend, on which
 * the case waits before Task_Vrijheidsbeneming when it carries the label ex-partnerstalking. A case that is not
 * waiting (the decision was already taken, or the time to decide came first) just keeps the values. Only these two
 * variables go up; the SASH answers stay in the called process (need-to-know). Without a calling case nothing happens.
 */
@Component("sashDoorgeven")
public class SashDoorgevenListener implements ExecutionListener {

  public static final String BERICHT = nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.BERICHT_SASH_UITKOMST;
  static final String RISICONIVEAU = nl.zsm.hg.stalking.domain.StalkingAanpakContract.RISICONIVEAU;
  static final String RISICONIVEAU_GROND = nl.zsm.hg.stalking.domain.StalkingAanpakContract.RISICONIVEAU_GROND;

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution zaak = execution.getProcessInstance().getSuperExecution();
    if (zaak == null) {
      return;
    }
    zaak.setVariable(RISICONIVEAU, execution.getVariable(RISICONIVEAU));
    zaak.setVariable(RISICONIVEAU_GROND, execution.getVariable(RISICONIVEAU_GROND));
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(BERICHT)
        .processInstanceId(zaak.getProcessInstanceId()).correlateAllWithResult();
  }
}
