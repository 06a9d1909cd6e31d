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
 * diagram interchange, historyTimeToLive, a named and formed user task, forms Tasklist 7.24 renders,
 * every plane readable on one screen without overlapping shapes.
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

  /** Issue 14: every plane (the top plane and each drill-down plane of a collapsed sub-process) fits on one screen. */
  static final double SCHERM_BREEDTE = 1920;
  static final double SCHERM_HOOGTE = 1080;

  @TestFactory
  Stream<DynamicTest> elkVlakPastOpEenScherm() throws IOException {
    return bestanden("processes", ".bpmn").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      Document doc = parse(path);
      for (Element plane : elements(doc, BPMNDI, "BPMNPlane")) {
        List<double[]> vormen = vormen(plane);
        assertThat(vormen).as("vormen in het vlak van " + plane.getAttribute("bpmnElement")).isNotEmpty();
        double minX = vormen.stream().mapToDouble(b -> b[0]).min().orElseThrow();
        double minY = vormen.stream().mapToDouble(b -> b[1]).min().orElseThrow();
        double maxX = vormen.stream().mapToDouble(b -> b[0] + b[2]).max().orElseThrow();
        double maxY = vormen.stream().mapToDouble(b -> b[1] + b[3]).max().orElseThrow();
        assertThat(maxX - minX).as("breedte van het vlak van " + plane.getAttribute("bpmnElement")).isLessThanOrEqualTo(SCHERM_BREEDTE);
        assertThat(maxY - minY).as("hoogte van het vlak van " + plane.getAttribute("bpmnElement")).isLessThanOrEqualTo(SCHERM_HOOGTE);
      }
    }));
  }

  /** No two shapes of a plane overlap, unless one lies inside the other (pool, lane, expanded sub-process) or is a boundary event. */
  @TestFactory
  Stream<DynamicTest> geenOverlappendeVormen() throws IOException {
    return bestanden("processes", ".bpmn").map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
      Document doc = parse(path);
      java.util.Set<String> randgebeurtenissen = new java.util.HashSet<>();
      for (Element boundary : elements(doc, BPMN, "boundaryEvent")) {
        randgebeurtenissen.add(boundary.getAttribute("id"));
      }
      for (Element plane : elements(doc, BPMNDI, "BPMNPlane")) {
        List<Element> shapes = new ArrayList<>();
        for (Element shape : elements(plane, BPMNDI, "BPMNShape")) {
          if (!randgebeurtenissen.contains(shape.getAttribute("bpmnElement"))) {
            shapes.add(shape);
          }
        }
        for (int i = 0; i < shapes.size(); i++) {
          for (int j = i + 1; j < shapes.size(); j++) {
            double[] a = grenzen(shapes.get(i));
            double[] b = grenzen(shapes.get(j));
            boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
            assertThat(!overlap || binnen(a, b) || binnen(b, a))
                .as(shapes.get(i).getAttribute("bpmnElement") + " overlapt " + shapes.get(j).getAttribute("bpmnElement")).isTrue();
          }
        }
      }
    }));
  }

  private static List<double[]> vormen(Element plane) {
    List<double[]> result = new ArrayList<>();
    for (Element shape : elements(plane, BPMNDI, "BPMNShape")) {
      result.add(grenzen(shape));
    }
    return result;
  }

  /** The shape's own bounds (its label has bounds too, inside bpmndi:BPMNLabel). */
  private static double[] grenzen(Element shape) {
    NodeList children = shape.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child && "Bounds".equals(child.getLocalName())) {
        return new double[] {getal(child, "x"), getal(child, "y"), getal(child, "width"), getal(child, "height")};
      }
    }
    throw new AssertionError("geen grenzen voor " + shape.getAttribute("bpmnElement"));
  }

  private static double getal(Element element, String attribuut) {
    return Double.parseDouble(element.getAttribute(attribuut));
  }

  private static boolean binnen(double[] binnen, double[] buiten) {
    return binnen[0] >= buiten[0] && binnen[1] >= buiten[1]
        && binnen[0] + binnen[2] <= buiten[0] + buiten[2] && binnen[1] + binnen[3] <= buiten[1] + buiten[3];
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
    return elements(doc.getDocumentElement(), namespace, localName);
  }

  private static List<Element> elements(Element parent, String namespace, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }
}
