package nl.zsm.hg.termijnen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The ophouden voor onderzoek against the hand-computed table src/test/resources/termijnen/ophouden.csv. */
class OphoudenVoorOnderzoekTest {

  private final OphoudenVoorOnderzoek ophouden = new OphoudenVoorOnderzoek();

  @ParameterizedTest(name = "{0} vh={1} transport={2} verhoren={3} -> {4}: {5}")
  @CsvFileSource(resources = "/termijnen/ophouden.csv", delimiter = '|', numLinesToSkip = 1)
  void telt_zoals_de_wet(String aanvang, boolean voorlopigeHechtenisToegestaan, int transportMinuten,
      String nachtverhoren, String verwachtUiterlijk, String hoeGeteld) {
    Termijn termijn = ophouden.bereken(moment(aanvang), voorlopigeHechtenisToegestaan,
        Duration.ofMinutes(transportMinuten), verhoren(nachtverhoren));

    assertThat(termijn.uiterlijk().toInstant()).as(hoeGeteld).isEqualTo(moment(verwachtUiterlijk).toInstant());
    assertThat(termijn.uiterlijk().getOffset()).as("in Amsterdamse tijd").isEqualTo(moment(verwachtUiterlijk).getOffset());
  }

  @Test
  void uitleg_noemt_de_nacht_die_niet_telt_en_de_vuistregel() {
    Termijn termijn = ophouden.bereken(moment("2026-11-28T20:00+01:00"), true, Duration.ZERO, List.of());

    assertThat(termijn.uitleg())
        .contains("00:00-09:00 op 29-11-2026 telt niet mee (art. 56a lid 3 Sv).")
        .anySatisfy(regel -> assertThat(regel)
            .startsWith("Vuistregel uit de werkwijze: binnen 9 uur na aanhouding (Werkwijze, inleiding) = zondag 29-11-2026 05:00"))
        .anySatisfy(regel -> assertThat(regel).contains("Maximaal 9 uur"))
        .anySatisfy(regel -> assertThat(regel).startsWith("Uiterlijk einde ophouden voor onderzoek: zondag 29-11-2026 14:00"));
  }

  @Test
  void uitleg_noemt_aanvang_in_de_nacht_nachtverhoor_transport_en_klokwissel() {
    Termijn termijn = ophouden.bereken(moment("2026-03-29T01:00+01:00"), false, Duration.ofMinutes(30),
        verhoren("2026-03-29T01:30+01:00/2026-03-29T03:30+02:00"));

    assertThat(termijn.uitleg())
        .anySatisfy(regel -> assertThat(regel).startsWith("01:00-09:00 op 29-03-2026 telt niet mee (art. 56a lid 3 Sv): de aanvang valt in de nacht")
            .contains("behalve de tijd waarin de verdachte wordt verhoord").contains("de klok een uur vooruit"))
        .anySatisfy(regel -> assertThat(regel).startsWith("Verhoor 01:30-03:30 op 29-03-2026 telt mee").contains("1 uur"))
        .anySatisfy(regel -> assertThat(regel).contains("Maximaal 6 uur"))
        .anySatisfy(regel -> assertThat(regel).startsWith("Transporttijd volgens het proces-verbaal telt niet mee: 30 min"));
    assertThat(termijn.uiterlijk().toInstant()).isEqualTo(moment("2026-03-29T14:30+02:00").toInstant());
  }

  @Test
  void verhoor_dat_eindigt_voor_het_begint_is_ongeldig() {
    assertThatThrownBy(() -> verhoren("2026-11-29T03:00+01:00/2026-11-29T02:00+01:00"))
        .isInstanceOf(OngeldigeInvoerException.class)
        .hasMessageContaining("einde van een verhoor");
  }

  @Test
  void negatieve_transporttijd_is_ongeldig() {
    assertThatThrownBy(() -> ophouden.bereken(moment("2026-11-25T10:00+01:00"), true, Duration.ofMinutes(-5), List.of()))
        .isInstanceOf(OngeldigeInvoerException.class)
        .hasMessageContaining("Transporttijd");
  }

  static ZonedDateTime moment(String iso) {
    return OffsetDateTime.parse(iso).toZonedDateTime();
  }

  static List<Verhoorperiode> verhoren(String perioden) {
    if (perioden == null || perioden.isBlank()) {
      return List.of();
    }
    return Arrays.stream(perioden.split(";"))
        .map(periode -> periode.split("/"))
        .map(delen -> new Verhoorperiode(moment(delen[0].trim()), moment(delen[1].trim())))
        .toList();
  }
}
