package nl.zsm.hg.veiligheid.maatregelen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import nl.zsm.hg.veiligheid.Veiligheidsmaatregel;
import org.junit.jupiter.api.Test;

class MaatregelRegistratieTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 29);
  private static final Instant NU = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void zonderIngangsdatumGeldtDeMaatregelVanafVandaagEnGebiedAlleenBijLocatieOfGebied() {
    List<Beschermingsmaatregel> maatregelen = MaatregelRegistratie.opstellen("ZSM-2026-000001", "STRAFBESCHIKKING",
        EnumSet.of(Veiligheidsmaatregel.CONTACTVERBOD, Veiligheidsmaatregel.GEBIEDSVERBOD),
        new MaatregelRegistratie.Details(" Geen contact. ", "Centrum Zwolle", null, null), VANDAAG, NU);

    assertThat(maatregelen).extracting(Beschermingsmaatregel::soort)
        .containsExactly(Veiligheidsmaatregel.CONTACTVERBOD, Veiligheidsmaatregel.GEBIEDSVERBOD);
    assertThat(maatregelen).allSatisfy(m -> {
      assertThat(m.ingangsdatum()).isEqualTo(VANDAAG);
      assertThat(m.einddatum()).isNull();
      assertThat(m.voorwaarden()).isEqualTo("Geen contact.");
      assertThat(m.isVerbod()).isTrue();
      assertThat(m.actiefOp(VANDAAG.plusYears(5))).isTrue();
    });
    assertThat(maatregelen.get(0).gebied()).isNull();
    assertThat(maatregelen.get(1).gebied()).isEqualTo("Centrum Zwolle");
  }

  @Test
  void locatieverbodZonderPlekEnEindeVoorBeginWordenSamenGeweigerd() {
    assertThatThrownBy(() -> MaatregelRegistratie.opstellen("ZSM-2026-000001", "DAGVAARDING",
        EnumSet.of(Veiligheidsmaatregel.LOCATIEVERBOD),
        new MaatregelRegistratie.Details(null, " ", VANDAAG, VANDAAG.minusDays(1)), VANDAAG, NU))
        .isInstanceOf(OngeldigeInvoerException.class)
        .satisfies(e -> assertThat(((OngeldigeInvoerException) e).meldingen()).hasSize(2))
        .hasMessageContaining("vóór de ingangsdatum").hasMessageContaining("waar het geldt");
  }

  @Test
  void actiefTussenIngangEnEinde() {
    Beschermingsmaatregel m = MaatregelRegistratie.opstellen("ZSM-2026-000001", "DAGVAARDING",
        EnumSet.of(Veiligheidsmaatregel.MELDPLICHT),
        new MaatregelRegistratie.Details(null, null, VANDAAG.plusDays(1), VANDAAG.plusDays(10)), VANDAAG, NU).get(0);

    assertThat(m.actiefOp(VANDAAG)).isFalse();
    assertThat(m.actiefOp(VANDAAG.plusDays(1))).isTrue();
    assertThat(m.actiefOp(VANDAAG.plusDays(10))).isTrue();
    assertThat(m.actiefOp(VANDAAG.plusDays(11))).isFalse();
    assertThat(m.isVerbod()).isFalse();
  }
}
