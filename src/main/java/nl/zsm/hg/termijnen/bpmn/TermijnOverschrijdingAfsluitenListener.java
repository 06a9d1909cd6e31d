package nl.zsm.hg.termijnen.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INCIDENT_TERMIJN_OVERSCHREDEN;
import static nl.zsm.hg.termijnen.domain.ZsmTermijnsignaleringContract.TERMIJN;
import static nl.zsm.hg.termijnen.domain.ZsmTermijnsignaleringContract.TERMIJN_AFHANDELING;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * When the supervisor completes "Termijn overschreden: ...": writes what was done
 * ({@code termijnAfhandeling}) as the annotation of the incident of that deadline ({@code termijn})
 * and resolves it, so Cockpit's history shows how the overschrijding was handled. The task lives in the called
 * process zsmTermijnsignalering (need-to-know), the incident on the case that called it: the incident is looked
 * up on the task's own process instance and on the instances that called it.
 */
@Component("termijnOverschrijdingAfsluiten")
public class TermijnOverschrijdingAfsluitenListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
    Object afhandeling = task.getVariable(TERMIJN_AFHANDELING);
    String termijn = String.valueOf(task.getVariable(TERMIJN));
    String instantie = task.getProcessInstanceId();
    DelegateExecution aanroeper = task.getExecution().getProcessInstance().getSuperExecution();
    while (instantie != null) {
      for (Incident incident : runtime.createIncidentQuery().processInstanceId(instantie)
          .incidentType(INCIDENT_TERMIJN_OVERSCHREDEN).configuration(termijn).list()) {
        if (afhandeling != null && !afhandeling.toString().isBlank()) {
          runtime.setAnnotationForIncidentById(incident.getId(), "Afgehandeld door de ZSM-supervisor: " + afhandeling);
        }
        runtime.resolveIncident(incident.getId());
      }
      instantie = aanroeper == null ? null : aanroeper.getProcessInstanceId();
      aanroeper = aanroeper == null ? null : aanroeper.getProcessInstance().getSuperExecution();
    }
  }
}
