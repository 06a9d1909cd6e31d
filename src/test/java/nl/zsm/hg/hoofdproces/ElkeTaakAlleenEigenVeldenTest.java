package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * For every user task of every process the application deploys: completing it over REST with a variable
 * outside its contract is refused with 400 naming the variable, and the task stays open. The task is created
 * in the cheapest honest way: an instance of the deployed process started right before the task (Java API,
 * as set-up), then completed over REST by the administrator (the contract holds for everyone).
 */
@ZsmSpringTest
class ElkeTaakAlleenEigenVeldenTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VREEMD = "nietVanDezeStap";

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;

  /** Every user task in the models the build puts on the classpath (and the engine deploys). */
  static Stream<Arguments> gebruikerstaken() {
    List<Arguments> taken = new ArrayList<>();
    try {
      for (Resource bestand : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
        try (InputStream in = bestand.getInputStream()) {
          BpmnModelInstance model = Bpmn.readModelFromStream(in);
          String proces = model.getModelElementsByType(Process.class).iterator().next().getId();
          for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
            taken.add(Arguments.of(proces, taak.getId()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return taken.stream();
  }

  @Test
  void deLijstOmvatElkeGebruikerstaakVanElkGedeployedProces() {
    long gedeployed = 0;
    java.util.Set<Object> productprocessen = gebruikerstaken().map(taak -> taak.get()[0]).collect(java.util.stream.Collectors.toSet());
    for (ProcessDefinition definitie : processEngine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      // other tests deploy processes of their own (test..., or models a process owner tries): only the product's count
      if (productprocessen.contains(definitie.getKey())) {
        gedeployed += processEngine.getRepositoryService().getBpmnModelInstance(definitie.getId())
            .getModelElementsByType(UserTask.class).size();
      }
    }
    assertThat(gebruikerstaken().count()).isEqualTo(gedeployed).isGreaterThan(40);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("gebruikerstaken")
  void eenVariabeleBuitenHetContractWordtGeweigerd(String proces, String taakSleutel) throws Exception {
    ProcessDefinition definitie = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(proces).latestVersion().singleResult();
    Map<String, Object> zaak = HgZaakStappen.intake(45, false);
    Date straks = new Date(System.currentTimeMillis() + 3_600_000L);
    zaak.put("adviseurGroep", "reclassering");
    zaak.put("informerendeOrganisatie", "slachtofferhulp");
    zaak.put("ophoudenUiterlijk", straks);
    zaak.put("inverzekeringstellingUiterlijk", straks);
    zaak.put("veiligheidsbeoordelingUiterlijk", straks);
    zaak.put("termijnUiterlijk", "morgen 09:00");
    zaak.put("termijnEinde", straks);
    zaak.put("datumAfdoeningOnHold", java.time.LocalDate.now().toString());
    ProcessInstance pi = processEngine.getRuntimeService().createProcessInstanceById(definitie.getId())
        .businessKey("ZSM-CONTRACT-" + taakSleutel).setVariables(zaak).startBeforeActivity(taakSleutel).execute(true, true);
    try {
      Task taak = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
          .taskDefinitionKey(taakSleutel).singleResult();
      assertThat(taak).as("taak " + taakSleutel).isNotNull();

      HttpResponse<String> antwoord = ApiClient.als(port, "demo").post("/engine-rest/task/" + taak.getId() + "/complete",
          "{\"variables\":{\"" + VREEMD + "\":{\"value\":\"x\"}}}");

      assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
      assertThat(JSON.readTree(antwoord.body()).path("message").asText()).contains("'" + VREEMD + "' hoort niet bij de stap");
      assertThat(processEngine.getTaskService().createTaskQuery().taskId(taak.getId()).count()).isEqualTo(1);
      assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VREEMD)).isNull();
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "test", true, true);
    }
  }
}
