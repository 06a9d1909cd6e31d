package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The engine's clock under test control, and the timers of a case as the job executor would run them
 * (it is off in tests): {@link #zetOp(String)} moves the clock, {@link #voerVervallenTimersUit} executes
 * the timers that are due at that moment, and nothing else. Reset with {@link #herstel()} after each test.
 */
final class Termijnklok {

  private final ProcessEngine engine;

  Termijnklok(ProcessEngine engine) {
    this.engine = engine;
  }

  static Date tijdstip(String isoMetOffset) {
    return Date.from(OffsetDateTime.parse(isoMetOffset).toInstant());
  }

  void zetOp(String isoMetOffset) {
    ClockUtil.setCurrentTime(tijdstip(isoMetOffset));
  }

  void herstel() {
    ClockUtil.reset();
  }

  /** Executes the timers of the case that are due now; returns the activity ids of the timers that fired. */
  List<String> voerVervallenTimersUit(ProcessInstance pi) {
    List<Job> vervallen = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .timers().executable().list();
    List<String> activiteiten = vervallen.stream().map(job -> engine.getManagementService().createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()).sorted().toList();
    vervallen.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return activiteiten;
  }

  /**
   * Proves that timers fire at {@code moment} and not before: one minute earlier executing the due timers
   * executes nothing; at {@code moment} it executes them. Returns the activity ids of the timers that fired.
   */
  List<String> gaatAfOp(ProcessInstance pi, String isoMetOffset) {
    Date moment = tijdstip(isoMetOffset);
    ClockUtil.setCurrentTime(new Date(moment.getTime() - 60_000));
    assertThat(voerVervallenTimersUit(pi)).as("een minuut voor " + isoMetOffset).isEmpty();
    ClockUtil.setCurrentTime(moment);
    return voerVervallenTimersUit(pi);
  }

  /** The due date of the one timer of boundary event {@code activiteit} of the case. */
  Date timer(ProcessInstance pi, String activiteit) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(activiteit).singleResult();
    assertThat(job).as("timer " + activiteit).isNotNull();
    return job.getDuedate();
  }

  long timers(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count();
  }
}
