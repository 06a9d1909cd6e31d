package nl.zsm.hg.contract.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What the checks need to know about the case before a command runs, read with the engine's authorization check
 * off (the check reads what the user may not, e.g. the current value of a read-only field, and shows none of it).
 * Either in a command of its own below this product's interceptors ({@link #Zaakopvraag(CommandExecutor)}, so it is
 * not checked itself), or inside the command context of the command being checked ({@link #binnen(CommandContext)}):
 * then the task and its variables the check reads are the ones the command itself finds in its cache, without a
 * second lookup, transaction or commit (issue 15).
 */
final class Zaakopvraag {

  private final CommandExecutor uitvoerder;

  Zaakopvraag(CommandExecutor uitvoerder) {
    this.uitvoerder = uitvoerder;
  }

  /** Reads inside the given (the checked command's own) command context. */
  static Zaakopvraag binnen(CommandContext context) {
    return new Zaakopvraag(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> vraag) {
        return vraag.execute(context);
      }
    });
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

  private static String procesSleutel(CommandContext context, String id) {
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
      boolean aan = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return vraag.execute(context);
      } finally {
        if (aan) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }
}
