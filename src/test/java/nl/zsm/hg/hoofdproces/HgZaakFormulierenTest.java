package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.termijnen.domain.ZsmTermijnsignaleringContract;
import nl.zsm.hg.veiligheid.domain.Veiligheidsmaatregel;
import org.junit.jupiter.api.Test;

/**
 * The forms of the main process against the model and the code: every form referenced exists, every
 * field a form submits is a named case variable that the process reads (an expression or decision in
 * the models, the Java code, or a later organisation's form), and the measures checklist offers exactly
 * the catalogue.
 */
class HgZaakFormulierenTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path MODEL = Path.of("processes/zsm-huiselijk-geweld.bpmn");
  /**
   * Recorded at the very end for the lokaal team and the indicators the network wants (L791-796,
   * L3366-3613); no later step of this process reads them.
   */
  private static final Set<String> VASTLEGGING_VOOR_OVERDRACHT = Set.of("overdrachtLokaalTeam", "overdrachtToelichting",
      // what the officier arranged after an unprotected release by the RC: recorded for accountability (issue 12)
      "veiligheidNaVrijlatingRc");

  @Test
  void elkeFormRefVanHetHoofdprocesBestaat() throws IOException {
    Set<String> refs = formRefs();
    assertThat(refs).contains("intake", "termijn-waarschuwing", "termijn-overschreden", "hg-uitkomst-voorgeleiding", "hg-veiligheid-na-vrijlating-rc").hasSize(15);
    assertThat(formulieren().keySet()).containsAll(refs);
  }

  @Test
  void elkIngevuldVeldIsEenZaakvariabeleDieHetProcesLeest() throws IOException {
    Map<String, String> constanten = constanten();
    Map<String, JsonNode> formulieren = formulieren();
    Set<String> refs = formRefs();
    String modellen = lees("processes", ".bpmn") + lees("dmn", ".dmn");
    String code = leesJava();

    for (String ref : refs) {
      for (JsonNode veld : velden(formulieren.get(ref))) {
        if (veld.path("disabled").asBoolean()) {
          continue;
        }
        String sleutel = veld.path("key").asText();
        assertThat(constanten).as("veld '%s' van formulier %s staat in het contract van zijn proces", sleutel, ref).containsKey(sleutel);
        boolean inModel = Pattern.compile("\\b" + sleutel + "\\b").matcher(modellen).find();
        boolean inCode = Pattern.compile("\\b" + constanten.get(sleutel) + "\\b").matcher(code).find();
        boolean getoondLater = refs.stream().filter(r -> !r.equals(ref))
            .flatMap(r -> velden(formulieren.get(r)).stream())
            .anyMatch(v -> v.path("disabled").asBoolean() && sleutel.equals(v.path("key").asText()));
        assertThat(inModel || inCode || getoondLater || VASTLEGGING_VOOR_OVERDRACHT.contains(sleutel))
            .as("veld '%s' van formulier %s wordt gelezen door model, code of een later formulier", sleutel, ref)
            .isTrue();
      }
    }
  }

  @Test
  void maatregelenKomenUitDeCatalogus() throws IOException {
    Set<String> catalogus = Stream.of(Veiligheidsmaatregel.values()).map(Enum::name).collect(Collectors.toSet());
    int checklists = 0;
    for (JsonNode form : formulieren().values()) {
      for (JsonNode veld : velden(form)) {
        if ("veiligheidsmaatregelen".equals(veld.path("key").asText())) {
          assertThat(veld.path("type").asText()).isEqualTo("checklist");
          Set<String> waarden = new HashSet<>();
          veld.path("values").forEach(v -> waarden.add(v.path("value").asText()));
          assertThat(waarden).isEqualTo(catalogus);
          checklists++;
        }
      }
    }
    assertThat(checklists).isGreaterThanOrEqualTo(4);
  }

  @Test
  void verplichteVeldenEnNederlandseLabels() throws IOException {
    for (String ref : formRefs()) {
      List<JsonNode> velden = velden(formulieren().get(ref));
      assertThat(velden).as(ref).allSatisfy(v -> assertThat(v.path("label").asText()).isNotBlank());
      List<JsonNode> invulbaar = velden.stream().filter(v -> !v.path("disabled").asBoolean()).toList();
      if (!invulbaar.isEmpty() && !ref.equals("hg-vt-kennisnemen-vrijheidsbeslissing")) {
        assertThat(invulbaar).as("%s heeft een verplicht veld of een ja/nee-keuze", ref)
            .anyMatch(v -> v.path("validate").path("required").asBoolean() || "checkbox".equals(v.path("type").asText()));
      }
    }
  }

  private static Set<String> formRefs() throws IOException {
    // the main model and its deadline signals (zsmTermijnsignalering, the warning and overschrijding tasks)
    Matcher m = Pattern.compile("camunda:formRef=\"([^\"]+)\"")
        .matcher(Files.readString(MODEL) + Files.readString(Path.of("processes/termijnsignalering.bpmn")));
    Set<String> refs = new HashSet<>();
    while (m.find()) {
      refs.add(m.group(1));
    }
    return refs;
  }

  private static Map<String, JsonNode> formulieren() throws IOException {
    Map<String, JsonNode> result = new HashMap<>();
    try (Stream<Path> paden = Files.list(Path.of("forms"))) {
      for (Path pad : paden.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(pad.toFile());
        result.put(form.path("id").asText(), form);
      }
    }
    return result;
  }

  private static List<JsonNode> velden(JsonNode form) {
    List<JsonNode> velden = new java.util.ArrayList<>();
    form.path("components").forEach(c -> {
      if (c.hasNonNull("key")) {
        velden.add(c);
      }
    });
    return velden;
  }

  private static Map<String, String> constanten() throws IOException {
    Map<String, String> waardeNaarNaam = new HashMap<>();
    for (Class<?> contract : List.of(ZsmHuiselijkGeweldContract.class, ZsmTermijnsignaleringContract.class)) {
      for (Field veld : contract.getFields()) {
        if (Modifier.isStatic(veld.getModifiers()) && veld.getType() == String.class) {
          try {
            waardeNaarNaam.putIfAbsent((String) veld.get(null), veld.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return waardeNaarNaam;
  }

  private static String lees(String map, String extensie) throws IOException {
    try (Stream<Path> paden = Files.walk(Path.of(map))) {
      StringBuilder alles = new StringBuilder();
      for (Path pad : paden.filter(p -> p.toString().endsWith(extensie)).toList()) {
        alles.append(Files.readString(pad)).append('\n');
      }
      return alles.toString();
    }
  }

  /** The Java sources except the contract classes (the lists of names) themselves. */
  private static String leesJava() throws IOException {
    try (Stream<Path> paden = Files.walk(Path.of("src/main/java"))) {
      StringBuilder alles = new StringBuilder();
      for (Path pad : paden.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().endsWith("Contract.java")).toList()) {
        alles.append(Files.readString(pad)).append('\n');
      }
      return alles.toString();
    }
  }
}
