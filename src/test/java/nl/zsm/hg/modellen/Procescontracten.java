package nl.zsm.hg.modellen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The processes in {@code processes/} and their contract classes ({@code <ProcessKey>Contract} in a domain
 * package, docs/bibliotheken-en-contracten.md): what each model names and what each contract holds. Plain files
 * and reflection, no engine.
 */
final class Procescontracten {

  static final Path MODELLEN = Path.of("processes");
  static final Path BRONNEN = Path.of("src/main/java");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LETTERLIJK = Pattern.compile(
      "public static final String (\\w+) = \"([^\"]*)\";");
  private static final Pattern VERWIJZING = Pattern.compile(
      "public static final String (\\w+) = (\\w+)\\.(\\w+);");

  private Procescontracten() {}

  /** One process model with the names it uses and its contract. */
  record Proces(String sleutel, Path model, BpmnModelInstance instantie, Contract contract) {

    /** The form refs of its user tasks and start events. */
    Set<String> formulieren() {
      Set<String> refs = new TreeSet<>();
      instantie.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
          .filter(r -> r != null).forEach(refs::add);
      instantie.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(r -> r != null).forEach(refs::add);
      return refs;
    }

    /** Every field key of its forms, form ref -> keys. */
    Map<String, Set<String>> formuliervelden() {
      Map<String, Set<String>> velden = new LinkedHashMap<>();
      for (String ref : formulieren()) {
        velden.put(ref, sleutels(lees(Path.of("forms", ref + ".form"))));
      }
      return velden;
    }

    /** The fields of {@code processes/<model>.contract.json}, empty when the model has none. */
    Set<String> contractbestand() {
      Path bestand = contractbestandPad();
      return Files.exists(bestand) ? sleutels(lees(bestand)) : Set.of();
    }

    Path contractbestandPad() {
      return model.resolveSibling(model.getFileName().toString().replace(".bpmn", ".contract.json"));
    }

    /** The model, its forms, its contract.json and the DMN files of the decisions it calls, as one text. */
    String modeltekst() {
      StringBuilder tekst = new StringBuilder(tekst(model));
      formulieren().forEach(ref -> tekst.append(tekst(Path.of("forms", ref + ".form"))));
      if (Files.exists(contractbestandPad())) {
        tekst.append(tekst(contractbestandPad()));
      }
      for (BusinessRuleTask regel : instantie.getModelElementsByType(BusinessRuleTask.class)) {
        String beslissing = regel.getCamundaDecisionRef();
        dmnBestanden().stream().map(Procescontracten::tekst)
            .filter(dmn -> dmn.contains("<decision id=\"" + beslissing + "\""))
            .forEach(tekst::append);
      }
      return tekst.toString();
    }
  }

  /** A contract class: every public String constant, and which of them are literal (owned) here. */
  record Contract(Class<?> klasse, Path bron, Map<String, String> constanten, Map<String, String> eigen,
      Map<String, String> verwijzingen) {

    boolean bevatWaarde(String waarde) {
      return constanten.containsValue(waarde);
    }
  }

  static List<Proces> processen() {
    List<Proces> processen = new ArrayList<>();
    for (Path model : bestanden(MODELLEN, ".bpmn")) {
      BpmnModelInstance instantie = Bpmn.readModelFromFile(model.toFile());
      for (Process proces : instantie.getModelElementsByType(Process.class)) {
        processen.add(new Proces(proces.getId(), model, instantie, contract(proces.getId())));
      }
    }
    return processen;
  }

  /** The class name the naming rule gives: process key with a capital, then "Contract". */
  static String klassenaam(String proces) {
    return Character.toUpperCase(proces.charAt(0)) + proces.substring(1) + "Contract";
  }

  /** The source files named after the process, anywhere in src/main/java. */
  static List<Path> bronnen(String proces) {
    String naam = klassenaam(proces) + ".java";
    return bestanden(BRONNEN, ".java").stream().filter(p -> p.getFileName().toString().equals(naam)).toList();
  }

  static Contract contract(String proces) {
    List<Path> bronnen = bronnen(proces);
    if (bronnen.size() != 1) {
      return null;
    }
    Path bron = bronnen.get(0);
    String klassenaam = BRONNEN.relativize(bron).toString().replace(".java", "").replace('/', '.');
    try {
      Class<?> klasse = Class.forName(klassenaam);
      Map<String, String> constanten = new LinkedHashMap<>();
      for (Field veld : klasse.getDeclaredFields()) {
        if (Modifier.isStatic(veld.getModifiers()) && Modifier.isPublic(veld.getModifiers())
            && veld.getType() == String.class) {
          constanten.put(veld.getName(), (String) veld.get(null));
        }
      }
      String tekst = tekst(bron);
      Map<String, String> eigen = new LinkedHashMap<>();
      Matcher m = LETTERLIJK.matcher(tekst);
      while (m.find()) {
        eigen.put(m.group(1), m.group(2));
      }
      Map<String, String> verwijzingen = new LinkedHashMap<>();
      Matcher v = VERWIJZING.matcher(tekst);
      while (v.find()) {
        verwijzingen.put(v.group(1), v.group(2) + "." + v.group(3));
      }
      return new Contract(klasse, bron, constanten, eigen, verwijzingen);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(klassenaam, e);
    }
  }

  static Set<String> sleutels(JsonNode knoop) {
    Set<String> sleutels = new TreeSet<>();
    verzamel(knoop, sleutels);
    return sleutels;
  }

  private static void verzamel(JsonNode knoop, Set<String> sleutels) {
    if (knoop.isObject()) {
      if (knoop.path("key").isTextual()) {
        sleutels.add(knoop.path("key").asText());
      }
      knoop.fields().forEachRemaining(e -> verzamel(e.getValue(), sleutels));
    } else if (knoop.isArray()) {
      knoop.forEach(k -> verzamel(k, sleutels));
    }
  }

  static List<Path> dmnBestanden() {
    return bestanden(Path.of("dmn"), ".dmn");
  }

  static List<Path> bestanden(Path map, String extensie) {
    try (Stream<Path> paden = Files.walk(map)) {
      return paden.filter(p -> p.toString().endsWith(extensie)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode lees(Path bestand) {
    try {
      return JSON.readTree(bestand.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String tekst(Path bestand) {
    try {
      return Files.readString(bestand);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
