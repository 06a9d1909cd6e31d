package nl.zsm.hg.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.TestProcessen;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST contract of GET /api/indicatoren: JSON fields, CSV columns, 400 in Dutch, 403 for every group but beleid,
 * zsm-supervisor and the administrator; and the policy officer reaches no case data through the engine's REST API.
 */
@ZsmSpringTest
class IndicatorenRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PERIODE = "/api/indicatoren?van=2026-01-01&tot=2026-12-31";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @ParameterizedTest(name = "{0} mag de indicatoren zien")
  @ValueSource(strings = {"beleid", "supervisor", "demo"})
  void beleidSupervisorEnBeheerderKrijgenJsonMetEenRegelPerIndicator(String gebruiker) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get(PERIODE);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode lijst = JSON.readTree(antwoord.body());
    assertThat(lijst.isArray()).isTrue();
    assertThat(lijst.size()).isGreaterThan(40);
    for (JsonNode indicator : lijst) {
      List<String> velden = new java.util.ArrayList<>();
      indicator.fieldNames().forEachRemaining(velden::add);
      assertThat(velden).containsExactly("code", "omschrijving", "waarde", "aantalZaken", "onderdrukt");
      if (indicator.path("onderdrukt").asBoolean()) {
        assertThat(indicator.path("waarde").isNull()).as(indicator.toString()).isTrue();
        assertThat(indicator.path("aantalZaken").isNull()).as(indicator.toString()).isTrue();
      } else {
        assertThat(indicator.path("aantalZaken").asInt()).as(indicator.toString()).isGreaterThanOrEqualTo(5);
      }
    }
    assertThat(lijst.get(0).path("code").asText()).isEqualTo("zaken.aantal");
  }

  @ParameterizedTest(name = "{0} krijgt 403")
  @ValueSource(strings = {"ovj", "politie", "vt", "reclassering", "rvdk", "shn", "procesbeheerder", "rechtspraak"})
  void elkeAndereGroepKrijgt403(String gebruiker) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get(PERIODE);
    assertThat(antwoord.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(antwoord.body()).path("message").asText()).contains("Geen toegang");
    assertThat(ApiClient.als(port, gebruiker).get(PERIODE + "&formaat=csv").statusCode()).isEqualTo(403);
  }

  @Test
  void zonderInloggen401() {
    assertThat(ApiClient.anoniem(port).get(PERIODE).statusCode()).isEqualTo(401);
  }

  @Test
  void csvMetAcceptOfFormaatHeeftDezelfdeKolommenEnRegels() throws Exception {
    ApiClient beleid = ApiClient.als(port, "beleid");
    JsonNode lijst = JSON.readTree(beleid.get(PERIODE).body());
    for (HttpResponse<String> csv : List.of(beleid.get(PERIODE + "&formaat=csv"), metAccept("text/csv"))) {
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
      String[] regels = csv.body().split("\r\n");
      assertThat(regels[0]).isEqualTo("code,omschrijving,waarde,aantalZaken,onderdrukt");
      assertThat(regels).hasSize(lijst.size() + 1);
      assertThat(regels[1]).startsWith("zaken.aantal,Aantal zaken met een intake in de periode,");
      for (int i = 0; i < lijst.size(); i++) {
        assertThat(regels[i + 1]).startsWith(lijst.get(i).path("code").asText() + ",")
            .endsWith("," + lijst.get(i).path("onderdrukt").asBoolean());
      }
    }
  }

  @ParameterizedTest(name = "{0}: 400")
  @CsvSource(delimiter = '|', value = {
      "/api/indicatoren?tot=2026-12-31|Geef 'van' op",
      "/api/indicatoren?van=2026-01-01|Geef 'tot' op",
      "/api/indicatoren?van=1-1-2026&tot=2026-12-31|'van' is geen geldige datum",
      "/api/indicatoren?van=2026-02-30&tot=2026-12-31|'van' is geen geldige datum",
      "/api/indicatoren?van=2026-12-31&tot=2026-01-01|ligt vóór van",
      "/api/indicatoren?van=2000-01-01&tot=2026-01-01|langer dan 10 jaar",
      "/api/indicatoren?van=2026-01-01&tot=2026-12-31&regio=utrecht|Onbekende regio 'utrecht'",
      "/api/indicatoren?van=2026-01-01&tot=2026-12-31&formaat=xml|Onbekend formaat"
  })
  void eenOngeldigePeriodeGeeft400MetNederlandseReden(String pad, String reden) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, "beleid").get(pad);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    assertThat(JSON.readTree(antwoord.body()).path("message").asText()).contains(reden);
  }

  @Test
  void beleidBereiktGeenZaakgegevensViaDeEngine() {
    TestProcessen.deploy(repositoryService);
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("slachtofferNaam", "Geheim Slachtoffer");
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey(TestProcessen.TAAK_PER_ORGANISATIE, variabelen);
    ApiClient beleid = ApiClient.als(port, "beleid");
    for (String pad : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/process-instance",
        "/engine-rest/process-instance/" + zaak.getId() + "/variables", "/engine-rest/variable-instance",
        "/engine-rest/history/process-instance", "/engine-rest/history/activity-instance",
        "/engine-rest/history/variable-instance", "/engine-rest/history/task", "/engine-rest/history/incident",
        "/engine-rest/incident", "/engine-rest/process-definition", "/engine-rest/deployment",
        "/api/maatregelen?zaaknummer=ZSM-2026-000001", "/api/maatregelen/actief")) {
      HttpResponse<String> antwoord = beleid.get(pad);
      assertThat(antwoord.body()).as(pad).doesNotContain("Geheim Slachtoffer");
      if (antwoord.statusCode() == 200) {
        assertThat(leeg(antwoord.body())).as(pad + " -> " + antwoord.body()).isTrue();
      } else {
        // a refusal may repeat the id from the address, nothing else
        assertThat(antwoord.statusCode()).as(pad).isIn(403, 404);
      }
    }
  }

  @Test
  void beleidZietAlleenZichzelfEnGeenAndereGebruikers() throws Exception {
    JsonNode gebruikers = JSON.readTree(ApiClient.als(port, "beleid").get("/engine-rest/user").body());
    assertThat(gebruikers.size()).isEqualTo(1);
    assertThat(gebruikers.get(0).path("id").asText()).isEqualTo("beleid");
  }

  private static boolean leeg(String body) {
    String schoon = body.replace(" ", "");
    return schoon.equals("[]") || schoon.equals("{}") || schoon.equals("{\"count\":0}");
  }

  private HttpResponse<String> metAccept(String accept) throws Exception {
    String token = Base64.getEncoder().encodeToString("beleid:demo".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PERIODE))
        .header("Authorization", "Basic " + token).header("Accept", accept).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
