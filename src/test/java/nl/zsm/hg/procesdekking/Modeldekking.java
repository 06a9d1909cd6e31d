package nl.zsm.hg.procesdekking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Which flow nodes and sequence flows of the models in a folder no test passed, given the records the test classes
 * wrote ({@code nl.zsm.hg.ProcesDekking}: one "{@code processKey elementId}" per line). Reads the model files
 * themselves, without an engine, so a model nobody started at all shows up with every element.
 */
public final class Modeldekking {

  private Modeldekking() {}

  /** Every "processKey elementId" in the record files of a folder (empty when there are none). */
  public static Set<String> vastgelegd(Path map) {
    Set<String> regels = new HashSet<>();
    if (!Files.isDirectory(map)) {
      return regels;
    }
    try (Stream<Path> bestanden = Files.list(map)) {
      for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.readAllLines(bestand).stream().map(String::strip).filter(r -> !r.isEmpty()).forEach(regels::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return regels;
  }

  /** Per process key (sorted), the ids of its flow nodes and sequence flows not in {@code gedekt}; complete ones are left out. */
  public static Map<String, Set<String>> nietGedekt(Path modellen, Set<String> gedekt) {
    Map<String, Set<String>> open = new TreeMap<>();
    for (Path bestand : bpmnBestanden(modellen)) {
      BpmnModelInstance model = Bpmn.readModelFromFile(bestand.toFile());
      for (FlowElement element : elementen(model)) {
        String proces = procesVan(element);
        if (!gedekt.contains(proces + " " + element.getId())) {
          open.computeIfAbsent(proces, k -> new TreeSet<>()).add(element.getId());
        }
      }
    }
    return open;
  }

  /** Number of flow nodes and sequence flows in the models of a folder. */
  public static int aantalElementen(Path modellen) {
    return bpmnBestanden(modellen).stream()
        .mapToInt(bestand -> elementen(Bpmn.readModelFromFile(bestand.toFile())).size()).sum();
  }

  private static List<FlowElement> elementen(BpmnModelInstance model) {
    List<FlowElement> elementen = new java.util.ArrayList<>();
    elementen.addAll(model.getModelElementsByType(FlowNode.class));
    elementen.addAll(model.getModelElementsByType(SequenceFlow.class));
    return elementen;
  }

  private static String procesVan(ModelElementInstance element) {
    ModelElementInstance ouder = element.getParentElement();
    while (ouder != null && !(ouder instanceof Process)) {
      ouder = ouder.getParentElement();
    }
    if (ouder == null) {
      throw new IllegalStateException("element " + element.getAttributeValue("id") + " ligt in geen proces");
    }
    return ((Process) ouder).getId();
  }

  private static List<Path> bpmnBestanden(Path modellen) {
    try (Stream<Path> bestanden = Files.list(modellen)) {
      return bestanden.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
