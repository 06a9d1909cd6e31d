package nl.zsm.hg.stalking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.stalking.domain.VragenlijstStalking;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The called process stalkingAanpak: Vragenlijst, SASH with VT, the decision SashRisiconiveau and the
 * routekaart per risk level (L5888-6015), each task done by the organisation of its lane.
 */
@ZsmSpringTest
class StalkingAanpakProcesTest extends DeelprocesTest {

  static final String PROCES = "stalkingAanpak";
  static final List<String> VASTE_ACTIES = List.of("Task_Casusregisseur", "Task_RiscStalking", "Task_OmStrafrechtelijkeAanpak");
  static final List<String> EXTRA_ACTIES = List.of("Task_PlanVanAanpak", "Task_Mdo", "Task_OmHoogRisico");

  @Override
  protected String proces() {
    return PROCES;
  }

  @Test
  void hoogRisicoVolgensBeoordelaar_vasteEnExtraActiesPerOrganisatie() {
    ProcessInstance zaak = start("ZSM-STALK-1");
    vragenlijstEnSash(zaak, sash(false, false, "hoog"));

    assertThat(zaak).variables().containsEntry("risiconiveau", "hoog").containsEntry("klachtIngediend", true);
    vasteActies(zaak);
    assertThat(zaak).isWaitingAt(EXTRA_ACTIES.toArray(String[]::new));
    extraActies(zaak);
    assertThat(zaak).isEnded().hasPassed("Task_PlanVanAanpak", "Task_Mdo", "Task_OmHoogRisico");
  }

  @Test
  void gemiddeldRisico_ookDeExtraActies() {
    ProcessInstance zaak = start("ZSM-STALK-2");
    vragenlijstEnSash(zaak, sash(false, false, "gemiddeld"));
    assertThat(zaak).variables().containsEntry("risiconiveau", "gemiddeld");
    vasteActies(zaak);
    assertThat(zaak).isWaitingAt(EXTRA_ACTIES.toArray(String[]::new));
    extraActies(zaak);
    assertThat(zaak).isEnded();
  }

  @Test
  void laagRisico_alleenDeVasteActies() {
    ProcessInstance zaak = start("ZSM-STALK-3");
    vragenlijstEnSash(zaak, sash(false, false, "laag"));
    assertThat(zaak).variables().containsEntry("risiconiveau", "laag");
    vasteActies(zaak);
    assertThat(zaak).isEnded().hasPassed("End_Stalking").hasNotPassed("Gateway_ExtraActies", "Task_PlanVanAanpak");
  }

  @Test
  void alarmvraagDoodsangstMetOordeelLaag_wordtTochHoog() {
    ProcessInstance zaak = start("ZSM-STALK-4");
    vragenlijstEnSash(zaak, sash(false, true, "laag"));
    assertThat(zaak).variables().containsEntry("risiconiveau", "hoog")
        .containsEntry("risiconiveauGrond", "alarmvraag: ex-partner heeft doodsangst");
    vasteActies(zaak);
    assertThat(zaak).isWaitingAt(EXTRA_ACTIES.toArray(String[]::new));
  }

  @Test
  void alarmvraagNietsMeerTeVerliezenMetOordeelLaag_wordtTochHoog() {
    ProcessInstance zaak = start("ZSM-STALK-5");
    vragenlijstEnSash(zaak, sash(true, false, "laag"));
    assertThat(zaak).variables().containsEntry("risiconiveau", "hoog");
  }

  @Test
  void reclasseringZietDeVragenlijstAlleenLezenInHaarFormulier() {
    ProcessInstance zaak = start("ZSM-STALK-6");
    vragenlijstEnSash(zaak, sash(false, false, "laag"));
    Task risc = taak(zaak, "Task_RiscStalking");
    var formulier = taken.formulierAls("reclassering", risc);
    assertThat(formulier.path("id").asText()).isEqualTo("stalking-risc");
    List<String> alleenLezen = alleenLezen(formulier);
    for (VragenlijstStalking vraag : VragenlijstStalking.values()) {
      assertThat(alleenLezen).contains(vraag.sleutel(), vraag.beschrijvingSleutel());
    }
    assertThat(taken.zichtbaarVoor("rvdk", zaak.getId())).isEmpty();
  }

  private ProcessInstance start(String zaaknummer) {
    Map<String, Object> v = new HashMap<>();
    v.put("zaaknummer", zaaknummer);
    v.put("labelExPartnerstalking", true);
    v.put("adviseurGroep", "reclassering");
    return runtimeService.startProcessInstanceByKey(PROCES, zaaknummer, v);
  }

  private static Map<String, Object> sash(boolean nietsMeerTeVerliezen, boolean doodsangst, String oordeel) {
    Map<String, Object> v = new HashMap<>();
    v.put("sashNietsMeerTeVerliezen", nietsMeerTeVerliezen);
    v.put("sashExPartnerDoodsangst", doodsangst);
    v.put("sashOordeelBeoordelaar", oordeel);
    v.put("sashFysiekeToenadering", "aanwezig");
    v.put("sashBedreigingIntimidatie", "aanwezig");
    v.put("sashToegangWoning", "afwezig");
    v.put("sashEerderGestalkt", "onbekend");
    v.put("sashToelichting", "Twee factoren aanwezig.");
    // the form asks every factor (required); the others are answered as absent
    for (String factor : List.of("sashSpullenVernieldGestolen", "sashWaarschuwingGenegeerd", "sashStalkingVerergert",
        "sashContactNoodzakelijk", "sashGeschiedenisGeweld", "sashPsychischeProblemen", "sashMiddelengebruik",
        "sashIngrijpendVerlies", "sashExPartnerBezitterig", "sashExPartnerConflictOmgang")) {
      v.put(factor, "afwezig");
    }
    return v;
  }

  private void vragenlijstEnSash(ProcessInstance zaak, Map<String, Object> sash) {
    Map<String, Object> vragenlijst = new HashMap<>();
    for (VragenlijstStalking vraag : VragenlijstStalking.values()) {
      vragenlijst.put(vraag.sleutel(), vraag.ordinal() < 3);
    }
    vragenlijst.put(VragenlijstStalking.VRAAG_01.beschrijvingSleutel(), "Staat dagelijks voor de deur.");
    vragenlijst.put("klachtIngediend", true);
    vragenlijst.put("contactpersoonPolitieSlachtoffer", "Wijkagent De Boer");
    doe(zaak, "Task_VragenlijstStalking", "politie", vragenlijst);
    doe(zaak, "Task_SashVerrijken", "veilig-thuis", Map.of("vtInformatieSash", "Twee eerdere meldingen bij VT."));
    doe(zaak, "Task_SashInvullen", "politie", sash);
    assertThat(zaak).hasPassed("Task_SashRisiconiveau");
  }

  private void vasteActies(ProcessInstance zaak) {
    assertThat(zaak).isWaitingAt(VASTE_ACTIES.toArray(String[]::new));
    doe(zaak, "Task_Casusregisseur", "politie", Map.of("casusregisseurStalking", "R. Jansen"));
    doe(zaak, "Task_RiscStalking", "reclassering", Map.of("riscStalkingBevindingen", "RISC: hoog recidiverisico."));
    doe(zaak, "Task_OmStrafrechtelijkeAanpak", "om", Map.of("strafrechtelijkeAanpakStalking", "Vervolgen; klacht ligt er."));
  }

  private void extraActies(ProcessInstance zaak) {
    doe(zaak, "Task_PlanVanAanpak", "politie", Map.of("planVanAanpakStalking", "Camerabeelden; CCB ingeschakeld."));
    doe(zaak, "Task_Mdo", "veilig-thuis", Map.of("mdoAfspraken", "MDO dinsdag; veiligheidsplan."));
    doe(zaak, "Task_OmHoogRisico", "om", Map.of("aangemeldVeiligheidshuis", true, "aangemeldSlachtoffercoordinatie", true,
        "overwegingAanhouden", "GEDRAGSAANWIJZING"));
  }

  private void doe(ProcessInstance zaak, String taakSleutel, String groep, Map<String, Object> variabelen) {
    organisatietaken.doe(zaak.getId(), taakSleutel, groep, variabelen);
  }

  private Task taak(ProcessInstance zaak, String taakSleutel) {
    return organisatietaken.taak(zaak.getId(), taakSleutel);
  }
}
