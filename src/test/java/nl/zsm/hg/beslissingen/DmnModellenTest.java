package nl.zsm.hg.beslissingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.slachtoffer.domain.ShnVtAfstemmingContract;
import nl.zsm.hg.stalking.domain.StalkingAanpakContract;
import nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DMN files are product code that process owners open in Camunda Modeler: DMN 1.3, Camunda 7.24
 * as execution platform, a diagram (DRD) with every decision and requirement, history time to live,
 * readable rules citing the source. And the decision keys, inputs and outputs that processes, forms
 * and other systems rely on.
 */
class DmnModellenTest {

  private static final String DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String MODELER = "http://camunda.org/schema/modeler/1.0";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

  private static List<Path> dmnBestanden() throws IOException {
    try (Stream<Path> bestanden = Files.list(Path.of("dmn"))) {
      return bestanden.filter(pad -> pad.toString().endsWith(".dmn")).sorted().toList();
    }
  }

  @Test
  void elkBestandOpentInCamundaModelerVoorCamunda724() throws Exception {
    List<Path> bestanden = dmnBestanden();
    assertThat(bestanden).hasSize(5);
    for (Path bestand : bestanden) {
      Document xml = leesXml(bestand);
      Element definitions = xml.getDocumentElement();
      assertThat(definitions.getNamespaceURI()).as(bestand.toString()).isEqualTo(DMN13);
      assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).as(bestand.toString()).isEqualTo("Camunda Platform");
      assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).as(bestand.toString()).isEqualTo("7.24.0");

      Set<String> vormen = attributen(xml.getElementsByTagNameNS(DMNDI, "DMNShape"), "dmnElementRef");
      Set<String> lijnen = attributen(xml.getElementsByTagNameNS(DMNDI, "DMNEdge"), "dmnElementRef");
      NodeList beslissingen = xml.getElementsByTagNameNS(DMN13, "decision");
      for (int i = 0; i < beslissingen.getLength(); i++) {
        Element beslissing = (Element) beslissingen.item(i);
        String id = beslissing.getAttribute("id");
        assertThat(beslissing.getAttributeNS(CAMUNDA, "historyTimeToLive")).as("historyTimeToLive van %s", id).isEqualTo("P180D");
        assertThat(beslissing.getAttribute("name")).as("naam van %s", id).isNotBlank();
        assertThat(vormen).as("%s staat in het diagram", id).contains(id);
      }
      Set<String> vereisten = attributen(xml.getElementsByTagNameNS(DMN13, "informationRequirement"), "id");
      assertThat(lijnen).as("elke vereiste beslissing als lijn in het diagram van %s", bestand).containsAll(vereisten);
    }
  }

  @Test
  void elkeRegelIsUitgelegdMetBron() throws Exception {
    for (Path bestand : dmnBestanden()) {
      DmnModelInstance model = Dmn.readModelFromFile(bestand.toFile());
      Dmn.validateModel(model);
      for (DecisionTable tabel : model.getModelElementsByType(DecisionTable.class)) {
        assertThat(tabel.getDomElement().hasAttribute("hitPolicy")).as("hit policy bewust gekozen in %s", tabel.getId()).isTrue();
        tabel.getInputs().forEach(input -> assertThat(input.getLabel()).as("label van %s", input.getId()).isNotBlank());
        tabel.getOutputs().forEach(output -> assertThat(output.getLabel()).as("label van %s", output.getId()).isNotBlank());
      }
      for (Rule regel : model.getModelElementsByType(Rule.class)) {
        assertThat(regel.getDescription()).as("toelichting bij %s", regel.getId()).isNotNull();
        assertThat(regel.getDescription().getTextContent()).as("toelichting bij %s", regel.getId()).matches("(?s).*Bron: .*L\\d+.*");
      }
    }
  }

  /** The contract of keys and names (issue 3); other systems depend on it. */
  @Test
  void sleutelsEnNamenVanHetContract() throws Exception {
    Map<String, List<String>> invoer = Map.of(
        "AcuteOnveiligheid", List.of(VtVeiligheidsbeoordelingContract.ACHT_JAARS_FEIT, VtVeiligheidsbeoordelingContract.VUURWAPEN, VtVeiligheidsbeoordelingContract.LETSEL_OF_VERWURGING,
            VtVeiligheidsbeoordelingContract.GEWELD_TIJDENS_ZWANGERSCHAP, VtVeiligheidsbeoordelingContract.SEKSUEEL_MISBRUIK, VtVeiligheidsbeoordelingContract.ONTHOUDEN_ZORG_ACUUT,
            VtVeiligheidsbeoordelingContract.INTIEM_TERREUR_OF_GEWELD, VtVeiligheidsbeoordelingContract.DREIGING_MET_GEWELD_OF_DODEN,
            VtVeiligheidsbeoordelingContract.STALKING_SLACHTOFFER_ZEER_BANG, VtVeiligheidsbeoordelingContract.SCHENDING_VEILIGHEIDSVOORWAARDEN,
            VtVeiligheidsbeoordelingContract.VERDACHTE_HEEFT_TOEGANG, VtVeiligheidsbeoordelingContract.ZICHT_DOOR_DERDEN, VtVeiligheidsbeoordelingContract.DAGEN_SINDS_RELATIE_VERBROKEN),
        "StructureleOnveiligheid", List.of(VtVeiligheidsbeoordelingContract.AANTAL_EERDERE_INCIDENTEN, VtVeiligheidsbeoordelingContract.VOORTDURENDE_ONVEILIGE_SITUATIE,
            VtVeiligheidsbeoordelingContract.FYSIEK_GEWELD, VtVeiligheidsbeoordelingContract.PSYCHISCH_GEWELD, VtVeiligheidsbeoordelingContract.SEKSUEEL_GEWELD,
            VtVeiligheidsbeoordelingContract.VERWAARLOZING, VtVeiligheidsbeoordelingContract.BIJZONDERE_VORMEN),
        "SashRisiconiveau", List.of(StalkingAanpakContract.SASH_NIETS_MEER_TE_VERLIEZEN, StalkingAanpakContract.SASH_EX_PARTNER_DOODSANGST,
            StalkingAanpakContract.SASH_OORDEEL_BEOORDELAAR),
        "Afdoeningsroute", List.of(ZsmHuiselijkGeweldContract.VERMOEDEN_STRAFBAAR_FEIT, VtVeiligheidsbeoordelingContract.ONVEILIGHEID, ZsmHuiselijkGeweldContract.BEWIJS,
            ZsmHuiselijkGeweldContract.ERNSTIGE_BEZWAREN, ShnVtAfstemmingContract.SLACHTOFFER_WENST_VERVOLGING, ZsmHuiselijkGeweldContract.VAST),
        "AdviserendeOrganisatie", List.of(ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE),
        "KinderenTriage", List.of(ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE, ZsmHuiselijkGeweldContract.KINDEREN_IN_GEZIN));
    Map<String, List<String>> uitvoer = Map.of(
        "AcuteOnveiligheid", List.of(VtVeiligheidsbeoordelingContract.ACUUT_ONVEILIG, VtVeiligheidsbeoordelingContract.ACUUT_GRONDEN),
        "StructureleOnveiligheid", List.of(VtVeiligheidsbeoordelingContract.STRUCTUREEL_ONVEILIG, VtVeiligheidsbeoordelingContract.STRUCTUREEL_GRONDEN),
        "Veiligheidsclassificatie", List.of(VtVeiligheidsbeoordelingContract.ONVEILIGHEID, VtVeiligheidsbeoordelingContract.ACUUT_ONVEILIG, VtVeiligheidsbeoordelingContract.ACUUT_GRONDEN,
            VtVeiligheidsbeoordelingContract.STRUCTUREEL_ONVEILIG, VtVeiligheidsbeoordelingContract.STRUCTUREEL_GRONDEN),
        "SashRisiconiveau", List.of(StalkingAanpakContract.RISICONIVEAU),
        "Afdoeningsroute", List.of(ZsmHuiselijkGeweldContract.ROUTE, ZsmHuiselijkGeweldContract.VEILIGHEIDSMAATREGELEN_VEREIST),
        "AdviserendeOrganisatie", List.of(ZsmHuiselijkGeweldContract.ADVISEUR, ZsmHuiselijkGeweldContract.ADVISEUR_GROEP),
        "KinderenTriage", List.of(VtVeiligheidsbeoordelingContract.RVDK_CIVIEL_SPOOR, VtVeiligheidsbeoordelingContract.KINDEREN_TRIAGE_GROND));

    Map<String, Decision> beslissingen = new java.util.HashMap<>();
    for (Path bestand : dmnBestanden()) {
      Dmn.readModelFromFile(bestand.toFile()).getModelElementsByType(Decision.class)
          .forEach(beslissing -> beslissingen.put(beslissing.getId(), beslissing));
    }
    assertThat(beslissingen).containsKeys(VtVeiligheidsbeoordelingContract.BESLISSING_ACUTE_ONVEILIGHEID, VtVeiligheidsbeoordelingContract.BESLISSING_STRUCTURELE_ONVEILIGHEID,
        VtVeiligheidsbeoordelingContract.BESLISSING_VEILIGHEIDSCLASSIFICATIE, StalkingAanpakContract.BESLISSING_SASH_RISICONIVEAU,
        ZsmHuiselijkGeweldContract.BESLISSING_AFDOENINGSROUTE, ZsmHuiselijkGeweldContract.BESLISSING_ADVISERENDE_ORGANISATIE,
        VtVeiligheidsbeoordelingContract.BESLISSING_KINDEREN_TRIAGE);

    invoer.forEach((key, namen) -> {
      String expressies = invoerExpressies(beslissingen, key);
      namen.forEach(naam -> assertThat(expressies).as("%s leest %s", key, naam).containsPattern("\\b" + naam + "\\b"));
    });
    uitvoer.forEach((key, namen) -> {
      Set<String> outputs = ((DecisionTable) beslissingen.get(key).getExpression()).getOutputs().stream()
          .map(Output::getName).collect(Collectors.toSet());
      assertThat(outputs).as("uitvoer van %s", key).containsAll(namen);
    });
    // Veiligheidsclassificatie is one DRD with AcuteOnveiligheid and StructureleOnveiligheid
    Set<String> vereist = beslissingen.get("Veiligheidsclassificatie").getInformationRequirements().stream()
        .map(InformationRequirement::getRequiredDecision).map(Decision::getId).collect(Collectors.toSet());
    assertThat(vereist).containsExactlyInAnyOrder("AcuteOnveiligheid", "StructureleOnveiligheid");
  }

  /** Input expressions of a decision and of the decisions it requires (the DRD below it). */
  private static String invoerExpressies(Map<String, Decision> beslissingen, String key) {
    Decision beslissing = beslissingen.get(key);
    StringBuilder tekst = new StringBuilder();
    ((DecisionTable) beslissing.getExpression()).getInputs()
        .forEach(input -> tekst.append(input.getInputExpression().getText().getTextContent()).append('\n'));
    for (InformationRequirement vereiste : beslissing.getInformationRequirements()) {
      tekst.append(invoerExpressies(beslissingen, vereiste.getRequiredDecision().getId()));
    }
    return tekst.toString();
  }

  private static Set<String> attributen(NodeList elementen, String attribuut) {
    return java.util.stream.IntStream.range(0, elementen.getLength())
        .mapToObj(i -> ((Element) elementen.item(i)).getAttribute(attribuut))
        .collect(Collectors.toSet());
  }

  private static Document leesXml(Path bestand) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = Files.newInputStream(bestand)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
