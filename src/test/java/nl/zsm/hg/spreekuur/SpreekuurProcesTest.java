package nl.zsm.hg.spreekuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * The called process spreekuurHuiselijkGeweld: afdoening on hold, the suspect seen within two weeks,
 * with and without consent for contact with VT, and the advice to the OM (L4239-4447).
 */
@ZsmSpringTest
class SpreekuurProcesTest extends DeelprocesTest {

  static final String PROCES = "spreekuurHuiselijkGeweld";
  /** Monday 23 November 2026, 14:00 in Amsterdam: the OvJ puts the decision on hold. */
  static final String ON_HOLD = "2026-11-23T14:00:00+01:00";



  @Override
  protected String proces() {
    return PROCES;
  }

  @Test
  void metToestemming_vtDeeltVoorwaarden_adviesMetReferentieonderzoekNaarDeOfficier() {
    ProcessInstance zaak = start("ZSM-SPR-1");
    assertThat(zaak).isWaitingAt("Task_Spreekuur");
    // binnen twee weken: uiterlijk het einde van de veertiende dag (L4266)
    assertThat(organisatietaken.taak(zaak.getId(), "Task_Spreekuur").getDueDate())
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-12-07T23:59:59+01:00").toInstant()));

    organisatietaken.doe(zaak.getId(), "Task_Spreekuur", "reclassering", Map.of("datumSpreekuur", "2026-11-30",
        "bevindingenSpreekuur", "Verdachte erkent spanningen thuis.", "toestemmingContactVt", true));
    assertThat(zaak).isWaitingAt("Task_VtOverleg").hasNotPassed("Task_Meldcode");
    organisatietaken.doe(zaak.getId(), "Task_VtOverleg", "veilig-thuis", Map.of("gezamenlijkGesprekWenselijk", true,
        "veiligheidsvoorwaarden", "Geen contact met ex-partner; omgang via derde.",
        "vtInformatieSpreekuur", "Eerdere melding 2025.", "contactpersoonVt", "J. Smit"));
    organisatietaken.doe(zaak.getId(), "Task_AdviesOm", "reclassering", advies("STRAFBESCHIKKING"));

    assertThat(zaak).isEnded();
    assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
        .variableName("adviesUitgebrachtDoor").singleResult().getValue()).isEqualTo("reclassering");
  }

  @Test
  void zonderToestemming_meldcode_vtGeeftWelInformatie() {
    ProcessInstance zaak = start("ZSM-SPR-2");
    organisatietaken.doe(zaak.getId(), "Task_Spreekuur", "reclassering", Map.of("datumSpreekuur", "2026-11-30",
        "bevindingenSpreekuur", "Verdachte wil geen contact met VT.", "toestemmingContactVt", false));
    assertThat(zaak).isWaitingAt("Task_Meldcode");

    organisatietaken.doe(zaak.getId(), "Task_Meldcode", "reclassering", Map.of("meldcodeStappen", "Stap 1-3: signalen, collegiaal overleg, VT geraadpleegd."));
    organisatietaken.doe(zaak.getId(), "Task_VtOverleg", "veilig-thuis", Map.of("veiligheidsvoorwaarden", "Contactverbod.",
        "vtInformatieSpreekuur", "VT adviseert contactverbod.", "contactpersoonVt", "J. Smit"));
    organisatietaken.doe(zaak.getId(), "Task_AdviesOm", "reclassering", advies("GEDRAGSAANWIJZING"));
    assertThat(zaak).isEnded().hasPassed("Task_Meldcode");
  }

  @Test
  void ongeldigAdvies_wordtGeweigerdEnDeTaakBlijftOpen() {
    ProcessInstance zaak = start("ZSM-SPR-3");
    organisatietaken.doe(zaak.getId(), "Task_Spreekuur", "reclassering", Map.of("datumSpreekuur", "2026-11-30",
        "bevindingenSpreekuur", "Geen toestemming.", "toestemmingContactVt", false));
    // het formulier vraagt de stappen verplicht; het stapcontract weigert een lege waarde al bij de stap zelf
    assertThatThrownBy(() -> organisatietaken.doe(zaak.getId(), "Task_Meldcode", "reclassering", Map.of("meldcodeStappen", " ")))
        .hasMessageContaining("meldcodeStappen");
    assertThat(zaak).isWaitingAt("Task_Meldcode");
    // zonder ingelogde gebruiker (intern) komt een lege waarde door; dan weigert het advies die
    processEngine.getTaskService().complete(organisatietaken.taak(zaak.getId(), "Task_Meldcode").getId(),
        Map.of("meldcodeStappen", " "));
    organisatietaken.doe(zaak.getId(), "Task_VtOverleg", "veilig-thuis", Map.of("veiligheidsvoorwaarden", "Contactverbod.",
        "vtInformatieSpreekuur", "Bekend.", "contactpersoonVt", "J. Smit"));
    String adviesTaak = organisatietaken.taak(zaak.getId(), "Task_AdviesOm").getId();
    Map<String, Object> ongeldig = advies("SEPOT_02");
    ongeldig.put("referentieonderzoek", "");

    assertThatThrownBy(() -> processEngine.getTaskService().complete(adviesTaak, ongeldig))
        .hasMessageContaining("Meldcode")
        .hasMessageContaining("referentieonderzoek")
        .hasMessageContaining("niet 'SEPOT_02'");
    assertThat(zaak).isWaitingAt("Task_AdviesOm");
    assertThat(runtimeService.getVariable(zaak.getId(), "adviesAfdoening")).isNull();
  }

  @Test
  void tweeWekenVerstreken_signaaltaakVoorDeReclassering_spreekuurtaakBlijftOpen() {
    ProcessInstance zaak = start("ZSM-SPR-4");
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(organisatietaken.taak(zaak.getId(), "Task_Spreekuur").getDueDate());

    processEngine.getManagementService().executeJob(timer.getId());

    assertThat(zaak).isWaitingAt("Task_Spreekuur", "Task_TermijnBewaken");
    organisatietaken.doe(zaak.getId(), "Task_TermijnBewaken", "reclassering", Map.of("spreekuurTermijnToelichting",
        "Verdachte was ziek; nieuwe afspraak op 10 december."));
    assertThat(zaak).hasPassed("End_TermijnGesignaleerd").isWaitingAt("Task_Spreekuur");
  }

  @Test
  void adviesNaVerstrekenTermijn_zaakGaatTerugNaarDeOfficierOokAlsHetSignaalNogOpenstaat() {
    ProcessInstance zaak = start("ZSM-SPR-5");
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).timers().singleResult();
    processEngine.getManagementService().executeJob(timer.getId());
    assertThat(zaak).isWaitingAt("Task_Spreekuur", "Task_TermijnBewaken");

    organisatietaken.doe(zaak.getId(), "Task_Spreekuur", "reclassering", Map.of("datumSpreekuur", "2026-12-09",
        "bevindingenSpreekuur", "Alsnog gesproken.", "toestemmingContactVt", false));
    organisatietaken.doe(zaak.getId(), "Task_Meldcode", "reclassering", Map.of("meldcodeStappen", "Meldcode gevolgd."));
    organisatietaken.doe(zaak.getId(), "Task_VtOverleg", "veilig-thuis", Map.of("veiligheidsvoorwaarden", "Geen contact.",
        "vtInformatieSpreekuur", "Bekend.", "contactpersoonVt", "J. Smit"));
    organisatietaken.doe(zaak.getId(), "Task_AdviesOm", "reclassering", advies("VOORWAARDELIJK_SEPOT"));

    assertThat(zaak).isEnded().hasPassed("End_AdviesOm").hasNotPassed("End_TermijnGesignaleerd");
    assertThat(taskService.createTaskQuery().processInstanceId(zaak.getId()).count()).isZero();
  }

  private ProcessInstance start(String zaaknummer) {
    Map<String, Object> v = new HashMap<>();
    v.put("zaaknummer", zaaknummer);
    v.put("adviseurGroep", "reclassering");
    v.put("datumAfdoeningOnHold", ON_HOLD);
    return runtimeService.startProcessInstanceByKey(PROCES, zaaknummer, v);
  }

  private static Map<String, Object> advies(String afdoening) {
    Map<String, Object> v = new HashMap<>();
    v.put("referentieonderzoek", "VT: contactverbod en omgang via derde (veiligheidsvoorwaarden).");
    v.put("advies", "Afdoening met bijzondere voorwaarden.");
    v.put("adviesAfdoening", afdoening);
    v.put("adviesBijzondereVoorwaarden", "Contactverbod, meldplicht.");
    v.put("contactpersoonReclassering", "P. de Wit");
    return v;
  }
}
