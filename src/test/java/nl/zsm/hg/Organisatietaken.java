package nl.zsm.hg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * Completes the open task of a process instance as the demo user of the organisation whose lane it is
 * in, after checking the task's candidate group is exactly that organisation.
 */
public final class Organisatietaken {

  /** Demo user per group (profile demo). */
  public static final Map<String, String> GEBRUIKER = Map.of("politie", "politie", "veilig-thuis", "vt", "om", "ovj",
      "reclassering", "reclassering", "rvdk", "rvdk", "slachtofferhulp", "shn");

  private final ProcessEngine engine;
  private final Taken taken;

  public Organisatietaken(ProcessEngine engine) {
    this.engine = engine;
    this.taken = new Taken(engine);
  }

  public Task taak(String processInstanceId, String taakSleutel) {
    Task taak = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taakSleutel).singleResult();
    assertThat(taak).as("open taak " + taakSleutel).isNotNull();
    return taak;
  }

  public void doe(String processInstanceId, String taakSleutel, String groep, Map<String, Object> variabelen) {
    Task taak = taak(processInstanceId, taakSleutel);
    assertThat(taken.kandidaatgroepen(taak)).as("kandidaatgroep van " + taakSleutel).containsExactly(groep);
    taken.voltooiAls(GEBRUIKER.get(groep), taak, variabelen);
  }
}
