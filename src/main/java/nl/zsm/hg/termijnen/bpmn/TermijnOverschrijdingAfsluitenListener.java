package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.ZaakVariabelen.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * When the supervisor completes "Termijn overschreden: ...": writes what was done
 * ({@code termijnAfhandeling}) as the annotation of the incident of that deadline ({@code termijn})
 * and resolves it, so Cockpit's history shows how the overschrijding was handled.
 */
@Component("termijnOverschrijdingAfsluiten")
public class TermijnOverschrijdingAfsluitenListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
    Object afhandeling = task.getVariable(TERMIJN_AFHANDELING);
    for (Incident incident : runtime.createIncidentQuery().processInstanceId(task.getProcessInstanceId())
        .incidentType(INCIDENT_TERMIJN_OVERSCHREDEN).configuration(String.valueOf(task.getVariable(TERMIJN))).list()) {
      if (afhandeling != null && !afhandeling.toString().isBlank()) {
        runtime.setAnnotationForIncidentById(incident.getId(), "Afgehandeld door de ZSM-supervisor: " + afhandeling);
      }
      runtime.resolveIncident(incident.getId());
    }
  }
}
