package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.indicatoren.domain.Indicator;
import nl.zsm.hg.indicatoren.domain.Periode;
import nl.zsm.hg.indicatoren.engine.IndicatorenService;
import nl.zsm.hg.intake.domain.Regio;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A known history, built with the engine clock in the week of 3 March 2025 in the region Noord-Nederland: four cases,
 * walked through the real process, then every indicator is asserted to its exact value (docs/indicatoren.md).
 *
 * <ol>
 *   <li>Vast, arrested Mon 09:00; VT acuut at 11:00; sent home at 12:00 with a contactverbod; advice (RISC) 15:00;
 *       dagvaarding with voorgeleiding 16:00; victim reached by phone 17:00.</li>
 *   <li>Vast, arrested Tue 09:00; no decision by 18:00 (9-hour incident); inverzekeringstelling at 20:00; VT at 21:00;
 *       the inverzekeringstelling ends Fri 20:00 without an afdoeningsbeslissing (incident, still open).</li>
 *   <li>Niet-vast, ex-partnerstalking, intake Wed 10:00; VT Thu 10:00; SASH laag; sepot Thu 12:00; victim not reached
 *       in three calls, the supervisor chooses another way.</li>
 *   <li>Niet-vast, intake Thu 10:00; VT misses the 5 werkdagen (ending Thu 13 March 23:59:59), assesses Fri 12:00.</li>
 * </ol>
 */
@ZsmSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorenHistorieTest {

  static final Periode WEEK = new Periode(java.time.LocalDate.of(2025, 3, 3), java.time.LocalDate.of(2025, 3, 9));
  static final Optional<Regio> NOORD = Optional.of(Regio.NOORD_NEDERLAND);

  @Autowired ProcessEngine engine;
  @Autowired IndicatorenService service;
  @Autowired nl.zsm.hg.indicatoren.engine.Maandcijfers maandcijfers;
  @Autowired nl.zsm.hg.indicatoren.domain.MaandcijferRegister maandcijferRegister;
  HgZaakStappen stappen;
  Termijnklok klok;

  private boolean gebouwd;

  /** Once per class, but inside a test: the coverage extension records process starts only during a test run. */
  @BeforeEach
  void bouwDeHistorie() {
    if (gebouwd) {
      return;
    }
    gebouwd = true;
    stappen = new HgZaakStappen(engine);
    klok = new Termijnklok(engine);
    try {
      zaakOpTijdHeengezondenMetContactverbod();
      zaakMetOverschrijdingenVanOphoudenEnInverzekeringstelling();
      stalkingzaakMetNietBereiktSlachtoffer();
      nietVastzaakMetTeLateVeiligheidsbeoordeling();
      klok.zetOp("2025-03-05T09:00:00+01:00");
      stappen.start(intake(false, "limburg", "2025-03-05"));
      ProcessInstance oud = stappen.start(intake(false, "limburg", "2025-03-05"));
      // a case from before the region was recorded: no value for regio
      engine.getRuntimeService().setVariable(oud.getId(), "regio", null);
    } finally {
      klok.herstel();
    }
  }

  @AfterAll
  void klokTerug() {
    klok.herstel();
  }

  private void zaakOpTijdHeengezondenMetContactverbod() {
    klok.zetOp("2025-03-03T10:00:00+01:00");
    Map<String, Object> intake = intake(true, "noord-nederland", null);
    intake.put("tijdstipAanhouding", "2025-03-03T09:00:00+01:00");
    ProcessInstance pi = stappen.start(intake);
    klok.zetOp("2025-03-03T11:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    klok.zetOp("2025-03-03T12:00:00+01:00");
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD")));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    klok.zetOp("2025-03-03T13:00:00+01:00");
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    klok.zetOp("2025-03-03T15:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.", "adviesAfdoening", "DAGVAARDING",
        "adviesBijzondereVoorwaarden", "Contactverbod", "adviesUitgebrachtDoor", "reclassering", "riscToegepast", true));
    klok.zetOp("2025-03-03T16:00:00+01:00");
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", Map.of("afdoeningsbeslissing", "DAGVAARDING_VOORGELEIDING_RC",
        "toelichtingAfdoening", "Test.", "veiligheidsmaatregelen", HgZaakStappen.maatregelen("VOORGELEIDING_RC")));
    klok.zetOp("2025-03-03T17:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp",
        Termijnklok.tijdstip("2025-03-03T17:00:00+01:00"), "slachtofferBereikt", true,
        "slachtofferInformatieToelichting", "Gebeld."));
  }

  private void zaakMetOverschrijdingenVanOphoudenEnInverzekeringstelling() {
    klok.zetOp("2025-03-04T10:00:00+01:00");
    Map<String, Object> intake = intake(true, "noord-nederland", null);
    intake.put("tijdstipAanhouding", "2025-03-04T09:00:00+01:00");
    ProcessInstance pi = stappen.start(intake);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "ophoudenUiterlijk"))
        .isEqualTo(Termijnklok.tijdstip("2025-03-04T18:00:00+01:00"));
    klok.zetOp("2025-03-04T19:00:00+01:00");
    assertThat(klok.voerVervallenTimersUit(pi)).contains("Timer_OphoudenVerstreken");
    klok.zetOp("2025-03-04T20:00:00+01:00");
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "inverzekeringstellingUiterlijk"))
        .isEqualTo(Termijnklok.tijdstip("2025-03-07T20:00:00+01:00"));
    klok.zetOp("2025-03-04T21:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    klok.zetOp("2025-03-07T20:00:00+01:00");
    assertThat(klok.voerVervallenTimersUit(pi)).contains("Timer_InverzekeringstellingVerstreken");
  }

  private void stalkingzaakMetNietBereiktSlachtoffer() {
    klok.zetOp("2025-03-05T10:00:00+01:00");
    Map<String, Object> intake = intake(false, "noord-nederland", "2025-03-05");
    intake.put("labelExPartnerstalking", true);
    ProcessInstance pi = stappen.start(intake);
    klok.zetOp("2025-03-06T10:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    klok.zetOp("2025-03-06T11:00:00+01:00");
    // a vermoeden: without one the case stops at once (no suspicion means stop) and never reaches the stalking approach
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    // with the label the SASH comes before the decision (issue 12)
    new SashStappen(engine).sashInvullen(pi, false, "laag", false);
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    Map<String, Object> stalking = new HashMap<>();
    stalking.put("klachtIngediend", false);
    stalking.put("sashOordeelBeoordelaar", "laag");
    stalking.put("contactpersoonPolitieSlachtoffer", "Wijkagent");
    stappen.rondDeelprocesAf(pi, "stalkingAanpak", stalking);
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", false, "delenMetVtToegestaan", false));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE", "ernstigeBezwaren", false));
    klok.zetOp("2025-03-06T12:00:00+01:00");
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", Map.of("afdoeningsbeslissing", "SEPOT_01",
        "toelichtingAfdoening", "Test.", "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));
    ProcessInstance informeren = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).processDefinitionKey("slachtofferInformeren").singleResult();
    for (int poging = 1; poging <= 3; poging++) {
      String gebeld = "2025-03-06T1" + (2 + poging) + ":00:00+01:00";
      klok.zetOp(gebeld);
      klok.voerVervallenTimersUit(informeren);
      Task bellen = stappen.taak(informeren, "Activity_Bellen");
      // the call check reads the engine clock (one clock): the call happened at the moved engine time
      engine.getTaskService().complete(bellen.getId(), Map.of("slachtofferGeinformeerdOp", Termijnklok.tijdstip(gebeld),
          "slachtofferBereikt", false, "slachtofferInformatieToelichting", "Geen gehoor."));
    }
    stappen.voltooiIn(informeren, "Activity_AndereWegKiezen", Map.of("slachtofferAndereWeg", "POLITIE_LANGS",
        "slachtofferAndereWegToelichting", "Wijkagent gaat langs."));
  }

  private void nietVastzaakMetTeLateVeiligheidsbeoordeling() {
    klok.zetOp("2025-03-06T10:00:00+01:00");
    ProcessInstance pi = stappen.start(intake(false, "noord-nederland", "2025-03-06"));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "veiligheidsbeoordelingUiterlijk"))
        .isEqualTo(Termijnklok.tijdstip("2025-03-13T23:59:59+01:00"));
    klok.zetOp("2025-03-14T00:00:00+01:00");
    assertThat(klok.voerVervallenTimersUit(pi)).contains("Timer_VeiligheidsbeoordelingVerstreken");
    klok.zetOp("2025-03-14T12:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("STRUCTUREEL"));
  }

  private static Map<String, Object> intake(boolean vast, String regio, String datumVtMelding) {
    Map<String, Object> v = HgZaakStappen.intake(40, vast);
    v.put("regio", regio);
    v.remove("tijdstipAanhouding");
    if (datumVtMelding != null) {
      v.put("datumVtMelding", datumVtMelding);
    }
    return v;
  }

  private Map<String, Indicator> bereken(Optional<Regio> regio, int minimum) {
    klok.zetOp("2025-03-20T12:00:00+01:00");
    try {
      return service.bereken(WEEK, regio, minimum).stream()
          .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    } finally {
      klok.herstel();
    }
  }

  @Test
  void elkeIndicatorHeeftDeVerwachteWaardeEnHetAantalZakenErachter() {
    Map<String, Indicator> i = bereken(NOORD, 1);
    verwacht(i, "zaken.aantal", 4.0, 4);
    verwacht(i, "label.huiselijk-geweld.aandeel", 100.0, 4);
    verwacht(i, "label.ex-partnerstalking.aandeel", 25.0, 4);
    verwacht(i, "vt.beoordeling-voor-vrijheidsbeslissing.aandeel", 50.0, 2);
    verwacht(i, "vt.beoordeling-binnen-5-werkdagen.aandeel", 50.0, 2);
    // VT: 2, 12, 24 and 194 hours after arrest or melding
    verwacht(i, "doorlooptijd.vt-beoordeling.mediaan", 18.0, 4);
    verwacht(i, "doorlooptijd.vt-beoordeling.p90", 194.0, 4);
    verwacht(i, "doorlooptijd.advies.mediaan", 6.0, 1);
    verwacht(i, "doorlooptijd.advies.p90", 6.0, 1);
    // OvJ: 7 and 26 hours
    verwacht(i, "doorlooptijd.beslissing-ovj.mediaan", 16.5, 2);
    verwacht(i, "doorlooptijd.beslissing-ovj.p90", 26.0, 2);
    verwacht(i, "overschrijding.ophouden.aantal", 1.0, 1);
    verwacht(i, "overschrijding.ophouden.aandeel", 50.0, 2);
    verwacht(i, "overschrijding.ophouden.tijd-voorbij.mediaan", 2.0, 1);
    verwacht(i, "overschrijding.vt-5-werkdagen.aantal", 1.0, 1);
    verwacht(i, "overschrijding.vt-5-werkdagen.aandeel", 50.0, 2);
    verwacht(i, "overschrijding.vt-5-werkdagen.tijd-voorbij.mediaan", 12.0, 1);
    verwacht(i, "overschrijding.inverzekeringstelling.aantal", 1.0, 1);
    verwacht(i, "overschrijding.inverzekeringstelling.aandeel", 100.0, 1);
    // still no afdoeningsbeslissing at the measurement (20 March 12:00): 12 days 16 hours beyond
    verwacht(i, "overschrijding.inverzekeringstelling.tijd-voorbij.mediaan", 304.0, 1);
    verwacht(i, "vrijlating-acuut-onveilig.aantal", 1.0, 1);
    verwacht(i, "vrijlating-acuut-onveilig.maatregel.CONTACTVERBOD", 1.0, 1);
    onderdrukt(i, "vrijlating-acuut-onveilig.maatregel.GEBIEDSVERBOD");
    verwacht(i, "slachtoffer.geinformeerd.aandeel", 50.0, 2);
    verwacht(i, "slachtoffer.geinformeerd-door.slachtofferhulp.aantal", 1.0, 1);
    onderdrukt(i, "slachtoffer.geinformeerd-door.veilig-thuis.aantal");
    verwacht(i, "slachtoffer.tijd-tot-telefonisch-contact.mediaan", 1.0, 1);
    verwacht(i, "slachtoffer.tijd-tot-telefonisch-contact.p90", 1.0, 1);
    onderdrukt(i, "slachtoffer.tijd-tot-email.mediaan");
    verwacht(i, "slachtoffer.niet-bereikt.aantal", 1.0, 1);
    verwacht(i, "advies.reclassering.aantal", 1.0, 1);
    verwacht(i, "advies.reclassering-risc.aantal", 1.0, 1);
    onderdrukt(i, "advies.reclassering-b-safer.aantal");
    onderdrukt(i, "advies.rvdk.aantal");
    verwacht(i, "afdoeningsroute.NIET_VRIJ_ZONDER_VEILIGHEIDSMAATREGELEN.aantal", 1.0, 1);
    // the stalking case has a vermoeden, insufficient evidence and no unsafety: a sepot, VT goes on without criminal law
    verwacht(i, "afdoeningsroute.SEPOT_VT_ZONDER_STRAFRECHT.aantal", 1.0, 1);
    onderdrukt(i, "afdoeningsroute.GEEN_STRAFBAAR_FEIT.aantal");
    onderdrukt(i, "afdoeningsroute.REGULIERE_AFDOENING.aantal");
    verwacht(i, "stalking.aantal", 1.0, 1);
    verwacht(i, "stalking.sash-laag.aantal", 1.0, 1);
    onderdrukt(i, "stalking.sash-hoog.aantal");
  }

  @Test
  void eenCelMetMinderZakenDanHetMinimumWordtNietGetoond() {
    Map<String, Indicator> i = bereken(NOORD, 3);
    verwacht(i, "zaken.aantal", 4.0, 4);
    verwacht(i, "doorlooptijd.vt-beoordeling.mediaan", 18.0, 4);
    onderdrukt(i, "overschrijding.ophouden.aantal");
    onderdrukt(i, "vt.beoordeling-voor-vrijheidsbeslissing.aandeel");
    onderdrukt(i, "slachtoffer.niet-bereikt.aantal");
    // enough cases behind it, but the share would give away a small count: 1 of 4 (25 %) and 3 of 4 (75 %)
    onderdrukt(i, "label.ex-partnerstalking.aandeel");
    // 4 of 4: nothing small to give away
    verwacht(i, "label.huiselijk-geweld.aandeel", 100.0, 4);
  }

  @Test
  void perRegioEnOudeZakenZonderRegioTellenAlsOnbekend() {
    assertThat(bereken(Optional.of(Regio.LIMBURG), 1).get("zaken.aantal").waarde()).isEqualTo(1.0);
    assertThat(bereken(Optional.of(Regio.ONBEKEND), 1).get("zaken.aantal").waarde()).isEqualTo(1.0);
    assertThat(bereken(Optional.empty(), 1).get("zaken.aantal").waarde()).isEqualTo(6.0);
    assertThat(bereken(Optional.of(Regio.AMSTERDAM), 1).get("zaken.aantal").onderdrukt()).isTrue();
  }

  @Test
  void deMaandcijfersBlijvenBewaardPerRegioZonderZaakgegevens() {
    klok.zetOp("2025-04-01T02:30:00+02:00");
    try {
      maandcijfers.bewaarAfgelopenMaanden();
    } finally {
      klok.herstel();
    }
    Map<String, nl.zsm.hg.indicatoren.domain.Maandcijfer> maart = maandcijferRegister
        .van(java.time.YearMonth.of(2025, 3), Regio.NOORD_NEDERLAND).stream()
        .collect(Collectors.toMap(nl.zsm.hg.indicatoren.domain.Maandcijfer::code, Function.identity()));
    assertThat(maart.get("zaken.aantal").waarde()).isEqualTo(4.0);
    // stored without suppression: the small cell is suppressed when it is shown
    assertThat(maart.get("overschrijding.ophouden.aantal").waarde()).isEqualTo(1.0);
    assertThat(maart.get("overschrijding.ophouden.aantal").aantalZaken()).isEqualTo(1);
    assertThat(maart.get("doorlooptijd.vt-beoordeling.mediaan").waarde()).isEqualTo(18.0);
    assertThat(maandcijferRegister.van(java.time.YearMonth.of(2025, 3), Regio.ONBEKEND).stream()
        .filter(c -> c.code().equals("zaken.aantal")).findFirst().orElseThrow().waarde()).isEqualTo(1.0);
    assertThat(maandcijferRegister.van(java.time.YearMonth.of(2025, 1), Regio.NOORD_NEDERLAND)).isNotEmpty()
        .allSatisfy(c -> assertThat(c.code().equals("zaken.aantal") ? c.waarde() : 0.0).isEqualTo(0.0));
    assertThat(maandcijferRegister.van(java.time.YearMonth.of(2025, 4), Regio.NOORD_NEDERLAND)).isEmpty();
  }

  private static void verwacht(Map<String, Indicator> indicatoren, String code, double waarde, int aantalZaken) {
    assertThat(indicatoren).containsKey(code);
    Indicator i = indicatoren.get(code);
    assertThat(i.onderdrukt()).as(code + " onderdrukt").isFalse();
    assertThat(i.waarde()).as(code).isEqualTo(waarde);
    assertThat(i.aantalZaken()).as(code + " aantal zaken").isEqualTo(aantalZaken);
  }

  private static void onderdrukt(Map<String, Indicator> indicatoren, String code) {
    assertThat(indicatoren).containsKey(code);
    assertThat(indicatoren.get(code)).as(code).isEqualTo(new Indicator(code, indicatoren.get(code).omschrijving(), null, null, true));
  }
}
