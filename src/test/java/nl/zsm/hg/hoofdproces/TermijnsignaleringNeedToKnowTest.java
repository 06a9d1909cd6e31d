package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, need-to-know: the ZSM-supervisor must see no data of the victim. Its deadline tasks (warnings and
 * overschrijdingen) used to sit in the case itself, so through them (task variables, form variables) the supervisor
 * read every case variable. They now live in the called process zsmTermijnsignalering, which receives only the
 * deadline facts; the supervisor is a candidate on no task of the case.
 */
@ZsmSpringTest
class TermijnsignaleringNeedToKnowTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What a deadline task may show: the deadline facts and Tasklist's list facts. */
  private static final List<String> TERMIJNFEITEN = List.of("signaal", "zaaknummer", "termijn", "termijnUiterlijk",
      "termijnEinde", "termijnUitleg", "takenlijstZaaknummer", "zaakSoort", "zaakLabel", "termijnTot");

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;

  @AfterEach
  void klokTerug() {
    new Termijnklok(processEngine).herstel();
  }

  @Test
  void deSupervisorLeestViaDeTermijntakenAlleenDeTermijnfeiten() throws Exception {
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    Termijnklok klok = new Termijnklok(processEngine);
    klok.zetOp("2026-11-25T11:05:00+01:00");
    Map<String, Object> intake = HgZaakStappen.intake(38, true);
    intake.put("tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    ProcessInstance pi = stappen.start(intake);
    assertThat(klok.gaatAfOp(pi, "2026-11-25T17:30:00+01:00")).contains("Timer_WaarschuwingOphouden");
    assertThat(klok.gaatAfOp(pi, "2026-11-25T20:00:00+01:00")).contains("Timer_OphoudenVerstreken");
    klok.herstel();

    ApiClient supervisor = ApiClient.als(port, "supervisor");
    for (String sleutel : List.of("Task_WaarschuwingOphouden", "Task_OphoudenOverschreden",
        "Task_WaarschuwingVeiligheidsbeoordeling", "Task_VeiligheidsbeoordelingOverschreden")) {
      String taak = stappen.taak(pi, sleutel).getId();
      for (String pad : List.of("/engine-rest/task/" + taak + "/variables",
          "/engine-rest/task/" + taak + "/form-variables")) {
        HttpResponse<String> antwoord = supervisor.get(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        assertThat(antwoord.body()).as(pad)
            .doesNotContain("06 12345678", "A. de Vries", "a.devries@example.org", "slachtoffer");
        List<String> namen = new ArrayList<>();
        JSON.readTree(antwoord.body()).fieldNames().forEachRemaining(namen::add);
        assertThat(namen).as(sleutel + " " + pad).contains("termijn", "termijnUiterlijk").isSubsetOf(TERMIJNFEITEN);
      }
    }
    // leave no open deadline tasks behind for the task lists of other tests
    processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "test klaar");
  }

  @Test
  void deSupervisorIsOpGeenTaakVanDeZaakKandidaat() {
    ProcessDefinition zaak = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(HgZaakStappen.PROCES).latestVersion().singleResult();
    List<String> metSupervisor = processEngine.getRepositoryService().getBpmnModelInstance(zaak.getId())
        .getModelElementsByType(UserTask.class).stream()
        .filter(t -> String.valueOf(t.getCamundaCandidateGroups()).contains("zsm-supervisor"))
        .map(UserTask::getId).toList();
    assertThat(metSupervisor).isEmpty();
  }
}
