package nl.zsm.hg.nazorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.nazorg.domain.NaZsmContract;
import nl.zsm.hg.nazorg.domain.UitspraakRechter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The called process naZsm (L920-956): only after a dagvaarding an advice for the judge with VT; the
 * judge's decision arrives as the message UitspraakRechter, correlated by business key, through the
 * engine API and through REST.
 */
@ZsmSpringTest
class NaZsmProcesTest extends DeelprocesTest {

  static final String PROCES = "naZsm";

  @LocalServerPort int port;


  @Override
  protected String proces() {
    return PROCES;
  }

  @Test
  void geenDagvaarding_geenZitting() {
    ProcessInstance zaak = start("ZSM-NA-1", "STRAFBESCHIKKING");
    assertThat(zaak).isEnded().hasPassed("End_GeenZitting").hasNotPassed("Task_AdviesRechter");
  }

  @Test
  void dagvaarding_uitspraakToezicht_viaEngineApi_reclasseringZetToezichtVoort() {
    ProcessInstance zaak = start("ZSM-NA-2", "DAGVAARDING");
    adviesVoorDeRechter(zaak);
    assertThat(zaak).isWaitingAt("Catch_UitspraakRechter");

    runtimeService.createMessageCorrelation(NaZsmContract.BERICHT_UITSPRAAK_RECHTER)
        .processInstanceBusinessKey("ZSM-NA-2")
        .setVariable(NaZsmContract.UITSPRAAK_RECHTER, "TOEZICHT")
        .setVariable(NaZsmContract.UITSPRAAK_TOELICHTING, "Voorwaardelijke gevangenisstraf met contactverbod en toezicht.")
        .correlate();

    assertThat(zaak).isWaitingAt("Task_Toezicht");
    organisatietaken.doe(zaak.getId(), "Task_Toezicht", "reclassering", Map.of("toezichtAfspraken", "Meldplicht wekelijks."));
    assertThat(zaak).isEnded().hasPassed("End_Toezicht").hasNotPassed("Task_VtVervolg");
  }

  /** L1428-1431: the RvdK does not supervise; with a minor the supervision goes to the jeugdreclassering. */
  @Test
  void minderjarige_uitspraakToezicht_rvdkDraagtOverAanDeJeugdreclassering() {
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey(PROCES, "ZSM-NA-5", Map.of("zaaknummer", "ZSM-NA-5",
        "adviseurGroep", "rvdk", "afdoeningsbeslissing", "DAGVAARDING"));
    organisatietaken.doe(zaak.getId(), "Task_ActueleSituatie", "veilig-thuis", Map.of("actueleSituatieGezin", "Rustig."));
    organisatietaken.doe(zaak.getId(), "Task_AdviesRechter", "rvdk", Map.of("adviesRechter", "Jeugdreclassering."));
    runtimeService.createMessageCorrelation(NaZsmContract.BERICHT_UITSPRAAK_RECHTER).processInstanceBusinessKey("ZSM-NA-5")
        .setVariable(NaZsmContract.UITSPRAAK_RECHTER, "TOEZICHT").correlate();

    assertThat(zaak).isWaitingAt("Task_OverdrachtJeugdreclassering").hasNotPassed("Task_Toezicht");
    organisatietaken.doe(zaak.getId(), "Task_OverdrachtJeugdreclassering", "rvdk", Map.of(
        "jeugdreclassering", "Jeugdreclassering Noord, M. Bakker",
        "overdrachtJeugdreclassering", "Contactverbod en meldplicht; de Raad houdt de casusregie."));
    assertThat(zaak).isEnded().hasPassed("End_ToezichtJeugdreclassering").hasNotPassed("Task_Toezicht");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ZSM-NA-5").count()).isZero();
  }

  @Test
  void dagvaardingMetVoorgeleiding_uitspraakViaRest_strafrechtelijkDeelBeeindigd_vtKrijgtDeInformatieTerug() {
    ProcessInstance zaak = start("ZSM-NA-3", "DAGVAARDING_VOORGELEIDING_RC");
    adviesVoorDeRechter(zaak);

    HttpResponse<String> antwoord = ApiClient.als(port, "rechtspraak").post("/engine-rest/message", """
        {"messageName": "UitspraakRechter", "businessKey": "ZSM-NA-3",
         "processVariables": {
           "uitspraakRechter": {"value": "STRAFRECHTELIJK_DEEL_BEEINDIGD", "type": "String"},
           "uitspraakToelichting": {"value": "Vrijspraak wegens gebrek aan bewijs.", "type": "String"}}}""");

    assertThat(antwoord.statusCode()).isEqualTo(204);
    assertThat(zaak).isWaitingAt("Task_VtVervolg");
    organisatietaken.doe(zaak.getId(), "Task_VtVervolg", "veilig-thuis", Map.of("vtVervolgNaUitspraak", "VT past de voorwaarden aan."));
    assertThat(zaak).isEnded().hasPassed("End_VtVervolg");
  }

  @Test
  void onbekendeUitspraakViaRest_400_zaakBlijftWachten() {
    ProcessInstance zaak = start("ZSM-NA-4", "DAGVAARDING");
    adviesVoorDeRechter(zaak);

    HttpResponse<String> antwoord = ApiClient.als(port, "rechtspraak").post("/engine-rest/message", """
        {"messageName": "UitspraakRechter", "businessKey": "ZSM-NA-4",
         "processVariables": {"uitspraakRechter": {"value": "HOGER_BEROEP", "type": "String"}}}""");

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    assertThat(antwoord.body()).contains("uitspraakRechter").contains("onbekende waarde 'HOGER_BEROEP'");
    assertThat(zaak).isWaitingAt("Catch_UitspraakRechter");
    assertThat(runtimeService.getVariable(zaak.getId(), "uitspraakRechter")).isNull();
  }

  private ProcessInstance start(String zaaknummer, String afdoening) {
    return runtimeService.startProcessInstanceByKey(PROCES, zaaknummer, Map.of("zaaknummer", zaaknummer,
        "adviseurGroep", "reclassering", "afdoeningsbeslissing", afdoening));
  }

  private void adviesVoorDeRechter(ProcessInstance zaak) {
    assertThat(zaak).isWaitingAt("Task_ActueleSituatie");
    organisatietaken.doe(zaak.getId(), "Task_ActueleSituatie", "veilig-thuis", Map.of("actueleSituatieGezin", "Contactverbod wordt nageleefd."));
    organisatietaken.doe(zaak.getId(), "Task_AdviesRechter", "reclassering", Map.of("adviesRechter", "Voorwaardelijke straf met toezicht."));
  }
}
