package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A release of an arrested suspect with the OvJ's afdoeningsbeslissing counts as a release of an acutely unsafe
 * suspect, like one at the vrijheidsbeslissing (issue 16), read from the history so that a past period recomputes.
 * Three vastzaken in the week of 13 January 2025 in Zeeland-West-Brabant, walked through the real process:
 *
 * <ol>
 *   <li>inverzekeringstelling; VT acuut; released with a strafbeschikking and a contactverbod: counted at the
 *       afdoening;</li>
 *   <li>inverzekeringstelling; VT: no unsafety; released with a strafbeschikking: not counted;</li>
 *   <li>sent home while acuut with a gebiedsverbod, later a strafbeschikking with a contactverbod: counted once, at the
 *       vrijheidsbeslissing, with its gebiedsverbod.</li>
 * </ol>
 */
@ZsmSpringTest
class IndicatorenVrijlatingBijAfdoeningTest {

  private static final Periode WEEK = new Periode(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 19));

  @Autowired ProcessEngine engine;
  @Autowired IndicatorenService service;

  private Termijnklok klok;

  @AfterEach
  void klokTerug() {
    if (klok != null) {
      klok.herstel();
    }
  }

  @Test
  void vrijlatingMetDeAfdoeningsbeslissingTeltMee() {
    HgZaakStappen stappen = new HgZaakStappen(engine);
    klok = new Termijnklok(engine);
    vastgehoudenEnVrijgelatenBijAfdoening(stappen, "2025-01-13", "ACUUT", "CONTACTVERBOD");
    vastgehoudenEnVrijgelatenBijAfdoening(stappen, "2025-01-14", "GEEN");
    heengezondenEnLaterAfgedaan(stappen, "2025-01-15");

    klok.zetOp("2025-01-31T12:00:00+01:00");
    Map<String, Indicator> i = service.bereken(WEEK, Optional.of(Regio.ZEELAND_WEST_BRABANT), 1).stream()
        .collect(Collectors.toMap(Indicator::code, Function.identity()));
    assertThat(i.get("zaken.aantal").waarde()).isEqualTo(3.0);
    assertThat(i.get("vrijlating-acuut-onveilig.aantal").waarde()).isEqualTo(2.0);
    assertThat(i.get("vrijlating-acuut-onveilig.heenzenden.aantal").waarde()).isEqualTo(1.0);
    assertThat(i.get("vrijlating-acuut-onveilig.afdoening.aantal").waarde()).isEqualTo(1.0);
    // the measures of the decision that released: the contactverbod of the afdoening in case 1, the gebiedsverbod of
    // the vrijheidsbeslissing in case 3 (its later contactverbod is no second release)
    assertThat(i.get("vrijlating-acuut-onveilig.maatregel.CONTACTVERBOD").waarde()).isEqualTo(1.0);
    assertThat(i.get("vrijlating-acuut-onveilig.maatregel.GEBIEDSVERBOD").waarde()).isEqualTo(1.0);
    assertThat(i.get("vrijlating-acuut-onveilig.maatregel.VASTHOUDEN_IVS").onderdrukt()).isTrue();
  }

  private void vastgehoudenEnVrijgelatenBijAfdoening(HgZaakStappen stappen, String dag, String onveiligheid,
      String... maatregelen) {
    ProcessInstance pi = aangehouden(stappen, dag);
    klok.zetOp(dag + "T11:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling(onveiligheid));
    klok.zetOp(dag + "T12:00:00+01:00");
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("VASTHOUDEN_IVS")));
    naarAfdoening(stappen, pi, dag);
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening("STRAFBESCHIKKING", maatregelen));
  }

  private void heengezondenEnLaterAfgedaan(HgZaakStappen stappen, String dag) {
    ProcessInstance pi = aangehouden(stappen, dag);
    klok.zetOp(dag + "T11:00:00+01:00");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    klok.zetOp(dag + "T12:00:00+01:00");
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("GEBIEDSVERBOD"), "maatregelGebied", "Wijk Oost"));
    naarAfdoening(stappen, pi, dag);
    stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", afdoening("STRAFBESCHIKKING", "CONTACTVERBOD"));
  }

  private ProcessInstance aangehouden(HgZaakStappen stappen, String dag) {
    klok.zetOp(dag + "T10:00:00+01:00");
    Map<String, Object> intake = HgZaakStappen.intake(40, true);
    intake.put("regio", "zeeland-west-brabant");
    intake.put("tijdstipAanhouding", dag + "T09:00:00+01:00");
    return stappen.start(intake);
  }

  private void naarAfdoening(HgZaakStappen stappen, ProcessInstance pi, String dag) {
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    klok.zetOp(dag + "T13:00:00+01:00");
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    // the route of Bijlage I asks the advice of the reclassering only with unsafety
    if (engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("adviesReclasseringRvdk").count() > 0) {
      stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.", "adviesAfdoening",
          "STRAFBESCHIKKING", "adviesBijzondereVoorwaarden", "Contactverbod", "adviesUitgebrachtDoor", "reclassering"));
    }
    klok.zetOp(dag + "T16:00:00+01:00");
  }

  private static Map<String, Object> afdoening(String beslissing, String... maatregelen) {
    Map<String, Object> v = new HashMap<>();
    v.put("afdoeningsbeslissing", beslissing);
    v.put("toelichtingAfdoening", "Beslissing in de test.");
    v.put("veiligheidsmaatregelen", HgZaakStappen.maatregelen(maatregelen));
    return v;
  }
}
