package nl.zsm.hg.contract.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.zsm.hg.contract.domain.Contracten;
import nl.zsm.hg.contract.domain.FormulierVelden;
import nl.zsm.hg.contract.domain.Stapcontract;
import nl.zsm.hg.contract.domain.Veld;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Derives every step's contract from the models the application deploys (once, at start-up): the
 * Camunda Form of each user task ({@code camunda:formRef}) and of each process's start event, and for the
 * steps without a form (messages, a task without form) the contract file next to the model,
 * {@code processes/<model>.contract.json}. A user task without a form and without a declared contract may
 * write nothing.
 */
public final class ContractenLezer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResourcePatternResolver resources;

  public ContractenLezer(ResourcePatternResolver resources) {
    this.resources = resources;
  }

  public ContractenLezer() {
    this(new PathMatchingResourcePatternResolver(ContractenLezer.class.getClassLoader()));
  }

  public Contracten lees() {
    Map<String, JsonNode> formulieren = new HashMap<>();
    for (Resource formulier : bestanden("classpath*:forms/**/*.form")) {
      JsonNode schema = json(formulier);
      formulieren.put(schema.path("id").asText(), schema);
    }
    Contracten contracten = new Contracten();
    Map<String, Aanvulling> aanvullingen = new HashMap<>();
    for (Resource bestand : bestanden("classpath*:processes/**/*.contract.json")) {
      leesContractbestand(json(bestand), "processes/" + bestand.getFilename(), contracten, aanvullingen);
    }
    for (Resource model : bestanden("classpath*:processes/**/*.bpmn")) {
      leesModel(model, formulieren, contracten, aanvullingen);
    }
    aanvullingen.forEach((plaats, aanvulling) -> {
      if (plaats.contains("#")) {
        contracten.start(plaats.substring(0, plaats.indexOf('#')), aanvulling.alsContract(plaats.substring(0, plaats.indexOf('#'))));
      } else if (contracten.vanTaak(plaats.substring(0, plaats.indexOf('/')), plaats.substring(plaats.indexOf('/') + 1)).isEmpty()) {
        contracten.taak(plaats.substring(0, plaats.indexOf('/')), plaats.substring(plaats.indexOf('/') + 1),
            aanvulling.alsContract(plaats.replace("/", " / ")));
      }
    });
    return contracten;
  }

  /** Fields declared in a contract file for a step: API-only fields next to its form, or the whole contract of a step without one. */
  private record Aanvulling(String naam, String bron, List<Veld> velden) {
    Stapcontract alsContract(String stap) {
      return Stapcontract.van(stap, naam, bron, velden);
    }
  }

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /**
   * Only the processes, their user tasks and their start events with a form are read, as a plain namespace-aware
   * DOM: the model API would load and initialise the whole BPMN type model at start-up for these few attributes
   * (docs/prestaties.md "Opstarten").
   */
  private void leesModel(Resource bestand, Map<String, JsonNode> formulieren, Contracten contracten,
      Map<String, Aanvulling> aanvullingen) {
    Document model = xml(bestand);
    NodeList processen = model.getElementsByTagNameNS(BPMN, "process");
    for (int p = 0; p < processen.getLength(); p++) {
      Element proces = (Element) processen.item(p);
      String sleutel = proces.getAttribute("id");
      NodeList taken = proces.getElementsByTagNameNS(BPMN, "userTask");
      for (int t = 0; t < taken.getLength(); t++) {
        Element taak = (Element) taken.item(t);
        String id = taak.getAttribute("id");
        contracten.taak(sleutel, id, uitFormulier(sleutel + " / " + id, naam(taak), formRef(taak), formulieren,
            aanvullingen.remove(sleutel + "/" + id)));
      }
      NodeList starts = proces.getElementsByTagNameNS(BPMN, "startEvent");
      for (int s = 0; s < starts.getLength(); s++) {
        Element start = (Element) starts.item(s);
        if (start.getParentNode() == proces && formRef(start) != null) {
          contracten.start(sleutel, uitFormulier(sleutel + " / " + start.getAttribute("id"), "Start " + naam(start),
              formRef(start), formulieren, aanvullingen.remove(sleutel + "#start")));
        }
      }
    }
  }

  private static String formRef(Element element) {
    return element.hasAttributeNS(CAMUNDA, "formRef") ? element.getAttributeNS(CAMUNDA, "formRef") : null;
  }

  private static Document xml(Resource bestand) {
    try (InputStream in = bestand.getInputStream()) {
      DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
      fabriek.setNamespaceAware(true);
      fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      fabriek.setXIncludeAware(false);
      fabriek.setExpandEntityReferences(false);
      return fabriek.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("Model niet te lezen: " + bestand.getFilename(), e);
    }
  }

  private static Stapcontract uitFormulier(String stap, String naam, String formRef, Map<String, JsonNode> formulieren,
      Aanvulling aanvulling) {
    JsonNode formulier = formRef == null ? null : formulieren.get(formRef);
    List<Veld> velden = new ArrayList<>();
    List<String> bronnen = new ArrayList<>();
    if (formulier != null) {
      velden.addAll(FormulierVelden.lees(formulier.path("components")));
      bronnen.add("forms/" + formRef + ".form");
    }
    if (aanvulling != null) {
      velden.addAll(aanvulling.velden());
      bronnen.add(aanvulling.bron());
    }
    if (bronnen.isEmpty()) {
      return Stapcontract.leeg(stap, naam);
    }
    return Stapcontract.van(stap, naam, String.join(" + ", bronnen), velden);
  }

  /**
   * {@code {"taken":[{"proces","taak","naam","velden":[...]}], "starts":[{"proces","naam","velden":[...]}],
   * "berichten":[{"bericht","naam","velden":[...]}]}}; fields for a task or start add to those of its form.
   */
  private static void leesContractbestand(JsonNode bestand, String bron, Contracten contracten,
      Map<String, Aanvulling> aanvullingen) {
    for (JsonNode taak : bestand.path("taken")) {
      String plaats = taak.path("proces").asText() + "/" + taak.path("taak").asText();
      aanvullingen.put(plaats, new Aanvulling(taak.path("naam").asText(taak.path("taak").asText()), bron,
          FormulierVelden.lees(taak.path("velden"))));
    }
    for (JsonNode start : bestand.path("starts")) {
      String proces = start.path("proces").asText();
      aanvullingen.put(proces + "#start", new Aanvulling(start.path("naam").asText("Start " + proces), bron,
          FormulierVelden.lees(start.path("velden"))));
    }
    for (JsonNode bericht : bestand.path("berichten")) {
      String naam = bericht.path("bericht").asText();
      contracten.bericht(naam, Stapcontract.van("bericht " + naam, bericht.path("naam").asText(naam), bron,
          FormulierVelden.lees(bericht.path("velden"))));
    }
  }

  private static String naam(Element element) {
    return element.hasAttribute("name") ? element.getAttribute("name").replaceAll("\\s+", " ").trim()
        : element.getAttribute("id");
  }

  private List<Resource> bestanden(String patroon) {
    try {
      return java.util.Arrays.stream(resources.getResources(patroon))
          .sorted(java.util.Comparator.comparing(bestand -> String.valueOf(bestand.getFilename())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(Resource bestand) {
    try (InputStream in = bestand.getInputStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Contract niet te lezen: " + bestand.getFilename(), e);
    }
  }
}
