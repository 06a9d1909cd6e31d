package nl.zsm.hg.gelijktijdig;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** The e-mail jobs (async continuations, no timers) of every process instance with the case's business key. */
final class MailJobs {

  private MailJobs() {}

  static List<Job> vanZaak(ProcessEngine engine, String zaaknummer) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).list()
        .stream()
        .flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages()
            .list().stream())
        .toList();
  }
}
