package nl.zsm.hg.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generated part of docs/architectuur.md (layers, dependencies between capabilities, BPMN element → bean →
 * class → domain rule) is that of the code and models: the test regenerates it and fails when the committed page
 * differs; with {@code -Darchitectuur.schrijf=true} it writes the page. No Spring, no engine.
 */
class ArchitectuurpaginaTest {

  private static final Path PAGINA = Path.of("docs", "architectuur.md");

  @Test
  void dePaginaIsDieVanDeCodeEnDeModellen() throws IOException {
    String gegenereerd = new Architectuurpagina(ArchitectuurTest.MAIN).markdown(Path.of("processes"));
    String vastgelegd = Files.exists(PAGINA) ? Files.readString(PAGINA, StandardCharsets.UTF_8) : "";
    String verwacht = Architectuurpagina.vervang(vastgelegd, gegenereerd);
    if (Boolean.getBoolean("architectuur.schrijf")) {
      Files.writeString(PAGINA, verwacht, StandardCharsets.UTF_8);
      vastgelegd = verwacht;
    }
    assertThat(vastgelegd)
        .as("docs/architectuur.md is niet meer die van de code. Maak hem opnieuw met: "
            + "mvn -o -Dskip.lint=true -Dtest=ArchitectuurpaginaTest -Darchitectuur.schrijf=true test")
        .isEqualTo(verwacht);
    assertThat(gegenereerd)
        .contains("| `zsmHuiselijkGeweld` | `Task_Vrijheidsbeneming`")
        .contains("`heenzendenToetsen` | `veiligheid.bpmn.HeenzendenToetsenDelegate` | ")
        .contains("`Vrijlatingstoets`");
  }
}
