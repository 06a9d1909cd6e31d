package nl.zsm.hg.indicatoren.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zsm.hg.intake.domain.Regio;
import org.junit.jupiter.api.Test;

/** The domain without Camunda: statistics, suppression of small cells and shares, the period, the CSV. */
class IndicatorBerekeningTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void mediaanEnNinetigstePercentielNearestRank() {
    List<Duration> uren = List.of(Duration.ofHours(4), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(2));
    assertThat(Statistiek.mediaanUren(uren)).isEqualTo(2.5);
    assertThat(Statistiek.percentielUren(uren, 90)).isEqualTo(4.0);
    List<Duration> tien = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      tien.add(Duration.ofMinutes(60L * i));
    }
    assertThat(Statistiek.percentielUren(tien, 90)).isEqualTo(9.0);
    assertThat(Statistiek.mediaanUren(List.of(Duration.ofMinutes(90)))).isEqualTo(1.5);
    assertThat(Statistiek.mediaanUren(List.of())).isNull();
  }

  @Test
  void eenKleinAantalEnEenAandeelDatHetVerraadtWordenOnderdrukt() {
    List<Zaakverloop> zaken = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      zaken.add(zaak(i == 0));
    }
    Map<String, Indicator> i = IndicatorBerekening.bereken(zaken, 5, T0.plus(Duration.ofDays(30))).stream()
        .collect(Collectors.toMap(Indicator::code, Function.identity()));
    assertThat(i.get("zaken.aantal")).isEqualTo(new Indicator("zaken.aantal", i.get("zaken.aantal").omschrijving(), 6.0, 6, false));
    // 1 of 6 with the stalking label: 16.7 % would give the one case away
    assertThat(i.get("label.ex-partnerstalking.aandeel").onderdrukt()).isTrue();
    assertThat(i.get("label.ex-partnerstalking.aandeel").waarde()).isNull();
    assertThat(i.get("label.ex-partnerstalking.aandeel").aantalZaken()).isNull();
    assertThat(i.get("label.huiselijk-geweld.aandeel").waarde()).isEqualTo(100.0);
    assertThat(i.get("stalking.aantal").onderdrukt()).isTrue();
    // with minimum 1 everything is shown
    Map<String, Indicator> alles = IndicatorBerekening.bereken(zaken, 1, T0).stream()
        .collect(Collectors.toMap(Indicator::code, Function.identity()));
    assertThat(alles.get("label.ex-partnerstalking.aandeel").waarde()).isEqualTo(16.7);
  }

  @Test
  void csvHeeftDeVijfKolommenEnCiteertAlleenWaarNodig() {
    String csv = IndicatorenCsv.opmaken(List.of(
        new Indicator("a.aandeel", "Zaken (%)", 12.25, 8, false),
        new Indicator("b.aantal", "Met komma, en \"quote\"", null, null, true)));
    assertThat(csv).isEqualTo("code,omschrijving,waarde,aantalZaken,onderdrukt\r\n"
        + "a.aandeel,Zaken (%),12.3,8,false\r\n"
        + "b.aantal,\"Met komma, en \"\"quote\"\"\",,,true\r\n");
  }

  @Test
  void eenPeriodeIsVanTotEnMetInAmsterdamseDagen() {
    Periode maart = new Periode(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    assertThat(maart.bevat(Instant.parse("2026-02-28T23:30:00Z"))).as("00:30 op 1 maart in Amsterdam").isTrue();
    assertThat(maart.bevat(Instant.parse("2026-03-31T21:59:59Z"))).as("23:59:59 op 31 maart (zomertijd)").isTrue();
    assertThat(maart.bevat(Instant.parse("2026-03-31T22:00:00Z"))).isFalse();
    assertThatThrownBy(() -> new Periode(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-01")))
        .hasMessageContaining("ligt vóór van");
    assertThatThrownBy(() -> new Periode(LocalDate.parse("2026-03-01"), null)).hasMessageContaining("Geef de periode op");
  }

  /**
   * A release with the afdoeningsbeslissing counts like a release at the vrijheidsbeslissing (issue 16): a detained
   * suspect, acutely unsafe or not yet assessed, who goes free with the OvJ's final decision.
   */
  @Test
  void vrijlatingBijDeAfdoeningTeltAlsVrijlatingVanEenAcuutOnveiligeVerdachte() {
    Instant beslissing = T0.plus(Duration.ofHours(30));
    List<Zaakverloop> zaken = List.of(
        // 1. held, VT acuut, released with a strafbeschikking and a contactverbod: counted at the afdoening
        vastzaak("INVERZEKERINGSTELLING", null, "ACUUT", T0, beslissing, "STRAFBESCHIKKING", List.of(), List.of("CONTACTVERBOD")),
        // 2. held, VT had not assessed by the afdoening (unknown counts as acute): counted
        vastzaak("INVERZEKERINGSTELLING", null, "ACUUT", beslissing.plusSeconds(60), beslissing, "SEPOT_02", List.of(),
            List.of()),
        // 3. held, VT: no unsafety before the decision: not counted
        vastzaak("INVERZEKERINGSTELLING", null, "GEEN", T0, beslissing, "STRAFBESCHIKKING", List.of(), List.of()),
        // 4. held, dagvaarding with voorgeleiding: the suspect stays detained, no release
        vastzaak("INVERZEKERINGSTELLING", null, "ACUUT", T0, beslissing, "DAGVAARDING_VOORGELEIDING_RC", List.of(),
            List.of("VOORGELEIDING_RC")),
        // 5. sent home with a gebiedsverbod, later a strafbeschikking: one release, at the vrijheidsbeslissing
        vastzaak("HEENZENDEN", null, "ACUUT", T0, beslissing, "STRAFBESCHIKKING", List.of("GEBIEDSVERBOD"), List.of()),
        // 6. voorgeleid, and the rechter-commissaris suspended the bewaring: already free at the afdoening
        vastzaak("VOORGELEIDING_RC", "SCHORSING", "ACUUT", T0, beslissing, "STRAFBESCHIKKING", List.of(), List.of()),
        // 7. voorgeleid and kept in bewaring by the rechter-commissaris, then released by the OvJ: counted
        vastzaak("VOORGELEIDING_RC", "INBEWARINGSTELLING", "ACUUT", T0, beslissing, "VOORWAARDELIJK_SEPOT", List.of(),
            List.of("CONTACTVERBOD")));
    Map<String, Indicator> i = IndicatorBerekening.bereken(zaken, 1, beslissing.plus(Duration.ofDays(1))).stream()
        .collect(Collectors.toMap(Indicator::code, Function.identity()));
    assertThat(i.get("vrijlating-acuut-onveilig.aantal").waarde()).isEqualTo(4.0);
    assertThat(i.get("vrijlating-acuut-onveilig.heenzenden.aantal").waarde()).isEqualTo(1.0);
    assertThat(i.get("vrijlating-acuut-onveilig.afdoening.aantal").waarde()).isEqualTo(3.0);
    // the measures of the decision that released the suspect
    assertThat(i.get("vrijlating-acuut-onveilig.maatregel.CONTACTVERBOD").waarde()).isEqualTo(2.0);
    assertThat(i.get("vrijlating-acuut-onveilig.maatregel.GEBIEDSVERBOD").waarde()).isEqualTo(1.0);
    assertThat(i.get("vrijlating-acuut-onveilig.maatregel.VOORGELEIDING_RC").onderdrukt()).isTrue();
  }

  private static Zaakverloop vastzaak(String vrijheidsbeslissing, String uitkomstVoorgeleiding, String onveiligheid,
      Instant vtOp, Instant afdoeningOp, String afdoening, List<String> bijVrijheid, List<String> bijAfdoening) {
    return new Zaakverloop("ZSM-2026-000002", Regio.ROTTERDAM, T0, true, T0, true, false, vrijheidsbeslissing,
        T0.plusSeconds(3600), vtOp, onveiligheid, T0.plus(Duration.ofHours(9)), null, T0.plus(Duration.ofDays(3)), null,
        null, false, false, afdoeningOp, null, false, null, null, null, false, null, null, false, Set.of(), bijVrijheid,
        afdoening, uitkomstVoorgeleiding, bijAfdoening);
  }

  private static Zaakverloop zaak(boolean stalking) {
    return new Zaakverloop("ZSM-2026-000001", Regio.ROTTERDAM, T0, false, T0, true, stalking, "HEENZENDEN",
        T0.plusSeconds(3600), T0.plusSeconds(7200), "GEEN", null, T0.plus(Duration.ofDays(7)), null, null, null,
        false, false, null, null, stalking, stalking ? "laag" : null, null, null, false, null, null, false, Set.of(),
        List.of(), null, null, List.of());
  }
}
