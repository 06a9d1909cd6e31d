package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, section 1: every step accepts only its own fields, over REST as the organisation that tried it.
 * Each refusal is a 400 with a Dutch message naming the field, and nothing in the case has changed.
 */
@ZsmSpringTest
class StapcontractRestTest extends HoofdprocesScenario {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  private String melding(HttpResponse<String> antwoord) throws Exception {
    return JSON.readTree(antwoord.body()).path("message").asText();
  }

  /** An arrested suspect, VT has not assessed yet, the OvJ has found a suspicion: the 9-hour decision is open. */
  private ProcessInstance vastzaakBijDeVrijheidsbeneming() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    return pi;
  }

  @Test
  void heenzendenMetVastOpFalseWordtGeweigerdEnDeVerdachteBlijftAangehouden() throws Exception {
    ProcessInstance pi = vastzaakBijDeVrijheidsbeneming();
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();

    HttpResponse<String> antwoord = ApiClient.als(port, "ovj").post("/engine-rest/task/" + taakId + "/complete",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"HEENZENDEN\"},"
            + "\"veiligheidsmaatregelen\":{\"value\":\"[]\"},\"vast\":{\"value\":false}}}");

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    assertThat(melding(antwoord)).contains("(vast)").contains("alleen te lezen");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vast")).isEqualTo(true);
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing")).isNull();
  }

  @Test
  void deAanhoudingVerandertAlleenViaAlsnogAanhouden() throws Exception {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, false));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();
    ApiClient ovj = ApiClient.als(port, "ovj");

    HttpResponse<String> zelfVast = ovj.post("/engine-rest/task/" + taakId + "/submit-form",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"INVERZEKERINGSTELLING\"},\"vast\":{\"value\":true},"
            + "\"tijdstipAanhouding\":{\"value\":\"2026-01-01T10:00:00+01:00\"}}}");
    assertThat(zelfVast.statusCode()).as(zelfVast.body()).isEqualTo(400);
    assertThat(melding(zelfVast)).contains("(vast)").contains("(tijdstipAanhouding)");

    // as Tasklist sends it: the read-only vast as shown (false), the decision alsnog aanhouden
    HttpResponse<String> alsnog = ovj.post("/engine-rest/task/" + taakId + "/submit-form",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"ALSNOG_AANHOUDEN\"},\"vast\":{\"value\":false}}}");
    assertThat(alsnog.statusCode()).as(alsnog.body()).isEqualTo(204);
    assertThat(pi).hasPassed("Task_AanhoudingVastleggen").isWaitingAt("Task_Vrijheidsbeneming");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vast")).isEqualTo(true);
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "tijdstipAanhouding")).isNotNull();
  }

  @Test
  void alleenLezenVeldenDieTasklistOngewijzigdTerugstuurtWordenGeaccepteerdEnVeranderenNiets() throws Exception {
    ProcessInstance pi = vastzaakBijDeVrijheidsbeneming();
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();
    String tijdstip = (String) processEngine.getRuntimeService().getVariable(pi.getId(), "tijdstipAanhouding");

    // as Tasklist submits a Camunda Form: numbers without a type, the read-only fields as shown
    HttpResponse<String> antwoord = ApiClient.als(port, "ovj").post("/engine-rest/task/" + taakId + "/submit-form",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"INVERZEKERINGSTELLING\"},"
            + "\"vast\":{\"value\":true},\"leeftijdVerdachte\":{\"value\":45.0},"
            + "\"tijdstipAanhouding\":{\"value\":\"" + tijdstip + "\"},\"zaaknummer\":{\"value\":\"" + pi.getBusinessKey() + "\"},"
            + "\"toelichtingMaatregelen\":{\"value\":\"In verzekering in afwachting van VT.\"}}}");

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(204);
    TypedValue leeftijd = processEngine.getRuntimeService().getVariableTyped(pi.getId(), "leeftijdVerdachte");
    assertThat(leeftijd.getValue()).as("het getal is niet als 45.0 overschreven").isEqualTo(45);
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing")).isEqualTo("INVERZEKERINGSTELLING");
  }

  @Test
  void reclasseringKanMetHaarAdviesGeenSlachtofferEmailOfAdviseurslaneWijzigen() throws Exception {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    ProcessInstance advies = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).processDefinitionKey("adviesReclasseringRvdk").singleResult();
    Task taak = stappen.taak(advies, "Activity_AdviesReclassering");

    HttpResponse<String> antwoord = ApiClient.als(port, "reclassering").post("/engine-rest/task/" + taak.getId() + "/complete",
        "{\"variables\":{\"advies\":{\"value\":\"Toezicht.\"},\"adviesAfdoening\":{\"value\":\"DAGVAARDING\"},"
            + "\"slachtofferEmail\":{\"value\":\"ander@example.org\"},\"adviseurGroep\":{\"value\":\"om\"}}}");

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    assertThat(melding(antwoord)).contains("horen niet bij de stap").contains("'slachtofferEmail'").contains("'adviseurGroep'");
    assertThat(advies).isWaitingAt("Activity_AdviesReclassering");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "slachtofferEmail")).isEqualTo("a.devries@example.org");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "adviseurGroep")).isEqualTo("reclassering");

    HttpResponse<String> eigenVelden = ApiClient.als(port, "reclassering").post("/engine-rest/task/" + taak.getId() + "/complete",
        "{\"variables\":{\"advies\":{\"value\":\"Toezicht.\"},\"adviesAfdoening\":{\"value\":\"DAGVAARDING\"}}}");
    assertThat(eigenVelden.statusCode()).as(eigenVelden.body()).isEqualTo(204);
  }

  @Test
  void hetVermoedenWordtBijDeStapZelfGecontroleerd() throws Exception {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, true));
    String taakId = stappen.taak(pi, "Task_VermoedenBeoordelen").getId();
    ApiClient ovj = ApiClient.als(port, "ovj");

    HttpResponse<String> leeg = ovj.post("/engine-rest/task/" + taakId + "/complete", "{}");
    assertThat(leeg.statusCode()).as(leeg.body()).isEqualTo(400);
    assertThat(melding(leeg)).contains("Vul het veld").contains("(toelichtingVermoeden)");

    HttpResponse<String> misschien = ovj.post("/engine-rest/task/" + taakId + "/complete",
        "{\"variables\":{\"vermoedenStrafbaarFeit\":{\"value\":\"misschien\"},\"toelichtingVermoeden\":{\"value\":\"Letsel gezien.\"}}}");
    assertThat(misschien.statusCode()).as(misschien.body()).isEqualTo(400);
    assertThat(melding(misschien)).contains("(vermoedenStrafbaarFeit) moet ja of nee zijn").contains("'misschien'");

    assertThat(pi).isWaitingAt("Task_VermoedenBeoordelen");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vermoedenStrafbaarFeit")).isNull();
  }

  @Test
  void dePolitieStartEenZaakAltijdBijHetBeginMetAlleControles() throws Exception {
    ApiClient politie = ApiClient.als(port, "politie");
    String intake = "\"variables\":{\"vast\":{\"value\":false},\"heterdaad\":{\"value\":false},"
        + "\"leeftijdVerdachte\":{\"value\":29},\"labelHuiselijkGeweld\":{\"value\":true},\"kinderenInGezin\":{\"value\":false},"
        + "\"vtMeldingGedaan\":{\"value\":true},\"slachtofferNaam\":{\"value\":\"C. Bakker\"},"
        + "\"slachtofferToestemmingContact\":{\"value\":true},\"regio\":{\"value\":\"rotterdam\"},\"individueleBeoordeling\":{\"value\":\"IB\"}}";

    HttpResponse<String> metInstructies = politie.post("/engine-rest/process-definition/key/zsmHuiselijkGeweld/start",
        "{\"businessKey\":\"ZSM-2026-000901\"," + intake + ",\"startInstructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"Task_Afdoeningsbeslissing\"}]}");
    assertThat(metInstructies.statusCode()).as(metInstructies.body()).isEqualTo(400);
    assertThat(melding(metInstructies)).contains("startInstructions");

    HttpResponse<String> zonderListeners = politie.post("/engine-rest/process-definition/key/zsmHuiselijkGeweld/start",
        "{\"businessKey\":\"ZSM-2026-000902\"," + intake + ",\"skipCustomListeners\":true,\"skipIoMappings\":true,"
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Start_HgZaak\"}]}");
    assertThat(zonderListeners.statusCode()).as(zonderListeners.body()).isEqualTo(400);

    for (String zaaknummer : new String[] {"ZSM-2026-000901", "ZSM-2026-000902"}) {
      assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(zaaknummer).count()).as(zaaknummer).isZero();
    }
  }

  @Test
  void eenAangeroepenProcesIsNietDoorEenGebruikerTeStarten() {
    ApiClient politie = ApiClient.als(port, "politie");
    for (String pad : new String[] {"start", "submit-form"}) {
      HttpResponse<String> antwoord = politie.post("/engine-rest/process-definition/key/naZsm/" + pad,
          "{\"businessKey\":\"ZSM-2026-000903\",\"variables\":{}}");
      assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isIn(400, 403);
    }
    // even the administrator starts only the main process: naZsm is called by the case itself
    HttpResponse<String> beheerder = ApiClient.als(port, "demo").post("/engine-rest/process-definition/key/naZsm/start",
        "{\"businessKey\":\"ZSM-2026-000903\",\"variables\":{}}");
    assertThat(beheerder.statusCode()).as(beheerder.body()).isEqualTo(400);
    assertThat(beheerder.body()).contains("Alleen een HG-zaak (zsmHuiselijkGeweld) kan worden gestart");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("ZSM-2026-000903").count()).isZero();
  }

  @Test
  void eenTeLangeTekstWordtBijDeStapGeweigerd() throws Exception {
    ProcessInstance pi = vastzaakBijDeVrijheidsbeneming();
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();
    HttpResponse<String> antwoord = ApiClient.als(port, "ovj").post("/engine-rest/task/" + taakId + "/complete",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"INVERZEKERINGSTELLING\"},"
            + "\"toelichtingMaatregelen\":{\"value\":\"" + "x".repeat(4001) + "\"}}}");
    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(melding(antwoord)).contains("(toelichtingMaatregelen) is te lang: 4001 tekens, ten hoogste 4000");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");
  }
}
