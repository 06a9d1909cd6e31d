package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.BaseProcessEngineCoverageTestExecutionListener;
import org.springframework.test.context.TestContext;

/**
 * The process-test-coverage listener of camunda-process-test-coverage (it writes the report to
 * target/process-test-coverage/), plus an assertion that THIS test class covers every flow node and
 * sequence flow of the main process. The library's own class assertion counts every model the tests
 * touched, including the called processes, which have their own tests; its exclusion of process
 * definition keys does not remove called processes from that figure (measured with 3.0.0).
 */
public class HoofdprocesDekking extends BaseProcessEngineCoverageTestExecutionListener {

  static final String HOOFDPROCES = "zsmHuiselijkGeweld";

  private final DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());

  @Override
  protected DefaultCollector getCoverageCollector() {
    return collector;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    super.beforeTestClass(testContext);
    new ProcessEngineAdapter(testContext.getApplicationContext().getBean(ProcessEngine.class), collector)
        .initializeListeners();
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    Model hoofdproces = collector.getModels().stream().filter(m -> HOOFDPROCES.equals(m.getKey())).findFirst()
        .orElseThrow(() -> new AssertionError("het hoofdproces " + HOOFDPROCES + " is niet uitgevoerd"));
    double dekking = collector.getActiveSuite().calculateCoverage(hoofdproces);
    super.afterTestClass(testContext);
    assertThat(dekking).as("dekking van flow nodes en sequence flows van " + HOOFDPROCES).isEqualTo(1.0);
  }
}
