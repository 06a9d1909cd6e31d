package nl.zsm.hg.invoer.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.engine.Foutvertaling;
import org.camunda.bpm.engine.ProcessEngine;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code DELETE /engine-rest/task/{id}} of a task that does not exist (or that the user may not see) is answered
 * 404, like complete and claim, instead of the engine's silent 204: a client learns that its id is wrong.
 */
@Component
public record OnbekendeTaakNietVerwijderen(ObjectProvider<ProcessEngine> engine) implements ResourceConfigCustomizer {

  private static final Pattern TAAK = Pattern.compile("^/?task/([^/]+)/?$");

  @Override
  public void customize(ResourceConfig config) {
    config.register((ContainerRequestFilter) this::controleer);
  }

  private void controleer(ContainerRequestContext verzoek) {
    if (!"DELETE".equals(verzoek.getMethod())) {
      return;
    }
    Matcher taak = TAAK.matcher(verzoek.getUriInfo().getPath());
    if (taak.matches() && engine.getObject().getTaskService().createTaskQuery().taskId(taak.group(1)).count() == 0) {
      Foutantwoord fout = Foutvertaling.vanAntwoord(404, null, "Cannot find task " + taak.group(1));
      verzoek.abortWith(Response.status(404).type(MediaType.APPLICATION_JSON_TYPE).entity(fout.json()).build());
    }
  }
}
