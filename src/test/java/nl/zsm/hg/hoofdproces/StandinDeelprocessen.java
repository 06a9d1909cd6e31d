package nl.zsm.hg.hoofdproces;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Test-only stand-ins for the called processes that branch "deelprocessen" builds. A stand-in is
 * deployed only while no process with its key exists, and removed again after the test class, so the
 * real called processes are used as soon as they are on the classpath.
 */
final class StandinDeelprocessen {

  static final List<String> SLEUTELS = List.of("vtVeiligheidsbeoordeling", "adviesReclasseringRvdk", "slachtofferInformeren");

  private StandinDeelprocessen() {}

  /** @return the id of the stand-in deployment, or null when every called process exists. */
  static String deployOntbrekende(RepositoryService repositoryService) {
    DeploymentBuilder deployment = repositoryService.createDeployment().name("stand-in deelprocessen (alleen tests)");
    boolean iets = false;
    for (String sleutel : SLEUTELS) {
      if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(sleutel).count() == 0) {
        deployment.addClasspathResource("standin/standin-" + sleutel + ".bpmn");
        iets = true;
      }
    }
    return iets ? deployment.deploy().getId() : null;
  }

  static void verwijder(RepositoryService repositoryService, String deploymentId) {
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }
}
