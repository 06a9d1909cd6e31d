package nl.zsm.hg.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;

/**
 * One style for what a called process gets and returns (docs/deelprocessen.md): every call activity lists its
 * variables as {@code camunda:in}/{@code camunda:out} with source and target, visible in Modeler; no
 * {@code variables="all"} and no Java mapping (variableMappingClass / variableMappingDelegateExpression).
 */
class UitkomstVanDeelprocessenTest {

  @Test
  void elkeAanroepNoemtZijnVariabelen() throws IOException {
    List<Path> modellen;
    try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
      modellen = bestanden.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    int aanroepen = 0;
    for (Path model : modellen) {
      BpmnModelInstance instantie = Bpmn.readModelFromFile(model.toFile());
      for (CallActivity aanroep : instantie.getModelElementsByType(CallActivity.class)) {
        aanroepen++;
        String wie = model.getFileName() + "#" + aanroep.getId();
        assertThat(aanroep.getCamundaVariableMappingClass()).as(wie).isNull();
        assertThat(aanroep.getCamundaVariableMappingDelegateExpression()).as(wie).isNull();
        ExtensionElements uitbreidingen = aanroep.getExtensionElements();
        assertThat(uitbreidingen).as(wie + ": camunda:in/out").isNotNull();
        for (CamundaOut uit : uitbreidingen.getChildElementsByType(CamundaOut.class)) {
          assertThat(uit.getCamundaVariables()).as(wie + ": camunda:out variables").isNull();
          assertThat(uit.getCamundaSource() != null || uit.getCamundaSourceExpression() != null).as(wie).isTrue();
          assertThat(uit.getCamundaTarget()).as(wie).isNotBlank();
        }
        for (CamundaIn in : uitbreidingen.getChildElementsByType(CamundaIn.class)) {
          assertThat(in.getCamundaVariables()).as(wie + ": camunda:in variables").isNull();
        }
      }
    }
    assertThat(aanroepen).as("aanroepen van deelprocessen").isGreaterThanOrEqualTo(7);
  }
}
