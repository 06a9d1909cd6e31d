package nl.zsm.hg.termijnen;

import nl.zsm.hg.invoer.OngeldigeInvoerException;
import java.time.DateTimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the deadline API as Dutch JSON; no stack trace leaves the server. */
@RestControllerAdvice(assignableTypes = TermijnenController.class)
public class TermijnenFoutafhandeling {

  private static final Logger LOG = LoggerFactory.getLogger(TermijnenFoutafhandeling.class);

  @ExceptionHandler(OngeldigeInvoerException.class)
  ResponseEntity<Foutmelding> ongeldigeInvoer(OngeldigeInvoerException fout) {
    return antwoord(HttpStatus.BAD_REQUEST, fout.getMessage());
  }

  @ExceptionHandler(DateTimeException.class)
  ResponseEntity<Foutmelding> buitenBereik(DateTimeException fout) {
    return antwoord(HttpStatus.BAD_REQUEST, "Deze datum of dit tijdstip ligt buiten het bereik waarin termijnen te berekenen zijn.");
  }

  /** Anything unforeseen; Spring MVC's own errors (ServletException) keep their usual 4xx answer. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Foutmelding> onbekendeFout(RuntimeException fout) {
    LOG.error("Termijn berekenen mislukt", fout);
    return antwoord(HttpStatus.INTERNAL_SERVER_ERROR,
        "Er ging iets mis bij het berekenen van de termijn. Probeer het opnieuw; blijft dit gebeuren, meld het dan aan procesbeheer.");
  }

  private static ResponseEntity<Foutmelding> antwoord(HttpStatus status, String melding) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new Foutmelding(status.value(), melding));
  }
}
