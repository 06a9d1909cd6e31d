package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.stalking.domain.VragenlijstStalking;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The police and VT fill in the Vragenlijst and the SASH in the stalking approach of a case, for tests. */
final class SashStappen {

  private final ProcessEngine engine;

  SashStappen(ProcessEngine engine) {
    this.engine = engine;
  }

  ProcessInstance stalkingaanpak(ProcessInstance zaak) {
    ProcessInstance sub = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(zaak.getId())
        .processDefinitionKey("stalkingAanpak").singleResult();
    assertThat(sub).as("lopende stalkingaanpak").isNotNull();
    return sub;
  }

  /** Vragenlijst (with complaint), VT's information and the SASH; {@code doodsangst} is an alarm question (hoog). */
  void sashInvullen(ProcessInstance zaak, boolean doodsangst, String oordeel) {
    sashInvullen(zaak, doodsangst, oordeel, true);
  }

  void sashInvullen(ProcessInstance zaak, boolean doodsangst, String oordeel, boolean klacht) {
    ProcessInstance sub = stalkingaanpak(zaak);
    Map<String, Object> vragenlijst = new HashMap<>();
    for (VragenlijstStalking vraag : VragenlijstStalking.values()) {
      vragenlijst.put(vraag.sleutel(), vraag.ordinal() < 3);
    }
    vragenlijst.put("klachtIngediend", klacht);
    vragenlijst.put("contactpersoonPolitieSlachtoffer", "Wijkagent De Boer");
    voltooi(sub, "Task_VragenlijstStalking", vragenlijst);
    voltooi(sub, "Task_SashVerrijken", Map.of("vtInformatieSash", "Twee eerdere meldingen bij VT."));
    Map<String, Object> sash = new HashMap<>();
    sash.put("sashNietsMeerTeVerliezen", false);
    sash.put("sashExPartnerDoodsangst", doodsangst);
    sash.put("sashOordeelBeoordelaar", oordeel);
    sash.put("sashToelichting", "In de test.");
    for (String factor : List.of("sashFysiekeToenadering", "sashBedreigingIntimidatie", "sashToegangWoning",
        "sashEerderGestalkt", "sashSpullenVernieldGestolen", "sashWaarschuwingGenegeerd", "sashStalkingVerergert",
        "sashContactNoodzakelijk", "sashGeschiedenisGeweld", "sashPsychischeProblemen", "sashMiddelengebruik",
        "sashIngrijpendVerlies", "sashExPartnerBezitterig", "sashExPartnerConflictOmgang")) {
      sash.put(factor, "afwezig");
    }
    voltooi(sub, "Task_SashInvullen", sash);
  }

  /** Fires the timer "Tijd om te beslissen zonder SASH" of the case, as if its moment had come. */
  void tijdOmTeBeslissen(ProcessInstance zaak) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(zaak.getId())
        .activityId("Timer_SashTeLaat").singleResult();
    assertThat(timer).as("timer Timer_SashTeLaat").isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  private void voltooi(ProcessInstance sub, String taak, Map<String, Object> variabelen) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(sub.getId())
        .taskDefinitionKey(taak).singleResult().getId(), variabelen);
  }
}
