package nl.zsm.hg.spreekuur.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/** The moment the OvJ put the afdoening on hold, as the spreekuur deadline reads it (through the one reader of moments). */
class SpreekuurTermijnTest {

  @Test
  void eenDagIsHetBeginVanDieDagInAmsterdam() {
    assertThat(SpreekuurTermijn.moment("2026-11-30")).isEqualTo(ZonedDateTime.parse("2026-11-30T00:00+01:00[Europe/Amsterdam]"));
  }

  @Test
  void eenTijdstipMetOffsetOfAlsDate() {
    assertThat(SpreekuurTermijn.moment("2026-07-01T10:15+02:00").toInstant()).isEqualTo(Instant.parse("2026-07-01T08:15:00Z"));
    assertThat(SpreekuurTermijn.moment(Date.from(Instant.parse("2026-11-30T09:00:00Z"))).getHour()).isEqualTo(10);
  }

  @Test
  void leegOfOnleesbaarIsEenNederlandseMelding() {
    assertThatThrownBy(() -> SpreekuurTermijn.moment(" ")).isInstanceOf(OngeldigeInvoerException.class)
        .hasMessage("Datum van de beslissing 'afdoening on hold' ontbreekt.");
    assertThatThrownBy(() -> SpreekuurTermijn.moment("volgende week")).isInstanceOf(OngeldigeInvoerException.class)
        .hasMessageContaining("'volgende week' is geen geldig tijdstip");
  }
}
