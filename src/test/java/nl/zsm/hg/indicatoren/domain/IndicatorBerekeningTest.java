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

  private static Zaakverloop zaak(boolean stalking) {
    return new Zaakverloop("ZSM-2026-000001", Regio.ROTTERDAM, T0, false, T0, true, stalking, "HEENZENDEN",
        T0.plusSeconds(3600), T0.plusSeconds(7200), "GEEN", null, T0.plus(Duration.ofDays(7)), null, null, null,
        false, false, null, null, stalking, stalking ? "laag" : null, null, null, false, null, null, false, Set.of(),
        List.of());
  }
}
