package nl.zsm.hg.beslissingen;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers a decision that rejects its input with 500. Invalid input (an input
 * check of a DMN table, or a value of the wrong type) is the client's error: answer 400 with the
 * Dutch reason instead. This holds for evaluating a decision and for any call that runs a business
 * rule task (such as completing the task before it). Every other error is answered exactly as the
 * engine's own exception handlers do (they all delegate to {@link ExceptionHandlerHelper}).
 *
 * <p>The engine's handlers are registered per exception type (RestException, ProcessEngineException,
 * Throwable); ours take precedence for the same types through a higher priority, and for the DMN/FEEL
 * exceptions (plain RuntimeExceptions) through the closer type.
 */
@Component
public class OngeldigeInvoerAlsBadRequest implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(BijRestFout.class);
    config.register(BijEngineFout.class);
    config.register(BijOverigeFout.class);
  }

  static Response antwoord(Throwable fout) {
    Optional<String> reden = isServerFout(fout) ? redenUitOorzaken(fout) : Optional.empty();
    if (reden.isEmpty()) {
      return ExceptionHandlerHelper.getInstance().getResponse(fout);
    }
    ExceptionDto dto = new ExceptionDto();
    dto.setType("OngeldigeInvoer");
    dto.setMessage("Ongeldige invoer voor de beslissing: " + reden.get());
    return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static boolean isServerFout(Throwable fout) {
    return !(fout instanceof RestException rest)
        || rest.getStatus() == null
        || rest.getStatus() == Response.Status.INTERNAL_SERVER_ERROR;
  }

  private static Optional<String> redenUitOorzaken(Throwable fout) {
    for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
      Optional<String> reden = OngeldigeInvoer.reden(oorzaak.getMessage());
      if (reden.isPresent()) {
        return reden;
      }
    }
    return Optional.empty();
  }

  /** Evaluating a decision through REST: the engine wraps the failure in a RestException (500). */
  @Priority(1000)
  public static class BijRestFout implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException fout) {
      return antwoord(fout);
    }
  }

  /** Engine commands that wrap the decision failure in a ProcessEngineException. */
  @Priority(1000)
  public static class BijEngineFout implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException fout) {
      return antwoord(fout);
    }
  }

  /** A business rule task during e.g. task completion: the FEEL/DMN exception itself arrives. */
  @Priority(1000)
  public static class BijOverigeFout implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException fout) {
      return antwoord(fout);
    }
  }
}
