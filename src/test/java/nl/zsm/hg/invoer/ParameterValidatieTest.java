package nl.zsm.hg.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.invoer.engine.Foutvertaling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bad request parameter on our own REST API (/api/maatregelen/*, /api/indicatoren, /api/toegangslog,
 * /api/procesbeheer/*) is refused by Bean Validation with 400 in the one error body: type OngeldigeInvoer and the
 * Dutch reason, never a silent correction, an English text or a class name.
 */
@ZsmSpringTest
class ParameterValidatieTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "politie|/api/maatregelen?zaaknummer=12345|de vorm ZSM-jjjj-nnnnnn",
      "politie|/api/maatregelen?zaaknummer=ZSM-2026-1%27%20OR%201=1|de vorm ZSM-jjjj-nnnnnn",
      "politie|/api/maatregelen/historie|Parameter 'zaaknummer' ontbreekt",
      "politie|/api/maatregelen/historie?zaaknummer=ZSM-26-1|de vorm ZSM-jjjj-nnnnnn",
      "politie|/api/maatregelen/actief?zaaknummer=zaak1|de vorm ZSM-jjjj-nnnnnn",
      "politie|/api/maatregelen/actief?datum=2026-02-30|'datum' is geen geldige datum (jjjj-mm-dd",
      "beleid|/api/indicatoren?van=2026-01-01&tot=2026-13-01|'tot' is geen geldige datum",
      "beleid|/api/indicatoren?van=2026-01-01&tot=2026-12-31&formaat=pdf|Onbekend formaat; kies json of csv.",
      "privacy|/api/toegangslog|Geef een zaaknummer of een gebruiker op",
      "privacy|/api/toegangslog?zaaknummer=ZSM%202026|de vorm ZSM-jjjj-nnnnnn",
      "procesbeheerder|/api/procesbeheer/deployments?aantal=0|van 1 tot en met 500",
      "procesbeheerder|/api/procesbeheer/deployments?aantal=501|van 1 tot en met 500",
      "procesbeheerder|/api/procesbeheer/deployments?aantal=veel|'aantal' is geen geheel getal: 'veel'."
  })
  void eenOngeldigeParameterGeeft400MetNederlandseReden(String gebruiker, String pad, String reden) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get(pad);

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    JsonNode fout = JSON.readTree(antwoord.body());
    assertThat(fout.path("type").asText()).isEqualTo(Foutvertaling.ONGELDIGE_INVOER);
    assertThat(fout.path("message").asText()).contains(reden);
    assertThat(Foutvertaling.isTechnisch(fout.path("message").asText())).as(fout.toString()).isFalse();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "politie|/api/maatregelen?zaaknummer=%20ZSM-2026-000001%20",
      "politie|/api/maatregelen/actief?datum=2026-11-29",
      "privacy|/api/toegangslog?gebruiker=vt",
      "procesbeheerder|/api/procesbeheer/deployments?aantal=500"
  })
  void eenGeldigeParameterWordtAanvaard(String gebruiker, String pad) {
    HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get(pad);

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
  }
}
