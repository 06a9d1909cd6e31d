package nl.zsm.hg.afdoening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.afdoening.domain.Advies;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The called process adviesReclasseringRvdk: an adult suspect gets advice from reclassering, a minor
 * from the RvdK (Bijlage III), never both.
 */
@ZsmSpringTest
class AdviesReclasseringRvdkProcesTest extends DeelprocesTest {

  static final String PROCES = "adviesReclasseringRvdk";

  @LocalServerPort int port;

  @Override
  protected String proces() {
    return PROCES;
  }

  @Test
  void meerderjarigeVerdachte_reclasseringAdviseertMetRiscEnBSafer() {
    ProcessInstance zaak = start("ZSM-ADV-1", zaakVanHoofdproces("RECLASSERING", "reclassering", 34));

    assertThat(zaak).isWaitingAt("Activity_AdviesReclassering");
    Task advies = taak(zaak, "Activity_AdviesReclassering");
    assertThat(advies.getName()).isEqualTo("Vroeghulp en afdoeningsadvies opstellen (RISC / B-SAFER)");
    assertThat(taken.kandidaatgroepen(advies)).containsExactly("reclassering");
    assertThat(taken.zichtbaarVoor("rvdk", zaak.getId())).isEmpty();
    assertThat(taken.formulierAls("reclassering", advies).path("id").asText()).isEqualTo("advies-reclassering");

    taken.voltooiAls("reclassering", advies, Map.of(
        "vroeghulpGedaan", true, "riscToegepast", true, "bSaferToegepast", true,
        "advies", "Verdachte staat open voor hulp; risico op herhaling gemiddeld (B-SAFER).",
        "adviesAfdoening", "VOORWAARDELIJK_SEPOT",
        "adviesBijzondereVoorwaarden", "Contactverbod met slachtoffer; meewerken aan gedragsinterventie."));

    assertThat(zaak).isEnded();
    assertThat(zaak).hasNotPassed("Activity_AdviesRvdk", "Activity_AdviseurBepalen");
    assertThat(eindvariabelen(zaak))
        .containsEntry("adviesAfdoening", "VOORWAARDELIJK_SEPOT")
        .containsEntry("adviesUitgebrachtDoor", "reclassering")
        .containsEntry("adviesBijzondereVoorwaarden", "Contactverbod met slachtoffer; meewerken aan gedragsinterventie.");
  }

  @Test
  void minderjarigeVerdachte_losGestart_rvdkAdviseert_geenReclasseringstaak() {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("zaaknummer", "ZSM-ADV-2");
    variabelen.put("leeftijdVerdachte", 15);
    variabelen.put("onveiligheid", "STRUCTUREEL");
    variabelen.put("veiligheidsvoorwaarden", "Jongere slaapt bij de opa zolang de spanning thuis hoog is.");
    ProcessInstance zaak = start("ZSM-ADV-2", variabelen);

    assertThat(zaak).hasPassed("Activity_AdviseurBepalen");
    assertThat(zaak).isWaitingAt("Activity_AdviesRvdk");
    Task advies = taak(zaak, "Activity_AdviesRvdk");
    assertThat(taken.kandidaatgroepen(advies)).containsExactly("rvdk");
    assertThat(taskService.createTaskQuery().processInstanceId(zaak.getId()).taskCandidateGroup("reclassering").count()).isZero();
    assertThat(taken.zichtbaarVoor("reclassering", zaak.getId())).isEmpty();
    assertThat(taken.formulierAls("rvdk", advies).path("id").asText()).isEqualTo("advies-rvdk");

    taken.voltooiAls("rvdk", advies, Map.of(
        "vroeghulpGedaan", true,
        "advies", "Jeugdhulp loopt; strafzaak aanhouden tot het hulpverleningsplan is geëvalueerd.",
        "adviesAfdoening", "PLANDATUM"));

    assertThat(zaak).isEnded();
    assertThat(eindvariabelen(zaak))
        .containsEntry("adviesUitgebrachtDoor", "rvdk")
        .containsEntry("adviesAfdoening", "PLANDATUM")
        .containsEntry("adviesBijzondereVoorwaarden", "");
  }

  @Test
  void viaRest_formulierOpvraagbaar_enOngeldigAdviesGeeft400_taakBlijftOpen() {
    ProcessInstance zaak = start("ZSM-ADV-3", zaakVanHoofdproces("RECLASSERING", "reclassering", 41));
    Task advies = taak(zaak, "Activity_AdviesReclassering");
    ApiClient reclassering = ApiClient.als(port, "reclassering");

    HttpResponse<String> formulier = reclassering.get("/engine-rest/task/" + advies.getId() + "/deployed-form");
    assertThat(formulier.statusCode()).isEqualTo(200);
    assertThat(formulier.body()).contains("\"id\": \"advies-reclassering\"");

    HttpResponse<String> ongeldig = reclassering.post("/engine-rest/task/" + advies.getId() + "/complete", """
        {"variables": {
          "advies": {"value": "Advies.", "type": "String"},
          "adviesAfdoening": {"value": "VRIJSPRAAK", "type": "String"}}}""");

    assertThat(ongeldig.statusCode()).isEqualTo(400);
    assertThat(ongeldig.body()).contains("adviesAfdoening").contains("onbekende waarde 'VRIJSPRAAK'");
    assertThat(zaak).isWaitingAt("Activity_AdviesReclassering");
    assertThat(runtimeService.getVariable(zaak.getId(), "adviesAfdoening")).isNull();
  }

  private static Map<String, Object> zaakVanHoofdproces(String adviseur, String groep, int leeftijd) {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("zaaknummer", "ZSM-test");
    variabelen.put("vast", true);
    variabelen.put("leeftijdVerdachte", leeftijd);
    variabelen.put("adviseur", adviseur);
    variabelen.put("adviseurGroep", groep);
    variabelen.put("onveiligheid", "ACUUT");
    variabelen.put("veiligheidsvoorwaarden", "Verdachte verblijft niet in de woning.");
    variabelen.put("veiligheidsbeoordelingAfgerond", true);
    return variabelen;
  }

  private Task taak(ProcessInstance zaak, String activiteit) {
    return taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(activiteit).singleResult();
  }
}
