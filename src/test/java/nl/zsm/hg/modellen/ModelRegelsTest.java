package nl.zsm.hg.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The house rules for models that bpmnlint does not check: Modeler's execution platform 7.24,
 * diagram interchange, historyTimeToLive, a named and formed user task, forms Tasklist 7.24 renders.
 */
class ModelRegelsTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

  @TestFactory
  Stream<DynamicTest> bpmnModellen() throws IOException {
    return bestanden("processes", ".bpmn").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      Document doc = parse(path);
      Element definitions = doc.getDocumentElement();
      assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).isEqualTo("Camunda Platform");
      assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).isEqualTo("7.24.0");
      assertThat(doc.getElementsByTagNameNS(BPMNDI, "BPMNDiagram").getLength()).as("diagram").isPositive();
      for (Element process : elements(doc, BPMN, "process")) {
        if ("true".equals(process.getAttribute("isExecutable"))) {
          assertThat(process.getAttributeNS(CAMUNDA, "historyTimeToLive")).as("historyTimeToLive van " + process.getAttribute("id")).isNotBlank();
        }
      }
      for (Element task : elements(doc, BPMN, "userTask")) {
        String id = task.getAttribute("id");
        assertThat(task.getAttribute("name")).as("naam van " + id).isNotBlank();
        assertThat(task.getAttributeNS(CAMUNDA, "formRef")).as("formulier van " + id).isNotBlank();
        assertThat(task.getAttributeNS(CAMUNDA, "candidateGroups")).as("kandidaatgroep van " + id).isNotBlank();
      }
      for (String tag : List.of("serviceTask", "businessRuleTask", "callActivity", "exclusiveGateway", "sendTask", "receiveTask")) {
        for (Element element : elements(doc, BPMN, tag)) {
          assertThat(element.getAttribute("name")).as("naam van " + element.getAttribute("id")).isNotBlank();
        }
      }
      assertThat(elements(doc, BPMN, "documentation")).as("documentatie met bronregels").isNotEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> dmnModellen() throws IOException {
    return bestanden("dmn", ".dmn").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      Document doc = parse(path);
      Element definitions = doc.getDocumentElement();
      assertThat(definitions.getNamespaceURI()).as("DMN 1.3").isEqualTo(DMN);
      assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).isEqualTo("Camunda Platform");
      assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).isEqualTo("7.24.0");
      assertThat(doc.getElementsByTagNameNS(DMNDI, "DMNDI").getLength()).as("diagram").isPositive();
      for (Element decision : elements(doc, DMN, "decision")) {
        assertThat(decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive")).as("historyTimeToLive van " + decision.getAttribute("id")).isNotBlank();
        assertThat(decision.getAttribute("name")).isNotBlank();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> formulieren() throws IOException {
    ObjectMapper json = new ObjectMapper();
    return bestanden("forms", ".form").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      JsonNode form = json.readTree(path.toFile());
      assertThat(form.path("id").asText()).isNotBlank();
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      assertThat(form.path("components").isArray() && form.path("components").size() > 0).isTrue();
    }));
  }

  private static Stream<Path> bestanden(String folder, String extension) throws IOException {
    List<Path> result = new ArrayList<>();
    if (Files.isDirectory(Path.of(folder))) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        files.filter(p -> p.toString().endsWith(extension)).sorted().forEach(result::add);
      }
    }
    assertThat(result).as("modellen in " + folder + "/").isNotEmpty();
    return result.stream();
  }

  private static Document parse(Path path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(path.toFile());
  }

  private static List<Element> elements(Document doc, String namespace, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS(namespace, localName);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }
}
