package nl.zsm.hg.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import nl.zsm.hg.termijnen.domain.Dagtermijn;
import nl.zsm.hg.termijnen.domain.Feestdagen;
import nl.zsm.hg.termijnen.domain.Inverzekeringstelling;
import nl.zsm.hg.termijnen.domain.Termijn;
import nl.zsm.hg.termijnen.domain.TermijnenService;
import nl.zsm.hg.tijd.Amsterdam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Inverzekeringstelling, voorgeleiding and same-day deadlines against vrijheidsbeneming.csv; plandatum. */
class VrijheidsbenemingEnDagTermijnenTest {

  private final TermijnenService termijnen = new TermijnenService(Feestdagen.algemeneTermijnenwet(List.of()));

  @ParameterizedTest(name = "{0} {1} verlengd={2} -> {3}: {4}")
  @CsvFileSource(resources = "/termijnen/vrijheidsbeneming.csv", delimiter = '|', numLinesToSkip = 1)
  void telt_werkelijk_verstreken_tijd(String soort, String tijdstip, Boolean verlengd, String verwachtUiterlijk,
      String hoeGeteld) {
    ZonedDateTime moment = OffsetDateTime.parse(tijdstip).toZonedDateTime();
    Termijn termijn = switch (soort) {
      case "inverzekeringstelling" -> termijnen.inverzekeringstelling(moment, verlengd);
      case "voorgeleiding" -> termijnen.voorgeleiding(moment);
      case "zelfde-dag" -> termijnen.zelfdeDag(moment, "SHN neemt dezelfde dag contact op (L4848)");
      default -> throw new IllegalArgumentException(soort);
    };

    OffsetDateTime verwacht = OffsetDateTime.parse(verwachtUiterlijk);
    assertThat(termijn.uiterlijk().toInstant()).as(hoeGeteld).isEqualTo(verwacht.toInstant());
    assertThat(termijn.uiterlijk().getOffset()).as("in Amsterdamse tijd").isEqualTo(verwacht.getOffset());
  }

  @Test
  void klokwissel_staat_in_de_uitleg() {
    Termijn termijn = termijnen.inverzekeringstelling(OffsetDateTime.parse("2026-03-27T10:00+01:00").toZonedDateTime(), false);

    assertThat(termijn.uitleg()).anySatisfy(regel -> assertThat(regel)
        .contains("de klok een uur vooruit").contains("72 uur").contains("op 11:00 en niet op 10:00"));
  }

  @Test
  void plandatum_komt_om_negen_uur_terug_bij_de_ovj() {
    Termijn termijn = termijnen.plandatum(LocalDate.of(2026, 12, 14));

    assertThat(termijn.uiterlijk()).isEqualTo("2026-12-14T09:00+01:00[Europe/Amsterdam]");
    assertThat(termijn.uitleg()).anySatisfy(regel -> assertThat(regel).contains("Plandatumzaak").contains("Werkwijze, stap 3: beoordeling van het bewijs"));
  }

  @Test
  void dagtermijn_als_date_is_het_einde_van_de_dag() {
    Dagtermijn termijn = termijnen.veiligheidsbeoordeling(LocalDate.of(2026, 11, 28));

    assertThat(termijn.uiterlijk()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(termijn.alsDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-12-04T23:59:59+01:00").toInstant());
  }
}
