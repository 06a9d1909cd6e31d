package nl.zsm.hg.invoer;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import java.util.stream.Stream;
import nl.zsm.hg.beslissingen.OngeldigeInvoer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Bad input is the client's error, so the engine REST API answers it with 400 and a Dutch message.
 * Where the engine itself would answer 500 (a server error), {@link #antwoord} looks through the causes for:
 * <ul>
 *   <li>a rule violation ({@link FormFieldValidationException}, made by {@link Invoerfouten} from an
 *       {@link OngeldigeInvoerException}): 400 with type {@code FormFieldValidationException} and the message
 *       of the exception as it arrived. Examples: {@code POST /process-definition/.../start} wraps it in a
 *       500 RestException, {@code POST /message} lets it through unwrapped;</li>
 *   <li>invalid input to a decision (a FEEL {@code assert} in a DMN table or a value of the wrong type, see
 *       {@link OngeldigeInvoer}): 400 with type {@code OngeldigeInvoer} and
 *       "Ongeldige invoer voor de beslissing: ...".</li>
 * </ul>
 * Everything else, including answers that are already 4xx (task complete, submit-form), is answered exactly
 * as Camunda's own exception mappers do: they all delegate to {@link ExceptionHandlerHelper}.
 *
 * <p>Jersey picks the mapper with the closest exception type, and among equal types the one with the
 * highest priority. Camunda registers mappers for RestException, ProcessEngineException and Throwable; the
 * three thin mappers below take over the first two through their priority, and the DMN/FEEL exceptions
 * (plain RuntimeExceptions) through the closer type.
 */
@Component
public class OngeldigeInvoerAlsBadRequest implements ResourceConfigCustomizer {

  private static final String BESLISSING = "Ongeldige invoer voor de beslissing: ";

  @Override
  public void customize(ResourceConfig config) {
    config.register(BijRestFout.class);
    config.register(BijEngineFout.class);
    config.register(BijOverigeFout.class);
  }

  /** 400 with a Dutch message when the error is bad input, otherwise Camunda's own response. */
  public static Response antwoord(Throwable fout) {
    Optional<Throwable> geweigerd = oorzaken(fout).filter(AuthorizationException.class::isInstance).findFirst();
    if (geweigerd.isPresent() && fout != geweigerd.get()) {
      // a refusal for lack of rights stays a 403, also where the engine REST API wraps it (e.g. comment/create: 400)
      return ExceptionHandlerHelper.getInstance().getResponse(geweigerd.get());
    }
    if (!isServerFout(fout)) {
      return ExceptionHandlerHelper.getInstance().getResponse(fout);
    }
    if (oorzaken(fout).anyMatch(FormFieldValidationException.class::isInstance)) {
      return badRequest(FormFieldValidationException.class.getSimpleName(), fout.getMessage());
    }
    return redenVoorBeslissing(fout)
        .map(reden -> badRequest("OngeldigeInvoer", BESLISSING + reden))
        .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(fout));
  }

  private static boolean isServerFout(Throwable fout) {
    return !(fout instanceof RestException rest)
        || rest.getStatus() == null
        || rest.getStatus() == Response.Status.INTERNAL_SERVER_ERROR;
  }

  private static Optional<String> redenVoorBeslissing(Throwable fout) {
    return oorzaken(fout).map(oorzaak -> OngeldigeInvoer.reden(oorzaak.getMessage()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The error itself and its causes, outermost first. */
  private static Stream<Throwable> oorzaken(Throwable fout) {
    return Stream.iterate(fout, oorzaak -> oorzaak != null, oorzaak -> oorzaak.getCause() == oorzaak ? null : oorzaak.getCause());
  }

  private static Response badRequest(String type, String melding) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(melding);
    return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** For example evaluating a decision or starting a process: the engine wraps the failure in a RestException. */
  @Priority(1000)
  public static class BijRestFout implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException fout) {
      return antwoord(fout);
    }
  }

  /** Engine exceptions that reach REST unwrapped, including a FormFieldValidationException from {@code POST /message}. */
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
