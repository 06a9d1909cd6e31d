package nl.zsm.hg.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.stalking.domain.StalkingAanpakContract;
import nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decisions as other systems use them: deployed by the application and evaluated through
 * POST /engine-rest/decision-definition/key/{key}/evaluate with HTTP Basic, the contract of
 * keys, input and output names. Invalid input is answered with 400 and a Dutch reason.
 */
@ZsmSpringTest
class BeslissingenRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void veiligheidsclassificatieGeeftDeOnderliggendeUitkomstenDoor() throws Exception {
    JsonNode uitkomst = evalueerEnkel("vt", VtVeiligheidsbeoordelingContract.BESLISSING_VEILIGHEIDSCLASSIFICATIE, Map.of(
        VtVeiligheidsbeoordelingContract.LETSEL_OF_VERWURGING, true,
        VtVeiligheidsbeoordelingContract.VERDACHTE_HEEFT_TOEGANG, true,
        VtVeiligheidsbeoordelingContract.ZICHT_DOOR_DERDEN, false,
        VtVeiligheidsbeoordelingContract.AANTAL_EERDERE_INCIDENTEN, 2,
        "fysiekGeweld", true));

    assertThat(waarde(uitkomst, VtVeiligheidsbeoordelingContract.ONVEILIGHEID)).isEqualTo("ACUUT_EN_STRUCTUREEL");
    assertThat(uitkomst.path(VtVeiligheidsbeoordelingContract.ACUUT_ONVEILIG).path("value").asBoolean()).isTrue();
    assertThat(waarde(uitkomst, VtVeiligheidsbeoordelingContract.ACUUT_GRONDEN)).contains("verwurging");
    assertThat(uitkomst.path(VtVeiligheidsbeoordelingContract.STRUCTUREEL_ONVEILIG).path("value").asBoolean()).isTrue();
    assertThat(waarde(uitkomst, VtVeiligheidsbeoordelingContract.STRUCTUREEL_GRONDEN)).contains("lichamelijk geweld", "2 eerdere");
  }

  @Test
  void acuteOnveiligheidAlleenBijToegangZonderZicht() throws Exception {
    Map<String, Object> invoer = Map.of(VtVeiligheidsbeoordelingContract.VUURWAPEN, true, VtVeiligheidsbeoordelingContract.VERDACHTE_HEEFT_TOEGANG, true);
    assertThat(evalueerEnkel("vt", "AcuteOnveiligheid", invoer).path("acuutOnveilig").path("value").asBoolean()).isTrue();

    Map<String, Object> metZicht = Map.of(VtVeiligheidsbeoordelingContract.VUURWAPEN, true, VtVeiligheidsbeoordelingContract.VERDACHTE_HEEFT_TOEGANG, true,
        VtVeiligheidsbeoordelingContract.ZICHT_DOOR_DERDEN, true);
    assertThat(evalueerEnkel("vt", "AcuteOnveiligheid", metZicht).path("acuutOnveilig").path("value").asBoolean()).isFalse();
  }

  @Test
  void structureleOnveiligheidBijHerhaling() throws Exception {
    JsonNode uitkomst = evalueerEnkel("vt", VtVeiligheidsbeoordelingContract.BESLISSING_STRUCTURELE_ONVEILIGHEID,
        Map.of("psychischGeweld", true, VtVeiligheidsbeoordelingContract.AANTAL_EERDERE_INCIDENTEN, 1));
    assertThat(uitkomst.path(VtVeiligheidsbeoordelingContract.STRUCTUREEL_ONVEILIG).path("value").asBoolean()).isTrue();
  }

  @Test
  void sashAlarmvraagMaaktHetNiveauHoog() throws Exception {
    JsonNode uitkomst = evalueerEnkel("politie", StalkingAanpakContract.BESLISSING_SASH_RISICONIVEAU, Map.of(
        StalkingAanpakContract.SASH_EX_PARTNER_DOODSANGST, true,
        StalkingAanpakContract.SASH_OORDEEL_BEOORDELAAR, "laag",
        StalkingAanpakContract.SASH_FYSIEKE_TOENADERING, "aanwezig"));
    assertThat(waarde(uitkomst, StalkingAanpakContract.RISICONIVEAU)).isEqualTo("hoog");
  }

  @Test
  void afdoeningsrouteVolgtHetStroomschema() throws Exception {
    JsonNode uitkomst = evalueerEnkel("ovj", ZsmHuiselijkGeweldContract.BESLISSING_AFDOENINGSROUTE, Map.of(
        ZsmHuiselijkGeweldContract.VERMOEDEN_STRAFBAAR_FEIT, true,
        VtVeiligheidsbeoordelingContract.ONVEILIGHEID, "ACUUT",
        ZsmHuiselijkGeweldContract.BEWIJS, "ONVOLDOENDE",
        ZsmHuiselijkGeweldContract.ERNSTIGE_BEZWAREN, false,
        ZsmHuiselijkGeweldContract.VAST, true));
    assertThat(waarde(uitkomst, ZsmHuiselijkGeweldContract.ROUTE)).isEqualTo("SEPOT_02_VT_MET_POLITIE");
    assertThat(uitkomst.path(ZsmHuiselijkGeweldContract.VEILIGHEIDSMAATREGELEN_VEREIST).path("value").asBoolean()).isTrue();
    assertThat(waarde(uitkomst, ZsmHuiselijkGeweldContract.ROUTE_OMSCHRIJVING)).contains("Sepot 02");
  }

  @Test
  void minderjarigeVerdachteKrijgtAdviesVanDeRaad() throws Exception {
    JsonNode zeventien = evalueerEnkel("reclassering", ZsmHuiselijkGeweldContract.BESLISSING_ADVISERENDE_ORGANISATIE,
        Map.of(ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE, 17));
    assertThat(waarde(zeventien, ZsmHuiselijkGeweldContract.ADVISEUR)).isEqualTo("RVDK");
    assertThat(waarde(zeventien, ZsmHuiselijkGeweldContract.ADVISEUR_GROEP)).isEqualTo("rvdk");

    JsonNode achttien = evalueerEnkel("rvdk", ZsmHuiselijkGeweldContract.BESLISSING_ADVISERENDE_ORGANISATIE,
        Map.of(ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE, 18));
    assertThat(waarde(achttien, ZsmHuiselijkGeweldContract.ADVISEUR)).isEqualTo("RECLASSERING");
    assertThat(waarde(achttien, ZsmHuiselijkGeweldContract.ADVISEUR_GROEP)).isEqualTo("reclassering");
  }

  @Test
  void onbekendeWaardeGeeftBadRequestMetReden() throws Exception {
    HttpResponse<String> bewijs = evalueer("ovj", ZsmHuiselijkGeweldContract.BESLISSING_AFDOENINGSROUTE, Map.of(
        ZsmHuiselijkGeweldContract.VERMOEDEN_STRAFBAAR_FEIT, true, VtVeiligheidsbeoordelingContract.ONVEILIGHEID, "ACUUT", ZsmHuiselijkGeweldContract.BEWIJS, "MISSCHIEN"));
    assertThat(bewijs.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bewijs.body()).path("message").asText())
        .isEqualTo("Ongeldige invoer voor de beslissing: Ongeldige waarde voor bewijs: MISSCHIEN. "
            + "Toegestaan: VOLDOENDE, ONVOLDOENDE_ONDERZOEK_MOGELIJK, ONVOLDOENDE.");

    HttpResponse<String> sash = evalueer("politie", StalkingAanpakContract.BESLISSING_SASH_RISICONIVEAU,
        Map.of(StalkingAanpakContract.SASH_OORDEEL_BEOORDELAAR, "zeer hoog"));
    assertThat(sash.statusCode()).isEqualTo(400);
    assertThat(sash.body()).contains("Ongeldige waarde voor sashOordeelBeoordelaar: zeer hoog");
  }

  @Test
  void negatieveAantallenEnOntbrekendeInvoerGevenBadRequest() throws Exception {
    HttpResponse<String> leeftijd = evalueer("reclassering", ZsmHuiselijkGeweldContract.BESLISSING_ADVISERENDE_ORGANISATIE,
        Map.of(ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE, -1));
    assertThat(leeftijd.statusCode()).isEqualTo(400);
    assertThat(leeftijd.body()).contains("Ongeldige of ontbrekende leeftijdVerdachte: -1");

    HttpResponse<String> incidenten = evalueer("vt", VtVeiligheidsbeoordelingContract.BESLISSING_VEILIGHEIDSCLASSIFICATIE,
        Map.of(VtVeiligheidsbeoordelingContract.AANTAL_EERDERE_INCIDENTEN, -2));
    assertThat(incidenten.statusCode()).isEqualTo(400);
    assertThat(incidenten.body()).contains("Ongeldige waarde voor aantalEerdereIncidenten: -2");

    HttpResponse<String> geenBewijs = evalueer("ovj", ZsmHuiselijkGeweldContract.BESLISSING_AFDOENINGSROUTE,
        Map.of(ZsmHuiselijkGeweldContract.VERMOEDEN_STRAFBAAR_FEIT, true, VtVeiligheidsbeoordelingContract.ONVEILIGHEID, "GEEN"));
    assertThat(geenBewijs.statusCode()).isEqualTo(400);
    assertThat(geenBewijs.body()).contains("De bewijsbeoordeling (bewijs: VOLDOENDE");
  }

  @Test
  void tekstVoorEenJaNeeVraagGeeftBadRequest() throws Exception {
    HttpResponse<String> antwoord = evalueer("vt", "AcuteOnveiligheid", Map.of(VtVeiligheidsbeoordelingContract.VUURWAPEN, "MISSCHIEN"));
    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(antwoord.body()).path("message").asText())
        .isEqualTo("Ongeldige invoer voor de beslissing: Ongeldige waarde 'MISSCHIEN': verwacht ja/nee (true of false).");
  }

  @Test
  void alleenBeoordelendeOrganisatiesMogenEvalueren() throws Exception {
    Map<String, Object> invoer = Map.of(ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE, 30);
    // the engine hides decisions a user may not read: 404, not 403
    assertThat(evalueer("shn", ZsmHuiselijkGeweldContract.BESLISSING_ADVISERENDE_ORGANISATIE, invoer).statusCode()).isEqualTo(404);
    assertThat(evalueer(null, ZsmHuiselijkGeweldContract.BESLISSING_ADVISERENDE_ORGANISATIE, invoer).statusCode()).isEqualTo(401);
  }

  /**
   * In a process the same check protects the case: completing the task before a business rule task
   * with invalid input is refused with 400 and the case stays where it was.
   */
  @Test
  void fouteInvoerInEenProcesWordtGeweigerdEnDeZaakBlijftStaan() throws Exception {
    BpmnModelInstance proces = Bpmn.createExecutableProcess("testAfdoeningsrouteInProces")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("bewijsBeoordelen").name("Bewijs beoordelen").camundaCandidateGroups("om")
        .businessRuleTask("routeBepalen").name("Route bepalen")
            .camundaDecisionRef(ZsmHuiselijkGeweldContract.BESLISSING_AFDOENINGSROUTE)
            .camundaMapDecisionResult("singleResult").camundaResultVariable("afdoening")
        .userTask("afdoen").name("Afdoen").camundaCandidateGroups("om")
        .endEvent()
        .done();
    String deployment = repositoryService.createDeployment().addModelInstance("test-afdoeningsroute.bpmn", proces).deploy().getId();
    try {
      ProcessInstance zaak = runtimeService.startProcessInstanceByKey("testAfdoeningsrouteInProces",
          Map.of(ZsmHuiselijkGeweldContract.VERMOEDEN_STRAFBAAR_FEIT, true, VtVeiligheidsbeoordelingContract.ONVEILIGHEID, "ACUUT"));
      Task taak = taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult();

      HttpResponse<String> antwoord = post("ovj", "/engine-rest/task/" + taak.getId() + "/complete",
          "{\"variables\":{\"bewijs\":{\"value\":\"MISSCHIEN\",\"type\":\"String\"}}}");

      assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
      assertThat(antwoord.body()).contains("Ongeldige waarde voor bewijs: MISSCHIEN");
      Task nogSteeds = taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult();
      assertThat(nogSteeds.getTaskDefinitionKey()).isEqualTo("bewijsBeoordelen");
      assertThat(runtimeService.getVariable(zaak.getId(), ZsmHuiselijkGeweldContract.BEWIJS)).isNull();

      HttpResponse<String> goed = post("ovj", "/engine-rest/task/" + taak.getId() + "/complete",
          "{\"variables\":{\"bewijs\":{\"value\":\"VOLDOENDE\",\"type\":\"String\"}}}");
      assertThat(goed.statusCode()).as(goed.body()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult().getTaskDefinitionKey())
          .isEqualTo("afdoen");
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  private JsonNode evalueerEnkel(String gebruiker, String key, Map<String, Object> variabelen) throws Exception {
    HttpResponse<String> antwoord = evalueer(gebruiker, key, variabelen);
    assertThat(antwoord.statusCode()).as("%s: %s", key, antwoord.body()).isEqualTo(200);
    JsonNode resultaat = JSON.readTree(antwoord.body());
    assertThat(resultaat.size()).as("één uitkomst van %s", key).isEqualTo(1);
    return resultaat.get(0);
  }

  private HttpResponse<String> post(String gebruiker, String pad, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pad))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + basic)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> evalueer(String gebruiker, String key, Map<String, Object> variabelen) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    variabelen.forEach((naam, waarde) -> {
      ObjectNode var = vars.putObject(naam);
      var.putPOJO("value", waarde);
      var.put("type", waarde instanceof Boolean ? "Boolean" : waarde instanceof Integer ? "Integer" : "String");
    });
    HttpRequest.Builder verzoek = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/engine-rest/decision-definition/key/" + key + "/evaluate"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (gebruiker != null) {
      String basic = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
      verzoek.header("Authorization", "Basic " + basic);
    }
    return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String waarde(JsonNode uitkomst, String naam) {
    return uitkomst.path(naam).path("value").asText();
  }
}
