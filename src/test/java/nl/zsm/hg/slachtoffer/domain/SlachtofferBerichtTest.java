package nl.zsm.hg.slachtoffer.domain;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.Veiligheidsmaatregel;
import org.junit.jupiter.api.Test;

class SlachtofferBerichtTest {

  @Test
  void eenMaatregelDieTweeKeerIsOpgelegdWordtEenKeerUitgelegdZoalsLaatstBesloten() {
    Beschermingsmaatregel direct = maatregel(Veiligheidsmaatregel.CONTACTVERBOD, "VRIJHEIDSBENEMING", LocalDate.of(2026, 11, 28));
    Beschermingsmaatregel gedragsaanwijzing =
        maatregel(Veiligheidsmaatregel.GEDRAGSAANWIJZING_509HH, "VRIJHEIDSBENEMING", LocalDate.of(2026, 11, 28));
    Beschermingsmaatregel bijAfdoening = maatregel(Veiligheidsmaatregel.CONTACTVERBOD, "STRAFBESCHIKKING", LocalDate.of(2026, 12, 1));

    assertThat(MaatregelenVoorSlachtoffer.laatstePerSoort(List.of(direct, gedragsaanwijzing, bijAfdoening)))
        .containsExactly(bijAfdoening, gedragsaanwijzing);
  }

  @Test
  void eenVerbodZonderEinddatumGeldtTotNaderBericht() {
    String uitleg = SlachtofferBericht.uitlegMaatregel(
        maatregel(Veiligheidsmaatregel.CONTACTVERBOD, "DAGVAARDING", LocalDate.of(2026, 12, 1)));

    assertThat(uitleg).startsWith("Contactverbod:").contains("Geldt vanaf 1 december 2026 tot nader bericht.")
        .contains("bel dan 112").doesNotContain("Voorwaarden:");
  }

  private static Beschermingsmaatregel maatregel(Veiligheidsmaatregel soort, String beslissing, LocalDate ingang) {
    return new Beschermingsmaatregel("ZSM-2026-000001", soort, soort.omschrijving(), null, null, ingang, null, beslissing,
        Instant.parse("2026-11-28T10:00:00Z"));
  }
}
