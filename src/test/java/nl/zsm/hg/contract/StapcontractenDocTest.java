package nl.zsm.hg.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.zsm.hg.contract.domain.StapcontractTabel;
import nl.zsm.hg.contract.engine.ContractenLezer;
import org.junit.jupiter.api.Test;

/**
 * docs/stapcontracten.md is generated from the models, forms and contract files: this test regenerates it and
 * fails when the committed page differs (with {@code -Dstapcontracten.schrijf=true} it writes the page).
 */
class StapcontractenDocTest {

  private static final Path PAGINA = Path.of("docs", "stapcontracten.md");

  @Test
  void deTabelInDocsIsDieVanDeModellen() throws IOException {
    String gegenereerd = StapcontractTabel.markdown(new ContractenLezer().lees(),
        contract -> !contract.stap().startsWith("test") && !contract.bron().contains("testprocessen"));
    if (Boolean.getBoolean("stapcontracten.schrijf")) {
      Files.writeString(PAGINA, gegenereerd, StandardCharsets.UTF_8);
    }
    String vastgelegd = Files.exists(PAGINA) ? Files.readString(PAGINA, StandardCharsets.UTF_8) : "";
    assertThat(vastgelegd)
        .as("docs/stapcontracten.md is niet meer die van de modellen. Maak hem opnieuw met: "
            + "mvn -o -Dskip.lint=true -Dtest=StapcontractenDocTest -Dstapcontracten.schrijf=true test")
        .isEqualTo(gegenereerd);
    assertThat(gegenereerd).contains("`zsmHuiselijkGeweld / Task_Vrijheidsbeneming`").contains("UitspraakRechter");
  }
}
