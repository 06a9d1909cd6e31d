package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Need-to-know of the victim's answers and the Individuele Beoordeling (issue 11, leaks 1 and 4), per organisation:
 * the answers shared with VT only reach VT, the wishes only the OvJ, the IB only the OvJ, answers given without
 * consent nobody but the administrator (history), and naZsm gets no victim data at all.
 */
@ZsmSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VertrouwelijkheidTest {

  @Autowired ProcessEngine processEngine;
  @LocalServerPort int port;

  private ZakenMetSlachtofferAntwoorden zaken;

  /** Once for all tests (the process-coverage extension needs a running test, hence not in @BeforeAll). */
  @BeforeEach
  void zaken() {
    BpmnAwareTests.init(processEngine);
    if (zaken == null) {
      zaken = new ZakenMetSlachtofferAntwoorden(processEngine).maak();
    }
  }

  private String taakvariabelen(String gebruiker, Task taak) {
    assertThat(taak).isNotNull();
    HttpResponse<String> variabelen = ApiClient.als(port, gebruiker).get("/engine-rest/task/" + taak.getId() + "/variables");
    HttpResponse<String> formulier = ApiClient.als(port, gebruiker).get("/engine-rest/task/" + taak.getId() + "/form-variables");
    assertThat(variabelen.statusCode()).as(variabelen.body()).isEqualTo(200);
    assertThat(formulier.statusCode()).as(formulier.body()).isEqualTo(200);
    return variabelen.body() + formulier.body();
  }

  private Task naZsmTaak(String zaak, String sleutel) {
    ProcessInstance naZsm = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(zaken.zaken.get(zaak).getId()).processDefinitionKey("naZsm").singleResult();
    return processEngine.getTaskService().createTaskQuery().processInstanceId(naZsm.getId()).taskDefinitionKey(sleutel)
        .singleResult();
  }

  @Test
  void reclasseringLeestGeenAntwoordenVanHetSlachtofferEnGeenIb() {
    for (String zaak : List.of("eindMet", "eindZonder")) {
      String gelezen = taakvariabelen("reclassering", zaken.open(zaak, "Task_AdviseurKennisnemen"))
          + taakvariabelen("reclassering", naZsmTaak(zaak, "Task_Toezicht"));
      assertThat(gelezen).as(zaak).doesNotContain("GEHEIM-", "WENS-", "BESCHERMING-", "IB-",
          "gedeeldVeiligheidVolgensSlachtoffer", "individueleBeoordeling");
    }
  }

  @Test
  void slachtofferhulpBeltMetContactgegevensMaarZonderAntwoordenVoorVtOfIb() {
    String gelezen = taakvariabelen("shn", zaken.open("eindMet", "Activity_Bellen"));
    // the caller tells the victim where a gebiedsverbod applies (Werkwijze, slachtoffer informeren: L812-814), so
    // the area is on the caller's task, in the measures in force; the victim's answers and the IB are not
    assertThat(gelezen).contains("\"zaaknummer\"", "slachtofferNaam", "slachtofferTelefoon", "maatregelenVoorSlachtoffer")
        .doesNotContain("GEHEIM-", "WENS-", "IB-", "gedeeldVeiligheidVolgensSlachtoffer");
  }

  @Test
  void deSupervisorLeestGeenVariabelenOokNietInDeHistorie() {
    ApiClient supervisor = ApiClient.als(port, "supervisor");
    for (String zaak : List.of("eindMet", "eindZonder")) {
      String afstemming = zaken.afstemming(zaken.zaken.get(zaak)) == null
          ? processEngine.getHistoryService().createHistoricProcessInstanceQuery()
              .superProcessInstanceId(zaken.zaken.get(zaak).getId()).processDefinitionKey("shnVtAfstemming").singleResult().getId()
          : zaken.afstemming(zaken.zaken.get(zaak)).getId();
      for (String pad : List.of("/engine-rest/history/variable-instance?processInstanceId=" + afstemming,
          "/engine-rest/history/variable-instance?variableName=veiligheidVolgensSlachtoffer",
          "/engine-rest/history/detail?processInstanceId=" + afstemming,
          "/engine-rest/variable-instance?processInstanceIdIn=" + zaken.zaken.get(zaak).getId())) {
        HttpResponse<String> antwoord = supervisor.get(pad);
        assertThat(antwoord.body()).as(pad).doesNotContain("GEHEIM-", "WENS-", "IB-");
      }
      assertThat(supervisor.get("/engine-rest/process-instance/" + zaken.zaken.get(zaak).getId() + "/variables").statusCode())
          .isEqualTo(403);
    }
    // the supervisor still watches deadlines and tasks
    assertThat(supervisor.get("/engine-rest/task?processInstanceBusinessKey=" + zaken.zaken.get("eindMet").getBusinessKey()).body())
        .contains("Task_AdviseurKennisnemen");
  }

  @Test
  void naZsmKrijgtGeenGegevensVanHetSlachtoffer() {
    for (String zaak : List.of("eindMet", "eindZonder")) {
      ProcessInstance naZsm = processEngine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(zaken.zaken.get(zaak).getId()).processDefinitionKey("naZsm").singleResult();
      Map<String, Object> variabelen = processEngine.getRuntimeService().getVariables(naZsm.getId());
      assertThat(variabelen).as(zaak).containsKeys("zaaknummer", "adviseurGroep", "afdoeningsbeslissing")
          .doesNotContainKeys("slachtofferNaam", "slachtofferTelefoon", "slachtofferEmail", "individueleBeoordeling",
              "wensenSlachtoffer", "beschermingsbehoefteVolgensSlachtoffer", "gedeeldVeiligheidVolgensSlachtoffer",
              "gedeeldWensNuSlachtoffer", "gedeeldOplossingVolgensSlachtoffer", "maatregelGebied", "veiligheidsmaatregelen");
      assertThat(variabelen.toString()).doesNotContain("GEHEIM-", "WENS-", "IB-", "GEBIED-");
    }
  }

  @Test
  void deOvjZietIbEnWensenInDeEigenTakenOokZonderToestemmingVoorVt() {
    assertThat(taakvariabelen("ovj", zaken.open("start", "Task_VermoedenBeoordelen"))).contains("IB-start");
    assertThat(taakvariabelen("ovj", zaken.open("bewijs", "Task_BewijsBeoordelen"))).contains("WENS-bewijs")
        .doesNotContain("GEHEIM-");
    // without consent the afstemming ends in the same transaction that opens the OvJ's task
    ProcessInstance zonder = zaken.start("ovj-zonder");
    ZakenMetSlachtofferAntwoorden eigen = new ZakenMetSlachtofferAntwoorden(processEngine);
    eigen.zaken.put("zonder", zonder);
    eigen.stappen.rondDeelprocesAf(zonder, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    eigen.stappen.voltooi(zonder, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    eigen.stappen.voltooi(zonder, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    eigen.stappen.rondDeelprocesAf(zonder, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", false,
        "delenMetVtToegestaan", false, "wensenSlachtoffer", "WENS-ovj-zonder"));
    assertThat(taakvariabelen("ovj", eigen.open("zonder", "Task_BewijsBeoordelen"))).contains("WENS-ovj-zonder");
    // and the other organisations' tasks in the case do not carry the IB
    assertThat(taakvariabelen("vt", zaken.open("eindMet", "Task_VtOverdracht"))).doesNotContain("IB-", "WENS-");
  }

  @Test
  void veiligThuisZietDeGedeeldeAntwoordenBijDeOverdrachtAlleenMetToestemming() {
    assertThat(taakvariabelen("vt", zaken.open("eindMet", "Task_VtOverdracht"))).contains("GEHEIM-met-veiligheid",
        "GEHEIM-met-wens-nu", "GEHEIM-met-oplossing");
    assertThat(taakvariabelen("vt", zaken.open("eindZonder", "Task_VtOverdracht"))).doesNotContain("GEHEIM-");
  }
}
