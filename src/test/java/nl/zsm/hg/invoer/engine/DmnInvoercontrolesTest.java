package nl.zsm.hg.invoer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the DMN tables as {@link OngeldigeInvoer} reads them: the cause of every FEEL {@code assert} begins with
 * the string literal {@code "ZSM-INVOER: ...}, and the kenmerk appears nowhere else. A check without the kenmerk
 * would reach the user as a server error instead of a Dutch 400.
 */
class DmnInvoercontrolesTest {

  private static final Pattern ASSERTIE = Pattern.compile("assert\\(");

  @Test
  void elkeInvoercontroleBegintMetHetKenmerk() throws IOException {
    List<Path> tabellen;
    try (Stream<Path> bestanden = Files.list(Path.of("dmn"))) {
      tabellen = bestanden.filter(p -> p.toString().endsWith(".dmn")).toList();
    }
    assertThat(tabellen).isNotEmpty();
    int controles = 0;
    for (Path tabel : tabellen) {
      String tekst = Files.readString(tabel);
      Matcher assertie = ASSERTIE.matcher(tekst);
      int metKenmerk = 0;
      while (assertie.find()) {
        controles++;
        assertThat(oorzaak(tekst, assertie.end())).as(tabel + ": assert op positie " + assertie.start())
            .startsWith("\"" + OngeldigeInvoer.KENMERK);
        metKenmerk++;
      }
      assertThat(aantal(tekst, OngeldigeInvoer.KENMERK)).as(tabel + ": kenmerk buiten een assert").isEqualTo(metKenmerk);
    }
    assertThat(controles).isGreaterThan(10);
  }

  /** The text from the third argument of the assert on: after the second comma outside brackets and strings. */
  private static String oorzaak(String tekst, int begin) {
    int diepte = 0;
    int komma = 0;
    boolean inTekst = false;
    for (int i = begin; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
      if (inTekst) {
        inTekst = c != '"';
      } else if (c == '"') {
        inTekst = true;
      } else if (c == '(' || c == '[') {
        diepte++;
      } else if (c == ')' || c == ']') {
        if (diepte-- == 0) {
          return "";
        }
      } else if (c == ',' && diepte == 0 && ++komma == 2) {
        return tekst.substring(i + 1).stripLeading();
      }
    }
    return "";
  }

  private static int aantal(String tekst, String deel) {
    int n = 0;
    for (int i = tekst.indexOf(deel); i >= 0; i = tekst.indexOf(deel, i + 1)) {
      n++;
    }
    return n;
  }
}
