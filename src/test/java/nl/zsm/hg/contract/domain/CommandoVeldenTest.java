package nl.zsm.hg.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;

/**
 * The fields the gate reads from the engine's commands exist under these names in this Camunda version: an
 * upgrade that renames one fails here rather than silently letting input through.
 */
class CommandoVeldenTest {

  @Test
  void taakafrondingEnFormulier() {
    Map<String, Object> invoer = new HashMap<>(Map.of("a", 1));
    CompleteTaskCmd afronden = new CompleteTaskCmd("taak-1", invoer);
    assertThat((String) CommandoVelden.lees(afronden, "taskId")).isEqualTo("taak-1");
    assertThat((Map<String, Object>) CommandoVelden.lees(afronden, "variables")).isSameAs(invoer);
    SubmitTaskFormCmd formulier = new SubmitTaskFormCmd("taak-2", Map.of("b", 2), false, false);
    assertThat((String) CommandoVelden.lees(formulier, "taskId")).isEqualTo("taak-2");
    assertThat((Map<String, Object>) CommandoVelden.lees(formulier, "properties")).containsEntry("b", 2);
  }

  @Test
  void startEnStartformulier() {
    CommandExecutor geen = null;
    ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl)
        ProcessInstantiationBuilderImpl.createProcessInstanceByKey(geen, "zsmHuiselijkGeweld").setVariable("c", 3);
    assertThat((ProcessInstantiationBuilderImpl) CommandoVelden.lees(new StartProcessInstanceCmd(builder), "instantiationBuilder"))
        .isSameAs(builder);
    SubmitStartFormCmd start = new SubmitStartFormCmd("def-1", "ZSM-1", Map.of("d", 4));
    assertThat((String) CommandoVelden.lees(start, "processDefinitionId")).isEqualTo("def-1");
    assertThat((Map<String, Object>) CommandoVelden.lees(start, "variables")).containsEntry("d", 4);
  }

  @Test
  void berichten() {
    MessageCorrelationBuilderImpl bericht = new MessageCorrelationBuilderImpl(new CommandExecutor() {
      @Override
      public <T> T execute(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
        throw new UnsupportedOperationException();
      }
    }, "UitspraakRechter");
    CorrelateMessageCmd een = new CorrelateMessageCmd(bericht, true, false, false);
    assertThat((MessageCorrelationBuilderImpl) CommandoVelden.lees(een, "builder")).isSameAs(bericht);
    assertThat((Boolean) CommandoVelden.lees(een, "variablesInResultEnabled")).isTrue();
    assertThat((Boolean) CommandoVelden.lees(een, "startMessageOnly")).isFalse();
    CorrelateAllMessageCmd alle = new CorrelateAllMessageCmd(bericht, false, false);
    assertThat((Boolean) CommandoVelden.lees(alle, "variablesInResultEnabled")).isFalse();
    MessageEventReceivedCmd ontvangen = new MessageEventReceivedCmd("UitspraakRechter", "exec-1", Map.of("e", 5));
    assertThat((String) CommandoVelden.lees(ontvangen, "messageName")).isEqualTo("UitspraakRechter");
    assertThat((Map<String, Object>) CommandoVelden.lees(ontvangen, "processVariables")).containsEntry("e", 5);
    assertThat((Object) CommandoVelden.lees(ontvangen, "processVariablesLocal")).isNull();
    assertThat((Object) CommandoVelden.lees(ontvangen, "processVariablesToTriggeredScope")).isNull();
  }

  @Test
  void verwijderen() {
    DeleteDeploymentCmd deployment = new DeleteDeploymentCmd("dep-1", true, false, false);
    assertThat((String) CommandoVelden.lees(deployment, "deploymentId")).isEqualTo("dep-1");
    assertThat((Boolean) CommandoVelden.lees(deployment, "cascade")).isTrue();
    DeleteProcessDefinitionsByIdsCmd definities = new DeleteProcessDefinitionsByIdsCmd(List.of("x"), true, false, false);
    assertThat((Boolean) CommandoVelden.lees(definities, "cascadeToInstances")).isTrue();
    assertThat((Boolean) CommandoVelden.lees(definities, "cascadeToHistory")).isTrue();
    assertThat((Boolean) CommandoVelden.lees(new org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd(
        "k", true, false, false, null, false), "cascade")).isTrue();
  }

  @Test
  void eenOnbekendVeldFaaltLuid() {
    assertThatThrownBy(() -> CommandoVelden.lees(new CompleteTaskCmd("t", Map.of()), "bestaatNiet"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bestaatNiet");
  }
}
