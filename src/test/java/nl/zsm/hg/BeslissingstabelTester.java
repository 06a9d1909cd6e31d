package nl.zsm.hg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.zsm.hg.invoer.engine.Beslisinvoertypen;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs readable case files against the DMN tables with the standalone DMN engine and records
 * which rules were hit, so a test can assert that every rule of a table is covered.
 *
 * <p>Case file format (src/test/resources/beslissingen/*.csv, ';'-separated, '#' starts a comment):
 * {@code bron ; geval ; invoer ; verwacht}. {@code invoer} holds {@code naam=waarde} pairs separated
 * by spaces: {@code true}/{@code false} are booleans, whole numbers are integers, {@code null} is an
 * explicit null, {@code "..."} or a bare word is a string; a variable that is not named is absent.
 * {@code verwacht} holds {@code naam=waarde} (equal), {@code naam~tekst} (text contains) or
 * {@code fout~tekst} (evaluation must fail with a message containing the text).
 *
 * <p>A comment line {@code #standaard: naam=waarde ...} sets inputs for every following case that does not name
 * them; a case with the word {@code zonder-standaard} in its invoer gets none of them (to test absent inputs).
 */
public final class BeslissingstabelTester {

  /** Rule ids hit by successful evaluations, and messages of expected failures, per test run. */
  private final Set<String> geraakteRegels = ConcurrentHashMap.newKeySet();
  private final Set<String> foutmeldingen = ConcurrentHashMap.newKeySet();
  private final DmnEngine engine;
  private final Map<String, DmnModelInstance> modellen = new LinkedHashMap<>();

  public BeslissingstabelTester(String... dmnBestanden) {
    DefaultDmnEngineConfiguration configuratie =
        (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuratie.customPostDecisionEvaluationListeners(List.of(new RegelRegistratie()));
    // the type check of the columns as in the application: a wrong type is refused in Dutch
    configuratie.getTransformer().setDataTypeTransformerRegistry(new Beslisinvoertypen());
    engine = configuratie.buildEngine();
    for (String bestand : dmnBestanden) {
      modellen.put(bestand, Dmn.readModelFromStream(resource("/dmn/" + bestand)));
    }
  }

  public DmnDecisionResult evalueer(String beslissing, Map<String, Object> variabelen) {
    return engine.evaluateDecision(decision(beslissing), variabelen);
  }

  private DmnDecision decision(String key) {
    for (DmnModelInstance model : modellen.values()) {
      for (DmnDecision decision : engine.parseDecisions(model)) {
        if (decision.getKey().equals(key)) {
          return decision;
        }
      }
    }
    throw new IllegalArgumentException("Beslissing " + key + " staat niet in " + modellen.keySet());
  }

  public Map<String, DmnModelInstance> modellen() {
    return modellen;
  }

  /** One dynamic test per line of the case file. */
  public Stream<DynamicTest> gevallen(String beslissing, String gevallenBestand) {
    List<Geval> gevallen = lees(gevallenBestand);
    assertThat(gevallen).as("gevallen in %s", gevallenBestand).isNotEmpty();
    return gevallen.stream().map(geval -> DynamicTest.dynamicTest(
        gevallenBestand + ":" + geval.regel + " " + geval.omschrijving + " [" + geval.bron + "]",
        () -> controleer(beslissing, geval)));
  }

  private void controleer(String beslissing, Geval geval) {
    if (geval.verwachteFout != null) {
      assertThatThrownBy(() -> evalueer(beslissing, geval.invoer))
          .as("%s moet falen", geval.omschrijving)
          .satisfies(fout -> assertThat(fout.getMessage()).contains(geval.verwachteFout))
          .satisfies(fout -> foutmeldingen.add(fout.getMessage()));
      return;
    }
    DmnDecisionResult resultaat = evalueer(beslissing, geval.invoer);
    assertThat(resultaat.getResultList()).as("precies één uitkomst voor %s", geval.omschrijving).hasSize(1);
    Map<String, Object> uitkomst = resultaat.getSingleResult().getEntryMap();
    geval.gelijk.forEach((naam, waarde) ->
        assertThat(uitkomst).as("%s bij %s", naam, geval.omschrijving).containsEntry(naam, waarde));
    geval.bevat.forEach((naam, tekst) -> {
      assertThat(uitkomst).as("%s bij %s", naam, geval.omschrijving).containsKey(naam);
      assertThat(String.valueOf(uitkomst.get(naam))).as("%s bij %s", naam, geval.omschrijving).contains(tekst);
    });
  }

  /** Rules of the given DMN files that no case has hit (error rules count when their message was seen). */
  public Set<String> nietGeraakteRegels() {
    Set<String> ontbrekend = new TreeSet<>();
    for (DmnModelInstance model : modellen.values()) {
      Collection<Rule> regels = model.getModelElementsByType(Rule.class);
      for (Rule regel : regels) {
        String foutmelding = foutmeldingVan(regel);
        boolean geraakt = foutmelding == null
            ? geraakteRegels.contains(regel.getId())
            : foutmeldingen.stream().anyMatch(melding -> melding.contains(foutmelding));
        if (!geraakt) {
          ontbrekend.add(regel.getId());
        }
      }
    }
    return ontbrekend;
  }

  private static final Pattern FOUT = Pattern.compile("assert\\(null, false, \"([^\"]+)\"\\)");

  private static String foutmeldingVan(Rule regel) {
    for (OutputEntry entry : regel.getOutputEntries()) {
      Matcher matcher = FOUT.matcher(entry.getText().getTextContent());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  private final class RegelRegistratie implements DmnDecisionEvaluationListener {
    @Override
    public void notify(DmnDecisionEvaluationEvent event) {
      registreer(event.getDecisionResult());
      event.getRequiredDecisionResults().forEach(this::registreer);
    }

    private void registreer(DmnDecisionLogicEvaluationEvent event) {
      if (event instanceof DmnDecisionTableEvaluationEvent tabel) {
        for (DmnEvaluatedDecisionRule regel : tabel.getMatchingRules()) {
          geraakteRegels.add(regel.getId());
        }
      }
    }
  }

  // --- case files ---------------------------------------------------------------------------

  static final class Geval {
    int regel;
    String bron;
    String omschrijving;
    final Map<String, Object> invoer = new HashMap<>();
    final Map<String, Object> gelijk = new LinkedHashMap<>();
    final Map<String, String> bevat = new LinkedHashMap<>();
    String verwachteFout;
  }

  static List<Geval> lees(String bestand) {
    List<Geval> gevallen = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(resource("/beslissingen/" + bestand), StandardCharsets.UTF_8))) {
      String line;
      int nummer = 0;
      boolean kop = true;
      Map<String, Object> standaard = new HashMap<>();
      while ((line = reader.readLine()) != null) {
        nummer++;
        if (line.stripLeading().startsWith("#standaard:")) {
          standaard.clear();
          for (String paar : splits(line.stripLeading().substring("#standaard:".length()), ' ')) {
            int is = paar.indexOf('=');
            standaard.put(paar.substring(0, is), waarde(paar.substring(is + 1)));
          }
          continue;
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        if (kop) { // first non-comment line is the header
          kop = false;
          continue;
        }
        List<String> velden = splits(line, ';');
        if (velden.size() != 4) {
          fail("%s regel %d: verwacht 4 velden (bron;geval;invoer;verwacht), gevonden %d", bestand, nummer, velden.size());
        }
        Geval geval = new Geval();
        geval.regel = nummer;
        geval.bron = velden.get(0).strip();
        geval.omschrijving = velden.get(1).strip();
        List<String> invoer = splits(velden.get(2), ' ');
        if (!invoer.remove("zonder-standaard")) {
          geval.invoer.putAll(standaard);
        }
        for (String paar : invoer) {
          int is = paar.indexOf('=');
          if (is < 1) {
            fail("%s regel %d: invoer '%s' is geen naam=waarde", bestand, nummer, paar);
          }
          geval.invoer.put(paar.substring(0, is), waarde(paar.substring(is + 1)));
        }
        for (String paar : splits(velden.get(3), ' ')) {
          int bevat = paar.indexOf('~');
          int is = paar.indexOf('=');
          if (bevat > 0 && (is < 0 || bevat < is)) {
            String naam = paar.substring(0, bevat);
            String tekst = String.valueOf(waarde(paar.substring(bevat + 1)));
            if (naam.equals("fout")) {
              geval.verwachteFout = tekst;
            } else {
              geval.bevat.put(naam, tekst);
            }
          } else if (is > 0) {
            geval.gelijk.put(paar.substring(0, is), waarde(paar.substring(is + 1)));
          } else {
            fail("%s regel %d: verwachting '%s' is geen naam=waarde of naam~tekst", bestand, nummer, paar);
          }
        }
        if (geval.verwachteFout == null && geval.gelijk.isEmpty() && geval.bevat.isEmpty()) {
          fail("%s regel %d: geen verwachting", bestand, nummer);
        }
        gevallen.add(geval);
      }
    } catch (IOException e) {
      throw new IllegalStateException(bestand, e);
    }
    return gevallen;
  }

  private static Object waarde(String tekst) {
    if (tekst.startsWith("\"") && tekst.endsWith("\"") && tekst.length() >= 2) {
      return tekst.substring(1, tekst.length() - 1);
    }
    return switch (tekst) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      case "null" -> null;
      default -> tekst.matches("-?\\d+") ? (Object) Integer.valueOf(tekst) : tekst;
    };
  }

  /** Splits on the separator outside double quotes; empty parts are dropped for ' '. */
  private static List<String> splits(String tekst, char scheiding) {
    List<String> delen = new ArrayList<>();
    StringBuilder huidig = new StringBuilder();
    boolean inQuotes = false;
    for (char c : tekst.toCharArray()) {
      if (c == '"') {
        inQuotes = !inQuotes;
      }
      if (c == scheiding && !inQuotes) {
        delen.add(huidig.toString());
        huidig.setLength(0);
      } else {
        huidig.append(c);
      }
    }
    delen.add(huidig.toString());
    if (scheiding == ' ') {
      delen.removeIf(String::isBlank);
    }
    return delen;
  }

  private static InputStream resource(String pad) {
    InputStream in = BeslissingstabelTester.class.getResourceAsStream(pad);
    if (in == null) {
      throw new IllegalArgumentException("Niet gevonden op het classpath: " + pad);
    }
    return in;
  }
}
