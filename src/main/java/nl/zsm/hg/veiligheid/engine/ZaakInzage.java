package nl.zsm.hg.veiligheid.engine;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Whether the logged-in user may see a case, decided by the engine: a task of the case (main or called process, both
 * carry the zaaknummer as business key) is visible under the user's authorizations. Runs as the user that
 * {@code BasicAuthenticatieFilter} set on the engine, so the engine's authorization check filters the query.
 */
@Component
public record ZaakInzage(TaskService taskService) {

  public boolean zietZaak(String zaaknummer) {
    return taskService.createTaskQuery().processInstanceBusinessKey(zaaknummer).count() > 0;
  }
}
