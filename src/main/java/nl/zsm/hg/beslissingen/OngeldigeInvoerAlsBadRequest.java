package nl.zsm.hg.beslissingen;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers a failing decision evaluation with 500 ("Exception while evaluating
 * decision"). When the cause is invalid input (an input check of a DMN table, or a value of the
 * wrong type) that is the client's error: answer 400 with the Dutch reason instead. Applies to every
 * /engine-rest call, so also to completing a task whose business rule task rejects the input. Every
 * other error is answered exactly as the engine's own handler does.
 */
@Component
public class OngeldigeInvoerAlsBadRequest implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(Afhandeling.class);
  }

  /** Chosen before the engine's RestExceptionHandler (same exception type, higher priority). */
  @Priority(1000)
  public static class Afhandeling implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException fout) {
      Optional<String> reden = fout.getStatus() == null || fout.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
          ? redenUitOorzaken(fout)
          : Optional.empty();
      if (reden.isEmpty()) {
        return ExceptionHandlerHelper.getInstance().getResponse(fout);
      }
      ExceptionDto dto = new ExceptionDto();
      dto.setType("OngeldigeInvoer");
      dto.setMessage("Ongeldige invoer voor de beslissing: " + reden.get());
      return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Optional<String> redenUitOorzaken(Throwable fout) {
      for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
        Optional<String> reden = OngeldigeInvoer.reden(oorzaak.getMessage());
        if (reden.isPresent()) {
          return reden;
        }
        if (oorzaak.getCause() == oorzaak) {
          break;
        }
      }
      return Optional.empty();
    }
  }
}
