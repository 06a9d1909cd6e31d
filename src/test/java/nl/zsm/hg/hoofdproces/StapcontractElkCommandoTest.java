package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: the step contract is checked inside each completing command (sharing its lookup of the task), never
 * remembered from an earlier command. After a step was accepted, the next completion of the re-opened step and of
 * another organisation's step is checked again: a foreign or changed read-only field is refused with 400 and
 * nothing changes.
 */
@ZsmSpringTest
class StapcontractElkCommandoTest extends HoofdprocesScenario {

  @LocalServerPort int port;

  @Test
  void naEenGeaccepteerdeStapWordtDeHeropendeStapEnDieVanEenAnderOpnieuwGecontroleerd() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(45, false));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    ApiClient ovj = ApiClient.als(port, "ovj");
    String eerste = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();

    HttpResponse<String> alsnog = ovj.post("/engine-rest/task/" + eerste + "/submit-form",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"ALSNOG_AANHOUDEN\"},\"vast\":{\"value\":false}}}");
    assertThat(alsnog.statusCode()).as(alsnog.body()).isEqualTo(204);
    String heropend = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();
    assertThat(heropend).isNotEqualTo(eerste);

    HttpResponse<String> vreemd = ovj.post("/engine-rest/task/" + heropend + "/complete",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"INVERZEKERINGSTELLING\"},"
            + "\"slachtofferEmail\":{\"value\":\"ander@example.org\"}}}");
    assertThat(vreemd.statusCode()).as(vreemd.body()).isEqualTo(400);
    assertThat(vreemd.body()).contains("slachtofferEmail");
    HttpResponse<String> vastGewijzigd = ovj.post("/engine-rest/task/" + heropend + "/complete",
        "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"INVERZEKERINGSTELLING\"},\"vast\":{\"value\":false}}}");
    assertThat(vastGewijzigd.statusCode()).as(vastGewijzigd.body()).isEqualTo(400);
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "slachtofferEmail")).isEqualTo("a.devries@example.org");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vast")).isEqualTo(true);
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing")).isNotEqualTo("INVERZEKERINGSTELLING");

    Task vtTaak = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskCandidateGroup("veilig-thuis").list().stream().findFirst().orElseThrow();
    HttpResponse<String> anderVreemd = ApiClient.als(port, "vt").post("/engine-rest/task/" + vtTaak.getId() + "/complete",
        "{\"variables\":{\"adviseurGroep\":{\"value\":\"om\"}}}");
    assertThat(anderVreemd.statusCode()).as(anderVreemd.body()).isEqualTo(400);
    assertThat(anderVreemd.body()).contains("adviseurGroep");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(vtTaak.getId()).count()).isEqualTo(1);
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "adviseurGroep")).isEqualTo("reclassering");
  }
}
