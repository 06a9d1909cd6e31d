package nl.zsm.hg.invoer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OngeldigeInvoerTest {

  @Test
  void invoercontroleUitDeTabelGeeftDeNederlandseOorzaak() {
    String melding = "FEEL/SCALA-01008 Error while evaluating expression: Assertion failure on evaluate the expression "
        + "'assert(bewijs, bewijs = null or list contains([\"VOLDOENDE\"], bewijs), \"Ongeldige waarde voor bewijs: \" + string(bewijs))': "
        + "Ongeldige waarde voor bewijs: MISSCHIEN. Toegestaan: VOLDOENDE.";
    assertThat(OngeldigeInvoer.reden(melding)).contains("Ongeldige waarde voor bewijs: MISSCHIEN. Toegestaan: VOLDOENDE.");
  }

  @Test
  void verkeerdTypeWordtInHetNederlandsUitgelegd() {
    assertThat(OngeldigeInvoer.reden("DMN-01005 Invalid value 'MISSCHIEN' for clause with type 'boolean'."))
        .contains("Ongeldige waarde 'MISSCHIEN': verwacht ja/nee (true of false).");
    assertThat(OngeldigeInvoer.reden("DMN-01005 Invalid value 'twee' for clause with type 'integer'."))
        .contains("Ongeldige waarde 'twee': verwacht een geheel getal.");
  }

  @Test
  void andereFoutenZijnGeenOngeldigeInvoer() {
    assertThat(OngeldigeInvoer.reden("Exception while evaluating decision with key 'null'")).isEmpty();
    assertThat(OngeldigeInvoer.reden("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed")).isEmpty();
    assertThat(OngeldigeInvoer.reden(null)).isEmpty();
  }
}
