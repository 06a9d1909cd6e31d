package nl.zsm.hg.gelijktijdig;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.hoofdproces.HgZaakStappenVoorTests;
import nl.zsm.hg.notificatie.TestMailserver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: the officer's decision leaves the partners' e-mail as a job; the adviser completes the next task
 * through REST at the same moment as the job runs (a second thread, released together by a barrier). Neither
 * may fail: no HTTP 500 (nor 409) for the click and no failed mail job waiting five minutes for its retry.
 */
@ZsmSpringTest
class MailJobEnVolgendeTaakTest {

  private static final int RONDES = 8;

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void mailJobEnKennisnemenTegelijk_geenBotsing() throws Exception {
    TestMailserver.leegmaken();
    List<String> fouten = new ArrayList<>();
    for (int ronde = 0; ronde < RONDES; ronde++) {
      ProcessInstance zaak = HgZaakStappenVoorTests.naAfdoeningsbeslissing(engine);
      List<Job> mailJobs = MailJobs.vanZaak(engine, zaak.getBusinessKey());
      assertThat(mailJobs).as("de e-mail aan de partners staat klaar als job").isNotEmpty();
      Task kennisnemen = engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
          .taskDefinitionKey("Task_AdviseurKennisnemen").singleResult();

      CyclicBarrier samen = new CyclicBarrier(2);
      CompletableFuture<String> job = CompletableFuture.supplyAsync(() -> {
        try {
          samen.await(10, TimeUnit.SECONDS);
          for (Job j : mailJobs) {
            engine.getManagementService().executeJob(j.getId());
          }
          return null;
        } catch (Exception e) {
          return "mailjob: " + e;
        }
      });
      samen.await(10, TimeUnit.SECONDS);
      HttpResponse<String> klik = ApiClient.als(port, "reclassering")
          .post("/engine-rest/task/" + kennisnemen.getId() + "/complete", "{\"variables\":{}}");
      String jobFout = job.get(30, TimeUnit.SECONDS);
      if (klik.statusCode() != 204) {
        fouten.add("ronde " + ronde + ": HTTP " + klik.statusCode() + " " + klik.body());
      }
      if (jobFout != null) {
        fouten.add("ronde " + ronde + ": " + jobFout);
      }
    }
    assertThat(fouten).as("botsingen tussen mailjob en volgende taak").isEmpty();
    assertThat(engine.getManagementService().createJobQuery().withException().count())
        .as("geen mislukte jobs").isZero();
  }
}
