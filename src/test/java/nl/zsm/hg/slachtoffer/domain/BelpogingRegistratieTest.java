package nl.zsm.hg.slachtoffer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

class BelpogingRegistratieTest {

  private static final Instant NU = Instant.parse("2026-11-28T16:00:00Z");
  private final BelpogingRegistratie registratie = new BelpogingRegistratie(Clock.fixed(NU, ZoneOffset.UTC));

  @Test
  void leestDeTijdstippenZoalsFormulierenEnApisZeSturen() {
    assertThat(registratie.toets("2026-11-28T16:05+01:00", true, "x").gebeldOp())
        .isEqualTo(Instant.parse("2026-11-28T15:05:00Z"));
    // without a zone the time is Dutch local time (winter: UTC+1)
    assertThat(registratie.toets("2026-11-28T16:05", true, "x").gebeldOp())
        .isEqualTo(Instant.parse("2026-11-28T15:05:00Z"));
    assertThat(registratie.toets(Date.from(Instant.parse("2026-11-28T10:00:00Z")), false, "x").gebeldOp())
        .isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
  }

  @Test
  void weigertTijdstipInDeToekomstMaarAccepteertKleineKlokafwijking() {
    assertThat(registratie.toets("2026-11-28T16:04:00Z", true, "x").bereikt()).isTrue();
    assertThatThrownBy(() -> registratie.toets("2026-11-28T16:06:00Z", true, "x"))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Het tijdstip van het telefoongesprek ligt in de toekomst.");
  }

  @Test
  void verplichteGegevensMetNederlandseFout() {
    assertThatThrownBy(() -> registratie.toets(null, true, "x")).isInstanceOf(OngeldigeInvoerException.class).hasMessage("Vul in wanneer er is gebeld.");
    assertThatThrownBy(() -> registratie.toets("gisteren", true, "x")).hasMessageContaining("Tijdstip van bellen 'gisteren' is geen geldige datum en tijd");
    assertThatThrownBy(() -> registratie.toets("2026-11-28T10:00Z", null, "x")).hasMessage("Geef aan of het slachtoffer is bereikt.");
    assertThatThrownBy(() -> registratie.toets("2026-11-28T10:00Z", false, " ")).hasMessageContaining("Licht toe");
  }
}
