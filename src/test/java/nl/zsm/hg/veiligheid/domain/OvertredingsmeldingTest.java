package nl.zsm.hg.veiligheid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/** The rules of a reported breach: when it can be reported, and which moments are refused. */
class OvertredingsmeldingTest {

  private static final Instant NU = Instant.parse("2026-11-30T20:00:00Z");

  private static Beschermingsmaatregel contactverbod(MaatregelStatus status, LocalDate begin, LocalDate einde) {
    return new Beschermingsmaatregel("ZSM-2026-000001", Veiligheidsmaatregel.CONTACTVERBOD, "Contactverbod", null, null,
        begin, einde, "HEENZENDEN", NU, 1L, status, null, "HEENZENDEN", NU);
  }

  @Test
  void alleenEenMaatregelDieGeldtKanWordenOvertreden() {
    LocalDate vandaag = LocalDate.of(2026, 11, 30);
    assertThat(Overtredingsmelding.kanWordenGemeld(contactverbod(MaatregelStatus.OPGELEGD, vandaag, null), vandaag)).isTrue();
    assertThat(Overtredingsmelding.kanWordenGemeld(contactverbod(MaatregelStatus.OVERTREDEN, vandaag, null), vandaag)).isTrue();
    assertThat(Overtredingsmelding.kanWordenGemeld(contactverbod(MaatregelStatus.GESCHORST, vandaag, null), vandaag)).isFalse();
    // ended by a decision tomorrow: still in force today, but an ended measure is not breached any more
    assertThat(Overtredingsmelding.kanWordenGemeld(contactverbod(MaatregelStatus.BEEINDIGD, vandaag, vandaag.plusDays(1)),
        vandaag)).isFalse();
    assertThat(Overtredingsmelding.kanWordenGemeld(contactverbod(MaatregelStatus.OPGELEGD, vandaag.plusDays(1), null),
        vandaag)).isFalse();
    assertThat(Overtredingsmelding.kanWordenGemeld(contactverbod(MaatregelStatus.OPGELEGD, vandaag.minusDays(9),
        vandaag.minusDays(1)), vandaag)).isFalse();
  }

  @Test
  void eenTijdstipVoorDeIngangsdatumOfInDeToekomstWordtGeweigerd() {
    Beschermingsmaatregel m = contactverbod(MaatregelStatus.OPGELEGD, LocalDate.of(2026, 11, 30), null);
    new Overtredingsmelding("Stond voor de deur.", NU.minusSeconds(600), "politie").controleer(m, NU);
    assertThatThrownBy(() -> new Overtredingsmelding("x", Instant.parse("2026-11-29T12:00:00Z"), "politie").controleer(m, NU))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("vóór de ingangsdatum van de maatregel (30-11-2026)");
    assertThatThrownBy(() -> new Overtredingsmelding("x", NU.plusSeconds(3600), "politie").controleer(m, NU))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("in de toekomst");
  }

  @Test
  void deHistorieregelNoemtTijdstipInNederlandseTijdEnDeMelding() {
    Overtredingsmelding melding = new Overtredingsmelding("  Belde het slachtoffer. ", NU, "politie");
    assertThat(melding.historieregel()).isEqualTo("Overtreden op 30-11-2026 21:00: Belde het slachtoffer.");
    assertThat(melding.beslissing()).isEqualTo("Overtreding gemeld door politie (politie)");
  }
}
