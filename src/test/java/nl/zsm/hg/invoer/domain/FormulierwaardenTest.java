package nl.zsm.hg.invoer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Form values are read the same way everywhere: empty is null, days are Amsterdam days. */
class FormulierwaardenTest {

  @Test
  void legeTekstIsNullEnTekstWordtBijgesneden() {
    assertThat(Formulierwaarden.tekst(null)).isNull();
    assertThat(Formulierwaarden.tekst("   ")).isNull();
    assertThat(Formulierwaarden.tekst("  Wijk Oost ")).isEqualTo("Wijk Oost");
  }

  @Test
  void datumUitTekstDateOfLeeg() {
    assertThat(Formulierwaarden.datum("", "Plandatum")).isNull();
    assertThat(Formulierwaarden.datum("2026-12-14", "Plandatum")).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(Formulierwaarden.datum("2026-12-14T00:00:00+01:00", "Plandatum")).isEqualTo(LocalDate.of(2026, 12, 14));
    // 23:30 UTC on 13 December is already 14 December in Amsterdam
    assertThat(Formulierwaarden.datum(Date.from(Instant.parse("2026-12-13T23:30:00Z")), "Plandatum"))
        .isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void ongeldigeDatumNoemtHetVeld() {
    assertThatThrownBy(() -> Formulierwaarden.datum("volgende week", "Plandatum"))
        .isInstanceOf(OngeldigeInvoerException.class)
        .hasMessage("Plandatum 'volgende week' is geen geldige datum (jjjj-mm-dd).");
  }
}
