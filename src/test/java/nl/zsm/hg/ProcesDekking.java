package nl.zsm.hg;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;

/**
 * Which flow nodes and sequence flows of a process model the tests of one test class passed, with
 * process-test-coverage (the engine has its extensions through {@link ZsmSpringTest}). Create one per
 * test class before the first test, call {@link #nieuweTest(String)} before each test and ask
 * {@link #nietGedekt(String)} after the last one. {@link #rapporteer()} writes the HTML/JSON report to
 * target/process-test-coverage/ (suite "&lt;test class&gt;-dekking").
 *
 * <p>The library's own Spring listener also runs for every Spring test class; for a class that uses
 * this helper it finds no events of its own and logs "coverage could not be calculated".
 */
public final class ProcesDekking {

  private final DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
  private final ProcessEngine engine;
  private final Suite suite;
  private int runs;

  static final String RAPPORTMAP = "target/process-test-coverage";

  public ProcesDekking(ProcessEngine engine, String naam) {
    this.engine = engine;
    new ProcessEngineAdapter(engine, collector).initializeListeners();
    String id = naam + "-dekking";
    suite = collector.createSuite(new Suite(id, naam));
    collector.activateSuite(id);
  }

  public void rapporteer() {
    CoverageReportUtil.createReport(collector, RAPPORTMAP);
    CoverageReportUtil.createJsonReport(collector, RAPPORTMAP);
  }

  public void nieuweTest(String naam) {
    String id = suite.getId() + "#" + (++runs);
    collector.createRun(new Run(id, naam), suite.getId());
    collector.activateRun(id);
  }

  /** Ids of the flow nodes and sequence flows of the latest version of the process that no test passed. */
  public Set<String> nietGedekt(String processKey) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    Set<String> elementen = new TreeSet<>();
    model.getModelElementsByType(FlowNode.class).forEach(node -> elementen.add(node.getId()));
    model.getModelElementsByType(SequenceFlow.class).forEach(flow -> elementen.add(flow.getId()));
    Set<String> gedekt = suite.getEvents().stream()
        .filter(event -> processKey.equals(event.getModelKey()))
        .map(Event::getDefinitionKey)
        .collect(Collectors.toSet());
    elementen.removeAll(gedekt);
    return elementen;
  }
}
