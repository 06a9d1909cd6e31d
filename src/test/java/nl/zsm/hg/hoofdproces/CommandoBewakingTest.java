package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, least privilege on engine commands, over REST as the account that tried it: the court's link
 * can do exactly one thing; only the administrator executes or changes jobs (a refused call leaves the job
 * untouched); the read-only supervisor writes no comments or attachments; a deployment with cases is not
 * deleted by a process owner.
 */
@ZsmSpringTest
class CommandoBewakingTest extends HoofdprocesScenario {

  @LocalServerPort int port;

  /** A case after a dagvaarding, its advice for the judge done: naZsm waits for the court's decision. */
  private ProcessInstance wachtOpUitspraak(String zaaknummer) {
    ProcessInstance zaak = processEngine.getRuntimeService().startProcessInstanceByKey("naZsm", zaaknummer,
        Map.of("zaaknummer", zaaknummer, "adviseurGroep", "reclassering", "afdoeningsbeslissing", "DAGVAARDING",
            "slachtofferTelefoon", "06 12345678", "slachtofferNaam", "A. de Vries"));
    stappen.voltooiIn(zaak, "Task_ActueleSituatie", Map.of("actueleSituatieGezin", "Contactverbod wordt nageleefd."));
    stappen.voltooiIn(zaak, "Task_AdviesRechter", Map.of("adviesRechter", "Voorwaardelijke straf met toezicht."));
    assertThat(zaak).isWaitingAt("Catch_UitspraakRechter");
    return zaak;
  }

  @Test
  void deRechtspraakkoppelingLevertAlleenDeUitspraakAfEnLeestOfWijzigtNiets() {
    ProcessInstance zaak = wachtOpUitspraak("ZSM-2026-000811");
    ApiClient rechtspraak = ApiClient.als(port, "rechtspraak");
    String pi = "/engine-rest/process-instance/" + zaak.getId();

    for (String lezen : new String[] {pi + "/variables", "/engine-rest/variable-instance?processInstanceIdIn=" + zaak.getId(),
        "/engine-rest/history/variable-instance?processInstanceId=" + zaak.getId(), "/engine-rest/task", pi}) {
      HttpResponse<String> antwoord = rechtspraak.get(lezen);
      assertThat(antwoord.statusCode()).as(lezen + ": " + antwoord.body()).isEqualTo(403);
      assertThat(antwoord.body()).doesNotContain("06 12345678").doesNotContain("de Vries");
    }
    HttpResponse<String> metVariabelen = rechtspraak.post("/engine-rest/message", """
        {"messageName": "UitspraakRechter", "businessKey": "ZSM-2026-000811", "resultEnabled": true,
         "variablesInResultEnabled": true,
         "processVariables": {"uitspraakRechter": {"value": "TOEZICHT", "type": "String"}}}""");
    assertThat(metVariabelen.statusCode()).as(metVariabelen.body()).isEqualTo(403);
    assertThat(metVariabelen.body()).doesNotContain("06 12345678");
    assertThat(rechtspraak.post(pi + "/variables",
        "{\"modifications\":{\"slachtofferTelefoon\":{\"value\":\"06 99999999\"}}}").statusCode()).isEqualTo(403);
    assertThat(rechtspraak.post(pi + "/modification",
        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Catch_UitspraakRechter\"}]}").statusCode()).isEqualTo(403);
    assertThat(rechtspraak.post("/engine-rest/message", """
        {"messageName": "UitspraakRechter", "correlationKeys": {"slachtofferNaam": {"value": "A. de Vries"}},
         "processVariables": {"uitspraakRechter": {"value": "TOEZICHT", "type": "String"}}}""").statusCode()).isEqualTo(403);
    assertThat(processEngine.getRuntimeService().getVariable(zaak.getId(), "slachtofferTelefoon")).isEqualTo("06 12345678");
    assertThat(zaak).isWaitingAt("Catch_UitspraakRechter");

    HttpResponse<String> afgeleverd = rechtspraak.post("/engine-rest/message", """
        {"messageName": "UitspraakRechter", "businessKey": "ZSM-2026-000811",
         "processVariables": {"uitspraakRechter": {"value": "TOEZICHT", "type": "String"},
                              "uitspraakToelichting": {"value": "Voorwaardelijke straf met toezicht.", "type": "String"}}}""");
    assertThat(afgeleverd.statusCode()).as(afgeleverd.body()).isEqualTo(204);
    assertThat(zaak).isWaitingAt("Task_Toezicht");
  }

  @Test
  void eenGeweigerdeJobUitvoeringLaatDeTermijntimerOngemoeid() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, true));
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Timer_OphoudenVerstreken").singleResult();
    assertThat(timer).as("escalatietimer van het ophouden").isNotNull();
    int retries = timer.getRetries();

    for (String gebruiker : new String[] {"shn", "shn", "shn", "ovj", "politie", "vt", "supervisor"}) {
      HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).post("/engine-rest/job/" + timer.getId() + "/execute", "");
      assertThat(antwoord.statusCode()).as(gebruiker + ": " + antwoord.body()).isEqualTo(403);
    }
    ApiClient shn = ApiClient.als(port, "shn");
    assertThat(shn.put("/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\":0}").statusCode()).isEqualTo(403);
    assertThat(shn.put("/engine-rest/job/" + timer.getId() + "/duedate", "{\"duedate\":\"2099-01-01T00:00:00.000+0100\"}")
        .statusCode()).isEqualTo(403);
    assertThat(shn.put("/engine-rest/job/" + timer.getId() + "/suspended", "{\"suspended\":true}").statusCode()).isEqualTo(403);

    Job daarna = processEngine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(daarna).as("de timer bestaat nog").isNotNull();
    assertThat(daarna.getRetries()).isEqualTo(retries);
    assertThat(daarna.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(daarna.isSuspended()).isFalse();
    assertThat(daarna.getExceptionMessage()).isNull();
  }

  @Test
  void deSupervisorSchrijftGeenOpmerkingenOfBijlagen() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, true));
    Task taak = stappen.taak(pi, "Task_VermoedenBeoordelen");

    HttpResponse<String> opmerking = ApiClient.als(port, "supervisor").post("/engine-rest/task/" + taak.getId() + "/comment/create",
        "{\"message\":\"Ik kijk mee.\"}");
    assertThat(opmerking.statusCode()).as(opmerking.body()).isEqualTo(403);
    assertThat(bijlage("supervisor", taak.getId()).statusCode()).isEqualTo(403);
    assertThat(processEngine.getTaskService().getTaskComments(taak.getId())).isEmpty();
    assertThat(processEngine.getTaskService().getTaskAttachments(taak.getId())).isEmpty();
    // who cannot even see the task is refused before the comment (the REST API answers "task not found")
    for (String gebruiker : new String[] {"procesbeheerder", "rechtspraak"}) {
      assertThat(ApiClient.als(port, gebruiker).post("/engine-rest/task/" + taak.getId() + "/comment/create",
          "{\"message\":\"x\"}").statusCode()).as(gebruiker).isIn(400, 403, 404);
    }
    assertThat(processEngine.getTaskService().getTaskComments(taak.getId())).isEmpty();
  }

  @Test
  void eenDeploymentMetZakenVerwijdertAlleenDeBeheerder() {
    String metZaak = processEngine.getRepositoryService().createDeployment().name("test-met-zaak")
        .addModelInstance("test-met-zaak.bpmn", Bpmn.createExecutableProcess("testMetZaak").camundaHistoryTimeToLive(1)
            .startEvent().userTask("wachten").endEvent().done()).deploy().getId();
    ProcessInstance zaak = processEngine.getRuntimeService().startProcessInstanceByKey("testMetZaak");
    String zonderZaak = processEngine.getRepositoryService().createDeployment().name("test-zonder-zaak")
        .addModelInstance("test-zonder-zaak.bpmn", Bpmn.createExecutableProcess("testZonderZaak").camundaHistoryTimeToLive(1)
            .startEvent().userTask("wachten").endEvent().done()).deploy().getId();
    ApiClient beheer = ApiClient.als(port, "procesbeheerder");

    HttpResponse<String> cascade = beheer.delete("/engine-rest/deployment/" + metZaak + "?cascade=true");
    assertThat(cascade.statusCode()).as(cascade.body()).isEqualTo(403);
    assertThat(cascade.body()).contains("alleen de beheerder");
    assertThat(beheer.delete("/engine-rest/deployment/" + metZaak).statusCode()).isEqualTo(403);
    String definitie = processEngine.getRepositoryService().createProcessDefinitionQuery().deploymentId(metZaak)
        .singleResult().getId();
    assertThat(beheer.delete("/engine-rest/process-definition/" + definitie + "?cascade=true").statusCode()).isEqualTo(403);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(zaak.getId()).count()).isEqualTo(1);
    assertThat(processEngine.getRepositoryService().createDeploymentQuery().deploymentId(metZaak).count()).isEqualTo(1);

    assertThat(beheer.delete("/engine-rest/deployment/" + zonderZaak).statusCode()).as("een model zonder zaken").isEqualTo(204);
    HttpResponse<String> beheerder = ApiClient.als(port, "demo").delete("/engine-rest/deployment/" + metZaak + "?cascade=true");
    assertThat(beheerder.statusCode()).as(beheerder.body()).isEqualTo(204);
  }

  /** POST /task/{id}/attachment/create is multipart/form-data. */
  private HttpResponse<String> bijlage(String gebruiker, String taakId) {
    String grens = "----zsm-test-grens";
    String body = "--" + grens + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nnotitie.txt\r\n"
        + "--" + grens + "\r\nContent-Disposition: form-data; name=\"attachment-description\"\r\n\r\nNotitie\r\n"
        + "--" + grens + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\ntext/plain\r\n"
        + "--" + grens + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"notitie.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nIk kijk mee.\r\n--" + grens + "--\r\n";
    HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/task/" + taakId
            + "/attachment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + grens)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
