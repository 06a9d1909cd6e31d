package nl.zsm.hg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of a test class for one called process: its tasks are done by the organisations of their lanes
 * ({@link Organisatietaken}) and, after the last test, every flow node and sequence flow of the process
 * must have been passed ({@link ProcesDekking}). Subclasses carry {@link ZsmSpringTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeelprocesTest {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;

  protected Organisatietaken taken;
  private ProcesDekking dekking;

  /** Key of the process whose coverage this class must make complete. */
  protected abstract String proces();

  @BeforeAll
  void dekkingMeten() {
    dekking = new ProcesDekking(processEngine, getClass().getSimpleName());
  }

  @BeforeEach
  void init(TestInfo test) {
    BpmnAwareTests.init(processEngine);
    taken = new Organisatietaken(processEngine);
    dekking.nieuweTest(test.getDisplayName());
  }

  @AfterAll
  void elkElementEnElkePijlIsGedekt() {
    dekking.rapporteer();
    assertThat(dekking.nietGedekt(proces())).as("niet gedekte knopen en pijlen van " + proces()).isEmpty();
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
