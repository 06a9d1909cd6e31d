package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, measures have a lifecycle with status OVERTREDEN: the police of the case's region report a breach
 * ({@code POST /api/maatregelen/{id}/overtreding}); the measure becomes "overtreden", stays in force, the change is
 * in the history and the OM gets the task "Overtreding beoordelen" (also after the case has ended). Others, police of
 * another region, a bad body, an unknown or no longer applying measure are refused and change nothing.
 */
@ZsmSpringTest
class OvertredingMeldenTest extends HoofdprocesScenario {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void dePolitieVanDeRegioMeldtEenOvertredingEnHetOmBeoordeeltHem() throws Exception {
    ProcessInstance zaak = zaakMetContactverbod();
    String zaaknummer = zaak.getBusinessKey();
    long id = contactverbod(zaaknummer);

    String tijdstip = OffsetDateTime.ofInstant(Engineklok.nu().minusSeconds(3600), ZoneId.of("Europe/Amsterdam"))
        .withNano(0).toString();
    HttpResponse<String> antwoord = ApiClient.als(port, "politie").post("/api/maatregelen/" + id + "/overtreding",
        "{\"toelichting\": \"Verdachte stond om 21.00 uur bij de woning van het slachtoffer.\", \"tijdstip\": \""
            + tijdstip + "\"}");
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    assertThat(JSON.readTree(antwoord.body()).path("status").asText()).isEqualTo("OVERTREDEN");

    // still in force, status overtreden, the breach in the history
    JsonNode actief = lees("politie", "/api/maatregelen/actief?zaaknummer=" + zaaknummer);
    assertThat(actief.findValuesAsText("status")).containsExactly("OVERTREDEN");
    JsonNode historie = lees("politie", "/api/maatregelen/historie?zaaknummer=" + zaaknummer);
    JsonNode laatste = historie.get(historie.size() - 1);
    assertThat(laatste.path("status").asText()).isEqualTo("OVERTREDEN");
    assertThat(laatste.path("beslissing").asText()).isEqualTo("Overtreding gemeld door politie (politie)");
    assertThat(laatste.path("wijziging").asText()).startsWith("Overtreden op ")
        .endsWith("Verdachte stond om 21.00 uur bij de woning van het slachtoffer.");

    // the OM sees the task in its Tasklist, and with it the measures of the case
    JsonNode taken = lees("ovj", "/engine-rest/task?processDefinitionKey=overtredingBeoordelen"
        + "&processInstanceBusinessKey=" + zaaknummer);
    assertThat(taken).hasSize(1);
    assertThat(taken.get(0).path("name").asText()).isEqualTo("Overtreding beoordelen");
    assertThat(taken.get(0).path("due").isNull()).isFalse();
    assertThat(lees("ovj", "/api/maatregelen?zaaknummer=" + zaaknummer).findValuesAsText("status"))
        .containsExactly("OVERTREDEN");
    JsonNode variabelen = lees("ovj", "/engine-rest/task/" + taken.get(0).path("id").asText() + "/form-variables");
    assertThat(variabelen.path("overtredingToelichting").path("value").asText()).contains("bij de woning");
    assertThat(variabelen.path("maatregelOmschrijving").path("value").asText()).isNotBlank();

    // Slachtofferhulp has no such task and no access
    assertThat(lees("shn", "/engine-rest/task?processDefinitionKey=overtredingBeoordelen"
        + "&processInstanceBusinessKey=" + zaaknummer)).isEmpty();

    HttpResponse<String> klaar = ApiClient.als(port, "ovj").post("/engine-rest/task/" + taken.get(0).path("id").asText()
        + "/complete", "{\"variables\": {\"overtredingVervolg\": {\"value\": \"NIEUWE_VRIJHEIDSBESLISSING\"},"
        + " \"overtredingBeoordeling\": {\"value\": \"Verdachte aanhouden en opnieuw voorgeleiden.\"}}}");
    assertThat(klaar.statusCode()).as(klaar.body()).isEqualTo(204);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("overtredingBeoordelen").processInstanceBusinessKey(zaaknummer).count()).isZero();
  }

  @Test
  void eenOvertredingNaHetEindeVanDeZaakBereiktHetOmOok() throws Exception {
    ProcessInstance zaak = zaakMetContactverbod();
    String zaaknummer = zaak.getBusinessKey();
    long id = contactverbod(zaaknummer);
    processEngine.getRuntimeService().deleteProcessInstance(zaak.getId(), "test: zaak afgesloten");

    HttpResponse<String> antwoord = meld("politie", id, "Verdachte belde het slachtoffer.", tijdstipUurGeleden());
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaaknummer)
        .taskDefinitionKey("Task_OvertredingBeoordelen").taskCandidateGroup("om").count()).isEqualTo(1);
  }

  @Test
  void weigeringenVeranderenNiets() throws Exception {
    ProcessInstance zaak = zaakMetContactverbod();
    String zaaknummer = zaak.getBusinessKey();
    long id = contactverbod(zaaknummer);
    String historieVooraf = lees("politie", "/api/maatregelen/historie?zaaknummer=" + zaaknummer).toString();
    String geldig = "Verdachte stond voor de deur.";

    JsonNode anderRegio = fout(meld("politie-amsterdam", id, geldig, tijdstipUurGeleden()), 403);
    assertThat(anderRegio.path("message").asText()).contains("eigen regio", "regio Rotterdam");
    assertThat(fout(meld("ovj", id, geldig, tijdstipUurGeleden()), 403).path("message").asText())
        .contains("Alleen de politie meldt een overtreding");
    fout(meld("shn", id, geldig, tijdstipUurGeleden()), 403);
    assertThat(fout(meld("politie", 987_654_321L, geldig, tijdstipUurGeleden()), 404).path("message").asText())
        .contains("geen beschermingsmaatregel met nummer 987654321");

    JsonNode leeg = fout(meld("politie", id, " ", null), 400);
    assertThat(leeg.path("type").asText()).isEqualTo("OngeldigeInvoer");
    assertThat(leeg.path("message").asText()).contains("Beschrijf de overtreding", "'tijdstip' ontbreekt");
    assertThat(fout(meld("politie", id, geldig, "gisteravond"), 400).path("message").asText())
        .contains("ongeldig tijdstip");
    String toekomst = OffsetDateTime.ofInstant(Engineklok.nu().plusSeconds(7200), ZoneId.of("Europe/Amsterdam"))
        .withNano(0).toString();
    assertThat(fout(meld("politie", id, geldig, toekomst), 400).path("message").asText()).contains("in de toekomst");
    assertThat(fout(meld("politie", id, "x".repeat(2001), tijdstipUurGeleden()), 400).path("message").asText())
        .contains("te lang");

    assertThat(lees("politie", "/api/maatregelen/historie?zaaknummer=" + zaaknummer).toString()).isEqualTo(historieVooraf);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("overtredingBeoordelen").processInstanceBusinessKey(zaaknummer).count()).isZero();
  }

  @Test
  void eenMaatregelDieNietMeerGeldtKanNietWordenOvertreden() throws Exception {
    ProcessInstance zaak = zaakMetContactverbod();
    String zaaknummer = zaak.getBusinessKey();
    long id = contactverbod(zaaknummer);
    new org.springframework.jdbc.core.JdbcTemplate(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        processEngine.getProcessEngineConfiguration()).getDataSource())
        .update("UPDATE beschermingsmaatregel SET status = 'GESCHORST' WHERE id = ?", id);
    String historieVooraf = lees("politie", "/api/maatregelen/historie?zaaknummer=" + zaaknummer).toString();

    JsonNode geweigerd = fout(meld("politie", id, "Verdachte stond voor de deur.", tijdstipUurGeleden()), 409);
    assertThat(geweigerd.path("message").asText()).contains("geldt nu niet", "geschorst");
    assertThat(lees("politie", "/api/maatregelen?zaaknummer=" + zaaknummer).findValuesAsText("status"))
        .containsExactly("GESCHORST");
    assertThat(lees("politie", "/api/maatregelen/historie?zaaknummer=" + zaaknummer).toString()).isEqualTo(historieVooraf);
  }

  private ProcessInstance zaakMetContactverbod() {
    Map<String, Object> intake = HgZaakStappen.intake(30, false);
    ProcessInstance zaak = stappen.start(intake);
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));
    return zaak;
  }

  private long contactverbod(String zaaknummer) throws Exception {
    JsonNode maatregelen = lees("politie", "/api/maatregelen?zaaknummer=" + zaaknummer);
    assertThat(maatregelen.findValuesAsText("soort")).containsExactly("CONTACTVERBOD");
    assertThat(maatregelen.findValuesAsText("status")).containsExactly("OPGELEGD");
    return maatregelen.get(0).path("id").asLong();
  }

  private static String tijdstipUurGeleden() {
    return OffsetDateTime.ofInstant(Engineklok.nu().minusSeconds(3600), ZoneId.of("Europe/Amsterdam")).withNano(0)
        .toString();
  }

  private HttpResponse<String> meld(String gebruiker, long id, String toelichting, String tijdstip) throws Exception {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("toelichting", toelichting);
    body.put("tijdstip", tijdstip);
    return ApiClient.als(port, gebruiker).post("/api/maatregelen/" + id + "/overtreding", JSON.writeValueAsString(body));
  }

  private static JsonNode fout(HttpResponse<String> antwoord, int status) throws Exception {
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
    return JSON.readTree(antwoord.body());
  }

  private JsonNode lees(String gebruiker, String pad) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get(pad);
    assertThat(antwoord.statusCode()).as(gebruiker + " " + pad + ": " + antwoord.body()).isEqualTo(200);
    return JSON.readTree(antwoord.body());
  }
}
