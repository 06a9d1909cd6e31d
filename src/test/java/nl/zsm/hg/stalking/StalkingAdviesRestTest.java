package nl.zsm.hg.stalking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reclassering's advice in a stalking case through REST, as Tasklist completes it: without the two
 * motivated considerations "overwegingen EM ja/nee" and "overwegingen DUT ja/nee", or with mediation while
 * the stalking goes on, the completion is refused with 400 and a Dutch reason and nothing is stored
 * (L5705-5742, L5983-5997).
 */
@ZsmSpringTest
class StalkingAdviesRestTest {

  static final String EM = "Geen EM: verdachte woont in een andere stad, locatieverbod zonder enkelband volstaat.";
  static final String DUT = "Wel DUT: hoog risico op een geweldsdelict, slachtofferbescherming staat voorop.";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @LocalServerPort int port;

  private ApiClient reclassering;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
    reclassering = ApiClient.als(port, "reclassering");
  }

  @Test
  void zonderOverwegingenEmEnDut_400_taakBlijftOpen() {
    ProcessInstance zaak = start("ZSM-EMDUT-1", true, false);
    HttpResponse<String> antwoord = voltooi(zaak, "", "", false);

    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("overwegingen EM ja/nee").contains("overwegingen DUT ja/nee");
    assertThat(zaak).isWaitingAt("Activity_AdviesReclassering");
    assertThat(runtimeService.getVariable(zaak.getId(), "advies")).isNull();
  }

  @Test
  void alleenEmGemotiveerd_400_dutOntbreekt() {
    ProcessInstance zaak = start("ZSM-EMDUT-2", true, false);
    HttpResponse<String> antwoord = voltooi(zaak, EM, "nee", false);

    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("overwegingen DUT ja/nee").doesNotContain("overwegingen EM ja/nee");
    assertThat(zaak).isWaitingAt("Activity_AdviesReclassering");
  }

  @Test
  void mediationTerwijlDeStalkingVoortduurt_400() {
    ProcessInstance zaak = start("ZSM-EMDUT-3", false, true);
    HttpResponse<String> antwoord = voltooi(zaak, EM, DUT, true);

    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("Geen mediation of herstelgesprek adviseren zolang het stalkinggedrag nog bestaat");
    assertThat(zaak).isWaitingAt("Activity_AdviesReclassering");
  }

  @Test
  void beideOverwegingenGemotiveerd_204_adviesUitgebracht() {
    ProcessInstance zaak = start("ZSM-EMDUT-4", true, false);
    HttpResponse<String> antwoord = voltooi(zaak, EM, DUT, false);

    assertThat(antwoord.statusCode()).isEqualTo(204);
    assertThat(zaak).isEnded();
  }

  @Test
  void geenStalkingzaak_geenOverwegingenNodig() {
    ProcessInstance zaak = start("ZSM-EMDUT-5", false, false);
    assertThat(voltooi(zaak, "", "", false).statusCode()).isEqualTo(204);
    assertThat(zaak).isEnded();
  }

  private ProcessInstance start(String zaaknummer, boolean label, boolean herkend) {
    Map<String, Object> v = new HashMap<>();
    v.put("zaaknummer", zaaknummer);
    v.put("adviseur", "RECLASSERING");
    v.put("adviseurGroep", "reclassering");
    v.put("leeftijdVerdachte", 36);
    v.put("labelExPartnerstalking", label);
    v.put("stalkingcomponentHerkend", herkend);
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey("adviesReclasseringRvdk", zaaknummer, v);
    assertThat(zaak).isWaitingAt("Activity_AdviesReclassering");
    return zaak;
  }

  private HttpResponse<String> voltooi(ProcessInstance zaak, String em, String dut, boolean mediation) {
    String taakId = processEngine.getTaskService().createTaskQuery().processInstanceId(zaak.getId()).singleResult().getId();
    return reclassering.post("/engine-rest/task/" + taakId + "/complete", """
        {"variables": {
          "advies": {"value": "Voorwaardelijke straf met contact- en locatieverbod.", "type": "String"},
          "adviesAfdoening": {"value": "DAGVAARDING", "type": "String"},
          "overwegingenEm": {"value": "%s", "type": "String"},
          "overwegingenDut": {"value": "%s", "type": "String"},
          "stalkingDuurtVoort": {"value": true, "type": "Boolean"},
          "mediationOfHerstelgesprekGeadviseerd": {"value": %s, "type": "Boolean"}}}""".formatted(em, dut, mediation));
  }
}
