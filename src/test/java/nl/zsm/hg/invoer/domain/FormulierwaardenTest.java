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

  /** The one reader replaces the private parsers the delegates and termijnen classes had beside it. */
  @Test
  void jaNeeGeheelGetalEnTijdstipLezenZoalsFormulierEnApiZeSturen() {
    assertThat(Formulierwaarden.jaNee(null, true, "Verlengd")).isTrue();
    assertThat(Formulierwaarden.jaNee("FALSE", true, "Verlengd")).isFalse();
    assertThat(Formulierwaarden.jaNee(Boolean.TRUE, false, "Verlengd")).isTrue();
    assertThatThrownBy(() -> Formulierwaarden.jaNee("misschien", false, "Verlengd"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Verlengd: verwacht ja of nee (true of false), niet 'misschien'.");
    assertThat(Formulierwaarden.geheelGetal(" ", "Transportminuten")).isNull();
    assertThat(Formulierwaarden.geheelGetal("30", "Transportminuten")).isEqualTo(30);
    assertThat(Formulierwaarden.geheelGetal(45L, "Transportminuten")).isEqualTo(45);
    assertThatThrownBy(() -> Formulierwaarden.geheelGetal(2.5, "Leeftijd verdachte"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Leeftijd verdachte '2.5' moet een geheel getal zijn.");
    assertThatThrownBy(() -> Formulierwaarden.geheelGetal("een half uur", "Transportminuten"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Transportminuten 'een half uur' is geen geheel getal.");
    assertThat(Formulierwaarden.tijdstip("2026-11-25T13:00Z", "Tijdstip aanhouding"))
        .isEqualTo(java.time.LocalDateTime.of(2026, 11, 25, 14, 0));
    assertThat(Formulierwaarden.tijdstip("2026-11-25T14:00", "Tijdstip aanhouding"))
        .isEqualTo(java.time.LocalDateTime.of(2026, 11, 25, 14, 0));
    assertThatThrownBy(() -> Formulierwaarden.tijdstip("gisteren", "Tijdstip aanhouding"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Tijdstip aanhouding 'gisteren' is geen geldige datum en tijd.");
  }

  private enum Kleur { ROOD, GROEN }

  /** One reader for every select field: the enums keep their own Dutch messages (issue 14, duplicates). */
  @Test
  void keuzeLeestDeNaamEnWeigertLeegOfOnbekendMetDeEigenMelding() {
    assertThat(Formulierwaarden.keuze(Kleur.class, " GROEN ", "Kies een kleur.", o -> "Onbekend: " + o))
        .isEqualTo(Kleur.GROEN);
    assertThatThrownBy(() -> Formulierwaarden.keuze(Kleur.class, "  ", "Kies een kleur.", o -> "Onbekend: " + o))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Kies een kleur.");
    assertThatThrownBy(() -> Formulierwaarden.keuze(Kleur.class, "rood", "Kies een kleur.", o -> "Onbekend: " + o))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Onbekend: rood");
    assertThat(Formulierwaarden.keuzes(Kleur.class)).isEqualTo("ROOD, GROEN");
  }
}
