package nl.zsm.hg.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * For tests: the e-mails a case put ready in the process zsmEmailVersturen (business key = zaaknummer) and their
 * sending jobs ({@code Task_PartnersMailen} or {@code Task_SlachtofferMailen}).
 */
public final class EmailJobs {

  public static final String PARTNERS = "Task_PartnersMailen";
  public static final String SLACHTOFFER = "Task_SlachtofferMailen";

  private EmailJobs() {}

  /** The one waiting sending job of this kind for the case. */
  public static Job job(ProcessEngine engine, String zaaknummer, String taak) {
    List<Job> jobs = jobs(engine, zaaknummer, taak);
    assertThat(jobs).as("één klaargezette e-mail " + taak + " voor " + zaaknummer).hasSize(1);
    return jobs.get(0);
  }

  public static List<Job> jobs(ProcessEngine engine, String zaaknummer, String taak) {
    return instanties(engine, zaaknummer).stream()
        .flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
            .activityId(taak).list().stream())
        .toList();
  }

  public static List<ProcessInstance> instanties(ProcessEngine engine, String zaaknummer) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("zsmEmailVersturen")
        .processInstanceBusinessKey(zaaknummer).list();
  }

  /** Sends every e-mail of this kind that the case has put ready (none is fine). */
  public static void verstuurAlle(ProcessEngine engine, String zaaknummer, String taak) {
    jobs(engine, zaaknummer, taak).forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  /** Sends the e-mail: executes its job. */
  public static void verstuur(ProcessEngine engine, String zaaknummer, String taak) {
    engine.getManagementService().executeJob(job(engine, zaaknummer, taak).getId());
  }
}
