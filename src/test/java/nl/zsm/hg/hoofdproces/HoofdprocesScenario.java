package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the scenario classes of the main process: the engine, the steps of a case ({@link HgZaakStappen}) and the
 * engine clock ({@link Termijnklok}, put back after each test), and the helpers several scenarios share. Each
 * subclass carries {@link nl.zsm.hg.ZsmSpringTest} and covers one question or route; run any of them alone.
 */
abstract class HoofdprocesScenario {

  @Autowired ProcessEngine processEngine;

  HgZaakStappen stappen;
  Termijnklok klok;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
    stappen = new HgZaakStappen(processEngine);
    klok = new Termijnklok(processEngine);
  }

  @AfterEach
  void klokTerug() {
    klok.herstel();
  }

  /** The interim call to the victim: SHN's task (due the end of today) shows the decision; then it is finished. */
  void slachtofferTussentijdsGeinformeerd(ProcessInstance pi, String afdoening) {
    ProcessInstance sub = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("slachtofferInformeren").singleResult();
    Task bellen = processEngine.getTaskService().createTaskQuery().processInstanceId(sub.getId()).singleResult();
    assertThat(stappen.groepen(bellen)).containsExactly("slachtofferhulp");
    assertThat(bellen.getDueDate()).isEqualTo(Date.from(LocalDate.now(ZoneId.of("Europe/Amsterdam")).atTime(23, 59, 59)
        .atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
    assertThat(processEngine.getRuntimeService().getVariable(sub.getId(), "vrijheidsbeslissing"))
        .isEqualTo(afdoening == null ? "HEENZENDEN" : processEngine.getRuntimeService().getVariable(pi.getId(), "vrijheidsbeslissing"));
    assertThat(processEngine.getRuntimeService().getVariable(sub.getId(), "afdoeningsbeslissing")).isEqualTo(afdoening);
    stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp", new Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Gebeld over de vrijlating."));
    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, pi.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.SLACHTOFFER);
  }

  static Map<String, Object> afdoening(String beslissing, String plandatum, String... maatregelen) {
    Map<String, Object> v = new HashMap<>();
    v.put("afdoeningsbeslissing", beslissing);
    v.put("toelichtingAfdoening", "Beslissing in de test.");
    TypedValue lijst = HgZaakStappen.maatregelen(maatregelen);
    v.put("veiligheidsmaatregelen", lijst);
    if (java.util.Arrays.asList(maatregelen).contains("TIJDELIJK_HUISVERBOD")) {
      // the burgemeester imposes a huisverbod; the officier records the date it was imposed
      v.put("huisverbodOpgelegdOp", LocalDate.now().toString());
    }
    if (plandatum != null) {
      v.put("plandatum", plandatum);
    }
    return v;
  }
}
