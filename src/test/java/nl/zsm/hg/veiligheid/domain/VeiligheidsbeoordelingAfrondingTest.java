package nl.zsm.hg.veiligheid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VeiligheidsbeoordelingAfrondingTest {

  private final VeiligheidsbeoordelingAfronding afronding = new VeiligheidsbeoordelingAfronding();

  @ParameterizedTest
  @ValueSource(strings = {"ACUUT", "STRUCTUREEL", "ACUUT_EN_STRUCTUREEL"})
  void bijOnveiligheidZijnVoorwaardenVerplicht(String onveiligheid) {
    assertThatThrownBy(() -> afronding.afronden(onveiligheid, " "))
        .isInstanceOf(OngeldigeInvoerException.class)
        .hasMessageContaining("vul de veiligheidsvoorwaarden in");
    assertThat(afronding.afronden(onveiligheid, " Geen contact met partner. ").veiligheidsvoorwaarden())
        .isEqualTo("Geen contact met partner.");
  }

  @Test
  void zonderOnveiligheidGeenVoorwaardenNodig() {
    AfgerondeVeiligheidsbeoordeling beoordeling = afronding.afronden("GEEN", null);
    assertThat(beoordeling.onveiligheid()).isEqualTo(Onveiligheid.GEEN);
    assertThat(beoordeling.veiligheidsvoorwaarden()).isEmpty();
  }

  @Test
  void onbekendeOfOntbrekendeUitkomstGeeftNederlandseFout() {
    assertThatThrownBy(() -> afronding.afronden("HEEL_ERG", "x")).hasMessageContaining("Onbekende uitkomst")
        .hasMessageContaining("ACUUT_EN_STRUCTUREEL");
    assertThatThrownBy(() -> afronding.afronden(null, "x")).hasMessageContaining("ontbreekt");
  }
}
