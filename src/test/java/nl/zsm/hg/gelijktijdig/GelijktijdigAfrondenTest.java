package nl.zsm.hg.gelijktijdig;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.hoofdproces.HgZaakStappenVoorTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: two organisations complete their tasks in two parallel branches of one case at the same moment (both
 * end their branch and so update the case's execution). Optimistic locking may refuse one of them; that answer is
 * 409 with a Dutch message (never 500), nothing changed, and clicking again succeeds.
 */
@ZsmSpringTest
class GelijktijdigAfrondenTest {

  private static final int RONDES = 6;

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void tweeTakenTegelijk_204Of409_opnieuwProberenLukt() throws Exception {
    List<String> onverwacht = new ArrayList<>();
    int botsingen = 0;
    for (int ronde = 0; ronde < RONDES; ronde++) {
      ProcessInstance zaak = HgZaakStappenVoorTests.naAfdoeningsbeslissing(engine);
      String adviseur = taak(zaak, "Task_AdviseurKennisnemen");
      String vt = taak(zaak, "Task_VtOverdracht");
      CyclicBarrier samen = new CyclicBarrier(2);
      CompletableFuture<HttpResponse<String>> eerste = CompletableFuture.supplyAsync(() -> klik(samen, "reclassering",
          adviseur, "{}"));
      HttpResponse<String> tweede = klik(samen, "vt", vt,
          "{\"overdrachtLokaalTeam\":{\"value\":\"Wijkteam Noord\",\"type\":\"String\"}}");
      for (HttpResponse<String> antwoord : List.of(eerste.get(30, TimeUnit.SECONDS), tweede)) {
        if (antwoord.statusCode() == 409) {
          botsingen++;
          assertThat(antwoord.body()).contains("GelijktijdigGewijzigd",
              "Deze zaak is net door iemand anders gewijzigd; probeer het opnieuw.");
        } else if (antwoord.statusCode() != 204) {
          onverwacht.add("ronde " + ronde + ": HTTP " + antwoord.statusCode() + " " + antwoord.body());
        }
      }
      // whoever got 409 clicks again: it succeeds, and both tasks are done exactly once
      for (Map.Entry<String, String[]> opnieuw : Map.of(adviseur, new String[] {"reclassering", "{}"}, vt,
          new String[] {"vt", "{\"overdrachtLokaalTeam\":{\"value\":\"Wijkteam Noord\",\"type\":\"String\"}}"})
          .entrySet()) {
        if (engine.getTaskService().createTaskQuery().taskId(opnieuw.getKey()).count() > 0) {
          HttpResponse<String> nogmaals = ApiClient.als(port, opnieuw.getValue()[0])
              .post("/engine-rest/task/" + opnieuw.getKey() + "/complete", "{\"variables\":" + opnieuw.getValue()[1] + "}");
          assertThat(nogmaals.statusCode()).as(nogmaals.body()).isEqualTo(204);
        }
      }
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(zaak.getId())
          .taskDefinitionKey("Task_VtOverdracht").finished().count()).isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(zaak.getId())
          .taskDefinitionKey("Task_AdviseurKennisnemen").finished().count()).isEqualTo(1);
    }
    System.out.println("GelijktijdigAfrondenTest: " + botsingen + " botsingen (409) in " + RONDES + " rondes");
    assertThat(onverwacht).as("alleen 204 of 409").isEmpty();
  }

  private String taak(ProcessInstance zaak, String sleutel) {
    return engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(sleutel)
        .singleResult().getId();
  }

  private HttpResponse<String> klik(CyclicBarrier samen, String gebruiker, String taak, String variabelen) {
    try {
      samen.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return ApiClient.als(port, gebruiker).post("/engine-rest/task/" + taak + "/complete",
        "{\"variables\":" + variabelen + "}");
  }
}
