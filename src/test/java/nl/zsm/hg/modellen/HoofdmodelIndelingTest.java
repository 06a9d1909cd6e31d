package nl.zsm.hg.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 14: the main model is divided into collapsed embedded sub-processes, one per question, each with its own
 * drill-down plane; the steps keep their ids and the top plane keeps the lanes.
 */
class HoofdmodelIndelingTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static Document model;
  private static final Map<String, Element> ELEMENTEN = new HashMap<>();

  @BeforeAll
  static void lees() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    model = factory.newDocumentBuilder().parse(Path.of("processes", "zsm-huiselijk-geweld.bpmn").toFile());
    NodeList alles = model.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < alles.getLength(); i++) {
      Element element = (Element) alles.item(i);
      if (!element.getAttribute("id").isEmpty()) {
        ELEMENTEN.put(element.getAttribute("id"), element);
      }
    }
  }

  @Test
  void elkeVraagIsEenIngebedDeelprocesInDeLaneVanDeLeidendeOrganisatie() {
    Map<String, String> lanes = Map.of(
        "Sub_Instroom", "Lane_Politie",
        "Sub_Vraag1Vermoeden", "Lane_OM",
        "Sub_Vraag4Vrijheidsbeneming", "Lane_OM",
        "Sub_Vraag3En5BewijsEnAdvies", "Lane_OM",
        "Sub_Vraag6Afdoeningsbeslissing", "Lane_OM",
        "Sub_TermijnenBewaken", "Lane_Supervisie");
    lanes.forEach((deelproces, lane) -> {
      Element sub = ELEMENTEN.get(deelproces);
      assertThat(sub).as(deelproces).isNotNull();
      assertThat(sub.getLocalName()).isEqualTo("subProcess");
      assertThat(((Element) sub.getParentNode()).getAttribute("id")).as("bovenste vlak").isEqualTo("zsmHuiselijkGeweld");
      assertThat(laneVan(deelproces)).as("lane van " + deelproces).isEqualTo(lane);
      assertThat(tekst(sub, "documentation")).as("documentatie van " + deelproces).contains("Werkwijze").containsPattern("L\\d+");
    });
  }

  @Test
  void deStappenHoudenHunIdInHetDeelprocesVanHunVraag() {
    Map<String, String> stappen = Map.of(
        "Task_VermoedenBeoordelen", "Sub_Vraag1Vermoeden",
        "Task_Vrijheidsbeneming", "Sub_Vraag4Vrijheidsbeneming",
        "Task_BewijsBeoordelen", "Sub_Vraag3En5BewijsEnAdvies",
        "Call_Advies", "Sub_Vraag3En5BewijsEnAdvies",
        "Task_Afdoeningsbeslissing", "Sub_Vraag6Afdoeningsbeslissing",
        "Sub_OphoudenBewaken", "Sub_TermijnenBewaken",
        "Task_AcuutDeelVt", "zsmHuiselijkGeweld",
        "Call_SlachtofferTussentijdsInformeren", "zsmHuiselijkGeweld");
    stappen.forEach((stap, ouder) ->
        assertThat(((Element) ELEMENTEN.get(stap).getParentNode()).getAttribute("id")).as("ouder van " + stap).isEqualTo(ouder));
    assertThat(ELEMENTEN.get("Timer_VeiligheidsbeoordelingVerstreken").getAttribute("attachedToRef")).isEqualTo("Task_AcuutDeelVt");
    assertThat(ELEMENTEN.get("Timer_OphoudenVerstreken").getAttribute("attachedToRef")).isEqualTo("Sub_OphoudenBewaken");
  }

  @Test
  void elkIngeklaptDeelprocesHeeftEenEigenVlakMetAlleVormenVanZijnInhoud() {
    List<Element> ingeklapt = new ArrayList<>();
    NodeList vormen = model.getElementsByTagNameNS(BPMNDI, "BPMNShape");
    for (int i = 0; i < vormen.getLength(); i++) {
      Element vorm = (Element) vormen.item(i);
      Element element = ELEMENTEN.get(vorm.getAttribute("bpmnElement"));
      if ("subProcess".equals(element.getLocalName()) && "false".equals(vorm.getAttribute("isExpanded"))) {
        ingeklapt.add(element);
      }
    }
    assertThat(ingeklapt).as("ingeklapte deelprocessen").hasSizeGreaterThanOrEqualTo(7);
    for (Element sub : ingeklapt) {
      Element vlak = vlak(sub.getAttribute("id"));
      assertThat(vlak).as("vlak van " + sub.getAttribute("id")).isNotNull();
      List<String> getekend = new ArrayList<>();
      NodeList inVlak = vlak.getElementsByTagNameNS(BPMNDI, "*");
      for (int i = 0; i < inVlak.getLength(); i++) {
        getekend.add(((Element) inVlak.item(i)).getAttribute("bpmnElement"));
      }
      NodeList inhoud = sub.getChildNodes();
      for (int i = 0; i < inhoud.getLength(); i++) {
        if (inhoud.item(i) instanceof Element kind && !kind.getAttribute("id").isEmpty()) {
          assertThat(getekend).as("vorm van " + kind.getAttribute("id") + " in het vlak van " + sub.getAttribute("id"))
              .contains(kind.getAttribute("id"));
        }
      }
    }
  }

  private static Element vlak(String deelproces) {
    NodeList vlakken = model.getElementsByTagNameNS(BPMNDI, "BPMNPlane");
    for (int i = 0; i < vlakken.getLength(); i++) {
      Element vlak = (Element) vlakken.item(i);
      if (deelproces.equals(vlak.getAttribute("bpmnElement"))) {
        return vlak;
      }
    }
    return null;
  }

  private static String laneVan(String id) {
    NodeList refs = model.getElementsByTagNameNS(BPMN, "flowNodeRef");
    for (int i = 0; i < refs.getLength(); i++) {
      if (id.equals(refs.item(i).getTextContent().trim())) {
        return ((Element) refs.item(i).getParentNode()).getAttribute("id");
      }
    }
    return null;
  }

  private static String tekst(Element element, String kind) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && kind.equals(e.getLocalName())) {
        return e.getTextContent();
      }
    }
    return "";
  }
}
