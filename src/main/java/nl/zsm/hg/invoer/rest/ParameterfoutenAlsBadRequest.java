package nl.zsm.hg.invoer.rest;

import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.invoer.engine.Foutvertaling;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad request parameters of our own REST controllers (/api, Spring MVC) answered with the one {@link Foutantwoord}:
 * 400, type {@code OngeldigeInvoer} and the Dutch reason. The reasons come from the Bean Validation constraints on
 * the parameters (their {@code message}), from a value that is not of the parameter's type (a date, a number), or
 * from an {@link OngeldigeInvoerException} a controller throws for a rule over several parameters.
 */
@RestControllerAdvice(basePackages = "nl.zsm.hg")
public class ParameterfoutenAlsBadRequest {

  /** How much of a refused value is repeated in the message. */
  static final int MAXIMAAL_HERHAALD = 40;

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<String> ongeldig(HandlerMethodValidationException fout) {
    return badRequest(fout.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage).distinct()
        .collect(Collectors.joining(" ")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<String> verkeerdeSoort(MethodArgumentTypeMismatchException fout) {
    return badRequest("'" + fout.getName() + "' is " + verwacht(fout.getRequiredType()) + ": '"
        + ingekort(String.valueOf(fout.getValue())) + "'.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<String> ontbreekt(MissingServletRequestParameterException fout) {
    return badRequest("Parameter '" + fout.getParameterName() + "' ontbreekt.");
  }

  @ExceptionHandler(OngeldigeInvoerException.class)
  ResponseEntity<String> ongeldigeInvoer(OngeldigeInvoerException fout) {
    return badRequest(fout.getMessage());
  }

  private static String verwacht(Class<?> soort) {
    if (soort == LocalDate.class) {
      return "geen geldige datum (jjjj-mm-dd, bijvoorbeeld 2026-11-29)";
    }
    if (soort == int.class || soort == Integer.class || soort == long.class || soort == Long.class) {
      return "geen geheel getal";
    }
    return "geen geldige waarde";
  }

  private static String ingekort(String waarde) {
    return waarde.length() <= MAXIMAAL_HERHAALD ? waarde : waarde.substring(0, MAXIMAAL_HERHAALD) + "...";
  }

  private static ResponseEntity<String> badRequest(String melding) {
    Foutantwoord antwoord = new Foutantwoord(400, Foutvertaling.ONGELDIGE_INVOER, melding);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(antwoord.json());
  }
}
