package nl.zsm.hg.procesbeheer.engine;

import nl.zsm.hg.procesbeheer.domain.DmnModelControle;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers: decisions must pass {@link DmnModelControle}, and CMMN (which the
 * product does not use and which can carry its own listeners and expressions) is refused. BPMN is checked
 * by {@link ModelControleParseListener} while the engine parses it.
 */
public class DeploymentInhoudControle implements Deployer {

  private final DmnModelControle dmn;
  private final RechtenWijzigingControle rechten = new RechtenWijzigingControle();

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
      if ((naam.endsWith(".bpmn") || naam.endsWith(".bpmn20.xml")) && doorProceseigenaar()) {
        rechten.controleer(naam, resource.getBytes(), DeploymentInhoudControle::vorigeVersie).ifPresent(melding -> {
          throw new BadUserRequestException(melding);
        });
      }
      if (naam.endsWith(".dmn") || naam.endsWith(".dmn11.xml")) {
        dmn.controleer(naam, resource.getBytes()).ifPresent(melding -> {
          throw new BadUserRequestException(melding);
        });
      }
    }
  }

  /** A logged-in user other than the administrator; the start-up deployment (a release) has no user. */
  private static boolean doorProceseigenaar() {
    CommandContext context = Context.getCommandContext();
    return context != null && context.getAuthenticatedUserId() != null
        && (context.getAuthenticatedGroupIds() == null || !context.getAuthenticatedGroupIds().contains("camunda-admin"));
  }

  /** The BPMN of the latest deployed version of a process key, or null for a new process. */
  private static byte[] vorigeVersie(String procesKey) {
    CommandContext context = Context.getCommandContext();
    boolean controleAan = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      ProcessDefinitionEntity vorige = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(procesKey);
      if (vorige == null) {
        return null;
      }
      ResourceEntity bron = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(vorige.getDeploymentId(), vorige.getResourceName());
      return bron == null ? null : bron.getBytes();
    } finally {
      if (controleAan) {
        context.enableAuthorizationCheck();
      }
    }
  }
}
