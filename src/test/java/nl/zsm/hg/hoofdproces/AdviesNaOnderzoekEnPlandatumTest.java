package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, advice where the source asks it (Werkwijze stap 3, L578-597): after an onderzoeksplan the OvJ assesses
 * the evidence again and, with enough evidence and unsafety, 3RO/RvdK advise; during a plandatum 3RO/RvdK bring out
 * their advice, which the OvJ has when the case comes back on the plandatum.
 */
@ZsmSpringTest
class AdviesNaOnderzoekEnPlandatumTest extends HoofdprocesScenario {

  @Test
  void naHetOnderzoeksplanEenNieuweBewijsbeoordeling_enDanAdviesVanDeReclassering() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(30, false));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("STRUCTUREEL"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE_ONDERZOEK_MOGELIJK", "ernstigeBezwaren", false));
    stappen.voltooi(pi, "Task_OnderzoeksplanMaken", "politie", Map.of("onderzoeksplan", "Buren horen."));
    stappen.voltooi(pi, "Task_OnderzoeksplanAccorderen", "om", Map.of("onderzoeksplanGeaccordeerd", true));
    stappen.voltooi(pi, "Task_OnderzoeksplanUitvoeren", "politie", Map.of("onderzoeksresultaten", "Buren bevestigen."));

    assertThat(stappen.taakOpen(pi, "Task_Afdoeningsbeslissing")).as("niet meteen naar de afdoening").isNull();
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", false));

    assertThat(pi).variables().containsEntry("route", "ADVIES_EN_VEILIGHEIDSPLAN");
    assertThat(pi).isWaitingAt("Call_Advies");
    stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Strafbeschikking met contactverbod.",
        "adviesAfdoening", "STRAFBESCHIKKING", "adviesUitgebrachtDoor", "reclassering"));
    assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing").variables()
        .containsEntry("adviesAfdoening", "STRAFBESCHIKKING");
    assertThat(stappen.kandidaatgroepen).contains("reclassering");
  }

  @Test
  void tijdensDePlandatumBrengtDeReclasseringHaarAdviesUit_deOfficierHeeftHetOpDePlandatum() {
    ProcessInstance pi = stappen.naarAfdoeningsbeslissing();
    LocalDate plandatum = LocalDate.now().plusWeeks(2);
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", Map.of("afdoeningsbeslissing", "PLANDATUM",
        "plandatum", plandatum.toString(), "toelichtingAfdoening", "Advies reclassering afwachten.",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));

    assertThat(pi).isWaitingAt("Timer_Plandatum", "Call_AdviesPlandatum");
    ProcessInstance advies = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("adviesReclasseringRvdk").singleResult();
    assertThat(advies.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(advies.getId()).list())
        .isNotEmpty().allSatisfy(t -> assertThat(stappen.groepen(t)).containsExactly("reclassering"));
    stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Voorwaardelijk sepot met hulpverlening.",
        "adviesAfdoening", "VOORWAARDELIJK_SEPOT", "adviesUitgebrachtDoor", "reclassering"));
    assertThat(pi).hasPassed("End_AdviesPlandatum");

    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId("Timer_Plandatum").singleResult();
    processEngine.getManagementService().executeJob(timer.getId());
    var taak = stappen.taak(pi, "Task_Afdoeningsbeslissing");
    assertThat(processEngine.getTaskService().getVariable(taak.getId(), "adviesAfdoening")).isEqualTo("VOORWAARDELIJK_SEPOT");
  }
}
