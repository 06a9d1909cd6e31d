package nl.zsm.hg.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users read (README, forms, mail templates, static pages) names the rule of the werkwijze in words and never
 * points into the team's own {@code ../shared} folder or shows source line numbers such as {@code L123-456}. Model
 * documentation and docs/ may cite line numbers after the section name; they are not checked here.
 */
class ProducttekstZonderBronregelsTest {

  private static final Pattern BRONVERWIJZING = Pattern.compile("\\.\\./shared|\\bseed/|\\bL\\d+(?:-\\d+)?\\b");

  @Test
  void readmeFormulierenMailsEnPaginasNoemenGeenBronregelsOfSharedMap() throws IOException {
    List<Path> bestanden = new ArrayList<>();
    bestanden.add(Path.of("README.md"));
    bestanden.addAll(onder(Path.of("forms"), ".form"));
    bestanden.addAll(onder(Path.of("src/main/resources/mail"), ""));
    bestanden.addAll(onder(Path.of("src/main/resources/static"), ""));
    assertThat(bestanden).as("gecontroleerde bestanden").contains(Path.of("README.md"));
    assertThat(bestanden.stream().filter(p -> p.toString().endsWith(".form"))).as("formulieren").isNotEmpty();
    assertThat(bestanden.stream().filter(p -> p.startsWith("src/main/resources/mail"))).as("mails").isNotEmpty();

    List<String> fouten = new ArrayList<>();
    for (Path bestand : bestanden) {
      List<String> regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
      for (int i = 0; i < regels.size(); i++) {
        if (BRONVERWIJZING.matcher(regels.get(i)).find()) {
          fouten.add(bestand + ":" + (i + 1) + ": " + regels.get(i).strip());
        }
      }
    }
    assertThat(fouten)
        .as("noem de sectie van de werkwijze in woorden (\"Werkwijze, stap 2: veiligheidsbeoordeling\"),"
            + " geen regelnummers en geen ../shared")
        .isEmpty();
  }

  @Test
  void herkentRegelnummersEnDeSharedMapMaarGeenGewoneTekst() {
    assertThat(BRONVERWIJZING.matcher("Bijlage III L1317-1329").find()).isTrue();
    assertThat(BRONVERWIJZING.matcher("(L14-20)").find()).isTrue();
    assertThat(BRONVERWIJZING.matcher("zie ../shared/DOMAIN.md").find()).isTrue();
    assertThat(BRONVERWIJZING.matcher("bron: seed/000_b69ebf0dc49988fc.txt").find()).isTrue();
    assertThat(BRONVERWIJZING.matcher("Werkwijze, Bijlage III (minderjarige verdachten); LIJ, 9 uur").find())
        .isFalse();
  }

  private static List<Path> onder(Path map, String einde) {
    if (!Files.isDirectory(map)) {
      return List.of();
    }
    try (Stream<Path> paden = Files.walk(map)) {
      return paden.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(einde)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
