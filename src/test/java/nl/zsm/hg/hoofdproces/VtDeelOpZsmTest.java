package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, VT's part at ZSM (Evaluatie L3027-3031, L3462-3472): VT delivers the acute part in time; the RvdK's
 * triage and VT's veiligheidsvoorwaarden may follow after ZSM and do not hold up the evidence assessment or the
 * afdoening. At night, without VT, the OvJ decides anyway and unknown counts as acute.
 */
@ZsmSpringTest
class VtDeelOpZsmTest extends HoofdprocesScenario {

  @Test
  void hetAcuteDeelVanVtIsGenoegVoorDeBewijsbeoordeling_deVoorwaardenVolgenNaZsm() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(34, false));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    assertThat(stappen.taakOpen(pi, "Task_BewijsBeoordelen")).as("wacht op VT").isNull();

    ProcessInstance vt = acuutDeelGeleverd(pi, "nee");

    // the RvdK's triage and VT's conditions are still open, the OvJ assesses the evidence already
    assertThat(vt).isWaitingAt("Activity_RvdkCivielSpoor");
    assertThat(pi).hasPassed("Task_AcuutDeelVt").variables()
        .containsEntry("onveiligheid", "STRUCTUREEL").containsEntry("acuutOnveilig", false)
        .containsEntry("acuutDeelVtBekend", true);
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE", "ernstigeBezwaren", false));
    assertThat(stappen.taakOpen(pi, "Task_Afdoeningsbeslissing")).isNotNull();

    // after ZSM: the RvdK and VT finish; the conditions reach the case
    stappen.voltooiIn(vt, "Activity_RvdkCivielSpoor", Map.of("beschermingsonderzoek", "NIET_NODIG",
        "civielSpoorToelichting", "Kinderen gesproken."));
    stappen.voltooiIn(vt, "Activity_Voorwaarden", Map.of("veiligheidsvoorwaarden", "Geen contact zonder toezicht.",
        "toezichtOpNaleving", "Wijkteam."));
    assertThat(pi).hasPassed("End_VeiligheidsbeoordelingVoltooid").variables()
        .containsEntry("veiligheidsvoorwaarden", "Geen contact zonder toezicht.");
  }

  @Test
  void eenAangehoudenVerdachteZonderAcuteOnveiligheidVolgensVt_magZonderMaatregelVrijVoorDeVoorwaardenErZijn() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(34, true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    ProcessInstance vt = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("vtVeiligheidsbeoordeling").singleResult();
    stappen.voltooiIn(vt, "Activity_InformatieAdviseur", Map.of("informatieAdviseur", "Vroeghulp.",
        "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit", "lopendOnderzoekOfBeschermingsmaatregel", false));
    stappen.voltooiIn(vt, "Activity_InformatiePolitie", Map.of("informatiePolitie", "Duwen, geen letsel."));
    stappen.voltooiIn(vt, "Activity_Inventariseren", antwoorden("nee", true));
    assertThat(vt).isWaitingAt("Activity_RvdkCivielSpoor");

    // VT's acute part says: not acute; the conditions are not there yet, the release needs no measure
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));
    assertThat(pi).hasPassed("Task_HeenzendenToetsen");
  }

  @Test
  void sNachtsZonderVt_beslistDeOfficierToch_onbekendTeltAlsAcuut() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(34, true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    Task beslissing = stappen.taak(pi, "Task_Vrijheidsbeneming");
    assertThatThrownBy(() -> processEngine.getTaskService().complete(beslissing.getId(), Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen())))
        .hasMessageContaining("nog geen veiligheidsbeoordeling");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("GEDRAGSAANWIJZING_509HH")));
    // VT picks the case up in the morning: its assessment is still open
    assertThat(pi).isWaitingAt("Call_Veiligheidsbeoordeling", "Task_AcuutDeelVt");
  }

  private ProcessInstance acuutDeelGeleverd(ProcessInstance pi, String letsel) {
    ProcessInstance vt = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("vtVeiligheidsbeoordeling").singleResult();
    stappen.voltooiIn(vt, "Activity_NavraagAdviseur", Map.of("informatieAdviseur", "Navraag gedaan.",
        "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit"));
    stappen.voltooiIn(vt, "Activity_Inventariseren", antwoorden(letsel, true));
    return vt;
  }

  /** VT's answers: every acute question 'nee' except letsel as given; structural with three earlier incidents or not. */
  private static Map<String, Object> antwoorden(String letsel, boolean structureel) {
    Map<String, Object> v = new HashMap<>();
    for (String vraag : List.of("achtJaarsFeit", "vuurwapen", "geweldTijdensZwangerschap", "seksueelMisbruik",
        "onthoudenZorgAcuut", "intiemTerreurOfGeweld", "dreigingMetGeweldOfDoden", "stalkingSlachtofferZeerBang",
        "schendingVeiligheidsvoorwaarden", "zichtDoorDerden")) {
      v.put(vraag, "nee");
    }
    v.put("letselOfVerwurging", letsel);
    v.put("verdachteHeeftToegang", "ja");
    v.put("voortdurendeOnveiligeSituatie", structureel);
    v.put("fysiekGeweld", structureel);
    for (String vink : List.of("psychischGeweld", "seksueelGeweld", "verwaarlozing", "bijzondereVormen")) {
      v.put(vink, false);
    }
    v.put("onveiligeGebeurtenissen", "Duwen.");
    v.put("aantalEerdereIncidenten", structureel ? 3 : 0);
    return v;
  }
}
