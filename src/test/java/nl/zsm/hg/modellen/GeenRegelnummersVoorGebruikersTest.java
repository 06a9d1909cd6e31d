package nl.zsm.hg.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "help texts speak to professionals": forms, e-mail templates, decision outputs and the messages of the
 * Java code cite the werkproces by section ("Werkwijze, stap 3: beoordeling van het bewijs"), never by line numbers
 * of a text file ("L555-601"). Source lines stay in the documentation of models and decision rules, and in comments.
 */
class GeenRegelnummersVoorGebruikersTest {

  /** "L555", "L555-601": an L directly followed by digits, not part of a longer word. */
  static final Pattern REGELNUMMER = Pattern.compile("(?<![A-Za-z0-9_])L\\d{1,5}(?:-\\d{1,5})?(?![A-Za-z0-9_])");
  private static final Pattern DMN_TEKST = Pattern.compile("<text>(.*?)</text>", Pattern.DOTALL);

  @Test
  void formulierenEnMailsjablonenNoemenGeenRegelnummers() throws IOException {
    List<String> vondsten = new ArrayList<>();
    for (Path bestand : bestanden(Path.of("forms"), ".form")) {
      zoek(bestand, Files.readString(bestand, StandardCharsets.UTF_8), vondsten);
    }
    for (Path bestand : bestanden(Path.of("src/main/resources/mail"), "")) {
      zoek(bestand, Files.readString(bestand, StandardCharsets.UTF_8), vondsten);
    }
    assertThat(vondsten).as("regelnummers in wat gebruikers lezen").isEmpty();
  }

  @Test
  void uitkomstenEnMeldingenVanBeslissingenNoemenGeenRegelnummers() throws IOException {
    List<String> vondsten = new ArrayList<>();
    for (Path bestand : bestanden(Path.of("dmn"), ".dmn")) {
      Matcher tekst = DMN_TEKST.matcher(Files.readString(bestand, StandardCharsets.UTF_8));
      while (tekst.find()) {
        zoek(bestand, tekst.group(1), vondsten);
      }
    }
    assertThat(vondsten).as("regelnummers in uitkomsten en meldingen van beslissingen").isEmpty();
  }

  @Test
  void meldingenInDeCodeNoemenGeenRegelnummers() throws IOException {
    List<String> vondsten = new ArrayList<>();
    for (Path bestand : bestanden(Path.of("src/main/java"), ".java")) {
      for (String tekst : tekstconstanten(Files.readString(bestand, StandardCharsets.UTF_8))) {
        zoek(bestand, tekst, vondsten);
      }
    }
    assertThat(vondsten).as("regelnummers in teksten van de code (meldingen, uitleg)").isEmpty();
  }

  @Test
  void hetPatroonHerkentRegelnummersEnLaatGewoneWoordenMet() {
    assertThat(REGELNUMMER.matcher("geweigerd (L5369-5376).").find()).isTrue();
    assertThat(REGELNUMMER.matcher("Vuistregel (L14)").find()).isTrue();
    assertThat(REGELNUMMER.matcher("LOCATIEVERBOD, art. 58 lid 1 Sv, HL7, HTML5").find()).isFalse();
    assertThat(tekstconstanten("// zie \"L123\"\n/* \"L4\" */ String s = \"a \\\"b\\\" L7\"; char c = '\"';"))
        .containsExactly("a \\\"b\\\" L7");
  }

  private static void zoek(Path bestand, String tekst, List<String> vondsten) {
    Matcher m = REGELNUMMER.matcher(tekst);
    while (m.find()) {
      int van = Math.max(0, m.start() - 40);
      vondsten.add(bestand + ": ..." + tekst.substring(van, Math.min(tekst.length(), m.end() + 10)) + "...");
    }
  }

  /** The string literals of a Java source, outside comments and character literals. */
  static List<String> tekstconstanten(String bron) {
    List<String> teksten = new ArrayList<>();
    int i = 0;
    while (i < bron.length()) {
      char c = bron.charAt(i);
      if (bron.startsWith("//", i)) {
        int einde = bron.indexOf('\n', i);
        i = einde < 0 ? bron.length() : einde;
      } else if (bron.startsWith("/*", i)) {
        int einde = bron.indexOf("*/", i + 2);
        i = einde < 0 ? bron.length() : einde + 2;
      } else if (c == '\'') {
        i++;
        while (i < bron.length() && bron.charAt(i) != '\'') {
          i += bron.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (c == '"') {
        StringBuilder tekst = new StringBuilder();
        i++;
        while (i < bron.length() && bron.charAt(i) != '"') {
          if (bron.charAt(i) == '\\' && i + 1 < bron.length()) {
            tekst.append(bron, i, i + 2);
            i += 2;
          } else {
            tekst.append(bron.charAt(i++));
          }
        }
        i++;
        teksten.add(tekst.toString());
      } else {
        i++;
      }
    }
    return teksten;
  }

  private static List<Path> bestanden(Path map, String einde) throws IOException {
    try (Stream<Path> paden = Files.walk(map)) {
      return paden.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(einde)).sorted().toList();
    }
  }
}
