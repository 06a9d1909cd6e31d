package nl.zsm.hg.invoer.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.invoer.engine.Foutvertaling;
import nl.zsm.hg.invoer.engine.Invoerfouten;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers every error with the one {@link Foutantwoord} of {@link Foutvertaling}: bad input
 * (a rule violation, made by {@link Invoerfouten} from an {@link OngeldigeInvoerException}, or invalid input to a
 * decision) is 400 with type {@code OngeldigeInvoer} and the Dutch reason, also where the engine itself would
 * answer 500 ({@code POST /process-definition/.../start} wraps it in a 500 RestException, {@code POST /message}
 * lets it through unwrapped); an unknown id is 404; a database outage 503; no answer shows SQL or class names.
 *
 * <p>Jersey picks the mapper with the closest exception type, and among equal types the one with the
 * highest priority. Camunda registers mappers for RestException, ProcessEngineException and Throwable; the
 * three thin mappers below take over the first two through their priority, and the DMN/FEEL exceptions
 * (plain RuntimeExceptions) through the closer type.
 */
@Component
public class OngeldigeInvoerAlsBadRequest implements ResourceConfigCustomizer {

  private static final Logger LOG = LoggerFactory.getLogger(OngeldigeInvoerAlsBadRequest.class);

  @Override
  public void customize(ResourceConfig config) {
    config.register(BijRestFout.class);
    config.register(BijEngineFout.class);
    config.register(BijOverigeFout.class);
    config.register(BijJsonFout.class);
    config.register(BijJsonVormFout.class);
  }

  /**
   * The {@link Foutantwoord} for the error: {@link Foutvertaling} looks through its causes; what it does not
   * recognise gets the status Camunda's own mappers would give (they all delegate to {@link ExceptionHandlerHelper}),
   * with a Dutch message. Server errors are logged here, never sent.
   */
  public static Response antwoord(Throwable fout) {
    Response engine = ExceptionHandlerHelper.getInstance().getResponse(fout);
    String type = engine.getEntity() instanceof ExceptionDto dto ? dto.getType() : null;
    Foutantwoord antwoord = Foutvertaling.vanFout(fout, engine.getStatus(), type);
    if (antwoord.status() >= 500) {
      LOG.error("Fout in de REST API van de engine", fout);
    }
    return Response.status(antwoord.status()).entity(antwoord.json()).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Answers every error of type {@code E} with {@link #antwoord}; Jersey reads {@code E} from the subclass. */
  public abstract static class AlsFoutantwoord<E extends Throwable> implements ExceptionMapper<E> {
    @Override
    public Response toResponse(E fout) {
      return antwoord(fout);
    }
  }

  /** For example evaluating a decision or starting a process: the engine wraps the failure in a RestException. */
  @Priority(1000)
  public static class BijRestFout extends AlsFoutantwoord<RestException> {}

  /** Engine exceptions that reach REST unwrapped, including a FormFieldValidationException from {@code POST /message}. */
  @Priority(1000)
  public static class BijEngineFout extends AlsFoutantwoord<ProcessEngineException> {}

  /** A business rule task during e.g. task completion: the FEEL/DMN exception itself arrives. */
  @Priority(1000)
  public static class BijOverigeFout extends AlsFoutantwoord<RuntimeException> {}

  /** Malformed JSON in the request body (Jackson, while Jersey reads the entity); also taken over from Jackson's mapper. */
  @Priority(1000)
  public static class BijJsonFout extends AlsFoutantwoord<com.fasterxml.jackson.core.JsonParseException> {}

  /** JSON of the wrong shape for the request (Jackson). */
  @Priority(1000)
  public static class BijJsonVormFout extends AlsFoutantwoord<com.fasterxml.jackson.databind.JsonMappingException> {}
}
