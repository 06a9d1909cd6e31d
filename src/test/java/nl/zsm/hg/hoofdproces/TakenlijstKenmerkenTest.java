package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every task carries what the task lists show of its case: vast/niet-vast, label and deadline as a clock time. */
@ZsmSpringTest
class TakenlijstKenmerkenTest {

  @Autowired ProcessEngine processEngine;

  @Test
  void eenTaakVanEenVastzaakToontSoortLabelEnTermijnInAmsterdamseTijd() {
    BpmnAwareTests.init(processEngine);
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    Map<String, Object> intake = HgZaakStappen.intake(35, true);
    intake.put("labelExPartnerstalking", true);
    ProcessInstance pi = stappen.start(intake);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    new SashStappen(processEngine).sashInvullen(pi, false, "laag"); // with the label the SASH comes before the decision
    Task vraag1 = stappen.taak(pi, "Task_Vrijheidsbeneming");

    Map<String, Object> kolommen = processEngine.getTaskService().getVariablesLocal(vraag1.getId());
    assertThat(kolommen).containsEntry("takenlijstZaaknummer", pi.getBusinessKey()).containsEntry("zaakSoort", "vastzaak").containsEntry("zaakLabel", "HG en ex-partnerstalking");
    assertThat(vraag1.getDueDate()).as("vasthouden of heenzenden: het einde van het ophouden").isNotNull();
    String verwacht = java.time.format.DateTimeFormatter.ofPattern("HH:mm 'op' dd-MM-yyyy")
        .format(vraag1.getDueDate().toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam")));
    assertThat(kolommen).containsEntry("termijnTot", verwacht);
  }

  @Test
  void eenNietVastzaakMetAlleenHetLabelHg() {
    BpmnAwareTests.init(processEngine);
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(35, false));
    List<Task> taken = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
    assertThat(taken).isNotEmpty().allSatisfy(t -> assertThat(processEngine.getTaskService().getVariablesLocal(t.getId()))
        .containsEntry("zaakSoort", "niet-vastzaak").containsEntry("zaakLabel", "HG"));
  }
}
