package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main process through the REST API as the organisations use it: the never-break rule answers
 * 400 with the Dutch reason, bad intake answers 400, and every user task's Camunda Form is deployed and
 * retrievable by the organisation that does the task.
 */
@ZsmSpringTest
class HgZaakRestTest extends HoofdprocesScenario {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Demo user per organisation group. */
  private static final Map<String, String> GEBRUIKER = Map.of("om", "ovj", "politie", "politie",
      "veilig-thuis", "vt", "reclassering", "reclassering", "rvdk", "rvdk", "slachtofferhulp", "shn",
      "zsm-supervisor", "supervisor");

  @LocalServerPort int port;

  @Test
  void heenzendenZonderMaatregelBijAcuteOnveiligheidGeeft400EnDeTaakBlijftOpen() throws Exception {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();
    ApiClient ovj = ApiClient.als(port, "ovj");

    HttpResponse<String> geweigerd = ovj.post("/engine-rest/task/" + taakId + "/complete",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"HEENZENDEN\"},"
            + "\"veiligheidsmaatregelen\":{\"value\":\"[]\",\"type\":\"Json\"}}}");
    assertThat(geweigerd.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(geweigerd.body()).path("message").asText())
        .contains("Heenzenden geweigerd").contains("acuut onveilig").contains("veiligheidsmaatregel");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taakId).count()).isEqualTo(1);
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing")).isNull();

    HttpResponse<String> toegestaan = ovj.post("/engine-rest/task/" + taakId + "/complete",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"HEENZENDEN\"},"
            + "\"veiligheidsmaatregelen\":{\"value\":\"[\\\"CONTACTVERBOD\\\",\\\"LOCATIEVERBOD\\\"]\",\"type\":\"Json\"},"
            + "\"maatregelGebied\":{\"value\":\"Woning slachtoffer, Dorpsstraat 1\"}}}");
    assertThat(toegestaan.statusCode()).as(toegestaan.body()).isEqualTo(204);
    assertThat(pi).isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
  }

  @Test
  void afdoeningZonderPlandatumGeeft400() throws Exception {
    ProcessInstance pi = stappen.naarAfdoeningsbeslissing();
    String taakId = stappen.taak(pi, "Task_Afdoeningsbeslissing").getId();
    HttpResponse<String> antwoord = ApiClient.als(port, "ovj").post("/engine-rest/task/" + taakId + "/complete",
        "{\"variables\":{\"afdoeningsbeslissing\":{\"value\":\"PLANDATUM\"},"
            + "\"toelichtingAfdoening\":{\"value\":\"Plandatumzaak.\"},\"informerendeOrganisatie\":{\"value\":\"slachtofferhulp\"}}}");
    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(antwoord.body()).path("message").asText()).contains("Vul de plandatum in");
    assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing");
  }

  @Test
  void ongeldigeIntakeViaRestGeeft400MetNederlandseReden() throws Exception {
    ApiClient politie = ApiClient.als(port, "politie");
    String ongeldig = "{\"variables\":{\"vast\":{\"value\":true},\"regio\":{\"value\":\"rotterdam\"},\"heterdaad\":{\"value\":true},"
        + "\"leeftijdVerdachte\":{\"value\":35},\"labelHuiselijkGeweld\":{\"value\":false},"
        + "\"kinderenInGezin\":{\"value\":false},\"vtMeldingGedaan\":{\"value\":false},"
        + "\"slachtofferNaam\":{\"value\":\"B. Jansen\"},\"slachtofferToestemmingContact\":{\"value\":false},"
        + "\"individueleBeoordeling\":{\"value\":\"IB\"}}}";
    for (String pad : new String[] {"start", "submit-form"}) {
      HttpResponse<String> antwoord = politie.post("/engine-rest/process-definition/key/zsmHuiselijkGeweld/" + pad, ongeldig);
      assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isEqualTo(400);
      String melding = JSON.readTree(antwoord.body()).path("message").asText();
      assertThat(melding).as(pad).contains("Vul het tijdstip van aanhouding in").contains("Kies het label huiselijk geweld");
    }
  }

  @Test
  void politieStartEenZaakViaRestMetZaaknummerAlsBusinessKey() throws Exception {
    String intake = "{\"businessKey\":\"ZSM-2026-004711\",\"variables\":{\"vast\":{\"value\":false},\"regio\":{\"value\":\"den-haag\"},"
        + "\"heterdaad\":{\"value\":false},\"leeftijdVerdachte\":{\"value\":29},\"labelHuiselijkGeweld\":{\"value\":true},"
        + "\"kinderenInGezin\":{\"value\":false},\"vtMeldingGedaan\":{\"value\":true},"
        + "\"slachtofferNaam\":{\"value\":\"C. Bakker\"},\"slachtofferTelefoon\":{\"value\":\"+31612345678\"},"
        + "\"slachtofferToestemmingContact\":{\"value\":true},\"individueleBeoordeling\":{\"value\":\"IB\"}}}";
    HttpResponse<String> antwoord = ApiClient.als(port, "politie")
        .post("/engine-rest/process-definition/key/zsmHuiselijkGeweld/start", intake);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    JsonNode zaak = JSON.readTree(antwoord.body());
    assertThat(zaak.path("businessKey").asText()).isEqualTo("ZSM-2026-004711");
    assertThat(processEngine.getRuntimeService().getVariable(zaak.path("id").asText(), "zaaknummer"))
        .isEqualTo("ZSM-2026-004711");
  }

  @Test
  void elkeTaakHeeftZijnFormulierVoorDeJuisteOrganisatie() throws Exception {
    Map<String, String> gezien = new LinkedHashMap<>();
    HttpResponse<String> start = ApiClient.als(port, "politie")
        .get("/engine-rest/process-definition/key/zsmHuiselijkGeweld/deployed-start-form");
    assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
    assertThat(JSON.readTree(start.body()).path("id").asText()).isEqualTo("intake");

    ProcessInstance pi = stappen.start(HgZaakStappen.intake(16, false));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("STRUCTUREEL"));
    doe(pi, "Task_VermoedenBeoordelen", "hg-vermoeden-strafbaar-feit", gezien, Map.of("vermoedenStrafbaarFeit", true));
    doe(pi, "Task_Vrijheidsbeneming", "hg-vrijheidsbeneming", gezien, Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    doe(pi, "Task_VtKennisnemenVrijheidsbeslissing", "hg-vt-kennisnemen-vrijheidsbeslissing", gezien, Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    doe(pi, "Task_BewijsBeoordelen", "hg-bewijs-beoordelen", gezien, Map.of("bewijs", "ONVOLDOENDE_ONDERZOEK_MOGELIJK"));
    doe(pi, "Task_OnderzoeksplanMaken", "hg-onderzoeksplan-maken", gezien, Map.of("onderzoeksplan", "Plan"));
    doe(pi, "Task_OnderzoeksplanAccorderen", "hg-onderzoeksplan-accorderen", gezien, Map.of("onderzoeksplanGeaccordeerd", true));
    doe(pi, "Task_OnderzoeksplanUitvoeren", "hg-onderzoeksplan-uitvoeren", gezien, Map.of("onderzoeksresultaten", "Klaar"));
    // after the investigation the OvJ assesses the evidence again; with enough evidence and unsafety the RvdK advises
    doe(pi, "Task_BewijsBeoordelen", "hg-bewijs-beoordelen", gezien, Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", false));
    stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Dagvaarden.", "adviesAfdoening", "DAGVAARDING",
        "adviesUitgebrachtDoor", "rvdk"));
    doe(pi, "Task_Afdoeningsbeslissing", "hg-afdoeningsbeslissing", gezien, Map.of("afdoeningsbeslissing", "DAGVAARDING"));
    doe(pi, "Task_AdviseurKennisnemen", "hg-adviseur-kennisnemen-afdoening", gezien, Map.of());
    doe(pi, "Task_VtOverdracht", "hg-vt-overdracht-lokaal-team", gezien, Map.of("overdrachtLokaalTeam", "Wijkteam"));

    assertThat(gezien).hasSize(10).containsEntry("Task_AdviseurKennisnemen", "rvdk");

    // de taken van de termijnbewaking (lane ZSM-supervisie), in een vastzaak waarvan de termijnen verstrijken
    klok.zetOp("2026-11-25T11:05:00+01:00");
    Map<String, Object> intake = HgZaakStappen.intake(40, true);
    intake.put("tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    ProcessInstance vast = stappen.start(intake);
    klok.zetOp("2026-11-25T20:00:00+01:00");
    klok.voerVervallenTimersUit(vast);
    termijntaak(vast, "Task_WaarschuwingOphouden", "termijn-waarschuwing", gezien, Map.of());
    termijntaak(vast, "Task_WaarschuwingVeiligheidsbeoordeling", "termijn-waarschuwing", gezien, Map.of());
    termijntaak(vast, "Task_OphoudenOverschreden", "termijn-overschreden", gezien, Map.of("termijnAfhandeling", "Officier gebeld."));
    termijntaak(vast, "Task_VeiligheidsbeoordelingOverschreden", "termijn-overschreden", gezien, Map.of("termijnAfhandeling", "VT gebeld."));
    stappen.voltooi(vast, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(vast, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    klok.zetOp("2026-11-28T20:00:00+01:00");
    klok.voerVervallenTimersUit(vast);
    termijntaak(vast, "Task_WaarschuwingInverzekeringstelling", "termijn-waarschuwing", gezien, Map.of());
    termijntaak(vast, "Task_InverzekeringstellingOverschreden", "termijn-overschreden", gezien,
        Map.of("termijnAfhandeling", "Voorgeleiding geregeld."));
    assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(vast.getId()).count()).isZero();
    // the RC's outcome after a voorgeleiding, and the officier's task when the RC releases without protection (issue 12)
    stappen.rondDeelprocesAf(vast, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(vast, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(vast, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    stappen.voltooi(vast, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    stappen.rondDeelprocesAf(vast, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.", "adviesAfdoening", "DAGVAARDING",
        "adviesUitgebrachtDoor", "reclassering"));
    stappen.voltooi(vast, "Task_Afdoeningsbeslissing", "om", Map.of("afdoeningsbeslissing", "DAGVAARDING_VOORGELEIDING_RC",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("VOORGELEIDING_RC")));
    doe(vast, "Task_UitkomstVoorgeleiding", "hg-uitkomst-voorgeleiding", gezien,
        Map.of("uitkomstVoorgeleiding", "INVRIJHEIDSTELLING"));
    doe(vast, "Task_VeiligheidNaVrijlatingRc", "hg-veiligheid-na-vrijlating-rc", gezien,
        Map.of("veiligheidNaVrijlatingRc", "Gedragsaanwijzing."));
    // the form of each user task of the model and of its deadline signals (zsmTermijnsignalering) was fetched
    long gebruikerstaken = 0;
    for (String proces : java.util.List.of("zsmHuiselijkGeweld", HgZaakStappen.TERMIJNSIGNALERING)) {
      gebruikerstaken += processEngine.getRepositoryService()
          .getBpmnModelInstance(processEngine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(proces).latestVersion().singleResult().getId())
          .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).size();
    }
    assertThat(gezien).hasSize((int) gebruikerstaken);
  }

  /**
   * A task of the termijnbewaking: every candidate group (the organisation that must decide and the
   * supervisor) opens its form; the last one, the supervisor, completes it through Tasklist's REST call.
   */
  private void termijntaak(ProcessInstance pi, String taakSleutel, String formulier, Map<String, String> gezien,
      Map<String, Object> variabelen) throws Exception {
    var taak = stappen.taak(pi, taakSleutel);
    java.util.List<String> groepen = new java.util.ArrayList<>(stappen.groepen(taak));
    groepen.sort(java.util.Comparator.comparing("zsm-supervisor"::equals));
    assertThat(groepen).last().isEqualTo("zsm-supervisor");
    for (String groep : groepen) {
      HttpResponse<String> antwoord = ApiClient.als(port, GEBRUIKER.get(groep)).get("/engine-rest/task/" + taak.getId() + "/deployed-form");
      assertThat(antwoord.statusCode()).as(taakSleutel + " als " + groep + ": " + antwoord.body()).isEqualTo(200);
      assertThat(JSON.readTree(antwoord.body()).path("id").asText()).as(taakSleutel).isEqualTo(formulier);
    }
    StringBuilder json = new StringBuilder("{\"variables\":{");
    variabelen.forEach((k, v) -> json.append(json.length() > 14 ? "," : "").append('"').append(k).append("\":{\"value\":\"").append(v).append("\"}"));
    HttpResponse<String> klaar = ApiClient.als(port, "supervisor").post("/engine-rest/task/" + taak.getId() + "/submit-form",
        json.append("}}").toString());
    assertThat(klaar.statusCode()).as(taakSleutel + ": " + klaar.body()).isEqualTo(204);
    gezien.put(taakSleutel, String.join(",", groepen));
  }

  /** Fetches the task's form as the organisation of its candidate group, then completes the task. */
  private void doe(ProcessInstance pi, String taakSleutel, String formulier, Map<String, String> gezien,
      Map<String, Object> variabelen) throws Exception {
    var taak = stappen.taak(pi, taakSleutel);
    String groep = stappen.groepen(taak).iterator().next();
    HttpResponse<String> antwoord = ApiClient.als(port, GEBRUIKER.get(groep))
        .get("/engine-rest/task/" + taak.getId() + "/deployed-form");
    assertThat(antwoord.statusCode()).as(taakSleutel + ": " + antwoord.body()).isEqualTo(200);
    JsonNode form = JSON.readTree(antwoord.body());
    assertThat(form.path("id").asText()).as(taakSleutel).isEqualTo(formulier);
    assertThat(form.path("components").size()).isPositive();
    gezien.put(taakSleutel, groep);
    processEngine.getTaskService().complete(taak.getId(), variabelen);
  }
}
