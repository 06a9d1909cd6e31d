package nl.zsm.hg.termijnen.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What leaves the server when something goes wrong: a Dutch message, never the internals. */
class TermijnenFoutafhandelingTest {

  private final TermijnenFoutafhandeling afhandeling = new TermijnenFoutafhandeling();

  @Test
  void onverwachte_fout_geeft_500_zonder_details() {
    ResponseEntity<String> antwoord = afhandeling.onbekendeFout(new IllegalStateException("geheime interne details"));

    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(antwoord.getBody()).contains("\"message\":\"Er ging iets mis").doesNotContain("geheime").doesNotContain("Exception");
  }

  @Test
  void ongeldige_invoer_geeft_400_met_de_melding() {
    ResponseEntity<String> antwoord = afhandeling.ongeldigeInvoer(new OngeldigeInvoerException("Parameter 'x' ontbreekt."));

    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(antwoord.getBody()).isEqualTo("{\"type\":\"OngeldigeInvoer\",\"message\":\"Parameter 'x' ontbreekt.\"}");
  }

  @Test
  void tijdstip_buiten_bereik_geeft_400() {
    ResponseEntity<String> antwoord = afhandeling.buitenBereik(new DateTimeException("Invalid value for Year"));

    assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(antwoord.getBody()).contains("buiten het bereik").doesNotContain("Invalid");
  }
}
