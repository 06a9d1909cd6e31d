package nl.zsm.hg.privacy.engine;

import java.util.Optional;
import java.util.function.Supplier;
import nl.zsm.hg.security.engine.Engineaanmelding;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * Finds the case (zaaknummer = business key of the root process) of a task, process instance, execution or
 * variable, also for a called process and after the case ended (history). Looks without the user's
 * authorizations: the access log also records attempts on cases the user may not see.
 */
@Component
public record ZaakHerleiding(HistoryService historyService, RuntimeService runtimeService,
    IdentityService identityService) {

  /** The process instance of whatever the request names, task first. */
  public Optional<String> procesInstantie(String taakId, String procesInstantieId, String executieId, String variabeleId) {
    return zonderAutorisatie(() -> {
      if (procesInstantieId != null) {
        return Optional.of(procesInstantieId);
      }
      if (taakId != null) {
        HistoricTaskInstance taak = historyService.createHistoricTaskInstanceQuery().taskId(taakId).singleResult();
        if (taak != null && taak.getProcessInstanceId() != null) {
          return Optional.of(taak.getProcessInstanceId());
        }
      }
      if (executieId != null) {
        Execution executie = runtimeService.createExecutionQuery().executionId(executieId).singleResult();
        if (executie != null) {
          return Optional.of(executie.getProcessInstanceId());
        }
      }
      if (variabeleId != null) {
        HistoricVariableInstance variabele = historyService.createHistoricVariableInstanceQuery()
            .variableId(variabeleId).singleResult();
        if (variabele != null) {
          return Optional.ofNullable(variabele.getProcessInstanceId());
        }
      }
      return Optional.empty();
    });
  }

  /** The zaaknummer of a process instance: the business key of its root process. */
  public Optional<String> zaaknummer(String procesInstantieId) {
    return zonderAutorisatie(() -> {
      HistoricProcessInstance proces = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(procesInstantieId).singleResult();
      if (proces == null) {
        return Optional.empty();
      }
      String rootId = proces.getRootProcessInstanceId();
      if (rootId != null && !rootId.equals(proces.getId())) {
        HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery().processInstanceId(rootId).singleResult();
        if (root != null && root.getBusinessKey() != null) {
          return Optional.of(root.getBusinessKey());
        }
      }
      return Optional.ofNullable(proces.getBusinessKey());
    });
  }

  private <T> T zonderAutorisatie(Supplier<T> opvraging) {
    return Engineaanmelding.zonderAutorisatie(identityService, opvraging);
  }
}
