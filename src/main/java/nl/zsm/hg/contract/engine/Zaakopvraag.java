package nl.zsm.hg.contract.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What the checks need to know about the case before a command runs, read in a command of its own with the
 * engine's authorization check off (the check reads what the user may not, e.g. the current value of a
 * read-only field, and shows none of it). Runs below this product's interceptors, so it is not checked itself.
 */
final class Zaakopvraag {

  private final CommandExecutor uitvoerder;

  Zaakopvraag(CommandExecutor uitvoerder) {
    this.uitvoerder = uitvoerder;
  }

  /** Where the task is and the current values of the given variables, as the task sees them. */
  record Taak(String proces, String taak, Map<String, Object> huidig) {}

  /**
   * The task, after the engine's own check that the user may work on it (so that someone who may not gets
   * 403, not a 400 about the contents); empty for an unknown task.
   */
  Optional<Taak> taak(String taakId, java.util.function.BiFunction<String, String, Set<String>> alleenLezen) {
    TaskEntity gevonden = uitvoerder.execute(context -> {
      TaskEntity taak = taakId == null ? null : context.getTaskManager().findTaskById(taakId);
      if (taak != null) {
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(taak));
      }
      return taak;
    });
    if (gevonden == null) {
      return Optional.empty();
    }
    return intern(context -> {
      TaskEntity taak = context.getTaskManager().findTaskById(taakId);
      if (taak == null) {
        return Optional.empty();
      }
      String proces = taak.getProcessDefinitionId() == null ? "" : procesSleutel(context, taak.getProcessDefinitionId());
      Map<String, Object> huidig = new HashMap<>();
      for (String naam : alleenLezen.apply(proces, taak.getTaskDefinitionKey())) {
        huidig.put(naam, Invoerwaarden.waarde(taak.getVariableTyped(naam, true)));
      }
      return Optional.of(new Taak(proces, taak.getTaskDefinitionKey(), huidig));
    });
  }

  String procesSleutel(String procesdefinitieId) {
    return intern(context -> procesSleutel(context, procesdefinitieId));
  }

  /**
   * The engine's own check that the user may start the process (by key: its latest version), so that
   * someone who may not gets 403, not a 400 about the contents. An unknown process passes: the start answers that.
   */
  void controleerMagStarten(String sleutel, String procesdefinitieId) {
    uitvoerder.execute(context -> {
      var cache = context.getProcessEngineConfiguration().getDeploymentCache();
      ProcessDefinition definitie;
      try {
        definitie = procesdefinitieId != null ? cache.findDeployedProcessDefinitionById(procesdefinitieId)
            : cache.findDeployedLatestProcessDefinitionByKey(sleutel);
      } catch (org.camunda.bpm.engine.ProcessEngineException onbekend) {
        return null;
      }
      if (definitie != null) {
        context.getProcessEngineConfiguration().getCommandCheckers()
            .forEach(checker -> checker.checkCreateProcessInstance(definitie));
      }
      return null;
    });
  }

  /** Whether any case, running or finished, was started from a process definition of the deployment. */
  boolean heeftZaken(String deploymentId) {
    return intern(context -> {
      var configuratie = context.getProcessEngineConfiguration();
      for (ProcessDefinition definitie : configuratie.getRepositoryService().createProcessDefinitionQuery()
          .deploymentId(deploymentId).list()) {
        if (configuratie.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definitie.getId()).count() > 0
            || configuratie.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionId(definitie.getId()).count() > 0) {
          return true;
        }
      }
      return false;
    });
  }

  private static String procesSleutel(org.camunda.bpm.engine.impl.interceptor.CommandContext context, String id) {
    try {
      ProcessDefinitionEntity definitie = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(id);
      return definitie == null ? "" : definitie.getKey();
    } catch (org.camunda.bpm.engine.ProcessEngineException onbekend) {
      return "";
    }
  }

  private <T> T intern(Command<T> vraag) {
    return uitvoerder.execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return vraag.execute(context);
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }
}
