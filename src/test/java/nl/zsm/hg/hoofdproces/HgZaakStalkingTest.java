package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Stalking in the main process (L5045-6015): a recognised stalking component or the label ex-partnerstalking starts
 * the stalking approach beside the ZSM decision; without a complaint no summons; afdoening on hold via the spreekuur.
 */
@ZsmSpringTest
class HgZaakStalkingTest extends HoofdprocesScenario {

  @Test
  void stalkingcomponentHerkend_geenVervolgingZonderKlacht_afdoeningOnHoldViaSpreekuurTerugBijDeOfficier() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(38, false));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("STRUCTUREEL"));
    // de officier herkent bij vraag 1 een stalkingcomponent zonder label ex-partnerstalking (L5045-5060)
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true, "stalkingcomponentHerkend", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    assertThat(pi).isWaitingAt("Call_StalkingAanpak");
    Map<String, Object> stalking = new HashMap<>();
    stalking.put("klachtIngediend", false);
    stalking.put("sashOordeelBeoordelaar", "laag");
    stalking.put("contactpersoonPolitieSlachtoffer", "Wijkagent De Boer");
    stappen.rondDeelprocesAf(pi, "stalkingAanpak", stalking);
    assertThat(pi).hasPassed("End_StalkingAanpak").variables().containsEntry("risiconiveau", "laag");

    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", false));
    stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Spreekuur HG.", "adviesAfdoening", "PLANDATUM",
        "overwegingenEm", "Geen EM: geen locatie waar de verdachte moet wegblijven.",
        "overwegingenDut", "Geen DUT: risico op een geweldsdelict is niet hoog.", "stalkingDuurtVoort", true));

    // stalking is een klachtdelict: zonder klacht geen dagvaarding (L5369-5376)
    String beslistaak = stappen.taak(pi, "Task_Afdoeningsbeslissing").getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(beslistaak,
        afdoening("DAGVAARDING", null, "GEDRAGSAANWIJZING_509HH")))
        .hasMessageContaining("klachtdelict");
    assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "afdoeningsbeslissing")).isNull();

    // afdoening on hold: heenzenden met gedragsaanwijzing, Spreekuur HG, terug bij de officier (L4378-4441)
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening("AFDOENING_ON_HOLD", null, "GEDRAGSAANWIJZING_509HH"));
    assertThat(pi).isWaitingAt("Call_Spreekuur", "Call_SlachtofferTussentijdsInformeren");
    // the suspect is free now: the victim hears it the same day (L798-807), not only after the final decision
    slachtofferTussentijdsGeinformeerd(pi, "AFDOENING_ON_HOLD");
    stappen.rondDeelprocesAf(pi, "spreekuurHuiselijkGeweld", Map.of("toestemmingContactVt", true,
        "referentieonderzoek", "VT: geen contact met slachtoffer.", "advies", "Gedragsaanwijzing met contactverbod.",
        "adviesAfdoening", "GEDRAGSAANWIJZING", "veiligheidsvoorwaarden", "Geen contact.", "contactpersoonVt", "J. Smit"));
    assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing").variables().containsEntry("adviesAfdoening", "GEDRAGSAANWIJZING");

    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening("GEDRAGSAANWIJZING", null, "GEDRAGSAANWIJZING_509HH"));
    nl.zsm.hg.notificatie.EmailJobs.verstuur(processEngine, pi.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.PARTNERS);
    stappen.voltooi(pi, "Task_AdviseurKennisnemen", "reclassering", Map.of());
    stappen.voltooi(pi, "Task_VtOverdracht", "veilig-thuis", Map.of("overdrachtLokaalTeam", "Wijkteam Oost"));
    stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp", new Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Telefonisch."));
    assertThat(pi).isEnded().hasPassed("Call_Spreekuur", "End_NaZsm").hasNotPassed("End_GeenStalking");
  }

  @Test
  void labelExPartnerstalking_startDeStalkingaanpakBijDePolitie_bijDeIntake_enDeOfficierBeslistNaDeSash() {
    Map<String, Object> intake = HgZaakStappen.intake(45, false);
    intake.put("labelExPartnerstalking", true);
    ProcessInstance pi = stappen.start(intake);
    assertThat(pi).isWaitingAt("Call_StalkingAanpak", "Task_VermoedenBeoordelen", "Call_Veiligheidsbeoordeling");
    ProcessInstance sub = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("stalkingAanpak").singleResult();
    assertThat(sub.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    assertThat(stappen.groepen(processEngine.getTaskService().createTaskQuery().processInstanceId(sub.getId()).singleResult()))
        .containsExactly("politie");
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(stappen.taakOpen(pi, "Task_Vrijheidsbeneming")).as("de SASH komt vóór de beslissing").isNull();
    new SashStappen(processEngine).sashInvullen(pi, false, "gemiddeld");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    assertThat(pi).hasPassed("Event_SashUitkomst", "Gateway_StalkingAanpakStarten")
        .isWaitingAt("Call_StalkingAanpak", "Task_VtKennisnemenVrijheidsbeslissing", "Call_Veiligheidsbeoordeling");
  }

  @Test
  void stalkingaanpakGeeftAlleenZijnUitkomstTerug_nietEenOudeStandVanDeZaak() {
    Map<String, Object> intake = HgZaakStappen.intake(45, false);
    intake.put("labelExPartnerstalking", true);
    ProcessInstance pi = stappen.start(intake);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    // no SASH by the warning moment: the OvJ decides with what is known (the 9-hour term goes first)
    new SashStappen(processEngine).tijdOmTeBeslissen(pi);
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    assertThat(pi).hasPassed("Timer_SashTeLaat").isWaitingAt("Call_StalkingAanpak");
    // while the stalking approach runs (days), the case moves on: a later decision changes what the case says
    processEngine.getRuntimeService().setVariable(pi.getId(), "vrijheidsbeslissing", "INVERZEKERINGSTELLING");

    Map<String, Object> stalking = new HashMap<>();
    stalking.put("klachtIngediend", true);
    stalking.put("sashOordeelBeoordelaar", "gemiddeld");
    stappen.rondDeelprocesAf(pi, "stalkingAanpak", stalking);

    assertThat(pi).hasPassed("End_StalkingAanpak").variables()
        .containsEntry("vrijheidsbeslissing", "INVERZEKERINGSTELLING")
        .containsEntry("klachtIngediend", true)
        .containsEntry("risiconiveau", "gemiddeld");
  }
}
