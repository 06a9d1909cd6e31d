package nl.zsm.hg.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bean {@code termijnen} as BPMN uses it: a user task's due date and a boundary timer's
 * timeDate from one expression. The small process is deployed by the test only.
 */
@ZsmSpringTest
class TermijnenInBpmnTest {

  private static final String PROCES = "termijnenVoorbeeldTest";

  @Autowired private RepositoryService repositoryService;
  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private ManagementService managementService;
  private String deploymentId;

  @BeforeEach
  void deployVoorbeeld() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCES)
        .name("Voorbeeld termijnen (test)")
        .camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("beslissen").name("Beslissen vasthouden of heenzenden")
        .camundaDueDate("${termijnen.ophoudenUiterlijk(tijdstipAanhouding)}")
        .boundaryEvent("termijnVerstreken").name("Ophouden verstreken")
        .timerWithDate("${termijnen.ophoudenUiterlijk(tijdstipAanhouding, voorlopigeHechtenisToegestaan, transportMinuten, nachtverhoren)}")
        .endEvent()
        .moveToActivity("beslissen")
        .userTask("beoordelen").name("Veiligheidsbeoordeling")
        .camundaDueDate("${termijnen.veiligheidsbeoordelingUiterlijk(" + ZsmHuiselijkGeweldContract.DATUM_VT_MELDING + ")}")
        .endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().name("termijnen-test")
        .addModelInstance(PROCES + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void verwijderVoorbeeld() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void vervaldatum_en_timer_volgen_de_wettelijke_telling() {
    Date aanhouding = Date.from(OffsetDateTime.parse("2026-03-28T22:00+01:00").toInstant());

    ProcessInstance zaak = runtimeService.startProcessInstanceByKey(PROCES, Map.of(
        ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING, aanhouding,
        ZsmHuiselijkGeweldContract.VOORLOPIGE_HECHTENIS_TOEGESTAAN, false,
        ZsmHuiselijkGeweldContract.TRANSPORT_MINUTEN, 30,
        ZsmHuiselijkGeweldContract.NACHTVERHOREN, "2026-03-29T01:00+01:00/2026-03-29T01:30+01:00",
        ZsmHuiselijkGeweldContract.DATUM_VT_MELDING, "2026-04-01"));

    Task beslissen = taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult();
    assertThat(beslissen.getTaskDefinitionKey()).isEqualTo("beslissen");
    // 22:00-24:00 = 2 uur; nacht telt niet; 09:00 (zomertijd) + 7 uur = 16:00+02:00
    assertThat(beslissen.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-03-29T16:00+02:00").toInstant()));
    Job timer = managementService.createJobQuery().processInstanceId(zaak.getId()).timers().singleResult();
    // 6 uur + 30 min transport: 2 uur op zaterdag, 30 min nachtverhoor, 4 uur vanaf 09:00 = 13:00+02:00
    assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-03-29T13:00+02:00").toInstant()));

    taskService.complete(beslissen.getId());

    Task beoordelen = taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult();
    assertThat(beoordelen.getTaskDefinitionKey()).isEqualTo("beoordelen");
    // melding woensdag 1-4-2026, Pasen: uiterlijk vrijdag 10-4-2026 einde van de dag
    assertThat(beoordelen.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-04-10T23:59:59+02:00").toInstant()));
  }
}
