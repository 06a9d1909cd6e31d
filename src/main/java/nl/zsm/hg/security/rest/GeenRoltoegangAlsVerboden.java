package nl.zsm.hg.security.rest;

import java.util.Map;
import nl.zsm.hg.security.rest.Rolvereiste.GeenRoltoegangException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refusal of {@link Rolvereiste}: 403 with {@code status} and the Dutch {@code melding}. */
@RestControllerAdvice(basePackages = "nl.zsm.hg")
public class GeenRoltoegangAlsVerboden {

  @ExceptionHandler(GeenRoltoegangException.class)
  ResponseEntity<Map<String, Object>> verboden(GeenRoltoegangException fout) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("status", 403, "melding", fout.getMessage()));
  }
}
