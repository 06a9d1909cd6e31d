package nl.zsm.hg.termijnen.rest;

import java.time.DateTimeException;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.invoer.engine.Foutvertaling;
import nl.zsm.hg.termijnen.domain.Termijn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the deadline API in the one Dutch error body ({@link Foutantwoord}); no stack trace leaves the server. */
@RestControllerAdvice(assignableTypes = TermijnenController.class)
public class TermijnenFoutafhandeling {

  private static final Logger LOG = LoggerFactory.getLogger(TermijnenFoutafhandeling.class);

  @ExceptionHandler(OngeldigeInvoerException.class)
  ResponseEntity<String> ongeldigeInvoer(OngeldigeInvoerException fout) {
    return antwoord(Foutvertaling.vanFout(fout));
  }

  @ExceptionHandler(DateTimeException.class)
  ResponseEntity<String> buitenBereik(DateTimeException fout) {
    return antwoord(new Foutantwoord(400, Foutvertaling.ONGELDIGE_INVOER,
        "Deze datum of dit tijdstip ligt buiten het bereik waarin termijnen te berekenen zijn."));
  }

  /** Anything unforeseen; Spring MVC's own errors (ServletException) keep their usual 4xx answer. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<String> onbekendeFout(RuntimeException fout) {
    Foutantwoord antwoord = Foutvertaling.vanFout(fout);
    if (antwoord.status() >= 500) {
      LOG.error("Termijn berekenen mislukt", fout);
    }
    return antwoord(antwoord);
  }

  private static ResponseEntity<String> antwoord(Foutantwoord fout) {
    return ResponseEntity.status(fout.status()).contentType(MediaType.APPLICATION_JSON).body(fout.json());
  }
}
