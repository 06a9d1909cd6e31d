package nl.zsm.hg.hoofdproces;

import static nl.zsm.hg.hoofdproces.Termijnklok.tijdstip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Termijnbewaking in the main process (issue 5; L14-20, L402-415, L529-535): due dates, warning and escalation of
 * ophouden, veiligheidsbeoordeling and inverzekeringstelling, with a steered engine clock ({@link Termijnklok}).
 */
@ZsmSpringTest
class HgZaakTermijnbewakingTest extends HoofdprocesScenario {

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
        .hasNotPassed("Call_WaarschuwingOphouden", "Task_OphoudenOverschrijdingMelden", "Task_InverzekeringstellingBerekenen");
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
}
