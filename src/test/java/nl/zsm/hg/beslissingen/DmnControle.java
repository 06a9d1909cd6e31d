package nl.zsm.hg.beslissingen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DMN check over a folder of decision tables, without a process engine: every file is parsed by the Camunda DMN
 * engine (as at deployment), every table states its hit policy, every input expression and output has a type Camunda
 * knows, every output a name, and every rule cell of an input is valid FEEL for a value of that type. Returns one
 * Dutch finding per problem, naming file and element.
 */
public final class DmnControle {

  static final Set<String> TYPES = Set.of("string", "boolean", "integer", "long", "double", "date");

  private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final FeelEngine feel =
      ((DefaultDmnEngineConfiguration) engine.getConfiguration()).getFeelEngineFactory().createInstance();

  /** The findings over every .dmn file in the folder (empty: all good). */
  public List<String> bevindingen(Path map) {
    List<String> bevindingen = new ArrayList<>();
    for (Path bestand : dmnBestanden(map)) {
      bevindingen.addAll(bevindingenVan(bestand));
    }
    return bevindingen;
  }

  List<String> bevindingenVan(Path bestand) {
    String naam = bestand.getFileName().toString();
    List<String> bevindingen = new ArrayList<>();
    try (InputStream xml = Files.newInputStream(bestand)) {
      engine.parseDecisions(xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      bevindingen.add(naam + ": de DMN-engine weigert het bestand: " + e.getMessage());
      return bevindingen;
    }
    DmnModelInstance model = Dmn.readModelFromFile(bestand.toFile());
    Set<String> zonderHitPolicy = tabellenZonderHitPolicy(bestand);
    for (DecisionTable tabel : model.getModelElementsByType(DecisionTable.class)) {
      String plek = naam + " " + tabel.getId();
      if (zonderHitPolicy.contains(tabel.getId())) {
        bevindingen.add(plek + ": geen hit policy opgegeven");
      }
      List<Input> inputs = new ArrayList<>(tabel.getInputs());
      for (Input input : inputs) {
        String type = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
        if (!TYPES.contains(String.valueOf(type))) {
          bevindingen.add(plek + " input " + input.getId() + ": type '" + type + "' is niet een van " + TYPES);
        }
      }
      for (Output output : tabel.getOutputs()) {
        if (!TYPES.contains(String.valueOf(output.getTypeRef()))) {
          bevindingen.add(plek + " output " + output.getId() + ": type '" + output.getTypeRef() + "' is niet een van " + TYPES);
        }
        if (output.getName() == null || output.getName().isBlank()) {
          bevindingen.add(plek + " output " + output.getId() + ": geen naam (de variabele die de tabel teruggeeft)");
        }
      }
      for (Rule regel : tabel.getRules()) {
        List<InputEntry> cellen = new ArrayList<>(regel.getInputEntries());
        for (int i = 0; i < cellen.size() && i < inputs.size(); i++) {
          String fout = feelFout(cellen.get(i), inputs.get(i));
          if (fout != null) {
            bevindingen.add(plek + " regel " + regel.getId() + " cel " + (i + 1) + " '" + cellen.get(i).getTextContent()
                + "': geen geldige FEEL: " + fout);
          }
        }
      }
    }
    return bevindingen;
  }

  /**
   * Ids of the decision tables without a hitPolicy attribute in the file itself (the model API validates against the
   * DMN schema, which fills in its default UNIQUE, so this reads the plain XML).
   */
  private static Set<String> tabellenZonderHitPolicy(Path bestand) {
    try {
      DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
      fabriek.setNamespaceAware(true);
      fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList tabellen = fabriek.newDocumentBuilder().parse(bestand.toFile()).getElementsByTagNameNS("*", "decisionTable");
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < tabellen.getLength(); i++) {
        Element tabel = (Element) tabellen.item(i);
        if (!tabel.hasAttribute("hitPolicy")) {
          ids.add(tabel.getAttribute("id"));
        }
      }
      return ids;
    } catch (Exception e) {
      throw new IllegalStateException(bestand + " niet te lezen", e);
    }
  }

  private String feelFout(InputEntry cel, Input input) {
    String tekst = cel.getTextContent() == null ? "" : cel.getTextContent().strip();
    boolean andereTaal = cel.getExpressionLanguage() != null && !cel.getExpressionLanguage().toLowerCase().contains("feel");
    if (tekst.isEmpty() || tekst.equals("-") || andereTaal || input.getInputExpression() == null) {
      return null;
    }
    Object voorbeeld = switch (String.valueOf(input.getInputExpression().getTypeRef())) {
      case "boolean" -> Boolean.FALSE;
      case "integer" -> 0;
      case "long" -> 0L;
      case "double" -> 0.0;
      case "date" -> new Date();
      default -> "";
    };
    try {
      feel.evaluateSimpleUnaryTests(tekst, "cellInput", Variables.createVariables().putValue("cellInput", voorbeeld).asVariableContext());
      return null;
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  private static List<Path> dmnBestanden(Path map) {
    try (Stream<Path> bestanden = Files.list(map)) {
      return bestanden.filter(p -> p.toString().endsWith(".dmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
