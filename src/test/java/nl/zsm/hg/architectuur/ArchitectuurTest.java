package nl.zsm.hg.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * The layers a reader sees in the folder tree, kept so: per capability ({@code nl.zsm.hg.<capability>}) a
 * {@code domain} package with the rules and adapters around it ({@code bpmn}: delegates, listeners, expression
 * beans; {@code rest}: controllers and filters; {@code engine}: engine plugins, commands and queries). Reads the
 * compiled main classes only; no Spring, no engine: part of the fast test layer.
 */
class ArchitectuurTest {

  static final String PRODUCT = "nl.zsm.hg";
  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages(PRODUCT);

  @Test
  void domeinKentGeenEngineEnGeenWeb() {
    ArchRule regel = noClasses().that().resideInAPackage("nl.zsm.hg..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "jakarta.servlet..", "jakarta.ws.rs..",
            "org.springframework.web..", "org.springframework.boot.web..", "org.glassfish..")
        .because("the domain holds the rules of the Werkwijze; the engine and HTTP reach it through adapters");
    regel.check(MAIN);
  }

  @Test
  void domeinKentGeenAdapters() {
    ArchRule regel = noClasses().that().resideInAPackage("nl.zsm.hg..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.zsm.hg..bpmn..", "nl.zsm.hg..rest..",
            "nl.zsm.hg..engine..")
        .because("adapters depend on the domain, never the other way round");
    regel.check(MAIN);
  }

  @Test
  void geenKringenTussenCapaciteiten() {
    slices().matching("nl.zsm.hg.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void engineInternAlleenInEngineAdapters() {
    ArchRule regel = noClasses().that().resideOutsideOfPackages("nl.zsm.hg..engine..", "nl.zsm.hg.tijd..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("engine internals change between Camunda versions; only the named engine adapters may use them");
    regel.check(MAIN);
  }

  @Test
  void eenKlokVoorAlleRegels() {
    ArchRule regel = noClasses().that().resideOutsideOfPackage("nl.zsm.hg.tijd..")
        .should().callMethodWhere(Klokaanroepen.STATISCHE_TIJD)
        .because("every rule reads the time from nl.zsm.hg.tijd.Engineklok (the engine clock), so a test that moves"
            + " the engine clock moves every rule");
    regel.check(MAIN);
  }

  @Test
  void delegatesEnListenersStaanInAdapters() {
    ArchRule regel = classes().that().resideInAPackage("nl.zsm.hg..")
        .and().implement(JavaDelegate.class).or().implement(ExecutionListener.class)
        .or().implement(TaskListener.class).or().implement(DelegateVariableMapping.class)
        .should().resideInAnyPackage("nl.zsm.hg..bpmn..", "nl.zsm.hg..engine..");
    regel.check(MAIN);
  }
}
