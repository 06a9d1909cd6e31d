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
import nl.zsm.hg.contract.domain.Contracten;
import nl.zsm.hg.contract.domain.FormulierVelden;
import nl.zsm.hg.contract.domain.Stapcontract;
import nl.zsm.hg.contract.domain.Veld;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

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

  private void leesModel(Resource bestand, Map<String, JsonNode> formulieren, Contracten contracten,
      Map<String, Aanvulling> aanvullingen) {
    BpmnModelInstance model;
    try (InputStream in = bestand.getInputStream()) {
      model = Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Process proces : model.getModelElementsByType(Process.class)) {
      String sleutel = proces.getId();
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (!proces.equals(procesVan(element))) {
          continue;
        }
        if (element instanceof UserTask taak) {
          contracten.taak(sleutel, taak.getId(), uitFormulier(sleutel + " / " + taak.getId(), naam(taak),
              taak.getCamundaFormRef(), formulieren, aanvullingen.remove(sleutel + "/" + taak.getId())));
        } else if (element instanceof StartEvent start && start.getParentElement() == proces
            && start.getCamundaFormRef() != null) {
          contracten.start(sleutel, uitFormulier(sleutel + " / " + start.getId(), "Start " + naam(start),
              start.getCamundaFormRef(), formulieren, aanvullingen.remove(sleutel + "#start")));
        }
      }
    }
  }

  private static Process procesVan(FlowElement element) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance ouder = element.getParentElement();
    while (ouder != null && !(ouder instanceof Process)) {
      ouder = ouder.getParentElement();
    }
    return (Process) ouder;
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

  private static String naam(FlowElement element) {
    return element.getName() == null ? element.getId() : element.getName().replaceAll("\\s+", " ").trim();
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
