package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, stalking before the decision (Werkwijze stap 2, L359-364 and L422-426): with the label
 * ex-partnerstalking the SASH is done before the OvJ decides on vasthouden of heenzenden; its outcome reaches the
 * OvJ (read-only on the form) and VT's assessment (the criterion stalkingSlachtofferZeerBang). The 9-hour term goes
 * first: at the warning moment the OvJ decides without the SASH.
 */
@ZsmSpringTest
class StalkingVoorBeslissingTest {

  @Autowired ProcessEngine processEngine;

  private HgZaakStappen stappen;
  private SashStappen sash;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
    stappen = new HgZaakStappen(processEngine);
    sash = new SashStappen(processEngine);
  }

  @Test
  void metHetLabelBeslistDeOfficierPasNaDeSash_enVtEnOfficierKennenHaarUitkomst() {
    ProcessInstance pi = start(true);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));

    // the stalking approach runs from the intake; the OvJ's liberty decision waits for the SASH
    assertThat(stappen.taakOpen(pi, "Task_Vrijheidsbeneming")).as("beslissing vóór de SASH").isNull();
    assertThat(pi).isWaitingAt("Gateway_SashOfTijd", "Call_StalkingAanpak");

    sash.sashInvullen(pi, true, "laag");

    Task beslissing = stappen.taak(pi, "Task_Vrijheidsbeneming");
    assertThat(processEngine.getTaskService().getVariable(beslissing.getId(), "risiconiveau")).isEqualTo("hoog");
    assertThat((String) processEngine.getTaskService().getVariable(beslissing.getId(), "risiconiveauGrond"))
        .contains("doodsangst");
    assertThat(pi).hasPassed("Event_SashUitkomst").hasNotPassed("Timer_SashTeLaat");
    // the stalking approach itself goes on (routekaart, actions), the decision does not wait for that
    assertThat(sash.stalkingaanpak(pi)).isNotNull();

    // VT sees the SASH outcome and it counts in the decision AcuteOnveiligheid, even when VT answered 'nee'
    ProcessInstance vt = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("vtVeiligheidsbeoordeling").singleResult();
    stappen.voltooiIn(vt, "Activity_InformatieAdviseur", Map.of("informatieAdviseur", "Vroeghulp gedaan.",
        "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit", "lopendOnderzoekOfBeschermingsmaatregel", false));
    stappen.voltooiIn(vt, "Activity_InformatiePolitie", Map.of("informatiePolitie", "Staat dagelijks voor de deur."));
    Task inventariseren = stappen.taak(vt, "Activity_Inventariseren");
    assertThat(processEngine.getTaskService().getVariable(inventariseren.getId(), "risiconiveau")).isEqualTo("hoog");
    processEngine.getTaskService().complete(inventariseren.getId(), alleenToegangZonderZicht());
    assertThat(vt).variables().containsEntry("acuutOnveilig", true);
    assertThat((String) processEngine.getRuntimeService().getVariable(vt.getId(), "acuutGronden")).containsIgnoringCase("stalking");
  }

  @Test
  void zonderSashOpHetWaarschuwingsmoment_beslistDeOfficierToch_enDeLateSashKomtAlleenInDeZaak() {
    ProcessInstance pi = start(true);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(stappen.taakOpen(pi, "Task_Vrijheidsbeneming")).isNull();

    sash.tijdOmTeBeslissen(pi);

    Task beslissing = stappen.taak(pi, "Task_Vrijheidsbeneming");
    assertThat(processEngine.getTaskService().getVariable(beslissing.getId(), "risiconiveau")).isNull();
    assertThat(pi).hasPassed("Timer_SashTeLaat").hasNotPassed("Event_SashUitkomst");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));

    // the SASH that comes later is recorded in the case for the afdoening, without a second decision
    sash.sashInvullen(pi, false, "gemiddeld");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "risiconiveau")).isEqualTo("gemiddeld");
    assertThat(stappen.taakOpen(pi, "Task_Vrijheidsbeneming")).isNull();
  }

  @Test
  void zonderLabelBeslistDeOfficierMeteen() {
    ProcessInstance pi = start(false);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(stappen.taakOpen(pi, "Task_Vrijheidsbeneming")).isNotNull();
    assertThat(pi).hasPassed("End_StalkingNaBeslissing").hasNotPassed("Call_StalkingAanpak");
  }

  @Test
  void hetFormulierVanDeOfficierToontDeSashAlleenLezen() throws Exception {
    JsonNode formulier = new ObjectMapper().readTree(Files.readString(Path.of("forms/hg-vrijheidsbeneming.form")));
    Map<String, Boolean> alleenLezen = new HashMap<>();
    formulier.path("components").forEach(c -> alleenLezen.put(c.path("key").asText(), c.path("disabled").asBoolean()));
    assertThat(alleenLezen).containsEntry("risiconiveau", true).containsEntry("risiconiveauGrond", true)
        .containsEntry("labelExPartnerstalking", true);
  }

  private ProcessInstance start(boolean label) {
    Map<String, Object> intake = HgZaakStappen.intake(45, true);
    intake.put("labelExPartnerstalking", label);
    return stappen.start(intake);
  }

  /** VT: every acute question 'nee' except access without sight by others; structural ticks off. */
  private static Map<String, Object> alleenToegangZonderZicht() {
    Map<String, Object> v = new HashMap<>();
    for (String vraag : List.of("achtJaarsFeit", "vuurwapen", "letselOfVerwurging", "geweldTijdensZwangerschap",
        "seksueelMisbruik", "onthoudenZorgAcuut", "intiemTerreurOfGeweld", "dreigingMetGeweldOfDoden",
        "stalkingSlachtofferZeerBang", "schendingVeiligheidsvoorwaarden", "zichtDoorDerden")) {
      v.put(vraag, "nee");
    }
    v.put("verdachteHeeftToegang", "ja");
    for (String vink : List.of("voortdurendeOnveiligeSituatie", "fysiekGeweld", "psychischGeweld", "seksueelGeweld",
        "verwaarlozing", "bijzondereVormen")) {
      v.put(vink, false);
    }
    v.put("onveiligeGebeurtenissen", "Stalking sinds de breuk.");
    v.put("aantalEerdereIncidenten", 0);
    return v;
  }
}
