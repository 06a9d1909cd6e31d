package nl.zsm.hg.slachtoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The called process shnVtAfstemming (Bijlage IV): SHN checks with VT first, then calls the victim; VT
 * sees the victim's answers only with the victim's consent. The REST proof is in
 * {@code hoofdproces.ToestemmingDelenMetVtTest}.
 */
@ZsmSpringTest
class ShnVtAfstemmingProcesTest extends DeelprocesTest {

  static final String PROCES = "shnVtAfstemming";

  @Override
  protected String proces() {
    return PROCES;
  }

  @Test
  void vtHeeftContact_deeltWatShnMoetWeten_metToestemmingZietVtDeAntwoorden() {
    ProcessInstance zaak = start("ZSM-SHN-1");

    Task navraag = taak(zaak, "Task_VtNavraag");
    assertThat(taken.kandidaatgroepen(navraag)).containsExactly("veilig-thuis");
    assertThat(taken.formulierAls("vt", navraag).path("id").asText()).isEqualTo("shn-vt-navraag");
    taken.voltooiAls("vt", navraag, Map.of("slachtofferBekendBijVt", true, "vtHeeftContact", true,
        "informatieVoorShn", "Slachtoffer verblijft bij zus.", "afgesprokenBelmoment", "vandaag na 15.00 uur",
        "vtKondigtShnAan", true));

    assertThat(zaak).isWaitingAt("Task_SlachtofferBenaderen").hasNotPassed("Task_VtEersteContact");
    Task bellen = taak(zaak, "Task_SlachtofferBenaderen");
    assertThat(taken.kandidaatgroepen(bellen)).containsExactly("slachtofferhulp");
    assertThat(taken.formulierAls("shn", bellen).path("id").asText()).isEqualTo("hg-slachtoffer-benaderen");
    assertThat(taskService.getVariables(bellen.getId())).containsEntry("informatieVoorShn", "Slachtoffer verblijft bij zus.")
        .containsEntry("afgesprokenBelmoment", "vandaag na 15.00 uur");
    taken.voltooiAls("shn", bellen, antwoorden(true));

    Task vtInformatie = taak(zaak, "Task_VtShnInformatie");
    assertThat(taken.kandidaatgroepen(vtInformatie)).containsExactly("veilig-thuis");
    assertThat(taken.formulierAls("vt", vtInformatie).path("id").asText()).isEqualTo("shn-informatie-voor-vt");
    assertThat(taskService.getVariables(vtInformatie.getId()))
        .containsEntry("gedeeldVeiligheidVolgensSlachtoffer", "Voelt zich alleen veilig als hij niet langskomt.")
        .containsEntry("gedeeldWensNuSlachtoffer", "Rust voor de kinderen.")
        .containsEntry("gedeeldOplossingVolgensSlachtoffer", "Tijdelijk bij zus wonen.")
        .doesNotContainKeys("veiligheidVolgensSlachtoffer", "wensNuSlachtoffer", "oplossingVolgensSlachtoffer");
    taken.voltooiAls("vt", vtInformatie, Map.of("vtReactieOpShnInformatie", "Meegenomen."));

    assertThat(zaak).isEnded().hasPassed("End_Gedeeld");
  }

  @Test
  void vtHeeftGeenContact_vtBeltEerst_zonderToestemmingKrijgtVtNiets() {
    ProcessInstance zaak = start("ZSM-SHN-2");
    taken.voltooiAls("vt", taak(zaak, "Task_VtNavraag"), Map.of("slachtofferBekendBijVt", false, "vtHeeftContact", false,
        "eersteContactDoor", "VT"));

    Task eerste = taak(zaak, "Task_VtEersteContact");
    assertThat(taken.kandidaatgroepen(eerste)).containsExactly("veilig-thuis");
    assertThat(taken.formulierAls("vt", eerste).path("id").asText()).isEqualTo("shn-vt-eerste-contact");
    taken.voltooiAls("vt", eerste, Map.of("vtEersteContactToelichting", "Bereikt; rol SHN uitgelegd."));

    taken.voltooiAls("shn", taak(zaak, "Task_SlachtofferBenaderen"), antwoorden(false));

    assertThat(zaak).isEnded().hasPassed("End_NietGedeeld").hasNotPassed("Task_VtShnInformatie");
    Map<String, Object> terug = procesvariabelen(zaak);
    assertThat(terug).containsEntry("wensenSlachtoffer", "Vervolging, en een contactverbod.")
        .containsEntry("slachtofferWenstVervolging", true).containsEntry("slachtofferToestemmingEmail", true)
        .containsEntry("ambtshalveVervolging", true)
        .containsEntry("gedeeldVeiligheidVolgensSlachtoffer", null)
        .containsEntry("gedeeldWensNuSlachtoffer", null).containsEntry("gedeeldOplossingVolgensSlachtoffer", null);
    assertThat(terug.values()).doesNotContain("Voelt zich alleen veilig als hij niet langskomt.");
  }

  @Test
  void vtHeeftGeenContact_shnBeltEerst() {
    ProcessInstance zaak = start("ZSM-SHN-3");
    taken.voltooiAls("vt", taak(zaak, "Task_VtNavraag"), Map.of("vtHeeftContact", false, "eersteContactDoor", "SHN"));

    assertThat(zaak).isWaitingAt("Task_SlachtofferBenaderen").hasNotPassed("Task_VtEersteContact");
  }

  /** What SHN records after the call; the three answers for VT are task-local. */
  static Map<String, Object> antwoorden(boolean delenMetVt) {
    Map<String, Object> v = new HashMap<>();
    v.put("slachtofferBereiktDoorShn", true);
    v.put("slachtofferWenstVervolging", true);
    v.put("wensenSlachtoffer", "Vervolging, en een contactverbod.");
    v.put("beschermingsbehoefteVolgensSlachtoffer", "Contactverbod.");
    v.put("ambtshalveVervolging", true);
    v.put("slachtofferToestemmingEmail", true);
    v.put("delenMetVtToegestaan", delenMetVt);
    v.put("veiligheidVolgensSlachtoffer", "Voelt zich alleen veilig als hij niet langskomt.");
    v.put("wensNuSlachtoffer", "Rust voor de kinderen.");
    v.put("oplossingVolgensSlachtoffer", "Tijdelijk bij zus wonen.");
    return v;
  }

  private ProcessInstance start(String zaaknummer) {
    return runtimeService.startProcessInstanceByKey(PROCES, zaaknummer,
        Map.of("zaaknummer", zaaknummer, "slachtofferNaam", "A. de Vries"));
  }

  private Task taak(ProcessInstance zaak, String sleutel) {
    Task taak = taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(sleutel).singleResult();
    assertThat(taak).as(sleutel).isNotNull();
    return taak;
  }

  /** The variables of the process instance scope at its end (what the main process gets back). */
  private Map<String, Object> procesvariabelen(ProcessInstance zaak) {
    Map<String, Object> variabelen = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(zaak.getId()).list().stream()
        .filter(v -> zaak.getId().equals(v.getActivityInstanceId()))
        .forEach(v -> variabelen.put(v.getName(), v.getValue()));
    return variabelen;
  }
}
