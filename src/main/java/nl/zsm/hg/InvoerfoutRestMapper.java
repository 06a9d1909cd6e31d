package nl.zsm.hg;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import nl.zsm.hg.beslissingen.OngeldigeInvoerAlsBadRequest;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Bad input is the client's fault: the engine REST API answers most calls that our rules refuse with
 * 400 already (task complete, submit-form), but {@code POST /process-definition/.../start} wraps every
 * engine exception in a 500. This mapper, preferred over Camunda's own for the same exception type,
 * answers 400 with the same JSON shape whenever the cause is a rule violation
 * ({@link FormFieldValidationException}, see {@link Invoerfouten}); everything else is left to Camunda.
 */
@Component
public class InvoerfoutRestMapper implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  /** Registered in the engine REST API's Jersey application. */
  @Priority(900)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final OngeldigeInvoerAlsBadRequest.BijRestFout volgende = new OngeldigeInvoerAlsBadRequest.BijRestFout();

    @Override
    public Response toResponse(RestException exception) {
      FormFieldValidationException invoerfout = invoerfout(exception);
      if (invoerfout == null || exception.getStatus() != Response.Status.INTERNAL_SERVER_ERROR) {
        return volgende.toResponse(exception);
      }
      ExceptionDto dto = new ExceptionDto();
      dto.setType(FormFieldValidationException.class.getSimpleName());
      dto.setMessage(exception.getMessage());
      return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static FormFieldValidationException invoerfout(Throwable fout) {
      for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
        if (oorzaak instanceof FormFieldValidationException gevonden) {
          return gevonden;
        }
      }
      return null;
    }
  }
}
