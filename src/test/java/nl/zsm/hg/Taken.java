package nl.zsm.hg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** Work on tasks in tests the way an organisation does: logged in as its demo user, with its groups. */
public final class Taken {

  private final ProcessEngine engine;

  public Taken(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Completes the task as the demo user; the engine checks the user's (candidate group) authorization. */
  public void voltooiAls(String gebruiker, Task taak, Map<String, Object> variabelen) {
    als(gebruiker, () -> {
      engine.getTaskService().complete(taak.getId(), variabelen);
      return null;
    });
  }

  /** The deployed Camunda Form of the task, as the demo user sees it. */
  public JsonNode formulierAls(String gebruiker, Task taak) {
    return als(gebruiker, () -> {
      try (InputStream form = engine.getFormService().getDeployedTaskForm(taak.getId())) {
        return new ObjectMapper().readTree(form);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The tasks of the process instance the demo user may see (Tasklist's view). */
  public List<Task> zichtbaarVoor(String gebruiker, String processInstanceId) {
    return als(gebruiker, () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(processInstanceId).list());
  }

  public List<String> kandidaatgroepen(Task taak) {
    return engine.getTaskService().getIdentityLinksForTask(taak.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private <T> T als(String gebruiker, Supplier<T> werk) {
    IdentityService identity = engine.getIdentityService();
    List<String> groepen = identity.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList();
    identity.setAuthentication(gebruiker, groepen);
    try {
      return werk.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
