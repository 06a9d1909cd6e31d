package nl.zsm.hg;

import org.camunda.bpm.engine.RepositoryService;

/** Test-only models (src/test/resources/testprocessen): one task per organisation and a tiny decision. */
public final class TestProcessen {

  public static final String TAAK_PER_ORGANISATIE = "testTaakPerOrganisatie";
  public static final String TEST_BESLISSING = "testBeslissing";

  private TestProcessen() {}

  /** Deploys the test models once per Spring context (the database lives as long as the context). */
  public static synchronized void deploy(RepositoryService repositoryService) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(TAAK_PER_ORGANISATIE).count() == 0) {
      repositoryService.createDeployment().name("testprocessen")
          .addClasspathResource("testprocessen/taak-per-organisatie.bpmn")
          .addClasspathResource("testprocessen/test-beslissing.dmn")
          .deploy();
    }
  }
}
