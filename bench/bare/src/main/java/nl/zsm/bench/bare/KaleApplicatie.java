package nl.zsm.bench.bare;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The baseline of the benchmark: Camunda 7.24 with its Spring Boot starter and nothing else, and one synthetic
 * process {@code kaleZaak} with as many user tasks (wait states) as a full HG case walked by the benchmark, each for a
 * candidate group of an organisation, and one deadline timer per case (non-interrupting, on the first task).
 */
@SpringBootApplication
public class KaleApplicatie {

  /** User tasks of a full case in the benchmark walk (see bench/README.md). */
  static final int WACHTTOESTANDEN = Integer.getInteger("bench.wachttoestanden", 17);
  static final String[] GROEPEN = {"om", "veilig-thuis", "slachtofferhulp", "reclassering", "politie"};

  private final RepositoryService repositoryService;

  public KaleApplicatie(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public static void main(String[] args) {
    SpringApplication.run(KaleApplicatie.class, args);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void deploy() {
    repositoryService.createDeployment().name("kaleZaak").enableDuplicateFiltering(true)
        .addModelInstance("kale-zaak.bpmn", model()).deploy();
  }

  static BpmnModelInstance model() {
    AbstractFlowNodeBuilder<?, ?> bouwer = Bpmn.createExecutableProcess("kaleZaak").camundaHistoryTimeToLive(180)
        .startEvent("start");
    for (int i = 1; i <= WACHTTOESTANDEN; i++) {
      UserTaskBuilder taak = bouwer.userTask("taak" + i).name("Taak " + i).camundaCandidateGroups(GROEPEN[i % GROEPEN.length]);
      if (i == 1) {
        taak.boundaryEvent("termijn").cancelActivity(false).timerWithDuration("PT9H").endEvent("termijnGemeld")
            .moveToActivity("taak1");
      }
      bouwer = taak;
    }
    return bouwer.endEvent("einde").done();
  }
}
