package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.zsm.hg.hoofdproces.Termijnklok.tijdstip;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.Mailinhoud;
import nl.zsm.hg.notificatie.TestMailserver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import org.springframework.test.context.support.DirtiesContextBeforeModesTestExecutionListener;
import org.springframework.test.context.support.DirtiesContextTestExecutionListener;
import org.springframework.test.context.web.ServletTestExecutionListener;

/**
 * Every route of the Bijlage I flowchart (L1052-1166) through the main process, for an adult and for a
 * minor suspect, each task completed by the organisation whose lane it is in. The process test coverage
 * of the main process must be 100 % of flow nodes and sequence flows over this class ({@link HoofdprocesDekking};
 * run the class as a whole).
 */
@ZsmSpringTest
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS, listeners = {
    ServletTestExecutionListener.class, DirtiesContextBeforeModesTestExecutionListener.class,
    DependencyInjectionTestExecutionListener.class, DirtiesContextTestExecutionListener.class,
    HoofdprocesDekking.class})
class HgZaakRoutesTest {

  @Autowired ProcessEngine processEngine;

  private HgZaakStappen stappen;
  private Termijnklok klok;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
    stappen = new HgZaakStappen(processEngine);
    klok = new Termijnklok(processEngine);
  }

  @AfterEach
  void klokTerug() {
    klok.herstel();
  }

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

  @Test
  void heenzendenBijAcuteOnveiligheidZonderMaatregelWordtGeweigerdEnDeTaakBlijftOpen() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(taakId, Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Heenzenden geweigerd")
        .hasMessageContaining("acuut onveilig");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing")).isNull();

    processEngine.getTaskService().complete(taakId, Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));
    assertThat(pi).hasPassed("Task_HeenzendenToetsen").isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
  }

  /**
   * Werkwijze, stap 7 (L798-807): the victim hears of a decision and of an imposed protective measure as soon as
   * possible. A held suspect released at the 9-hour decision with a contactverbod: the agreed organisation (here
   * SHN, the default) calls the same day, then the same information goes by e-mail, naming the measure.
   */
  @Test
  void hetSlachtofferHoortMeteenDatDeVerdachteVrijIsEnWelkeMaatregelenGelden() throws Exception {
    TestMailserver.leegmaken();
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true,
        "delenMetVtToegestaan", false, "slachtofferToestemmingEmail", true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));

    assertThat(pi).isWaitingAt("Call_SlachtofferTussentijdsInformeren", "Task_VtKennisnemenVrijheidsbeslissing");
    slachtofferTussentijdsGeinformeerd(pi, null);
    Mailinhoud mail = Mailinhoud.van(TestMailserver.ontvangen().stream()
        .filter(m -> Mailinhoud.van(m).aan().contains("a.devries@example.org")).findFirst().orElseThrow());
    assertThat(mail.tekst()).contains("besloten de verdachte vrij te laten", "Contactverbod", "0900-8844");
    assertThat(pi).hasPassed("End_SlachtofferTussentijdsGeinformeerd").variables()
        .containsEntry("slachtofferTussentijdsBereikt", true);
    // the informing of the final decision is still to come: the case goes on to the evidence
    assertThat(pi).isWaitingAt("Task_BewijsBeoordelen");
  }

  @Test
  void eenVerdachteDieVastBlijftGeeftGeenTussentijdsBericht() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    assertThat(pi).hasPassed("End_GeenVrijlatingTeMelden").hasNotPassed("Call_SlachtofferTussentijdsInformeren");
  }

  /** The interim call to the victim: SHN's task (due the end of today) shows the decision; then it is finished. */
  private void slachtofferTussentijdsGeinformeerd(ProcessInstance pi, String afdoening) {
    ProcessInstance sub = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("slachtofferInformeren").singleResult();
    Task bellen = processEngine.getTaskService().createTaskQuery().processInstanceId(sub.getId()).singleResult();
    assertThat(stappen.groepen(bellen)).containsExactly("slachtofferhulp");
    assertThat(bellen.getDueDate()).isEqualTo(Date.from(LocalDate.now(ZoneId.of("Europe/Amsterdam")).atTime(23, 59, 59)
        .atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
    assertThat(processEngine.getRuntimeService().getVariable(sub.getId(), "vrijheidsbeslissing"))
        .isEqualTo(afdoening == null ? "HEENZENDEN" : processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing"));
    assertThat(processEngine.getRuntimeService().getVariable(sub.getId(), "afdoeningsbeslissing")).isEqualTo(afdoening);
    stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp", new Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Gebeld over de vrijlating."));
    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, pi.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.SLACHTOFFER);
  }

  @Test
  void deOfficierZietHetEindeVanHetOphoudenAlsVervaldatum() {
    Map<String, Object> intake = HgZaakStappen.intake(40, true);
    intake.put("tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    ProcessInstance pi = stappen.start(intake);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(stappen.taak(pi, "Task_Vrijheidsbeneming").getDueDate())
        .isEqualTo(Date.from(java.time.OffsetDateTime.parse("2026-11-25T20:00:00+01:00").toInstant()));

    Map<String, Object> zesUur = HgZaakStappen.intake(40, true);
    zesUur.put("tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    zesUur.put("voorlopigeHechtenisToegestaan", false);
    zesUur.put("transportMinuten", 30);
    ProcessInstance zonderVoorlopigeHechtenis = stappen.start(zesUur);
    stappen.voltooi(zonderVoorlopigeHechtenis, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(stappen.taak(zonderVoorlopigeHechtenis, "Task_Vrijheidsbeneming").getDueDate())
        .isEqualTo(Date.from(java.time.OffsetDateTime.parse("2026-11-25T17:30:00+01:00").toInstant()));

    ProcessInstance nietVast = stappen.start(HgZaakStappen.intake(40, false));
    stappen.voltooi(nietVast, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(stappen.taak(nietVast, "Task_Vrijheidsbeneming").getDueDate()).isNull();
  }

  @Test
  void zonderVeiligheidsbeoordelingBlijftDeVerdachteInVerzekering() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(pi).isWaitingAt("Call_Veiligheidsbeoordeling", "Task_Vrijheidsbeneming");
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(taakId, Map.of("vrijheidsbeslissing", "HEENZENDEN")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nog geen veiligheidsbeoordeling");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");

    processEngine.getTaskService().complete(taakId, Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    assertThat(pi).isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing", "Call_Veiligheidsbeoordeling");
  }

  @Test
  void nietAangehoudenVerdachteMagZonderMaatregelOpVrijeVoetenBlijven() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, false));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    assertThat(pi).hasPassed("Task_HeenzendenToetsen");
  }

  @Test
  void ongeldigeIntakeStartGeenZaak() {
    Map<String, Object> intake = HgZaakStappen.intake(9, true);
    intake.remove("slachtofferNaam");
    long voor = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count();
    assertThatThrownBy(() -> stappen.start(intake))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Leeftijd verdachte moet tussen 12 en 120 liggen")
        .hasMessageContaining("Vul de naam van het slachtoffer in.");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count())
        .isEqualTo(voor);
  }

  @Test
  void opgegevenZaaknummerWordtDeBusinessKey() {
    Map<String, Object> intake = HgZaakStappen.intake(30, false);
    intake.put("zaaknummer", "ZSM-2026-000123");
    ProcessInstance pi = stappen.start(intake);
    assertThat(pi.getBusinessKey()).isEqualTo("ZSM-2026-000123");
    assertThatThrownBy(() -> stappen.start(intake)).hasMessageContaining("Er bestaat al een zaak met zaaknummer ZSM-2026-000123");
  }

  // --- Termijnbewaking (issue 5): vervaldatums, waarschuwing en escalatie met een gestuurde klok ----------

  private static final String OPHOUDEN = "ophouden voor onderzoek (art. 56a Sv)";
  private static final String VEILIGHEIDSBEOORDELING = "veiligheidsbeoordeling door Veilig Thuis";
  private static final String INVERZEKERINGSTELLING = "inverzekeringstelling (art. 58 Sv)";

  /** Aanhouding woensdag 25-11-2026 11:00: 9 uur ophouden tot 20:00, waarschuwing 2 uur 30 min eerder. */
  private ProcessInstance vastzaakVan11Uur() {
    klok.zetOp("2026-11-25T11:05:00+01:00");
    Map<String, Object> intake = HgZaakStappen.intake(40, true);
    intake.put("tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    return stappen.start(intake);
  }

  @Test
  void ophoudenEnVeiligheidsbeoordelingWaarschuwenEnEscalerenOpHetBerekendeMoment() {
    ProcessInstance pi = vastzaakVan11Uur();
    Date einde = tijdstip("2026-11-25T20:00:00+01:00");
    Date waarschuwing = tijdstip("2026-11-25T17:30:00+01:00");
    assertThat(pi).variables().containsEntry("ophoudenUiterlijk", einde).containsEntry("veiligheidsbeoordelingUiterlijk", einde)
        .containsEntry("voorgeleidingUiterlijk", tijdstip("2026-11-29T05:00:00+01:00"));
    assertThat((String) processEngine.getRuntimeService().getVariable(pi.getId(), "ophoudenUitleg"))
        .contains("Maximaal 9 uur").contains("Vuistregel");
    assertThat(klok.timer(pi, "Timer_WaarschuwingOphouden")).isEqualTo(waarschuwing);
    assertThat(klok.timer(pi, "Timer_OphoudenVerstreken")).isEqualTo(einde);
    assertThat(klok.timer(pi, "Timer_WaarschuwingVeiligheidsbeoordeling")).isEqualTo(waarschuwing);
    assertThat(klok.timer(pi, "Timer_VeiligheidsbeoordelingVerstreken")).isEqualTo(einde);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(stappen.taak(pi, "Task_Vrijheidsbeneming").getDueDate()).isEqualTo(einde);

    // waarschuwing: niet om 17:29, wel om 17:30, aan de officier (en VT) en de supervisor
    assertThat(klok.gaatAfOp(pi, "2026-11-25T17:30:00+01:00"))
        .containsExactly("Timer_WaarschuwingOphouden", "Timer_WaarschuwingVeiligheidsbeoordeling");
    Task ovj = stappen.taak(pi, "Task_WaarschuwingOphouden");
    assertThat(ovj.getName()).isEqualTo("Waarschuwing: termijn ophouden verloopt om 20:00 op 25-11-2026");
    assertThat(ovj.getDueDate()).isEqualTo(einde);
    assertThat(stappen.groepen(ovj)).containsExactlyInAnyOrder("om", "zsm-supervisor");
    assertThat(processEngine.getTaskService().getVariable(ovj.getId(), "termijnUitleg")).asString().contains("Maximaal 9 uur");
    Task vt = stappen.taak(pi, "Task_WaarschuwingVeiligheidsbeoordeling");
    assertThat(vt.getName()).isEqualTo("Waarschuwing: veiligheidsbeoordeling Veilig Thuis uiterlijk 20:00 op 25-11-2026");
    assertThat(stappen.groepen(vt)).containsExactlyInAnyOrder("veilig-thuis", "zsm-supervisor");
    processEngine.getTaskService().complete(ovj.getId());
    processEngine.getTaskService().complete(vt.getId());
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming", "Call_Veiligheidsbeoordeling", "Sub_OphoudenBewaken");

    // escalatie: niet om 19:59, wel om 20:00: incidenten in Cockpit en taken voor de supervisor
    assertThat(termijnIncidenten(pi)).isEmpty();
    assertThat(klok.gaatAfOp(pi, "2026-11-25T20:00:00+01:00"))
        .containsExactly("Timer_OphoudenVerstreken", "Timer_VeiligheidsbeoordelingVerstreken");
    assertThat(termijnIncidenten(pi)).extracting(Incident::getConfiguration)
        .containsExactlyInAnyOrder(OPHOUDEN, VEILIGHEIDSBEOORDELING);
    assertThat(termijnIncidenten(pi)).extracting(Incident::getIncidentMessage)
        .anyMatch(m -> m.contains("Termijn overschreden: " + OPHOUDEN + " verliep om 20:00 op 25-11-2026")
            && m.contains(pi.getBusinessKey()));
    Task overschreden = stappen.taak(pi, "Task_OphoudenOverschreden");
    assertThat(overschreden.getName()).isEqualTo("Termijn overschreden: ophouden voor onderzoek");
    assertThat(overschreden.getDueDate()).as("in het filter Termijn verstreken").isEqualTo(einde);
    assertThat(stappen.groepen(overschreden)).containsExactly("zsm-supervisor");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");

    // de supervisor handelt af: het incident van het ophouden is opgelost, met de afhandeling als notitie
    stappen.voltooi(pi, "Task_OphoudenOverschreden", "zsm-supervisor",
        Map.of("termijnAfhandeling", "Officier gebeld; beslist om 20:30."));
    assertThat(termijnIncidenten(pi)).extracting(Incident::getConfiguration).containsExactly(VEILIGHEIDSBEOORDELING);
    HistoricIncident opgelost = processEngine.getHistoryService().createHistoricIncidentQuery()
        .processInstanceId(pi.getId()).configuration(OPHOUDEN).singleResult();
    assertThat(opgelost.isResolved()).isTrue();
    assertThat(opgelost.getAnnotation()).contains("Officier gebeld; beslist om 20:30.");

    // de officier beslist (te laat) tot inverzekeringstelling: die termijn loopt vanaf de beslissing
    klok.zetOp("2026-11-25T20:30:00+01:00");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    Date ivsEinde = tijdstip("2026-11-28T20:30:00+01:00");
    assertThat(pi).hasPassed("Event_Vrijheidsbeslissing", "End_OphoudenBewaakt", "Task_InverzekeringstellingBerekenen")
        .isWaitingAt("Sub_InverzekeringstellingBewaken");
    assertThat(pi).variables().containsEntry("inverzekeringstellingUiterlijk", ivsEinde)
        .containsEntry("tijdstipInverzekeringstelling", tijdstip("2026-11-25T20:30:00+01:00"));
    assertThat(klok.timer(pi, "Timer_WaarschuwingInverzekeringstelling")).isEqualTo(tijdstip("2026-11-28T08:30:00+01:00"));
    assertThat(klok.timer(pi, "Timer_InverzekeringstellingVerstreken")).isEqualTo(ivsEinde);

    stappen.voltooi(pi, "Task_VeiligheidsbeoordelingOverschreden", "zsm-supervisor",
        Map.of("termijnAfhandeling", "Veilig Thuis gebeld; beoordeling volgt vanavond."));
    assertThat(termijnIncidenten(pi)).isEmpty();
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", true));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of(
        "advies", "Toezicht.", "adviesAfdoening", "DAGVAARDING", "adviesUitgebrachtDoor", "reclassering"));
    assertThat(stappen.taak(pi, "Task_Afdoeningsbeslissing").getDueDate()).isEqualTo(ivsEinde);

    // inverzekeringstelling: waarschuwing 12 uur van tevoren, escalatie bij het einde
    assertThat(klok.gaatAfOp(pi, "2026-11-28T08:30:00+01:00")).containsExactly("Timer_WaarschuwingInverzekeringstelling");
    Task ivs = stappen.taak(pi, "Task_WaarschuwingInverzekeringstelling");
    assertThat(ivs.getName()).isEqualTo("Waarschuwing: inverzekeringstelling eindigt om 20:30 op 28-11-2026");
    assertThat(stappen.groepen(ivs)).containsExactlyInAnyOrder("om", "zsm-supervisor");
    processEngine.getTaskService().complete(ivs.getId());
    assertThat(klok.gaatAfOp(pi, "2026-11-28T20:30:00+01:00")).containsExactly("Timer_InverzekeringstellingVerstreken");
    assertThat(termijnIncidenten(pi)).extracting(Incident::getConfiguration).containsExactly(INVERZEKERINGSTELLING);
    stappen.voltooi(pi, "Task_InverzekeringstellingOverschreden", "zsm-supervisor",
        Map.of("termijnAfhandeling", "Officier beslist direct over voorgeleiding."));

    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening("DAGVAARDING_VOORGELEIDING_RC", null, "VOORGELEIDING_RC"));
    assertThat(pi).hasPassed("Event_Afdoeningsbeslissing", "End_InverzekeringstellingBewaakt", "End_IvsBewaakt",
        "End_GewaarschuwdOphouden", "End_OphoudenOverschrijdingAfgehandeld", "End_InverzekeringstellingOverschrijdingAfgehandeld");
    assertThat(klok.timers(pi)).isZero();
    assertThat(termijnIncidenten(pi)).isEmpty();
  }

  @Test
  void eenBeslissingOpTijdBeeindigtDeBewakingZonderWaarschuwingOfEscalatie() {
    ProcessInstance pi = vastzaakVan11Uur();
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Timer_VeiligheidsbeoordelingVerstreken").count()).as("VT op tijd: timers vervallen").isZero();
    assertThat(klok.timers(pi)).isEqualTo(2);
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));

    klok.zetOp("2026-11-25T15:00:00+01:00");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    assertThat(pi).hasPassed("Event_Vrijheidsbeslissing", "End_OphoudenBewaakt", "End_NietInVerzekering")
        .hasNotPassed("Task_WaarschuwingOphouden", "Task_OphoudenOverschrijdingMelden", "Task_InverzekeringstellingBerekenen");
    assertThat(klok.timers(pi)).isZero();

    klok.zetOp("2026-11-25T20:00:00+01:00");
    assertThat(klok.voerVervallenTimersUit(pi)).isEmpty();
    assertThat(termijnIncidenten(pi)).isEmpty();
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskCandidateGroup("zsm-supervisor").count()).isZero();
  }

  @Test
  void alsnogAanhoudenLegtDeAanhoudingVastEnDeOfficierBeslistOpnieuwBinnenHetBewaakteOphouden() {
    klok.zetOp("2026-11-25T11:00:00+01:00");
    Map<String, Object> intake = HgZaakStappen.intake(40, false);
    intake.put("datumVtMelding", "2026-11-25");
    ProcessInstance pi = stappen.start(intake);
    assertThat(pi).hasPassed("End_GeenOphoudtermijn");
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));

    // de alleen gehoorde verdachte wordt om 12:00 alsnog aangehouden (L599-601): 9 uur ophouden tot 21:00
    klok.zetOp("2026-11-25T12:00:00+01:00");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "ALSNOG_AANHOUDEN"));
    Date einde = tijdstip("2026-11-25T21:00:00+01:00");
    assertThat(pi).hasPassed("Gateway_AlsnogAanhouden", "Task_AanhoudingVastleggen", "Gateway_OpnieuwBeslissenEnBewaken",
            "Gateway_NaarOphoudtermijn")
        .isWaitingAt("Task_Vrijheidsbeneming", "Sub_OphoudenBewaken", "Call_Veiligheidsbeoordeling", "Task_SlachtofferBenaderen")
        .hasNotPassed("Gateway_VtInformeren");
    assertThat(pi).variables().containsEntry("vast", true).containsEntry("ophoudenUiterlijk", einde)
        .containsEntry("voorgeleidingUiterlijk", tijdstip("2026-11-29T06:00:00+01:00"))
        .doesNotContainKey("vrijheidsbeslissing");
    assertThat(Termijnklok.tijdstip(
        (String) processEngine.getRuntimeService().getVariable(pi.getId(), "tijdstipAanhouding")))
        .isEqualTo(tijdstip("2026-11-25T12:00:00+01:00"));
    assertThat(stappen.taak(pi, "Task_Vrijheidsbeneming").getDueDate()).isEqualTo(einde);
    assertThat(klok.timer(pi, "Timer_OphoudenVerstreken")).isEqualTo(einde);

    // de bewaking waarschuwt niet om 18:29, wel om 18:30
    assertThat(klok.gaatAfOp(pi, "2026-11-25T18:30:00+01:00")).containsExactly("Timer_WaarschuwingOphouden");
    assertThat(stappen.taak(pi, "Task_WaarschuwingOphouden").getName())
        .isEqualTo("Waarschuwing: termijn ophouden verloopt om 21:00 op 25-11-2026");

    // nu vast: alsnog aanhouden kan niet nog eens, en heenzenden zonder maatregel wordt geweigerd
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taakId, Map.of("vrijheidsbeslissing", "ALSNOG_AANHOUDEN")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("al aangehouden");
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taakId, Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("nog geen veiligheidsbeoordeling");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    assertThat(pi).as("VT geeft haar uitkomst terug, niet haar oude kopie van de aanhouding").variables()
        .containsEntry("vast", true).containsEntry("ophoudenUiterlijk", einde).containsEntry("acuutOnveilig", true);
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taakId, Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("acuut onveilig");
    assertThat(pi).isWaitingAt("Task_Vrijheidsbeneming");

    klok.zetOp("2026-11-25T19:00:00+01:00");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of(
        "vrijheidsbeslissing", "HEENZENDEN", "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));
    assertThat(pi).hasPassed("Task_HeenzendenToetsen", "End_OphoudenBewaakt", "End_NietInVerzekering")
        .hasNotPassed("Task_OphoudenOverschrijdingMelden")
        .isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Timer_OphoudenVerstreken").count()).as("op tijd beslist: escalatie vervalt").isZero();
  }

  @Test
  void verlengingVanDeInverzekeringstellingBewaaktOpnieuwMaarNietVoorbijDeVoorgeleiding() {
    ProcessInstance pi = vastzaakVan11Uur();
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    klok.zetOp("2026-11-25T15:00:00+01:00");
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING"));
    assertThat(klok.timer(pi, "Timer_InverzekeringstellingVerstreken")).isEqualTo(tijdstip("2026-11-28T15:00:00+01:00"));
    assertThat(klok.gaatAfOp(pi, "2026-11-28T03:00:00+01:00")).containsExactly("Timer_WaarschuwingInverzekeringstelling");

    // de officier verlengt (vinkje in de waarschuwing): 6 dagen tot 1-12 15:00, maar voorgeleiden moet
    // uiterlijk 29-11 05:00 (90 uur na de aanhouding): dat wordt de bewaakte termijn
    Task waarschuwing = stappen.taak(pi, "Task_WaarschuwingInverzekeringstelling");
    processEngine.getTaskService().complete(waarschuwing.getId(), Map.of("inverzekeringstellingVerlengd", true));
    Date voorgeleiding = tijdstip("2026-11-29T05:00:00+01:00");
    assertThat(pi).hasPassed("Event_InverzekeringstellingVerlengd").isWaitingAt("Sub_InverzekeringstellingBewaken");
    assertThat(pi).variables().containsEntry("inverzekeringstellingUiterlijk", voorgeleiding)
        .containsEntry("inverzekeringstellingVerlengingBerekend", true)
        .containsEntry("tijdstipInverzekeringstelling", tijdstip("2026-11-25T15:00:00+01:00"));
    assertThat((String) processEngine.getRuntimeService().getVariable(pi.getId(), "inverzekeringstellingUitleg"))
        .contains("Verlengd").contains("art. 59a Sv");
    assertThat(klok.timers(pi)).isEqualTo(2);
    assertThat(klok.timer(pi, "Timer_WaarschuwingInverzekeringstelling")).isEqualTo(tijdstip("2026-11-28T17:00:00+01:00"));
    assertThat(klok.timer(pi, "Timer_InverzekeringstellingVerstreken")).isEqualTo(voorgeleiding);
  }

  @Test
  void vijfWerkdagenVoorVeiligThuisBijEenNietVastzaak() {
    // melding woensdag 25-11-2026 (dag 0): do 26, vr 27, ma 30, di 1-12, wo 2-12 is de 5e werkdag
    klok.zetOp("2026-11-25T10:00:00+01:00");
    Map<String, Object> intake = HgZaakStappen.intake(40, false);
    intake.put("datumVtMelding", "2026-11-25");
    ProcessInstance pi = stappen.start(intake);
    Date einde = tijdstip("2026-12-02T23:59:59+01:00");
    assertThat(pi).hasPassed("End_GeenOphoudtermijn").variables().containsEntry("veiligheidsbeoordelingUiterlijk", einde)
        .doesNotContainKey("ophoudenUiterlijk");
    assertThat((String) processEngine.getRuntimeService().getVariable(pi.getId(), "veiligheidsbeoordelingUitleg"))
        .contains("Dag 0 is woensdag 25-11-2026").contains("vrijdag 27-11-2026");
    assertThat(klok.timer(pi, "Timer_WaarschuwingVeiligheidsbeoordeling")).isEqualTo(tijdstip("2026-12-02T09:00:00+01:00"));
    assertThat(klok.timer(pi, "Timer_VeiligheidsbeoordelingVerstreken")).isEqualTo(einde);

    assertThat(klok.gaatAfOp(pi, "2026-12-02T09:00:00+01:00")).containsExactly("Timer_WaarschuwingVeiligheidsbeoordeling");
    Task vt = stappen.taak(pi, "Task_WaarschuwingVeiligheidsbeoordeling");
    assertThat(vt.getName()).isEqualTo("Waarschuwing: veiligheidsbeoordeling Veilig Thuis uiterlijk 23:59 op 02-12-2026");
    assertThat(vt.getDueDate()).isEqualTo(einde);
    assertThat(stappen.groepen(vt)).containsExactlyInAnyOrder("veilig-thuis", "zsm-supervisor");
    processEngine.getTaskService().complete(vt.getId());

    assertThat(klok.gaatAfOp(pi, "2026-12-02T23:59:59+01:00")).containsExactly("Timer_VeiligheidsbeoordelingVerstreken");
    assertThat(termijnIncidenten(pi)).extracting(Incident::getConfiguration).containsExactly(VEILIGHEIDSBEOORDELING);
    assertThat(stappen.groepen(stappen.taak(pi, "Task_VeiligheidsbeoordelingOverschreden"))).containsExactly("zsm-supervisor");

    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("STRUCTUREEL"));
    assertThat(klok.timers(pi)).isZero();
    stappen.voltooi(pi, "Task_VeiligheidsbeoordelingOverschreden", "zsm-supervisor",
        Map.of("termijnAfhandeling", "Beoordeling kwam een dag te laat binnen; besproken met Veilig Thuis."));
    assertThat(termijnIncidenten(pi)).isEmpty();
    assertThat(pi).hasPassed("End_GewaarschuwdVeiligheidsbeoordeling", "End_VeiligheidsbeoordelingOverschrijdingAfgehandeld");
  }

  private List<Incident> termijnIncidenten(ProcessInstance pi) {
    return processEngine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
        .incidentType("termijnOverschreden").list();
  }

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

  private static Map<String, Object> afdoening(String beslissing, String plandatum, String... maatregelen) {
    Map<String, Object> v = new HashMap<>();
    v.put("afdoeningsbeslissing", beslissing);
    v.put("toelichtingAfdoening", "Beslissing in de test.");
    TypedValue lijst = HgZaakStappen.maatregelen(maatregelen);
    v.put("veiligheidsmaatregelen", lijst);
    if (java.util.Arrays.asList(maatregelen).contains("TIJDELIJK_HUISVERBOD")) {
      // the burgemeester imposes a huisverbod; the officier records the date it was imposed
      v.put("huisverbodOpgelegdOp", LocalDate.now().toString());
    }
    if (plandatum != null) {
      v.put("plandatum", plandatum);
    }
    return v;
  }
}
