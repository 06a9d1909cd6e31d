package nl.zsm.hg.invoer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
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

  /** One reader of moments for the delegates and the step contract (issue 14): the edge cases. */
  @Test
  void momentLeegNullDagEnDatumTijdMetZone() {
    assertThat(Formulierwaarden.moment(null)).isEmpty();
    assertThat(Formulierwaarden.moment("  ")).isEmpty();
    assertThat(Formulierwaarden.moment("volgende week")).isEmpty();
    assertThat(Formulierwaarden.moment(42)).isEmpty();
    // a day: its start in Amsterdam (winter time, +01:00)
    assertThat(Formulierwaarden.moment("2026-12-14")).contains(Instant.parse("2026-12-13T23:00:00Z"));
    assertThat(Formulierwaarden.moment(" 2026-12-14T10:15:00+01:00 ")).contains(Instant.parse("2026-12-14T09:15:00Z"));
    assertThat(Formulierwaarden.moment("2026-12-14T10:15Z")).contains(Instant.parse("2026-12-14T10:15:00Z"));
    assertThat(Formulierwaarden.moment("2026-07-01T10:15+02:00[Europe/Amsterdam]")).contains(Instant.parse("2026-07-01T08:15:00Z"));
    // the engine's own text for a Date variable (offset without a colon)
    assertThat(Formulierwaarden.moment("2026-12-14T10:15:00.000+0100")).contains(Instant.parse("2026-12-14T09:15:00Z"));
    // a local date-time is Amsterdam time (summer time, +02:00)
    assertThat(Formulierwaarden.moment("2026-07-01T10:15")).contains(Instant.parse("2026-07-01T08:15:00Z"));
    Date datum = Date.from(Instant.parse("2026-12-14T09:15:00Z"));
    assertThat(Formulierwaarden.moment(datum)).contains(datum.toInstant());
  }

  /** A moment given for a day is its day in Amsterdam, not the first ten characters of its text. */
  @Test
  void datumVanEenMomentIsDeDagInAmsterdam() {
    // a browser's midnight in Amsterdam, written in UTC
    assertThat(Formulierwaarden.datum("2026-12-13T23:00:00.000Z", "Plandatum")).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(Formulierwaarden.datum("2026-12-14T10:00", "Plandatum")).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(Formulierwaarden.datum(null, "Plandatum")).isNull();
    assertThatThrownBy(() -> Formulierwaarden.datum("14-12-2026", "Plandatum"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Plandatum '14-12-2026' is geen geldige datum (jjjj-mm-dd).");
  }

  @Test
  void tijdstipVraagtEenTijd() {
    assertThat(Formulierwaarden.tijdstip("2026-12-14T10:15:00.000+0100", "Tijdstip aanhouding"))
        .isEqualTo(LocalDateTime.of(2026, 12, 14, 10, 15));
    assertThatThrownBy(() -> Formulierwaarden.tijdstip("2026-12-14", "Tijdstip aanhouding"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Tijdstip aanhouding '2026-12-14' is geen geldige datum en tijd.");
  }

  /** One reader of lists of names: JSON (checklist), a Java list, or a text with commas. */
  @Test
  void namenUitJsonLijstOfKommas() {
    assertThat(Formulierwaarden.namen(null, "Maatregelen")).isEmpty();
    assertThat(Formulierwaarden.namen("  ", "Maatregelen")).isEmpty();
    assertThat(Formulierwaarden.namen("[]", "Maatregelen")).isEmpty();
    assertThat(Formulierwaarden.namen(" GEBIEDSVERBOD ,  MELDPLICHT,, ", "Maatregelen"))
        .containsExactly("GEBIEDSVERBOD", "MELDPLICHT");
    assertThat(Formulierwaarden.namen("[\"CONTACTVERBOD\", \" LOCATIEVERBOD\"]", "Maatregelen"))
        .containsExactly("CONTACTVERBOD", "LOCATIEVERBOD");
    assertThat(Formulierwaarden.namen(List.of(" A ", "", "B"), "Maatregelen")).containsExactly("A", "B");
    assertThat(Formulierwaarden.namen(new String[] {"A"}, "Maatregelen")).containsExactly("A");
    assertThatThrownBy(() -> Formulierwaarden.namen("[\"A\"", "De lijst maatregelen"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("De lijst maatregelen is geen geldige JSON-lijst van namen.");
    // a null in the JSON list is refused in Dutch, not a NullPointerException
    assertThatThrownBy(() -> Formulierwaarden.namen("[\"A\", null]", "De lijst maatregelen"))
        .isInstanceOf(OngeldigeInvoerException.class);
  }

  /** The strict list of the step contract: only texts, only a JSON array or a Java list. */
  @Test
  void lijstIsStreng() {
    assertThat(Formulierwaarden.lijst("[\"A\",\"B\"]")).contains(List.of("A", "B"));
    assertThat(Formulierwaarden.lijst(List.of("A"))).contains(List.of("A"));
    assertThat(Formulierwaarden.lijst("A, B")).isEmpty();
    assertThat(Formulierwaarden.lijst("[1]")).isEmpty();
    assertThat(Formulierwaarden.lijst(List.of(1))).isEmpty();
    assertThat(Formulierwaarden.lijst(null)).isEqualTo(Optional.empty());
  }
}
