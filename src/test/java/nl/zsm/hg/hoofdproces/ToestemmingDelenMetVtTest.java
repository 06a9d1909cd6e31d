package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bijlage IV (L1454-1462): what the victim tells SHN about their safety, what they want now and what solution they
 * see reaches Veilig Thuis only with the victim's consent. Proven as the user {@code vt} through every way
 * Tasklist's form and a REST client read a case: task variables, form variables, the deployed form, variable
 * instances and history, of the main case and of the SHN-VT process.
 */
@ZsmSpringTest
class ToestemmingDelenMetVtTest extends HoofdprocesScenario {

  private static final List<String> GEHEIM = List.of("GEHEIM-veiligheid", "GEHEIM-wens-nu", "GEHEIM-oplossing");

  @LocalServerPort int port;

  @ParameterizedTest(name = "toestemming {0}")
  @ValueSource(booleans = {false, true})
  void veiligThuisZietDeAntwoordenVanHetSlachtofferAlleenMetToestemming(boolean toestemming) {
    ProcessInstance zaak = stappen.start(HgZaakStappen.intake(30, false));
    ProcessInstance afstemming = stappen.shnAfstemming(zaak, toestemming, GEHEIM);

    List<String> vtGelezen = new ArrayList<>();
    if (toestemming) {
      Task vtInformatie = stappen.taak(afstemming, "Task_VtShnInformatie");
      vtGelezen.add(leesAlsVt("/engine-rest/task/" + vtInformatie.getId() + "/variables"));
      vtGelezen.add(leesAlsVt("/engine-rest/task/" + vtInformatie.getId() + "/form-variables"));
      stappen.voltooiIn(afstemming, "Task_VtShnInformatie", Map.of());
    } else {
      assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(afstemming.getId()).count())
          .as("zonder toestemming geen taak voor VT met informatie van SHN").isZero();
    }

    // VT's own task in the case: Tasklist loads its form and the variables through these endpoints
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));
    Task vtTaak = stappen.taak(zaak, "Task_VtKennisnemenVrijheidsbeslissing");
    String taakVariabelen = leesAlsVt("/engine-rest/task/" + vtTaak.getId() + "/variables");
    assertThat(taakVariabelen).as("VT leest de variabelen van de eigen taak").contains("\"zaaknummer\"");
    vtGelezen.add(taakVariabelen);
    vtGelezen.add(leesAlsVt("/engine-rest/task/" + vtTaak.getId() + "/form-variables"));
    vtGelezen.add(leesAlsVt("/engine-rest/task/" + vtTaak.getId() + "/form-variables?variableNames="
        + "veiligheidVolgensSlachtoffer,wensNuSlachtoffer,oplossingVolgensSlachtoffer,gedeeldVeiligheidVolgensSlachtoffer"));
    vtGelezen.add(leesAlsVt("/engine-rest/task/" + vtTaak.getId() + "/deployed-form"));
    vtGelezen.add(leesAlsVt("/engine-rest/variable-instance?processInstanceIdIn=" + zaak.getId() + "," + afstemming.getId()));
    vtGelezen.add(leesAlsVt("/engine-rest/variable-instance?variableName=veiligheidVolgensSlachtoffer"));
    vtGelezen.add(leesAlsVt("/engine-rest/history/variable-instance?processInstanceId=" + afstemming.getId()));
    vtGelezen.add(leesAlsVt("/engine-rest/history/variable-instance?variableName=veiligheidVolgensSlachtoffer"));
    vtGelezen.add(leesAlsVt("/engine-rest/history/detail?processInstanceId=" + afstemming.getId()));
    String alles = String.join("\n", vtGelezen);

    // the raw answers never reach VT under their own names (they are local to SHN's task)
    assertThat(alles).doesNotContain("\"veiligheidVolgensSlachtoffer\"", "\"wensNuSlachtoffer\"",
        "\"oplossingVolgensSlachtoffer\"");
    // the shared answers stay in the SHN-VT process: VT's tasks in the case do not carry them (need-to-know)
    assertThat(taakVariabelen).doesNotContain("gedeeldVeiligheidVolgensSlachtoffer");
    if (toestemming) {
      assertThat(vtGelezen.get(0)).contains("gedeeldVeiligheidVolgensSlachtoffer").contains(GEHEIM);
    } else {
      assertThat(GEHEIM).allSatisfy(geheim -> assertThat(alles).doesNotContain(geheim));
    }
    // ... while they were recorded: the administrator (not VT) finds them in the history of SHN's task
    String beheer = ApiClient.als(port, "demo")
        .get("/engine-rest/history/variable-instance?variableName=veiligheidVolgensSlachtoffer&processInstanceId="
            + afstemming.getId()).body();
    assertThat(beheer).contains(GEHEIM.get(0));
  }

  private String leesAlsVt(String pad) {
    HttpResponse<String> antwoord = ApiClient.als(port, "vt").get(pad);
    assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isIn(200, 403);
    return antwoord.body();
  }

  @Test
  void ookViaHetFormulierVanTasklistBlijvenDeAntwoordenBijDeTaakVanSlachtofferhulp() throws Exception {
    ProcessInstance zaak = stappen.start(HgZaakStappen.intake(30, false));
    ProcessInstance afstemming = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(zaak.getId()).processDefinitionKey("shnVtAfstemming").singleResult();
    stappen.voltooiIn(afstemming, "Task_VtNavraag", Map.of("vtHeeftContact", true));
    Task shnTaak = stappen.taak(afstemming, "Task_SlachtofferBenaderen");

    // Tasklist submits a Camunda Form with POST /task/{id}/submit-form, as the SHN employee
    HttpResponse<String> verstuurd = ApiClient.als(port, "shn").post("/engine-rest/task/" + shnTaak.getId() + "/submit-form",
        "{\"variables\":{\"wensenSlachtoffer\":{\"value\":\"Vervolging.\"},"
            + "\"delenMetVtToegestaan\":{\"value\":false},"
            + "\"veiligheidVolgensSlachtoffer\":{\"value\":\"" + GEHEIM.get(0) + "\"},"
            + "\"wensNuSlachtoffer\":{\"value\":\"" + GEHEIM.get(1) + "\"},"
            + "\"oplossingVolgensSlachtoffer\":{\"value\":\"" + GEHEIM.get(2) + "\"}}}");
    assertThat(verstuurd.statusCode()).as(verstuurd.body()).isEqualTo(204);

    assertThat(afstemming).isEnded().hasPassed("End_NietGedeeld");
    Map<String, Object> zaakvariabelen = processEngine.getRuntimeService().getVariables(zaak.getId());
    // the wishes are for the OvJ only: they stay in the SHN-VT process, the OvJ's tasks read them as local input
    assertThat(zaakvariabelen).containsEntry("delenMetVtToegestaan", false)
        .doesNotContainKeys("wensenSlachtoffer", "veiligheidVolgensSlachtoffer", "wensNuSlachtoffer", "oplossingVolgensSlachtoffer");
    assertThat(zaakvariabelen.values()).doesNotContainAnyElementsOf(GEHEIM);
    // recorded in the history of SHN's task only, not of the case
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(afstemming.getId()).variableName("veiligheidVolgensSlachtoffer").singleResult()
        .getActivityInstanceId()).isNotEqualTo(afstemming.getId()).startsWith("Task_SlachtofferBenaderen");
  }
}
