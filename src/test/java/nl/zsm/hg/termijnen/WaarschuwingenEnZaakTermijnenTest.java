package nl.zsm.hg.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.termijnen.domain.Feestdagen;
import nl.zsm.hg.termijnen.domain.Termijn;
import nl.zsm.hg.termijnen.domain.TermijnenService;
import nl.zsm.hg.termijnen.domain.Termijnwaarden;
import nl.zsm.hg.termijnen.domain.Waarschuwingen;
import nl.zsm.hg.termijnen.domain.ZaakTermijnen;
import nl.zsm.hg.tijd.Amsterdam;
import org.junit.jupiter.api.Test;

/**
 * When the process warns before a deadline, and the deadlines of a case at intake and at
 * inverzekeringstelling; each case says how it was counted by hand.
 */
class WaarschuwingenEnZaakTermijnenTest {

  private final Waarschuwingen standaard = new Waarschuwingen(Duration.parse("PT2H30M"), Duration.ofHours(12));
  private final ZaakTermijnen termijnen = new ZaakTermijnen(
      new TermijnenService(Feestdagen.algemeneTermijnenwet(List.of())));

  private static Instant t(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  @Test
  void waarschuwingIsWerkelijkVerstrekenTijdVoorHetEindeOokOverDeKlokwissel() {
    // einde 20:00: 2 uur 30 min eerder is 17:30
    assertThat(standaard.voorOphouden(t("2026-11-25T20:00+01:00"))).isEqualTo(t("2026-11-25T17:30+01:00"));
    // einde 04:00 zomertijd op 29-03-2026 (02:00 UTC); 2 uur 30 min eerder is 23:30 UTC = 00:30 wintertijd
    // (op de klok 3 uur 30 min, want om 02:00 gaat de klok naar 03:00)
    assertThat(standaard.voorOphouden(t("2026-03-29T04:00+02:00"))).isEqualTo(t("2026-03-29T00:30+01:00"));
    assertThat(standaard.voorInverzekeringstelling(t("2026-11-28T20:30+01:00"))).isEqualTo(t("2026-11-28T08:30+01:00"));
  }

  @Test
  void vijfWerkdagenWaarschuwenOm9UurOpDeLaatsteDagEnVastzakenAlsHetOphouden() {
    assertThat(standaard.voorVeiligheidsbeoordeling(t("2026-12-02T23:59:59+01:00"), false)).isEqualTo(t("2026-12-02T09:00+01:00"));
    // zomertijd: 09:00 is dan 07:00 UTC
    assertThat(standaard.voorVeiligheidsbeoordeling(t("2026-04-10T23:59:59+02:00"), false)).isEqualTo(t("2026-04-10T07:00Z"));
    assertThat(standaard.voorVeiligheidsbeoordeling(t("2026-11-25T20:00+01:00"), true)).isEqualTo(t("2026-11-25T17:30+01:00"));
  }

  @Test
  void eenAndereInstellingGeeftEenAnderMomentEnNulOfNegatiefWordtGeweigerd() {
    Waarschuwingen uur = new Waarschuwingen(Duration.ofHours(1), Duration.ofDays(1));
    assertThat(uur.voorOphouden(t("2026-11-25T20:00+01:00"))).isEqualTo(t("2026-11-25T19:00+01:00"));
    assertThat(uur.voorInverzekeringstelling(t("2026-11-28T20:30+01:00"))).isEqualTo(t("2026-11-27T20:30+01:00"));
    assertThatThrownBy(() -> new Waarschuwingen(Duration.ZERO, Duration.ofHours(1)))
        .hasMessageContaining("zsm.termijnen.waarschuwing-voor-ophouden");
    assertThatThrownBy(() -> new Waarschuwingen(Duration.ofHours(1), Duration.ofHours(-1)))
        .hasMessageContaining("zsm.termijnen.waarschuwing-voor-inverzekeringstelling");
  }

  @Test
  void tijdstipInDeTaaknaamIsAmsterdamseTijd() {
    assertThat(Waarschuwingen.tijdstip(t("2026-11-25T19:00Z"))).isEqualTo("20:00 op 25-11-2026");
    assertThat(Waarschuwingen.tijdstip(t("2026-07-01T18:00Z"))).isEqualTo("20:00 op 01-07-2026");
  }

  @Test
  void vastzaakBijIntakeMetZesUurEnTransport() {
    // aanhouding 14:00, 6 uur (geen voorlopige hechtenis) plus 30 min transport: 20:30; voorgeleiding +90 uur
    ZaakTermijnen.BijIntake bijIntake = termijnen.bijIntake(Termijnwaarden.vast(true), Termijnwaarden.aanhouding("2026-11-25T14:00+01:00", false, 30, null), Termijnwaarden.datumVtMelding(null), t("2026-11-25T14:05+01:00"));
    assertThat(bijIntake.ophouden().uiterlijk().toInstant()).isEqualTo(t("2026-11-25T20:30+01:00"));
    assertThat(bijIntake.ophouden().uitleg()).anyMatch(r -> r.startsWith("Maximaal 6 uur"));
    assertThat(bijIntake.voorgeleiding().uiterlijk().toInstant()).isEqualTo(t("2026-11-29T08:00+01:00"));
    assertThat(bijIntake.veiligheidsbeoordeling().uiterlijk()).isEqualTo(bijIntake.ophouden().uiterlijk());
    assertThat(bijIntake.veiligheidsbeoordeling().uitleg().get(0)).contains("Vastzaak").contains("Werkwijze, stap 2: veiligheidsbeoordeling");
  }

  @Test
  void onbekendVastTeltAlsVastMaarZonderTijdstipGeenOphoudtermijn() {
    ZaakTermijnen.BijIntake onbekend = termijnen.bijIntake(Termijnwaarden.vast(null), Termijnwaarden.aanhouding("2026-11-25T11:00+01:00", null, null, null), Termijnwaarden.datumVtMelding(null), t("2026-11-25T11:05+01:00"));
    assertThat(onbekend.ophouden().uiterlijk().toInstant()).isEqualTo(t("2026-11-25T20:00+01:00"));
    // no time of arrest: nothing to count from, the VT deadline is then the five werkdagen from today
    ZaakTermijnen.BijIntake zonderTijdstip = termijnen.bijIntake(Termijnwaarden.vast(true), Termijnwaarden.aanhouding(null, null, null, null), Termijnwaarden.datumVtMelding(null), t("2026-11-25T11:05+01:00"));
    assertThat(zonderTijdstip.ophouden()).isNull();
    assertThat(zonderTijdstip.veiligheidsbeoordeling().uiterlijk().toInstant()).isEqualTo(t("2026-12-02T23:59:59+01:00"));
  }

  @Test
  void nietVastzaakTeltVijfWerkdagenVanafDeMeldingOfVandaag() {
    // melding vrijdag 27-11-2026 (dag 0): ma 30, di 1, wo 2, do 3, vr 4-12
    ZaakTermijnen.BijIntake metMelding = termijnen.bijIntake(Termijnwaarden.vast(false), Termijnwaarden.aanhouding(null, null, null, null), Termijnwaarden.datumVtMelding("2026-11-27"), t("2026-11-30T10:00+01:00"));
    assertThat(metMelding.ophouden()).isNull();
    assertThat(metMelding.veiligheidsbeoordeling().uiterlijk().toInstant()).isEqualTo(t("2026-12-04T23:59:59+01:00"));
    // zonder datum: de melding wordt vandaag gedaan; 23:30 UTC op 28-11 is al zondag 29-11 in Amsterdam (dag 0):
    // ma 30, di 1, wo 2, do 3, vr 4-12
    ZaakTermijnen.BijIntake vandaag = termijnen.bijIntake(Termijnwaarden.vast(false), Termijnwaarden.aanhouding(null, null, null, null), Termijnwaarden.datumVtMelding(null), t("2026-11-28T23:30Z"));
    assertThat(vandaag.veiligheidsbeoordeling().uiterlijk().toInstant()).isEqualTo(t("2026-12-04T23:59:59+01:00"));
    assertThat(vandaag.veiligheidsbeoordeling().uitleg().get(0)).contains("vandaag is dag 0");
  }

  @Test
  void inverzekeringstellingVanafHetBevelOfVanafNuEnVerlengd() {
    // aanhouding 25-11 11:00: voorgeleiding uiterlijk 29-11 05:00 (90 uur)
    String voorgeleiding = "2026-11-29T05:00+01:00";
    assertThat(termijnen.inverzekeringstelling(null, null, voorgeleiding, t("2026-11-25T20:30+01:00")).uiterlijk().toInstant())
        .as("3 dagen vanaf de beslissing, voor de voorgeleiding").isEqualTo(t("2026-11-28T20:30+01:00"));
    assertThat(termijnen.inverzekeringstelling("2026-11-25T20:00+01:00", true, null, t("2026-11-26T09:00+01:00")).uiterlijk().toInstant())
        .isEqualTo(t("2026-12-01T20:00+01:00"));
    // verlengd tot 1-12 20:00, maar voorgeleiden moet uiterlijk 29-11 05:00: dat is de termijn
    Termijn verlengd = termijnen.inverzekeringstelling("2026-11-25T20:00+01:00", "true", voorgeleiding, Instant.EPOCH);
    assertThat(verlengd.uiterlijk().toInstant()).isEqualTo(t(voorgeleiding));
    assertThat(verlengd.uitleg()).anyMatch(r -> r.contains("art. 59a Sv") && r.contains("officier beslist uiterlijk dan"));
    // over de wintertijd: 72 werkelijke uren vanaf vrijdag 23-10-2026 10:00 zomertijd is maandag 09:00 wintertijd
    assertThat(termijnen.inverzekeringstelling("2026-10-23T10:00+02:00", "false", null, Instant.EPOCH).uiterlijk().toInstant())
        .isEqualTo(t("2026-10-26T09:00+01:00"));
  }

  @Test
  void onleesbareInvoerGeeftEenNederlandseMelding() {
    assertThatThrownBy(() -> termijnen.bijIntake(Termijnwaarden.vast(true), Termijnwaarden.aanhouding("gisteren", null, null, null), Termijnwaarden.datumVtMelding(null), Instant.now()))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Tijdstip aanhouding");
    assertThatThrownBy(() -> termijnen.bijIntake(Termijnwaarden.vast(true), Termijnwaarden.aanhouding("2026-11-25T11:00+01:00", null, "een half uur", null), Termijnwaarden.datumVtMelding(null), Instant.now()))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Transportminuten");
  }
}
