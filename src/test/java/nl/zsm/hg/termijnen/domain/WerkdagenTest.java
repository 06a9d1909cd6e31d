package nl.zsm.hg.termijnen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.tijd.Amsterdam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Working days against the hand-computed table src/test/resources/termijnen/werkdagen.csv. */
class WerkdagenTest {

  @ParameterizedTest(name = "{0} + {1} werkdagen (extra {2}) -> {3}: {5}")
  @CsvFileSource(resources = "/termijnen/werkdagen.csv", delimiter = '|', numLinesToSkip = 1)
  void telt_werkdagen_zoals_de_algemene_termijnenwet(LocalDate vanaf, int aantal, LocalDate extraFeestdag,
      LocalDate verwachtUiterlijk, String feestdagenInUitleg, String hoeGeteld) {
    List<ExtraFeestdag> extra = extraFeestdag == null ? List.of() : List.of(new ExtraFeestdag(extraFeestdag, "Testdag uit de configuratie"));
    Werkdagen werkdagen = new Werkdagen(Feestdagen.algemeneTermijnenwet(extra));

    Dagtermijn termijn = werkdagen.na(vanaf, aantal);

    assertThat(termijn.uiterlijk()).as(hoeGeteld).isEqualTo(verwachtUiterlijk);
    for (LocalDate feestdag : datums(feestdagenInUitleg)) {
      assertThat(termijn.uitleg()).as("uitleg noemt feestdag %s", feestdag)
          .anySatisfy(regel -> assertThat(regel).contains(Amsterdam.datum(feestdag) + " telt niet mee:")
              .containsAnyOf("Algemene termijnenwet", "koninklijk besluit"));
    }
  }

  @Test
  void uitleg_noemt_dag_nul_weekend_en_de_feestdag_bij_naam() {
    Dagtermijn termijn = new Werkdagen(Feestdagen.algemeneTermijnenwet(List.of())).na(LocalDate.of(2026, 4, 2), 1);

    assertThat(termijn.uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(termijn.uitleg())
        .anySatisfy(regel -> assertThat(regel).startsWith("Dag 0 is donderdag 02-04-2026"))
        .contains("vrijdag 03-04-2026 telt niet mee: Goede Vrijdag (algemeen erkende feestdag, art. 3 Algemene termijnenwet).")
        .contains("zaterdag 04-04-2026 telt niet mee: weekend.")
        .contains("maandag 06-04-2026 telt niet mee: tweede Paasdag (algemeen erkende feestdag, art. 3 Algemene termijnenwet).")
        .contains("dinsdag 07-04-2026 is werkdag 1.");
    assertThat(termijn.eindeVanDeDag()).isEqualTo("2026-04-07T23:59:59+02:00[Europe/Amsterdam]");
  }

  @Test
  void extra_feestdag_heet_zoals_procesbeheer_hem_noemde() {
    Feestdagen feestdagen = Feestdagen.algemeneTermijnenwet(
        List.of(new ExtraFeestdag(LocalDate.of(2027, 6, 14), "Gelijkgestelde dag (KB Stb. 2027, 1)")));

    assertThat(feestdagen.feestdag(LocalDate.of(2027, 6, 14)))
        .hasValue("Gelijkgestelde dag (KB Stb. 2027, 1) (gelijkgesteld bij koninklijk besluit)");
    assertThat(feestdagen.feestdag(LocalDate.of(2027, 6, 15))).isEmpty();
  }

  @Test
  void paaszondag_en_gewone_dagen_zijn_geen_feestdag_van_de_wet() {
    Feestdagen feestdagen = Feestdagen.algemeneTermijnenwet(List.of());

    assertThat(feestdagen.feestdag(LocalDate.of(2025, 4, 27))).as("27-4-2025 is zondag, Koningsdag is 26-4").isEmpty();
    assertThat(feestdagen.feestdag(LocalDate.of(2025, 4, 26))).hasValueSatisfying(naam -> assertThat(naam).startsWith("Koningsdag"));
    assertThat(feestdagen.feestdag(LocalDate.of(2026, 11, 11))).isEmpty();
  }

  @Test
  void aantal_buiten_bereik_is_ongeldig() {
    Werkdagen werkdagen = new Werkdagen(Feestdagen.algemeneTermijnenwet(List.of()));
    assertThatThrownBy(() -> werkdagen.na(LocalDate.of(2026, 11, 25), 0))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("aantal werkdagen");
  }

  private static List<LocalDate> datums(String lijst) {
    if (lijst == null || lijst.isBlank()) {
      return List.of();
    }
    return Arrays.stream(lijst.split(";")).map(String::trim).map(LocalDate::parse).toList();
  }
}
