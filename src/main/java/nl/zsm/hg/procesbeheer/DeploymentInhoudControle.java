package nl.zsm.hg.procesbeheer;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers: decisions must pass {@link DmnModelControle}, and CMMN (which the
 * product does not use and which can carry its own listeners and expressions) is refused. BPMN is checked
 * by {@link ModelControleParseListener} while the engine parses it.
 */
public class DeploymentInhoudControle implements Deployer {

  private final DmnModelControle dmn;

  public DeploymentInhoudControle(DmnModelControle dmn) {
    this.dmn = dmn;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      String naam = resource.getName();
      if (naam.endsWith(".cmmn") || naam.matches(".*\\.cmmn1[01]\\.xml")) {
        throw new BadUserRequestException("Deployment geweigerd: " + naam + " is een CMMN-model; het product gebruikt "
            + "alleen BPMN, DMN en formulieren.");
      }
      if (naam.endsWith(".dmn") || naam.endsWith(".dmn11.xml")) {
        dmn.controleer(naam, resource.getBytes()).ifPresent(melding -> {
          throw new BadUserRequestException(melding);
        });
      }
    }
  }
}
