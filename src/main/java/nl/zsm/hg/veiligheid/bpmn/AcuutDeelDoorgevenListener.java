package nl.zsm.hg.veiligheid.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ACUUT_DEEL_VT_BEKEND;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.BERICHT_ACUUT_DEEL_VT;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ACUUT_GRONDEN;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ACUUT_ONVEILIG;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.ONVEILIGHEID;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.STRUCTUREEL_GRONDEN;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.STRUCTUREEL_ONVEILIG;
import static nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract.VEILIGHEID_TOELICHTING;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start of "Kinderen in het gezin: triage VT en RvdK", right after "Veiligheid classificeren" in
 * vtVeiligheidsbeoordeling): VT's part at ZSM, the assessment of acute (and as far as known structural) unsafety,
 * reaches the HG case as soon as it is there; the RvdK's triage and VT's veiligheidsvoorwaarden may follow after ZSM
 * and do not hold up the evidence assessment or the afdoening (Evaluatie, L3027-3031). It copies the classification
 * to the calling case, marks acuutDeelVtBekend and sends the message AcuutDeelVtBekend, on which the case waits in
 * "Acuut deel van Veilig Thuis ontvangen". Without a calling case (the process started on its own) nothing happens.
 */
@Component("acuutDeelDoorgeven")
public class AcuutDeelDoorgevenListener implements ExecutionListener {

  private static final List<String> UITKOMST = List.of(ONVEILIGHEID, ACUUT_ONVEILIG, ACUUT_GRONDEN, STRUCTUREEL_ONVEILIG,
      STRUCTUREEL_GRONDEN, VEILIGHEID_TOELICHTING);

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution zaak = execution.getProcessInstance().getSuperExecution();
    if (zaak == null) {
      return;
    }
    for (String naam : UITKOMST) {
      zaak.setVariable(naam, execution.getVariable(naam));
    }
    zaak.setVariable(ACUUT_DEEL_VT_BEKEND, true);
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(BERICHT_ACUUT_DEEL_VT)
        .processInstanceId(zaak.getProcessInstanceId()).correlateAllWithResult();
  }
}
