package nl.zsm.hg.security.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Since {@code enforceSpecificVariablePermission} is on, a candidate reads the variables of a task only with
 * {@code READ_VARIABLE} on it. The engine adds that to every new candidate link; tasks created before (an existing
 * database) got only {@code TASK_WORK}. At start-up this adds {@code READ_VARIABLE} to those per-task grants, so
 * organisations can still open the forms of their open tasks. Idempotent; touches no grant for all tasks ({@code *}).
 */
@Component
@Order(2)
public class TaakleesrechtAanvullen extends AbstractProcessEnginePlugin {

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    aanvullen(engine.getAuthorizationService());
  }

  static int aanvullen(AuthorizationService authorizations) {
    List<Authorization> zonderLeesrecht = authorizations.createAuthorizationQuery()
        .resourceType(Resources.TASK).hasPermission(TaskPermissions.TASK_WORK).list().stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !ANY.equals(a.getResourceId()))
        .filter(a -> !a.isPermissionGranted(TaskPermissions.READ_VARIABLE))
        .toList();
    for (Authorization authorization : zonderLeesrecht) {
      authorization.addPermission(TaskPermissions.READ_VARIABLE);
      authorizations.saveAuthorization(authorization);
    }
    return zonderLeesrecht.size();
  }
}
