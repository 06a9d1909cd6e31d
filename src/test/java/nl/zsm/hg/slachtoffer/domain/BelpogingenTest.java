package nl.zsm.hg.slachtoffer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BelpogingenTest {

  @ParameterizedTest(name = "bereikt={0}, poging {1}: andere weg kiezen={2}")
  @CsvSource({
      "false, 1, false",
      "false, 2, false",
      "false, 3, true",
      "false, 4, true",
      "true, 3, false",
      "true, 1, false"})
  void naDrieBelpogingenZonderContactKiestDeSupervisorEenAndereWeg(boolean bereikt, int aantal, boolean andereWeg) {
    assertThat(Belpogingen.andereWegKiezen(bereikt, aantal)).isEqualTo(andereWeg);
  }

  @Test
  void andereWeg_zonderKeuzeEnToelichting_noemtBeideFouten() {
    assertThatThrownBy(() -> AndereWeg.toets(" ", null))
        .isInstanceOf(OngeldigeInvoerException.class)
        .hasMessageContaining("Kies welke andere weg")
        .hasMessageContaining("Leg vast wat er is gedaan");
    assertThatThrownBy(() -> AndereWeg.toets("DUIVENPOST", "Brief gestuurd."))
        .hasMessageContaining("Onbekende andere weg 'DUIVENPOST'");
    assertThat(AndereWeg.toets("BRIEF_OF_EMAIL_VIA_OM", "OM-brief verstuurd.")).isEqualTo(AndereWeg.BRIEF_OF_EMAIL_VIA_OM);
  }
}
