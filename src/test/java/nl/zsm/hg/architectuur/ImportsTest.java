package nl.zsm.hg.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Import hygiene in main and test code: one block of static imports, then one block of the others, each sorted,
 * no blank lines inside a block, no duplicates, no import of a type the file never names.
 */
class ImportsTest {

  private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;$");

  @Test
  void importsZijnGesorteerdGegroepeerdEnGebruikt() throws IOException {
    List<String> fouten = new ArrayList<>();
    for (Path wortel : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> bestanden = Files.walk(wortel)) {
        bestanden.filter(p -> p.toString().endsWith(".java")).forEach(p -> controleer(p, fouten));
      }
    }
    assertThat(fouten).isEmpty();
  }

  private static void controleer(Path bestand, List<String> fouten) {
    List<String> regels = lees(bestand);
    int eerste = -1;
    int laatste = -1;
    for (int i = 0; i < regels.size(); i++) {
      if (regels.get(i).startsWith("import ")) {
        eerste = eerste < 0 ? i : eerste;
        laatste = i;
      }
    }
    if (eerste < 0) {
      return;
    }
    List<String> blok = regels.subList(eerste, laatste + 1);
    String rest = String.join("\n", regels.subList(0, eerste)) + String.join("\n", regels.subList(laatste + 1,
        regels.size()));
    List<String> verwacht = new ArrayList<>();
    List<String> statisch = new ArrayList<>();
    List<String> gewoon = new ArrayList<>();
    for (String regel : blok) {
      if (regel.isBlank()) {
        continue;
      }
      Matcher m = IMPORT.matcher(regel.strip());
      if (!m.matches()) {
        fouten.add(bestand + ": geen import in het importblok: " + regel);
        return;
      }
      String naam = m.group(2);
      String kort = naam.substring(naam.lastIndexOf('.') + 1);
      if (!kort.equals("*") && !Pattern.compile("\\b" + Pattern.quote(kort) + "\\b").matcher(rest).find()) {
        fouten.add(bestand + ": ongebruikte import " + naam);
      }
      (m.group(1) != null ? statisch : gewoon).add(regel.strip());
    }
    verwacht.addAll(statisch.stream().sorted().distinct().toList());
    if (!statisch.isEmpty() && !gewoon.isEmpty()) {
      verwacht.add("");
    }
    verwacht.addAll(gewoon.stream().sorted().distinct().toList());
    if (!blok.equals(verwacht)) {
      fouten.add(bestand + ": imports niet gesorteerd/gegroepeerd (statische eerst, dan de rest, zonder dubbele)");
    }
  }

  private static List<String> lees(Path bestand) {
    try {
      return Files.readAllLines(bestand);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
