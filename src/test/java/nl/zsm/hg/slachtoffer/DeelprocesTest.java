package nl.zsm.hg.slachtoffer;

import static org.assertj.core.api.Assertions.assertThat;

import nl.zsm.hg.ProcesDekking;
import nl.zsm.hg.Taken;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of one called process of this package share: the engine's services, tasks completed as a demo
 * user, and the check after the last test that every flow node and sequence flow of the process was passed. Run
 * such a class as a whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeelprocesTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  Taken taken;
  private ProcesDekking dekking;

  /** The key of the process whose coverage this class must make complete. */
  abstract String proces();

  @BeforeAll
  void dekkingMeten() {
    dekking = new ProcesDekking(processEngine, getClass().getSimpleName());
  }

  @BeforeEach
  void init(TestInfo test) {
    BpmnAwareTests.init(processEngine);
    taken = new Taken(processEngine);
    dekking.nieuweTest(test.getDisplayName());
  }

  @AfterAll
  void elkElementEnElkePijlIsGedekt() {
    dekking.rapporteer();
    assertThat(dekking.nietGedekt(proces())).as("niet gedekte knopen en pijlen van " + proces()).isEmpty();
  }
}
