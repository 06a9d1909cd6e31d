package nl.zsm.hg.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The process zsmTermijnsignalering on its own: the case starts it with only the deadline facts; each signal
 * becomes the one task for the organisation that decides and/or the ZSM-supervisor, with the deadline's end as
 * due date, and the process ends when the task is done.
 */
@ZsmSpringTest
class TermijnsignaleringProcesTest extends DeelprocesTest {

  @Override
  protected String proces() {
    return "zsmTermijnsignalering";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "waarschuwingVeiligheidsbeoordeling;Task_WaarschuwingVeiligheidsbeoordeling;veilig-thuis,zsm-supervisor;Waarschuwing: veiligheidsbeoordeling Veilig Thuis uiterlijk 20:00 op 25-11-2026;End_WaarschuwingVeiligheidsbeoordelingGezien",
      "waarschuwingOphouden;Task_WaarschuwingOphouden;om,zsm-supervisor;Waarschuwing: termijn ophouden verloopt om 20:00 op 25-11-2026;End_WaarschuwingOphoudenGezien",
      "waarschuwingInverzekeringstelling;Task_WaarschuwingInverzekeringstelling;om,zsm-supervisor;Waarschuwing: inverzekeringstelling eindigt om 20:00 op 25-11-2026;End_WaarschuwingInverzekeringstellingGezien",
      "veiligheidsbeoordelingOverschreden;Task_VeiligheidsbeoordelingOverschreden;zsm-supervisor;Termijn overschreden: veiligheidsbeoordeling Veilig Thuis;End_VeiligheidsbeoordelingOverschredenAfgehandeld",
      "ophoudenOverschreden;Task_OphoudenOverschreden;zsm-supervisor;Termijn overschreden: ophouden voor onderzoek;End_OphoudenOverschredenAfgehandeld",
      "inverzekeringstellingOverschreden;Task_InverzekeringstellingOverschreden;zsm-supervisor;Termijn overschreden: inverzekeringstelling;End_InverzekeringstellingOverschredenAfgehandeld"})
  void elkSignaalWordtDeEneTaakVoorWieDeTermijnAangaat(String signaal, String taakSleutel, String groepen, String naam,
      String einde) {
    Date termijnEinde = Date.from(Instant.parse("2026-11-25T19:00:00Z")); // 20:00 in Amsterdam
    Map<String, Object> v = new HashMap<>();
    v.put("signaal", signaal);
    v.put("zaaknummer", "ZSM-2026-820001");
    v.put("termijn", "een termijn");
    v.put("termijnUiterlijk", "20:00 op 25-11-2026");
    v.put("termijnEinde", termijnEinde);
    v.put("termijnUitleg", "Zo is geteld.");
    ProcessInstance signaalInstantie = start("ZSM-2026-820001", v);

    Task taak = taskService.createTaskQuery().processInstanceId(signaalInstantie.getId()).singleResult();
    assertThat(taak.getTaskDefinitionKey()).isEqualTo(taakSleutel);
    assertThat(taak.getName()).isEqualTo(naam);
    assertThat(taak.getDueDate()).isEqualTo(termijnEinde);
    assertThat(taken.kandidaatgroepen(taak)).containsExactlyInAnyOrder(groepen.split(","));
    taskService.complete(taak.getId(), signaal.endsWith("Overschreden")
        ? Map.of("termijnAfhandeling", "Gebeld.") : Map.of());
    assertThat(signaalInstantie).isEnded().hasPassed(taakSleutel, einde);
  }
}
