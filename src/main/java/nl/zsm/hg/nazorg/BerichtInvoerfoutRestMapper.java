package nl.zsm.hg.nazorg;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

/**
 * {@code POST /engine-rest/message} lets an engine exception through unwrapped, and Camunda answers it
 * with 500. A rule violation from the correlated process (e.g. an unknown outcome in the message
 * UitspraakRechter) is the sender's error: this mapper, for exactly {@link FormFieldValidationException}
 * (closer than Camunda's mapper for ProcessEngineException), answers 400 with the Dutch reason.
 */
@Component
public class BerichtInvoerfoutRestMapper implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(Mapper.class);
  }

  /** Registered in the engine REST API's Jersey application. */
  @Priority(900)
  public static class Mapper implements ExceptionMapper<FormFieldValidationException> {

    @Override
    public Response toResponse(FormFieldValidationException fout) {
      ExceptionDto dto = new ExceptionDto();
      dto.setType(FormFieldValidationException.class.getSimpleName());
      dto.setMessage(fout.getMessage());
      return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
