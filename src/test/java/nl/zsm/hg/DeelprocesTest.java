package nl.zsm.hg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of a test class for one called process: the engine's services, tasks done as a demo user
 * ({@link Taken}) or by the organisation of their lane ({@link Organisatietaken}). Subclasses carry
 * {@link ZsmSpringTest}, which records the flow nodes and sequence flows their tests passed ({@link ProcesDekking});
 * that every element of the process was passed is checked once over the whole suite, so a single class or test runs
 * alone (docs/testen.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeelprocesTest {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected HistoryService historyService;

  /** Tasks completed, read and queried as a given demo user. */
  protected Taken taken;
  /** Open tasks looked up and completed by the organisation (candidate group) of their lane. */
  protected Organisatietaken organisatietaken;

  /** Key of the process under test. */
  protected abstract String proces();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
    taken = new Taken(processEngine);
    organisatietaken = new Organisatietaken(processEngine);
  }

  /** Starts the process under test with the case number as business key. */
  protected ProcessInstance start(String zaaknummer, Map<String, Object> variabelen) {
    return runtimeService.startProcessInstanceByKey(proces(), zaaknummer, variabelen);
  }

  /** Every variable the history recorded for the process instance (all scopes), by name. */
  protected Map<String, Object> eindvariabelen(ProcessInstance zaak) {
    Map<String, Object> variabelen = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(zaak.getId()).list()
        .forEach(variabele -> variabelen.put(variabele.getName(), variabele.getValue()));
    return variabelen;
  }

  /** Keys of the read-only fields of a Camunda Form. */
  public static List<String> alleenLezen(JsonNode formulier) {
    List<String> sleutels = new ArrayList<>();
    formulier.path("components").forEach(c -> {
      if (c.hasNonNull("key") && c.path("disabled").asBoolean()) {
        sleutels.add(c.path("key").asText());
      }
    });
    return sleutels;
  }
}
