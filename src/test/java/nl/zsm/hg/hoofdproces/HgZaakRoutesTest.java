package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.Mailinhoud;
import nl.zsm.hg.notificatie.TestMailserver;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the Bijlage I flowchart (L1052-1166) through the main process, for an adult and for a
 * minor suspect, each task completed by the organisation whose lane it is in, and the route without a suspicion
 * (vraag 1). The other scenarios of the main process stand in their own class per question: intake
 * ({@link HgZaakIntakeTest}), vrijheidsbeneming ({@link HgZaakVrijheidsbenemingTest}), termijnbewaking
 * ({@link HgZaakTermijnbewakingTest}) and stalking ({@link HgZaakStalkingTest}). That every element of the main process
 * is passed is checked once over the whole suite (docs/testen.md).
 */
@ZsmSpringTest
class HgZaakRoutesTest extends HoofdprocesScenario {

  /** One row of the flowchart: the answers that lead to a route, and the OvJ's final decision. */
  record Route(String route, boolean vast, boolean vermoeden, String onveiligheid, String bewijs,
      boolean ernstigeBezwaren, boolean slachtofferWenstVervolging, String afdoening, String... maatregelen) {}

  static Stream<Arguments> routes() {
    Route[] routes = {
        new Route("NIET_VRIJ_ZONDER_VEILIGHEIDSMAATREGELEN", true, true, "ACUUT", "VOLDOENDE", true, true,
            "DAGVAARDING_VOORGELEIDING_RC", "VOORGELEIDING_RC"),
        new Route("ONDERZOEKSPLAN", false, true, "STRUCTUREEL", "ONVOLDOENDE_ONDERZOEK_MOGELIJK", false, true,
            "STRAFBESCHIKKING"),
        new Route("SEPOT_02_VT_MET_POLITIE", true, true, "ACUUT_EN_STRUCTUREEL", "ONVOLDOENDE", false, false,
            "SEPOT_02", "TIJDELIJK_HUISVERBOD"),
        new Route("ADVIES_EN_VEILIGHEIDSPLAN", false, true, "STRUCTUREEL", "VOLDOENDE", false, false,
            "VOORWAARDELIJK_SEPOT", "MEEWERKEN_HULPVERLENING"),
        new Route("SEPOT_VT_ZONDER_STRAFRECHT", false, true, "STRUCTUREEL", "ONVOLDOENDE", false, true, "SEPOT_02"),
        new Route("VOORWAARDELIJK_BELEIDSSEPOT", false, true, "GEEN", "VOLDOENDE", false, false,
            "VOORWAARDELIJK_BELEIDSSEPOT"),
        new Route("REGULIERE_AFDOENING", false, true, "GEEN", "VOLDOENDE", false, true, "STRAFBESCHIKKING"),
    };
    return Stream.of(routes).flatMap(r -> Stream.of(Arguments.of(r, 34), Arguments.of(r, 16)));
  }

  @ParameterizedTest(name = "{0} (verdachte {1} jaar)")
  @MethodSource("routes")
  void routeVanIntakeTotGeinformeerdSlachtoffer(Route r, int leeftijd) {
    boolean minderjarig = leeftijd < 18;
    String adviseur = minderjarig ? "rvdk" : "reclassering";

    ProcessInstance pi = stappen.start(HgZaakStappen.intake(leeftijd, r.vast()));
    assertThat(pi).isWaitingAt("Task_VermoedenBeoordelen", "Call_Veiligheidsbeoordeling", "Task_SlachtofferBenaderen");
    assertThat(pi.getBusinessKey()).matches("ZSM-\\d{4}-\\d{6}");
    assertThat(pi).variables().containsEntry("zaaknummer", pi.getBusinessKey())
        .containsEntry("adviseurGroep", adviseur).containsEntry("minderjarig", minderjarig);

    // vraag 2 (Veilig Thuis), vraag 1 en 4 (OvJ), Veilig Thuis geïnformeerd, wensen slachtoffer (SHN)
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling(r.onveiligheid()));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of(
        "criteriumVerklaringBetrokkene", r.vermoeden(), "vermoedenStrafbaarFeit", r.vermoeden(),
        "toelichtingVermoeden", "Verklaring slachtoffer."));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of(
        "vrijheidsbeslissing", r.vast() ? "INVERZEKERINGSTELLING" : "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis",
        Map.of("vtReactieOpBeslissing", "Sluit aan bij de veiligheidsvoorwaarden."));
    assertThat(pi).isWaitingAt("Task_SlachtofferBenaderen");
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of(
        "slachtofferBereiktDoorShn", true, "slachtofferWenstVervolging", r.slachtofferWenstVervolging(),
        "wensenSlachtoffer", "Wil dat het geweld stopt.", "delenMetVtToegestaan", true));

    // vraag 3 en de afdoeningsroute (DMN)
    assertThat(pi).isWaitingAt("Task_BewijsBeoordelen");
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of(
        "bewijs", r.bewijs(), "ernstigeBezwaren", r.ernstigeBezwaren(), "toelichtingBewijs", "Proces-verbaal."));
    assertThat(pi).variables().containsEntry("route", r.route());

    switch (r.route()) {
      case "ONDERZOEKSPLAN" -> {
        stappen.voltooi(pi, "Task_OnderzoeksplanMaken", "politie", Map.of("onderzoeksplan", "Buren horen."));
        stappen.voltooi(pi, "Task_OnderzoeksplanAccorderen", "om", Map.of(
            "onderzoeksplanGeaccordeerd", false, "onderzoeksplanOpmerkingenOm", "Ook de huisarts horen."));
        assertThat(pi).isWaitingAt("Task_OnderzoeksplanMaken");
        stappen.voltooi(pi, "Task_OnderzoeksplanMaken", "politie", Map.of("onderzoeksplan", "Buren en huisarts horen."));
        stappen.voltooi(pi, "Task_OnderzoeksplanAccorderen", "om", Map.of("onderzoeksplanGeaccordeerd", true));
        stappen.voltooi(pi, "Task_OnderzoeksplanUitvoeren", "politie", Map.of("onderzoeksresultaten", "Bevestigd."));
        // after the investigation a new evidence assessment, then advice of 3RO/RvdK (Werkwijze stap 3, L578-597)
        assertThat(pi).isWaitingAt("Task_BewijsBeoordelen").hasNotPassed("Call_Advies");
        stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of(
            "bewijs", "VOLDOENDE", "ernstigeBezwaren", false, "toelichtingBewijs", "Buren en huisarts bevestigen."));
        assertThat(pi).variables().containsEntry("route", "ADVIES_EN_VEILIGHEIDSPLAN");
        assertThat(pi).isWaitingAt("Call_Advies");
        stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of(
            "advies", "Strafbeschikking met contactverbod.", "adviesAfdoening", "STRAFBESCHIKKING",
            "adviesBijzondereVoorwaarden", "Contactverbod", "adviesUitgebrachtDoor", adviseur));
      }
      case "NIET_VRIJ_ZONDER_VEILIGHEIDSMAATREGELEN", "ADVIES_EN_VEILIGHEIDSPLAN" -> {
        assertThat(pi).isWaitingAt("Call_Advies");
        stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of(
            "advies", "Toezicht en gedragsinterventie.", "adviesAfdoening", "DAGVAARDING",
            "adviesBijzondereVoorwaarden", "Contactverbod", "adviesUitgebrachtDoor", adviseur));
      }
      default -> assertThat(pi).hasNotPassed("Call_Advies", "Task_OnderzoeksplanMaken");
    }

    // vraag 6; de adviesroute maakt er eerst een plandatumzaak van die op de plandatum terugkomt
    if (r.route().equals("ADVIES_EN_VEILIGHEIDSPLAN")) {
      LocalDate plandatum = LocalDate.now().plusWeeks(3);
      stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening("PLANDATUM", plandatum.toString()));
      assertThat(pi).isWaitingAt("Timer_Plandatum", "Call_SlachtofferTussentijdsInformeren");
      slachtofferTussentijdsGeinformeerd(pi, "PLANDATUM");
      // during the plandatum 3RO/RvdK (with VT) bring out the definitive advice (Werkwijze stap 3, L578-588)
      assertThat(pi).isWaitingAt("Call_AdviesPlandatum");
      stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of(
          "advies", "Definitief: voorwaardelijk sepot met hulpverlening.", "adviesAfdoening", "VOORWAARDELIJK_SEPOT",
          "adviesBijzondereVoorwaarden", "Meewerken aan hulpverlening", "adviesUitgebrachtDoor", adviseur));
      assertThat(pi).hasPassed("End_AdviesPlandatum").variables()
          .containsEntry("advies", "Definitief: voorwaardelijk sepot met hulpverlening.");
      Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
          .activityId("Timer_Plandatum").singleResult();
      // 09:00 Amsterdam on the plandatum, the start of the ZSM working day (docs/termijnen.md)
      assertThat(timer.getDuedate()).isEqualTo(
          Date.from(plandatum.atTime(9, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
      processEngine.getManagementService().executeJob(timer.getId());
      assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing");
      // terug na de plandatum: af te ronden op die dag (docs/termijnbewaking.md)
      assertThat(stappen.taak(pi, "Task_Afdoeningsbeslissing").getDueDate()).isEqualTo(
          Date.from(plandatum.atTime(23, 59, 59).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
    }
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening(r.afdoening(), null, r.maatregelen()));

    // beslissing uitdragen: adviseur, VT overdracht, slachtoffer informeren (vraag 7)
    assertThat(pi).isWaitingAt("Task_AdviseurKennisnemen", "Task_VtOverdracht", "Call_SlachtofferInformeren");
    // the measures are registered with the decision; the partners' e-mail is put ready in zsmEmailVersturen
    assertThat(pi).hasPassed("Task_PartnersMailen");
    assertThat(pi).hasPassed("Task_MaatregelenRegistreren")
        .variables().containsEntry("geregistreerdeMaatregelen", r.maatregelen().length);
    nl.zsm.hg.notificatie.EmailJobs.verstuur(processEngine, pi.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.PARTNERS);
    stappen.voltooi(pi, "Task_AdviseurKennisnemen", adviseur, Map.of());
    stappen.voltooi(pi, "Task_VtOverdracht", "veilig-thuis", Map.of("overdrachtLokaalTeam", "Wijkteam Noord"));
    stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of(
        "slachtofferGeinformeerdOp", new Date(), "slachtofferBereikt", true,
        "slachtofferInformatieToelichting", "Telefonisch en per e-mail."));
    // na een voorgeleiding legt het OM de uitkomst van de RC vast; het slachtoffer hoort die (L838-842, L4368-4375)
    if (r.afdoening().equals("DAGVAARDING_VOORGELEIDING_RC")) {
      stappen.voltooi(pi, "Task_UitkomstVoorgeleiding", "om", Map.of("uitkomstVoorgeleiding", "SCHORSING",
          "schorsingsvoorwaarden", HgZaakStappen.maatregelen("CONTACTVERBOD")));
      stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of(
          "slachtofferGeinformeerdOp", new Date(), "slachtofferBereikt", true,
          "slachtofferInformatieToelichting", "Uitkomst RC verteld."));
      assertThat(pi).hasPassed("End_UitkomstVoorgeleidingVerwerkt", "End_SlachtofferTussentijdsGeinformeerd")
          .hasNotPassed("Task_VeiligheidNaVrijlatingRc");
    } else {
      assertThat(pi).hasPassed("End_GeenVoorgeleiding").hasNotPassed("Task_UitkomstVoorgeleiding");
    }
    // na ZSM: alleen bij een dagvaarding een advies voor de rechter en de uitspraak als bericht (L935-956)
    if (r.afdoening().startsWith("DAGVAARDING")) {
      stappen.rondNaZsmAf(pi, "TOEZICHT");
    }

    assertThat(pi).isEnded().hasPassed("End_SlachtofferGeinformeerd", "End_Overgedragen", "End_AdviseurGeinformeerd",
        "End_NaZsm", "End_GeenStalking", "End_PartnersGeinformeerd");
    assertThat(pi).variables().containsEntry("afdoeningsbeslissing", r.afdoening())
        .containsEntry("informerendeOrganisatie", "slachtofferhulp");
    // Bijlage III: bij een minderjarige neemt de RvdK alle taken van 3RO over, er is geen reclasseringstaak
    assertThat(stappen.kandidaatgroepen).contains(adviseur);
    if (minderjarig) {
      assertThat(stappen.kandidaatgroepen).doesNotContain("reclassering");
    } else {
      // an adult with children in the family: the RvdK only for the civil track (DMN KinderenTriage), not as adviser
      assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery()
          .processInstanceBusinessKey(pi.getBusinessKey()).taskHadCandidateGroup("rvdk").list())
          .extracting(t -> t.getTaskDefinitionKey()).containsExactly("Activity_RvdkCivielSpoor");
    }
  }

  /**
   * Werkwijze, stap 1 (L194-195): without a reasonable suspicion the criminal process at ZSM stops. The case does
   * not wait for VT's assessment or SHN's afstemming: those called processes and the custody watch end, the
   * sepot 01 is recorded, VT and the partners are mailed and the victim is informed.
   */
  @Test
  void geenVermoedenStoptHetStrafrechtZonderTeWachtenOpVeiligThuisEnSlachtofferhulp() throws Exception {
    TestMailserver.leegmaken();
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(30, true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", false,
        "toelichtingVermoeden", "Beide partijen ontkennen; geen letsel, geen getuigen."));

    assertThat(pi).isWaitingAt("Task_GeenVermoedenPartnersMailen", "Call_GeenVermoedenSlachtofferInformeren");
    assertThat(pi).hasNotPassed("Task_Vrijheidsbeneming");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .list()).extracting(p -> processEngine.getRepositoryService().getProcessDefinition(p.getProcessDefinitionId()).getKey())
        .containsExactly("slachtofferInformeren");
    assertThat(processEngine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of("veilig-thuis", "om",
        "zsm-supervisor", "politie")).processInstanceBusinessKey(pi.getBusinessKey()).list()).isEmpty();
    assertThat(pi).variables().containsEntry("afdoeningsbeslissing", "SEPOT_01")
        .containsEntry("route", "GEEN_STRAFBAAR_FEIT").containsEntry("vrijheidsbeslissing", "HEENZENDEN")
        .containsEntry("toelichtingAfdoening", "Beide partijen ontkennen; geen letsel, geen getuigen.");

    BpmnAwareTests.execute(BpmnAwareTests.job("Task_GeenVermoedenPartnersMailen", pi));
    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, pi.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.PARTNERS);
    assertThat(TestMailserver.ontvangen()).isNotEmpty();
    Mailinhoud mail = Mailinhoud.van(TestMailserver.ontvangen().get(0));
    assertThat(mail.aan()).contains("zsm@veiligthuis.example.invalid");
    assertThat(mail.tekst()).contains(pi.getBusinessKey(), "Sepot 01", "Het strafrecht stopt");

    stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of(
        "slachtofferGeinformeerdOp", new Date(), "slachtofferBereikt", true,
        "slachtofferInformatieToelichting", "Telefonisch: het strafrecht stopt."));
    assertThat(pi).isEnded().hasPassed("End_GeenVermoedenPartnersGeinformeerd", "End_GeenVermoedenSlachtofferGeinformeerd");
    assertThat(stappen.kandidaatgroepen).contains("slachtofferhulp");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
