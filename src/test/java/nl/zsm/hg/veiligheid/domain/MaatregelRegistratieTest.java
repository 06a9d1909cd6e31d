package nl.zsm.hg.veiligheid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
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

  @Test
  void eenBeeindigdeMaatregelGoldTotDeDagVoorZijnEinde() {
    Beschermingsmaatregel beeindigd = new Beschermingsmaatregel("ZSM-2026-000001", Veiligheidsmaatregel.VASTHOUDEN_IVS,
        "IVS", null, null, VANDAAG.minusDays(1), VANDAAG, "VRIJHEIDSBENEMING", NU, 1L, MaatregelStatus.BEEINDIGD, null,
        "DAGVAARDING", NU);
    Beschermingsmaatregel geschorst = new Beschermingsmaatregel("ZSM-2026-000001", Veiligheidsmaatregel.CONTACTVERBOD,
        "Contactverbod", null, null, VANDAAG.minusDays(1), null, "DAGVAARDING", NU, 2L, MaatregelStatus.GESCHORST, null,
        "RC", NU);

    assertThat(beeindigd.actiefOp(VANDAAG.minusDays(1))).isTrue();
    assertThat(beeindigd.actiefOp(VANDAAG)).as("de dag van de beslissing geldt hij niet meer").isFalse();
    assertThat(geschorst.actiefOp(VANDAAG)).isFalse();
    assertThat(geschorst.metHerzieningsdatum(VANDAAG).herzieningsdatum()).isEqualTo(VANDAAG);
  }

  @Test
  void herzieningsdatumVolgtUitDeSoortEnDeBeslissing() {
    MaatregelRegistratie.Gevolgen plandatum = new MaatregelRegistratie.Gevolgen(true, false, VANDAAG.plusWeeks(3),
        VANDAAG.plusDays(3));
    List<Beschermingsmaatregel> m = MaatregelRegistratie.opstellen("ZSM-2026-000001", "PLANDATUM",
        EnumSet.of(Veiligheidsmaatregel.VASTHOUDEN_IVS, Veiligheidsmaatregel.CONTACTVERBOD,
            Veiligheidsmaatregel.TIJDELIJK_HUISVERBOD),
        new MaatregelRegistratie.Details(null, null, null, null), VANDAAG, NU);

    assertThat(MaatregelRegistratie.herzieningsdatum(m.get(0), plandatum)).isEqualTo(VANDAAG.plusDays(3));
    assertThat(MaatregelRegistratie.herzieningsdatum(m.get(1), plandatum)).isEqualTo(VANDAAG.plusWeeks(3));
    assertThat(MaatregelRegistratie.herzieningsdatum(m.get(2), plandatum)).isEqualTo(VANDAAG.plusDays(10));
    assertThat(MaatregelRegistratie.strafrechtelijk(Veiligheidsmaatregel.TIJDELIJK_HUISVERBOD)).isFalse();
    assertThat(MaatregelRegistratie.strafrechtelijk(Veiligheidsmaatregel.GEDRAGSAANWIJZING_509HH)).isTrue();
  }

  @Test
  void eenWijzigingNoemtWatVanWatInWatVeranderde() {
    Beschermingsmaatregel oud = new Beschermingsmaatregel("ZSM-2026-000001", Veiligheidsmaatregel.GEBIEDSVERBOD,
        "Gebiedsverbod", null, "Wijk A", VANDAAG, null, "VRIJHEIDSBENEMING", NU);
    Beschermingsmaatregel nieuw = new Beschermingsmaatregel("ZSM-2026-000001", Veiligheidsmaatregel.GEBIEDSVERBOD,
        "Gebiedsverbod", "Niet na 22:00.", "Wijk B", VANDAAG, null, "STRAFBESCHIKKING", NU);

    assertThat(MaatregelRegister.verschil(oud, nieuw)).isEqualTo(
        "Voorwaarden gewijzigd van 'geen' in 'Niet na 22:00.'. Gebied gewijzigd van 'Wijk A' in 'Wijk B'.");
    assertThat(oud.zelfdeInhoud(oud)).isTrue();
    assertThat(oud.zelfdeInhoud(nieuw)).isFalse();
  }
}
