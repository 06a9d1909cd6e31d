package nl.zsm.hg.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.Taken;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail server is down: the case goes on (it has put the e-mail ready in its own instance of zsmEmailVersturen);
 * the sending job there is retried (R5/PT5M), then raises an incident in Cockpit; after the server is back a retry
 * delivers exactly one e-mail.
 */
@ZsmSpringTest
class MailStoringTest {

  @Autowired ProcessEngine processEngine;
  @Autowired ManagementService managementService;

  @AfterEach
  void serverWeerAan() {
    TestMailserver.start();
  }

  @Test
  void mailserverPlat_zaakLooptDoor_incidentNaHerhalingen_naHerstelPreciesEenEmail() throws Exception {
    BpmnAwareTests.init(processEngine);
    TestMailserver.leegmaken();
    ProcessInstance zaak = startMetToestemming("ZSM-2026-800001");
    Task bellen = processEngine.getTaskService().createTaskQuery().processInstanceId(zaak.getId()).singleResult();

    TestMailserver.stop();
    new Taken(processEngine).voltooiAls("shn", bellen, Map.of("slachtofferGeinformeerdOp", "2026-11-28T16:05+01:00",
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Contactverbod uitgelegd."));

    // the call is recorded and the case is done; the e-mail waits as the job of its own instance: nothing lost
    assertThat(zaak).isEnded().hasPassed("Activity_Mailen");
    Job mail = EmailJobs.job(processEngine, "ZSM-2026-800001", EmailJobs.SLACHTOFFER);
    String mailInstantie = mail.getProcessInstanceId();
    assertThat(mail.getRetries()).as("R5: vijf pogingen staan klaar").isEqualTo(5);

    int pogingen = 0;
    while (managementService.createJobQuery().jobId(mail.getId()).singleResult().getRetries() > 0) {
      assertThatThrownBy(() -> managementService.executeJob(mail.getId()))
          .hasStackTraceContaining("127.0.0.1");
      pogingen++;
      Job na = managementService.createJobQuery().jobId(mail.getId()).singleResult();
      assertThat(na.getExceptionMessage()).isNotBlank();
      if (na.getRetries() > 0) {
        assertThat(na.getDuedate()).as("back-off: de volgende poging over vijf minuten").isAfter(new java.util.Date());
      }
      assertThat(pogingen).as("herhalingen begrensd").isLessThanOrEqualTo(5);
    }
    assertThat(pogingen).as("R5: vijf pogingen").isEqualTo(5);
    Incident incident = processEngine.getRuntimeService().createIncidentQuery().processInstanceId(mailInstantie)
        .singleResult();
    assertThat(incident).as("incident zichtbaar in Cockpit").isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(EmailJobs.SLACHTOFFER);
    assertThat(TestMailserver.ontvangen()).isEmpty();

    // the mail server is repaired; the operator retries the job (Cockpit: "Retry")
    TestMailserver.start();
    managementService.setJobRetries(mail.getId(), 1);
    managementService.executeJob(mail.getId());

    assertThat(TestMailserver.ontvangen()).hasSize(1);
    assertThat(Mailinhoud.van(TestMailserver.ontvangen().get(0)).aan()).containsExactly("slachtoffer@example.org");
    assertThat(zaak).isEnded().hasPassed("End_Geinformeerd");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(mailInstantie).count())
        .as("de e-mailinstantie is klaar").isZero();
    assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(mailInstantie).count()).isZero();
    // a second retry is impossible: the job is gone, so no second e-mail
    assertThat(managementService.createJobQuery().jobId(mail.getId()).count()).isZero();
    assertThat(TestMailserver.ontvangen()).hasSize(1);
  }

  private ProcessInstance startMetToestemming(String zaaknummer) {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("zaaknummer", zaaknummer);
    variabelen.put("afdoeningsbeslissing", "DAGVAARDING");
    variabelen.put("slachtofferEmail", "slachtoffer@example.org");
    variabelen.put("slachtofferToestemmingEmail", true);
    return processEngine.getRuntimeService().startProcessInstanceByKey("slachtofferInformeren", zaaknummer, variabelen);
  }
}
