package nl.zsm.hg.procesdekking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite-wide coverage check names exactly what no test passed, per model, from the records of all classes. */
class ModeldekkingTest {

  @TempDir Path map;

  private Path model() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess("klein")
        .startEvent("Start").sequenceFlowId("Flow_1")
        .exclusiveGateway("Keuze")
        .condition("ja", "${ja}").userTask("Taak_Ja").endEvent("Eind_Ja")
        .moveToLastGateway().condition("nee", "${!ja}").endEvent("Eind_Nee")
        .done();
    Path modellen = Files.createDirectories(map.resolve("processes"));
    Bpmn.writeModelToFile(modellen.resolve("klein.bpmn").toFile(), model);
    return modellen;
  }

  @Test
  void hetNietGedekteWordtPerProcesGenoemdOokAlsHetUitTweeTestklassenKomt() throws Exception {
    Path modellen = model();
    Path records = Files.createDirectories(map.resolve("procesdekking"));
    Files.write(records.resolve("EersteTest.txt"), List.of("klein Start", "klein Flow_1", "klein Keuze"));
    Files.write(records.resolve("TweedeTest.txt"), List.of("klein Eind_Nee", "anderProces Taak_Ja"));

    Set<String> gedekt = Modeldekking.vastgelegd(records);
    Map<String, Set<String>> open = Modeldekking.nietGedekt(modellen, gedekt);

    assertThat(open).containsOnlyKeys("klein");
    assertThat(open.get("klein")).contains("Taak_Ja", "Eind_Ja")
        .doesNotContain("Start", "Flow_1", "Keuze", "Eind_Nee")
        .as("de pijlen naar Taak_Ja en Eind_Nee en van Taak_Ja naar Eind_Ja").hasSize(5);
  }

  @Test
  void alleElementenGepasseerdLaatNietsOpen() throws Exception {
    Path modellen = model();
    BpmnModelInstance model = Bpmn.readModelFromFile(modellen.resolve("klein.bpmn").toFile());
    Set<String> alles = new java.util.HashSet<>();
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).forEach(e -> alles.add("klein " + e.getId()));
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).forEach(e -> alles.add("klein " + e.getId()));

    assertThat(Modeldekking.nietGedekt(modellen, alles)).isEmpty();
    assertThat(Modeldekking.aantalElementen(modellen)).isEqualTo(alles.size());
  }

  @Test
  void zonderVastgelegdeDekkingIsElkModelUitProcessesOpen() {
    assertThat(Modeldekking.vastgelegd(map.resolve("bestaat-niet"))).isEmpty();
    assertThat(Modeldekking.nietGedekt(Path.of("processes"), Set.of())).containsKeys("zsmHuiselijkGeweld",
        "vtVeiligheidsbeoordeling", "shnVtAfstemming", "stalkingAanpak", "adviesReclasseringRvdk", "slachtofferInformeren",
        "spreekuurHuiselijkGeweld", "naZsm", "zsmEmailVersturen");
  }
}
