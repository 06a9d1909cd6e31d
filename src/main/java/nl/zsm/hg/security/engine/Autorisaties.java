package nl.zsm.hg.security.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zsm.hg.security.domain.Organisatie;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the organisation groups and their Camunda authorizations at start-up (idempotent, in
 * every profile). Each organisation may open Tasklist and sees tasks only through the engine's
 * candidate-group authorizations (and only its own Tasklist filters, see TermijnFilters); the supervisor reads everything in Cockpit and changes nothing;
 * process owners deploy models.
 */
@Component
@Order(1)
public class Autorisaties extends AbstractProcessEnginePlugin {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private IdentityService identityService;
  private AuthorizationService authorizationService;
  private final Map<Regel, Set<Permission>> gewenst = new LinkedHashMap<>();

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    identityService = engine.getIdentityService();
    authorizationService = engine.getAuthorizationService();
    inrichten();
  }

  void inrichten() {
    for (Organisatie organisatie : Organisatie.values()) {
      ensureGroup(organisatie);
    }
    for (Organisatie partner : Organisatie.ketenpartners()) {
      String group = partner.groupId();
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    // Only the police opens a case (intake); they start the main process, never a called one.
    grant(Organisatie.POLITIE.groupId(), Resources.PROCESS_DEFINITION, "zsmHuiselijkGeweld", Permissions.CREATE_INSTANCE);
    grant(Organisatie.POLITIE.groupId(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    // The organisations that judge safety, evidence and advice may evaluate the decision tables.
    for (Organisatie beoordelaar :
        List.of(Organisatie.OM, Organisatie.POLITIE, Organisatie.VEILIG_THUIS, Organisatie.RECLASSERING, Organisatie.RVDK)) {
      grant(beoordelaar.groupId(), Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
    }

    String supervisor = Organisatie.ZSM_SUPERVISOR.groupId();
    grant(supervisor, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(supervisor, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(supervisor, Resources.PROCESS_DEFINITION, ANY,
        Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    grant(supervisor, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(supervisor, Resources.TASK, ANY, Permissions.READ);
    grant(supervisor, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(supervisor, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(supervisor, Resources.DEPLOYMENT, ANY, Permissions.READ);

    // process owners deploy models; they do not read or change cases
    String beheer = Organisatie.PROCESBEHEER.groupId();
    grant(beheer, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(beheer, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
    grant(beheer, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(beheer, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(beheer, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

    // The court's link delivers the message UitspraakRechter and nothing else: it gets no right to read or
    // change cases (an empty grant takes away what earlier versions gave); the engine's gate
    // (nl.zsm.hg.contract.engine.ZaakBewaking) lets exactly that one correlation through, without reading.
    String rechtspraak = Organisatie.RECHTSPRAAK_KOPPELING.groupId();
    grant(rechtspraak, Resources.PROCESS_DEFINITION, "naZsm");

    // beleid (policy officers) gets no engine authorization at all: no case, task, history or variable is
    // readable; the indicators come from /api/indicatoren, which aggregates without the caller's engine rights

    gewenst.forEach(this::save);
    gewenst.clear();
  }

  private void ensureGroup(Organisatie organisatie) {
    if (identityService.createGroupQuery().groupId(organisatie.groupId()).count() == 0) {
      Group group = identityService.newGroup(organisatie.groupId());
      group.setName(organisatie.naam());
      group.setType(organisatie.isKetenpartner() ? "ORGANISATIE" : "ROL");
      identityService.saveGroup(group);
    }
  }

  /** Collects the wanted permissions; several grants for the same group and resource add up. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    gewenst.computeIfAbsent(new Regel(groupId, resource, resourceId), r -> new LinkedHashSet<>())
        .addAll(Arrays.asList(permissions));
  }

  /**
   * Writes exactly the wanted permissions, also over an existing authorization: a permission taken
   * out of this class is taken away from existing databases at the next start.
   */
  private void save(Regel regel, Set<Permission> permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(regel.groupId())
        .resourceType(regel.resource())
        .resourceId(regel.resourceId())
        .singleResult();
    Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(regel.groupId());
    authorization.setResource(regel.resource());
    authorization.setResourceId(regel.resourceId());
    authorization.setPermissions(new Permission[] {Permissions.NONE});
    permissions.forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }

  private record Regel(String groupId, Resource resource, String resourceId) {}
}
