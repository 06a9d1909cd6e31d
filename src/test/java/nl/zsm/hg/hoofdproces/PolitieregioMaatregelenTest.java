package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, "the police register shows only what is in force now, for the police of the area": the police read the
 * measures of cases of their own region (group regio-&lt;code&gt;, the intake's regio); police of another region get
 * nothing in the overview and 403 with a Dutch reason for the case; a police account without a region gets 403.
 */
@ZsmSpringTest
class PolitieregioMaatregelenTest extends HoofdprocesScenario {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ZONDER_REGIO = "politie-zonder-regio";
  private static final String WACHTWOORD = "Regio-test-2026!";

  @LocalServerPort int port;

  @BeforeEach
  void politiegebruikerZonderRegio() {
    IdentityService identity = processEngine.getIdentityService();
    if (identity.createUserQuery().userId(ZONDER_REGIO).count() == 0) {
      User user = identity.newUser(ZONDER_REGIO);
      user.setPassword(WACHTWOORD);
      identity.saveUser(user);
      identity.createMembership(ZONDER_REGIO, "politie");
    }
  }

  @Test
  void dePolitieZietAlleenWatGeldtInDeEigenRegio() throws Exception {
    String rotterdam = zaakMetContactverbod("rotterdam");
    String amsterdam = zaakMetContactverbod("amsterdam");

    List<String> voorRotterdam = zaaknummers(lees("politie", "/api/maatregelen/actief", 200));
    assertThat(voorRotterdam).contains(rotterdam).doesNotContain(amsterdam);
    List<String> voorAmsterdam = zaaknummers(lees("politie-amsterdam", "/api/maatregelen/actief", 200));
    assertThat(voorAmsterdam).contains(amsterdam).doesNotContain(rotterdam);

    JsonNode eigen = lees("politie-amsterdam", "/api/maatregelen/actief?zaaknummer=" + amsterdam, 200);
    assertThat(eigen.findValuesAsText("soort")).containsExactly("CONTACTVERBOD");

    for (String pad : List.of("/api/maatregelen/actief?zaaknummer=", "/api/maatregelen?zaaknummer=",
        "/api/maatregelen/historie?zaaknummer=")) {
      JsonNode geweigerd = lees("politie-amsterdam", pad + rotterdam, 403);
      assertThat(geweigerd.path("message").asText()).as(pad)
          .contains("de politie leest alleen de maatregelen van zaken in de eigen regio", "regio Rotterdam");
    }
  }

  @Test
  void eenPolitieaccountZonderRegioKrijgtEenRedenInPlaatsVanMaatregelen() throws Exception {
    String zaak = zaakMetContactverbod("rotterdam");
    HttpResponse<String> overzicht = ApiClient.met(port, ZONDER_REGIO, WACHTWOORD).get("/api/maatregelen/actief");
    assertThat(overzicht.statusCode()).as(overzicht.body()).isEqualTo(403);
    assertThat(JSON.readTree(overzicht.body()).path("message").asText()).contains("hoort bij geen regio", "regio-rotterdam");
    HttpResponse<String> vanZaak = ApiClient.met(port, ZONDER_REGIO, WACHTWOORD).get("/api/maatregelen?zaaknummer=" + zaak);
    assertThat(vanZaak.statusCode()).isEqualTo(403);
  }

  /** The history of a case was readable for OM and VT without a task in the case; now the same rule as the list. */
  @Test
  void deHistorieVolgtDezelfdeToegangAlsDeMaatregelenVanDeZaak() throws Exception {
    String zaak = zaakMetContactverbod("rotterdam");
    // the OM has no open task in this case now (waiting for VT and Slachtofferhulp)
    lees("ovj", "/api/maatregelen?zaaknummer=" + zaak, 403);
    JsonNode historie = lees("ovj", "/api/maatregelen/historie?zaaknummer=" + zaak, 403);
    assertThat(historie.path("message").asText()).contains("OM en Veilig Thuis lezen alleen de maatregelen van een zaak"
        + " waarin zij een taak hebben");
  }

  /** A suspect only heard, sent away with a contactverbod: registered at once. */
  private String zaakMetContactverbod(String regio) {
    Map<String, Object> intake = HgZaakStappen.intake(30, false);
    intake.put("regio", regio);
    ProcessInstance zaak = stappen.start(intake);
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));
    return zaak.getBusinessKey();
  }

  private JsonNode lees(String gebruiker, String pad, int status) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get(pad);
    assertThat(antwoord.statusCode()).as(gebruiker + " " + pad + ": " + antwoord.body()).isEqualTo(status);
    return JSON.readTree(antwoord.body());
  }

  private static List<String> zaaknummers(JsonNode lijst) {
    return lijst.findValuesAsText("zaaknummer");
  }
}
