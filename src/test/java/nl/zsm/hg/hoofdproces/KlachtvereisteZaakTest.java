package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, klachtvereiste (L5369-5376): the complaint reaches the case when the police record it, not when the
 * whole stalking approach has ended; and the complaint is needed only when stalking is the only offence charged.
 */
@ZsmSpringTest
class KlachtvereisteZaakTest {

  @Autowired ProcessEngine processEngine;

  private HgZaakStappen stappen;

  @BeforeEach
  void init() {
    stappen = new HgZaakStappen(processEngine);
  }

  @Test
  void deKlachtBereiktDeZaakZodraDePolitieHaarVastlegt() {
    Map<String, Object> intake = HgZaakStappen.intake(45, false);
    intake.put("labelExPartnerstalking", true);
    ProcessInstance pi = stappen.start(intake);
    // with the label the stalking approach starts at the intake (the SASH comes before the liberty decision)
    ProcessInstance stalking = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).processDefinitionKey("stalkingAanpak").singleResult();
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "klachtIngediend")).isNull();

    stappen.voltooiIn(stalking, "Task_VragenlijstStalking", Map.of("klachtIngediend", true,
        "contactpersoonPolitieSlachtoffer", "Wijkagent De Boer"));

    // the SASH, the actions and a possible MDO still run; the OvJ already knows of the complaint
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(stalking.getId()).count())
        .isEqualTo(1);
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "klachtIngediend")).isEqualTo(true);
    // only the complaint goes up, not the questionnaire
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "contactpersoonPolitieSlachtoffer")).isNull();
  }

  @Test
  void zonderKlachtKanDeOfficierDagvaardenAlsOokMishandelingTenLasteWordtGelegd() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(38, false));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("GEEN"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true, "stalkingcomponentHerkend", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    Map<String, Object> stalking = new HashMap<>();
    stalking.put("klachtIngediend", false);
    stalking.put("sashOordeelBeoordelaar", "laag");
    stalking.put("contactpersoonPolitieSlachtoffer", "Wijkagent De Boer");
    stappen.rondDeelprocesAf(pi, "stalkingAanpak", stalking);
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", false));
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "route")).isEqualTo("REGULIERE_AFDOENING");

    String beslistaak = stappen.taak(pi, "Task_Afdoeningsbeslissing").getId();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(beslistaak, dagvaarding(false)))
        .hasMessageContaining("klachtdelict").hasMessageContaining("geen klachtdelict zijn");
    processEngine.getTaskService().complete(beslistaak, dagvaarding(true));
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "afdoeningsbeslissing")).isEqualTo("DAGVAARDING");
  }

  private static Map<String, Object> dagvaarding(boolean ookMishandeling) {
    Map<String, Object> v = new HashMap<>();
    v.put("afdoeningsbeslissing", "DAGVAARDING");
    v.put("toelichtingAfdoening", "Stalking en mishandeling.");
    v.put("informerendeOrganisatie", "slachtofferhulp");
    v.put("veiligheidsmaatregelen", HgZaakStappen.maatregelen());
    v.put("ookAndereFeitenTenLaste", ookMishandeling);
    return v;
  }
}
