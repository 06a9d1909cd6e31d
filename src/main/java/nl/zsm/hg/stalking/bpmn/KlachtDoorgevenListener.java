package nl.zsm.hg.stalking.bpmn;

import static nl.zsm.hg.stalking.domain.StalkingAanpakContract.KLACHT_INGEDIEND;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on the police's "Vragenlijst bij stalking invullen en klacht vastleggen" in
 * stalkingAanpak: the complaint reaches the HG case the moment it is recorded, not only when the whole stalking
 * approach (SASH, MDO) has ended, so that the OvJ can prosecute at ZSM (klachtdelict, art. 285b Sr, L5369-5376).
 * Only klachtIngediend goes up; the questionnaire stays in the called process (need-to-know). Without a calling
 * case (the process started on its own) nothing happens.
 */
@Component("klachtDoorgeven")
public class KlachtDoorgevenListener implements TaskListener {

  @Override
  public void notify(DelegateTask taak) {
    DelegateExecution zaak = taak.getExecution().getProcessInstance().getSuperExecution();
    Object klacht = taak.getVariable(KLACHT_INGEDIEND);
    if (zaak != null && klacht != null) {
      zaak.setVariable(KLACHT_INGEDIEND, Boolean.TRUE.equals(klacht));
    }
  }
}
