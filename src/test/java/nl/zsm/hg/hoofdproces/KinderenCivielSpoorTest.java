package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, children: kinderenInGezin drives the joint triage of VT and the RvdK and the RvdK's civil role when the
 * suspect is an adult (Werkwijze stap 2, L635-650 and L684-704; Evaluatie L3208-3212), decided by the DMN
 * KinderenTriage in vtVeiligheidsbeoordeling.
 */
@ZsmSpringTest
class KinderenCivielSpoorTest extends HoofdprocesScenario {

  @Test
  void meerderjarigeVerdachteMetKinderen_deRvdkBeoordeeltHetCivieleSpoorVoorVtDeVoorwaardenOpstelt() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(34, false));
    ProcessInstance vt = naarTriage(pi);

    Task rvdk = stappen.taak(vt, "Activity_RvdkCivielSpoor");
    assertThat(stappen.groepen(rvdk)).containsExactly("rvdk");
    assertThat(rvdk.getDueDate()).as("termijn van de veiligheidsbeoordeling").isNotNull();
    assertThat((String) processEngine.getTaskService().getVariable(rvdk.getId(), "kinderenTriageGrond"))
        .contains("kinderen in het gezin");
    processEngine.getTaskService().complete(rvdk.getId(), Map.of("beschermingsonderzoek", "STARTEN",
        "civielSpoorToelichting", "Verzoek tot Onderzoek; kinderen gesproken door VT."));

    // VT formulates the conditions with the RvdK's input in view
    Task voorwaarden = stappen.taak(vt, "Activity_Voorwaarden");
    assertThat(processEngine.getTaskService().getVariable(voorwaarden.getId(), "beschermingsonderzoek")).isEqualTo("STARTEN");
    processEngine.getTaskService().complete(voorwaarden.getId(), Map.of("veiligheidsvoorwaarden", "Geen contact.",
        "veiligheidsafspraken", "Oma haalt de kinderen op.", "toezichtOpNaleving", "Wijkteam."));
    assertThat(pi).variables().containsEntry("rvdkCivielSpoor", true).containsEntry("beschermingsonderzoek", "STARTEN");
  }

  @Test
  void meerderjarigeVerdachteZonderKinderen_geenTaakVoorDeRvdk() {
    Map<String, Object> intake = HgZaakStappen.intake(34, false);
    intake.put("kinderenInGezin", false);
    ProcessInstance pi = stappen.start(intake);
    ProcessInstance vt = naarTriage(pi);
    assertThat(vt).hasPassed("Activity_KinderenTriage").hasNotPassed("Activity_RvdkCivielSpoor").isWaitingAt("Activity_Voorwaarden");
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(vt.getId()).taskCandidateGroup("rvdk").count()).isZero();
  }

  @Test
  void minderjarigeVerdachte_deRvdkIsAlAdviseur_geenAparteTaak() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(16, false));
    ProcessInstance vt = naarTriage(pi);
    assertThat(vt).hasNotPassed("Activity_RvdkCivielSpoor").isWaitingAt("Activity_Voorwaarden");
    assertThat(vt).variables().containsEntry("rvdkCivielSpoor", false);
  }

  @Test
  void deBeslissingKinderenTriage_onbekendTeltAlsWelKinderen() {
    assertThat(triage(40, true)).containsEntry("rvdkCivielSpoor", true);
    assertThat(triage(40, null)).containsEntry("rvdkCivielSpoor", true);
    assertThat(triage(40, false)).containsEntry("rvdkCivielSpoor", false);
    assertThat(triage(17, true)).containsEntry("rvdkCivielSpoor", false);
    assertThat(triage(18, true)).containsEntry("rvdkCivielSpoor", true);
  }

  private Map<String, Object> triage(int leeftijd, Boolean kinderen) {
    Map<String, Object> invoer = new HashMap<>();
    invoer.put("leeftijdVerdachte", leeftijd);
    invoer.put("kinderenInGezin", kinderen);
    return processEngine.getDecisionService().evaluateDecisionTableByKey("KinderenTriage", invoer).getSingleResult();
  }

  /** Niet-vast case: the adviser's navraag and VT's acute assessment (acute), up to the triage on children. */
  private ProcessInstance naarTriage(ProcessInstance pi) {
    ProcessInstance vt = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("vtVeiligheidsbeoordeling").singleResult();
    Task navraag = stappen.taak(vt, "Activity_NavraagAdviseur");
    processEngine.getTaskService().complete(navraag.getId(), Map.of("informatieAdviseur", "Navraag gedaan.",
        "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit"));
    Map<String, Object> v = new HashMap<>();
    for (String vraag : List.of("achtJaarsFeit", "vuurwapen", "geweldTijdensZwangerschap", "seksueelMisbruik",
        "onthoudenZorgAcuut", "intiemTerreurOfGeweld", "dreigingMetGeweldOfDoden", "stalkingSlachtofferZeerBang",
        "schendingVeiligheidsvoorwaarden", "zichtDoorDerden")) {
      v.put(vraag, "nee");
    }
    v.put("letselOfVerwurging", "ja");
    v.put("verdachteHeeftToegang", "ja");
    for (String vink : List.of("voortdurendeOnveiligeSituatie", "fysiekGeweld", "psychischGeweld", "seksueelGeweld",
        "verwaarlozing", "bijzondereVormen")) {
      v.put(vink, false);
    }
    v.put("onveiligeGebeurtenissen", "Letsel.");
    v.put("aantalEerdereIncidenten", 0);
    processEngine.getTaskService().complete(stappen.taak(vt, "Activity_Inventariseren").getId(), v);
    return vt;
  }
}
