package nl.zsm.hg.slachtoffer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

class InformerendeOrganisatieKeuzeTest {

  private final InformerendeOrganisatieKeuze keuze = new InformerendeOrganisatieKeuze();

  @Test
  void zonderAfspraakBeltSlachtofferhulp() {
    assertThat(keuze.bepaal(null)).isEqualTo("slachtofferhulp");
    assertThat(keuze.bepaal("  ")).isEqualTo("slachtofferhulp");
  }

  @Test
  void afgesprokenKetenpartnerBelt() {
    assertThat(keuze.bepaal("veilig-thuis")).isEqualTo("veilig-thuis");
    assertThat(keuze.bepaal(" om ")).isEqualTo("om");
  }

  @Test
  void geenKetenpartnerWordtGeweigerd() {
    assertThatThrownBy(() -> keuze.bepaal("zsm-supervisor")).isInstanceOf(OngeldigeInvoerException.class)
        .hasMessageContaining("Onbekende informerende organisatie 'zsm-supervisor'");
    assertThatThrownBy(() -> keuze.bepaal("buurvrouw")).hasMessageContaining("slachtofferhulp");
  }
}
