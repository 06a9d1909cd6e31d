package nl.zsm.hg.procesbeheer.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import nl.zsm.hg.procesbeheer.domain.DeploymentRegister;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs after the engine's deployers, in the same transaction: a deployment that the engine accepted is
 * recorded with who, when and a SHA-256 per resource (new, changed or unchanged compared with the last
 * recorded version of that resource). A refused deployment leaves no trace.
 */
public record DeploymentRegistratie(DeploymentRegister register) implements Deployer {

  static final String SYSTEEM = "systeem (start van de applicatie)";

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // the engine parses an existing deployment again (cache), nothing was deployed
    }
    CommandContext context = Context.getCommandContext();
    String gebruiker = context == null || context.getAuthenticatedUserId() == null ? SYSTEEM : context.getAuthenticatedUserId();
    Map<String, String> hashes = new TreeMap<>();
    if (deployment.getResources() != null) {
      for (ResourceEntity resource : deployment.getResources().values()) {
        hashes.put(bestandsnaam(resource.getName()), sha256(resource.getBytes()));
      }
    }
    register.vastleggen(deployment.getId(), deployment.getName(), deployment.getSource(), gebruiker,
        Engineklok.nu(), hashes);
  }

  /**
   * The name of a resource within the model folders: the start-up deployment names resources by their
   * absolute path (".../target/classes/processes/x.bpmn", or inside the jar "...!/processes/x.bpmn"), Modeler
   * by the name the process owner gives; both compare as "processes/x.bpmn".
   */
  static String bestandsnaam(String naam) {
    String pad = naam.replace('\\', '/');
    for (String voorvoegsel : new String[] {"!/", "/classes/", "/BOOT-INF/classes/"}) {
      int plaats = pad.lastIndexOf(voorvoegsel);
      if (plaats >= 0) {
        pad = pad.substring(plaats + voorvoegsel.length());
      }
    }
    return pad.startsWith("/") ? pad.substring(1) : pad;
  }

  static String sha256(byte[] inhoud) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud == null ? new byte[0] : inhoud));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
