package nl.zsm.hg.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
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

  /** Candidate group of a user task -> the lane of the organisation that does that work. */
  private static final Map<String, String> LANE_VAN_GROEP = Map.of(
      "om", "Lane_OM",
      "politie", "Lane_Politie",
      "veilig-thuis", "Lane_VT",
      "${adviseurGroep}", "Lane_Adviseur",
      "reclassering", "Lane_Adviseur",
      "rvdk", "Lane_Adviseur",
      "slachtofferhulp", "Lane_SHN",
      "zsm-supervisor", "Lane_Supervisie",
      // the organisation agreed to inform the victim is chosen per case; on the top plane: the victim's lane
      "${informerendeOrganisatie}", "Lane_SHN");

  /**
   * A process owner reads lanes as "who does this": every element of the top plane with user tasks inside (an
   * embedded sub-process, a user task, or a call activity through the model it calls) lies in the lane of an
   * organisation whose group is a candidate on those tasks, both as flowNodeRef and drawn within the lane.
   */
  @Test
  void elkeStapMetTakenStaatInDeLaneVanDeOrganisatieDieHaarDoet() throws Exception {
    Map<String, Set<String>> groepenVanProces = groepenPerProces();
    List<String> gecontroleerd = new ArrayList<>();
    for (Element stap : bovensteVlak()) {
      Set<String> groepen = new LinkedHashSet<>();
      if ("callActivity".equals(stap.getLocalName())) {
        groepen.addAll(groepenVanProces.getOrDefault(stap.getAttribute("calledElement"), Set.of()));
      } else {
        groepen.addAll(groepen(stap));
      }
      Set<String> toegestaan = new LinkedHashSet<>();
      groepen.forEach(groep -> {
        if (LANE_VAN_GROEP.containsKey(groep)) {
          toegestaan.add(LANE_VAN_GROEP.get(groep));
        }
      });
      if (toegestaan.isEmpty()) {
        continue;
      }
      String id = stap.getAttribute("id");
      gecontroleerd.add(id);
      assertThat(toegestaan).as("lane van " + id + " (kandidaatgroepen " + groepen + ")").contains(laneVan(id));
      assertThat(binnen(vorm(id), vorm(laneVan(id)))).as("vorm van " + id + " binnen " + laneVan(id)).isTrue();
    }
    assertThat(gecontroleerd).contains("Sub_UitkomstVoorgeleiding", "Sub_VeiligheidNaVrijlatingRc",
        "Sub_Vraag1Vermoeden", "Task_VtOverdracht", "Call_Veiligheidsbeoordeling");
  }

  /**
   * The steps around the RC's outcome and the stop after "geen vermoeden" are the OvJ's work (they have no user
   * task on the top plane, or only service tasks inside): they sit in the OM lane, not in ZSM-supervisie.
   */
  @Test
  void voorgeleidingEnGeenVermoedenStaanBijHetOm() {
    for (String id : List.of("Gateway_Voorgeleiding", "End_GeenVoorgeleiding", "Sub_UitkomstVoorgeleiding",
        "Gateway_UitkomstVoorgeleidingUitdragen", "Sub_VeiligheidNaVrijlatingRc", "End_VeiligheidNaVrijlatingRc",
        "Sub_GeenVermoeden")) {
      assertThat(laneVan(id)).as("lane van " + id).isEqualTo("Lane_OM");
    }
  }

  /** Every flow node of the top plane is drawn inside the bounds of the lane that lists it. */
  @Test
  void elkeVormLigtInDeLaneDieHaarNoemt() {
    for (Element stap : bovensteVlak()) {
      String id = stap.getAttribute("id");
      String lane = laneVan(id);
      assertThat(lane).as("lane van " + id).isNotNull();
      assertThat(binnen(vorm(id), vorm(lane))).as("vorm van " + id + " binnen " + lane).isTrue();
    }
  }

  private static List<Element> bovensteVlak() {
    List<Element> stappen = new ArrayList<>();
    Element proces = ELEMENTEN.get("zsmHuiselijkGeweld");
    for (Node n = proces.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && !e.getAttribute("id").isEmpty()
          && !List.of("sequenceFlow", "laneSet", "documentation", "extensionElements").contains(e.getLocalName())) {
        stappen.add(e);
      }
    }
    return stappen;
  }

  private static Set<String> groepen(Element element) {
    Set<String> groepen = new LinkedHashSet<>();
    List<Element> taken = new ArrayList<>();
    if ("userTask".equals(element.getLocalName())) {
      taken.add(element);
    }
    NodeList binnenin = element.getElementsByTagNameNS(BPMN, "userTask");
    for (int i = 0; i < binnenin.getLength(); i++) {
      taken.add((Element) binnenin.item(i));
    }
    for (Element taak : taken) {
      for (String groep : taak.getAttributeNS(CAMUNDA, "candidateGroups").split(",")) {
        if (!groep.isBlank()) {
          groepen.add(groep.trim());
        }
      }
    }
    return groepen;
  }

  private static Map<String, Set<String>> groepenPerProces() throws Exception {
    Map<String, Set<String>> result = new HashMap<>();
    List<Path> modellen;
    try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
      modellen = bestanden.filter(p -> p.toString().endsWith(".bpmn")).toList();
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (Path pad : modellen) {
      NodeList processen = factory.newDocumentBuilder().parse(pad.toFile()).getElementsByTagNameNS(BPMN, "process");
      for (int i = 0; i < processen.getLength(); i++) {
        Element proces = (Element) processen.item(i);
        result.put(proces.getAttribute("id"), groepen(proces));
      }
    }
    return result;
  }

  private static double[] vorm(String id) {
    NodeList vormen = model.getElementsByTagNameNS(BPMNDI, "BPMNShape");
    for (int i = 0; i < vormen.getLength(); i++) {
      Element vorm = (Element) vormen.item(i);
      if (id.equals(vorm.getAttribute("bpmnElement"))
          && "Collaboration_ZsmHg".equals(((Element) vorm.getParentNode()).getAttribute("bpmnElement"))) {
        Element grenzen = (Element) vorm.getElementsByTagNameNS(DC, "Bounds").item(0);
        return new double[] {
            Double.parseDouble(grenzen.getAttribute("x")), Double.parseDouble(grenzen.getAttribute("y")),
            Double.parseDouble(grenzen.getAttribute("width")), Double.parseDouble(grenzen.getAttribute("height"))};
      }
    }
    throw new AssertionError("geen vorm voor " + id + " op het bovenste vlak");
  }

  private static boolean binnen(double[] vorm, double[] lane) {
    return vorm[0] >= lane[0] && vorm[1] >= lane[1] && vorm[0] + vorm[2] <= lane[0] + lane[2]
        && vorm[1] + vorm[3] <= lane[1] + lane[3];
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
