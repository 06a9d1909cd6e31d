package nl.zsm.hg.contract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the step contract of a task is checked inside the completing command's own command context, so the
 * engine opens one context (one transaction, one task lookup) per complete instead of three (two for the check's own
 * lookups, one for the command). The check is never skipped: a refused command does not run.
 */
class ZaakBewakingTest {

  /** The rest of the engine's chain: records every command that opens a context and runs it in one fake context. */
  static final class Engine extends CommandInterceptor {
    final List<Command<?>> contexten = new ArrayList<>();
    final CommandContext context = mock(CommandContext.class);
    final TaskManager taken = mock(TaskManager.class);
    final TaskEntity taak = mock(TaskEntity.class);
    int taakOpgezocht;

    Engine() {
      ProcessEngineConfigurationImpl configuratie = mock(ProcessEngineConfigurationImpl.class);
      when(context.getTaskManager()).thenReturn(taken);
      when(context.getProcessEngineConfiguration()).thenReturn(configuratie);
      when(configuratie.getCommandCheckers()).thenReturn(List.of());
      when(taken.findTaskById("taak-1")).thenAnswer(a -> {
        taakOpgezocht++;
        return taak;
      });
      when(taak.getTaskDefinitionKey()).thenReturn("stapZonderVelden");
    }

    @Override
    public <T> T execute(Command<T> commando) {
      contexten.add(commando);
      return commando.execute(context);
    }
  }

  /** A complete whose own work is only counted. */
  static final class Afronden extends CompleteTaskCmd {
    boolean uitgevoerd;

    Afronden(Map<String, Object> variabelen) {
      super("taak-1", variabelen);
    }

    @Override
    public VariableMap execute(CommandContext context) {
      uitgevoerd = true;
      context.getTaskManager().findTaskById("taak-1");
      return null;
    }
  }

  private final Engine engine = new Engine();
  private ZaakBewaking bewaking;

  @BeforeEach
  void bewaking() {
    IdentityService identiteit = mock(IdentityService.class);
    when(identiteit.getCurrentAuthentication()).thenReturn(new Authentication("vt", List.of("veilig-thuis")));
    bewaking = new ZaakBewaking(identiteit, new ContractenLezer()::lees);
    bewaking.setNext(engine);
  }

  @Test
  void eenToegestaanAfrondenOpentEenContextVoorControleEnCommando() {
    Afronden afronden = new Afronden(new HashMap<>());
    bewaking.execute(afronden);

    assertThat(afronden.uitgevoerd).isTrue();
    assertThat(engine.contexten).as("one command context for check and command").hasSize(1);
    assertThat(engine.taakOpgezocht).as("the check and the command share the context (its entity cache)").isPositive();
  }

  @Test
  void eenVreemdVeldWordtGeweigerdEnHetCommandoLooptNiet() {
    Afronden afronden = new Afronden(new HashMap<>(Map.of("slachtofferEmail", "ander@example.org")));

    assertThatThrownBy(() -> bewaking.execute(afronden)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("slachtofferEmail");
    assertThat(afronden.uitgevoerd).isFalse();
    assertThat(engine.contexten).hasSize(1);
  }

  @Test
  void naEenToegestaanAfrondenWordtHetVolgendeAfrondenVanDezelfdeTaakOpnieuwGecontroleerd() {
    bewaking.execute(new Afronden(new HashMap<>()));
    Afronden tweede = new Afronden(new HashMap<>(Map.of("adviseurGroep", "om")));

    assertThatThrownBy(() -> bewaking.execute(tweede)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("adviseurGroep");
    assertThat(tweede.uitgevoerd).isFalse();
  }
}
