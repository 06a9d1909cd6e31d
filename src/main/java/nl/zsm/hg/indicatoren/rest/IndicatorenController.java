package nl.zsm.hg.indicatoren.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zsm.hg.indicatoren.domain.Indicator;
import nl.zsm.hg.indicatoren.domain.IndicatorenCsv;
import nl.zsm.hg.indicatoren.domain.OngeldigePeriodeException;
import nl.zsm.hg.indicatoren.domain.Periode;
import nl.zsm.hg.indicatoren.engine.IndicatorenService;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.engine.Engineaanmelding;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/indicatoren?van=jjjj-mm-dd&tot=jjjj-mm-dd[&regio=...][&formaat=csv]}: the indicators as JSON (one
 * entry per indicator) or CSV ({@code Accept: text/csv} or {@code formaat=csv}). Only for the policy officer, the
 * ZSM-supervisor and the administrator; the login is HTTP Basic (BasicAuthenticatieFilter). The parameters are
 * checked by Bean Validation (400 in Dutch, nl.zsm.hg.invoer.rest.ParameterfoutenAlsBadRequest), the period by {@link Periode}.
 */
@RestController
public record IndicatorenController(IndicatorenService service, IdentityService identityService, ObjectMapper json) {

  static final Set<String> TOEGESTANE_GROEPEN =
      Set.of(Organisatie.BELEID.groupId(), Organisatie.ZSM_SUPERVISOR.groupId(), "camunda-admin");
  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  @GetMapping("/api/indicatoren")
  public ResponseEntity<String> indicatoren(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @NotNull(message = "Geef 'van' op als datum jjjj-mm-dd, bijvoorbeeld van=2026-01-01.") LocalDate van,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @NotNull(message = "Geef 'tot' op als datum jjjj-mm-dd, bijvoorbeeld tot=2026-12-31.") LocalDate tot,
      @RequestParam(required = false) String regio,
      @RequestParam(required = false)
      @Pattern(regexp = "(?i)json|csv", message = "Onbekend formaat; kies json of csv.") String formaat,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) throws JsonProcessingException {
    if (!magIndicatorenZien()) {
      return fout(HttpStatus.FORBIDDEN, "Geen toegang: de indicatoren zijn er alleen voor beleid, de ZSM-supervisor en de beheerder.");
    }
    Periode periode = new Periode(van, tot);
    List<Indicator> indicatoren = service.bereken(periode, IndicatorenService.regio(regio));
    boolean csv = "csv".equalsIgnoreCase(formaat) || (formaat == null && accept != null && accept.contains("text/csv"));
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Minimum-Aantal-Zaken", Integer.toString(service.minimumAantalZaken()));
    if (csv) {
      headers.setContentType(CSV);
      headers.setContentDisposition(org.springframework.http.ContentDisposition.attachment()
          .filename("indicatoren-" + periode.van() + "-" + periode.tot() + ".csv").build());
      return new ResponseEntity<>(IndicatorenCsv.opmaken(indicatoren), headers, HttpStatus.OK);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new ResponseEntity<>(json.writeValueAsString(indicatoren), headers, HttpStatus.OK);
  }

  @ExceptionHandler(OngeldigePeriodeException.class)
  ResponseEntity<String> ongeldig(OngeldigePeriodeException fout) throws JsonProcessingException {
    return fout(HttpStatus.BAD_REQUEST, fout.getMessage());
  }

  private boolean magIndicatorenZien() {
    return Engineaanmelding.groepen(identityService).stream().anyMatch(TOEGESTANE_GROEPEN::contains);
  }

  private ResponseEntity<String> fout(HttpStatus status, String melding) throws JsonProcessingException {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(json.writeValueAsString(Map.of("type", status == HttpStatus.FORBIDDEN ? "Geweigerd" : "OngeldigeInvoer",
            "message", melding)));
  }
}
