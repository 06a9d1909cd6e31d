package nl.zsm.hg.hoofdproces;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, Afdoeningsroute R6: no evidence and none can come (scenario a, Werkwijze L465-470) means a sepot, also
 * with acute onveiligheid and ernstige bezwaren; the case goes to the OvJ's decision, not to an onderzoeksplan.
 */
@ZsmSpringTest
class GeenBewijsSepotTest extends HoofdprocesScenario {

  @Test
  void acuutOnveiligMetErnstigeBezwarenMaarZonderBewijsDatNogKanKomenIsSepot02() {
    ProcessInstance zaak = stappen.start(HgZaakStappen.intake(30, false));
    stappen.rondDeelprocesAf(zaak, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    stappen.rondDeelprocesAf(zaak, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", true));

    stappen.voltooi(zaak, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE", "ernstigeBezwaren", true));

    assertThat(zaak).variables().containsEntry("route", "SEPOT_02_VT_MET_POLITIE")
        .containsEntry("veiligheidsmaatregelenVereist", true);
    assertThat(zaak).isWaitingAt("Task_Afdoeningsbeslissing").hasNotPassed("Task_OnderzoeksplanMaken");
  }
}
