package nl.zsm.hg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Records which flow nodes and sequence flows of which process the tests of one Spring test class passed
 * (process-test-coverage; the engine has its extensions through {@link ZsmSpringTest}, which also registers this
 * listener). After the class it writes them to {@code target/procesdekking/<test class>.txt}, one
 * "{@code processKey elementId}" per line, and the HTML/JSON report to {@code target/process-test-coverage/}.
 *
 * <p>Nothing here asserts: a class may cover only part of a model, so a single class runs green on its own. The one
 * check that every element of every model in {@code processes/} was passed runs after the whole suite
 * ({@link nl.zsm.hg.procesdekking.ProcesdekkingControle}, the last Failsafe execution of {@code mvn verify}).
 *
 * <p>The library's own Spring listener (from its spring.factories) installs its collector in its
 * {@code beforeTestClass}; this one installs its collector again before the test instance and before every test, so
 * the events reach this class's record. The library's listener then finds no events and logs "coverage could not be
 * calculated" for the class.
 */
public final class ProcesDekking implements TestExecutionListener {

  /** Where the per-class records go; {@code mvn verify} empties it before the Failsafe run. */
  public static final Path MAP = Path.of("target", "procesdekking");
  static final String RAPPORTMAP = "target/process-test-coverage";

  private DefaultCollector collector;
  private Suite suite;
  private int runs;

  @Override
  public void beforeTestClass(TestContext context) {
    installeer(context);
  }

  @Override
  public void prepareTestInstance(TestContext context) {
    installeer(context);
  }

  @Override
  public void beforeTestMethod(TestContext context) {
    installeer(context);
    nieuweRun(context.getTestMethod().getName());
  }

  @Override
  public void afterTestClass(TestContext context) {
    if (collector == null) {
      return;
    }
    schrijf(context.getTestClass().getName(), gedekt(suite));
    CoverageReportUtil.createReport(collector, RAPPORTMAP);
    CoverageReportUtil.createJsonReport(collector, RAPPORTMAP);
  }

  private void nieuweRun(String naam) {
    String id = suite.getId() + "#" + (++runs);
    collector.createRun(new Run(id, naam), suite.getId());
    collector.activateRun(id);
  }

  /** Creates the class's collector on first use (with a PER_CLASS lifecycle the instance comes before the class). */
  private void installeer(TestContext context) {
    if (collector == null) {
      collector = new DefaultCollector(new ExecutionContextModelProvider());
      String naam = context.getTestClass().getName();
      suite = collector.createSuite(new Suite(naam + "-dekking", context.getTestClass().getSimpleName()));
      collector.activateSuite(suite.getId());
      nieuweRun("voorbereiding");
    }
    ProcessEngine engine = context.getApplicationContext().getBean(ProcessEngine.class);
    new ProcessEngineAdapter(engine, collector).initializeListeners();
  }

  /** "processKey elementId" of every flow node and sequence flow the suite's events passed. */
  static Set<String> gedekt(Suite suite) {
    Set<String> regels = new TreeSet<>();
    for (Event event : suite.getEvents()) {
      regels.add(event.getModelKey() + " " + event.getDefinitionKey());
    }
    return regels;
  }

  /** Writes the record of one test class (replacing an older record of the same class). */
  static void schrijf(String testklasse, Set<String> regels) {
    try {
      Files.createDirectories(MAP);
      Files.write(MAP.resolve(testklasse + ".txt"), regels);
    } catch (IOException e) {
      throw new UncheckedIOException("procesdekking van " + testklasse + " niet vastgelegd", e);
    }
  }
}
