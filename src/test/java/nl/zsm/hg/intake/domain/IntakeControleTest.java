package nl.zsm.hg.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

class IntakeControleTest {

  private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
  private final IntakeControle controle = new IntakeControle(KLOK);

  private static Intake geldig() {
    return new Intake(null, true, true, LocalDateTime.of(2026, 3, 10, 9, 30), 34, true, false, true, true, null, null,
        "A. de Vries", "06-12345678", "a@example.org", true, "Angstig, twee kinderen.", "rotterdam");
  }

  @Test
  void eenVolledigeIntakeIsGoed() {
    assertThatCode(() -> controle.controleer(geldig())).doesNotThrowAnyException();
    assertThat(geldig().minderjarig()).isFalse();
  }

  @Test
  void alleProblemenKomenTegelijkInHetNederlands() {
    Intake fout = new Intake("2026-1", true, null, null, 11, false, false, null, null, null, null, " ", null,
        "geen-mail", true, "", null);
    assertThatThrownBy(() -> controle.controleer(fout))
        .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.meldingen()).hasSize(11))
        .hasMessageContaining("ZSM-jjjj-nnnnnn")
        .hasMessageContaining("heterdaad")
        .hasMessageContaining("tijdstip van aanhouding")
        .hasMessageContaining("onder de 12 jaar")
        .hasMessageContaining("label huiselijk geweld")
        .hasMessageContaining("kinderen in het gezin")
        .hasMessageContaining("Veilig Thuis")
        .hasMessageContaining("naam van het slachtoffer")
        .hasMessageContaining("geen geldig e-mailadres")
        .hasMessageContaining("Individuele Beoordeling")
        .hasMessageContaining("Kies de regio");
  }

  @Test
  void deRegioIsEenVanDeArrondissementenEnNietOnbekend() {
    for (String regio : new String[] {"Utrecht", "onbekend"}) {
      Intake fout = new Intake(null, false, false, null, 30, true, false, false, false, null, null, "B", null, null,
          false, "IB", regio);
      assertThatThrownBy(() -> controle.controleer(fout)).as(regio)
          .hasMessageContaining("Onbekende regio '" + regio + "'").hasMessageContaining("midden-nederland");
    }
    Intake goed = new Intake(null, false, false, null, 30, true, false, false, false, null, null, "B", null, null,
        false, "IB", "zeeland-west-brabant");
    assertThatCode(() -> controle.controleer(goed)).doesNotThrowAnyException();
  }

  @Test
  void vtMeldingInDeToekomstEnOnzinnigeTransporttijdKunnenNiet() {
    Intake fout = new Intake(null, true, true, LocalDateTime.of(2026, 3, 10, 9, 30), 34, true, false, true, true,
        java.time.LocalDate.of(2026, 3, 11), 2000, "A", "0612345678", null, true, "IB", "amsterdam");
    assertThatThrownBy(() -> controle.controleer(fout))
        .hasMessageContaining("VT-melding ligt in de toekomst").hasMessageContaining("Transporttijd");
  }

  @Test
  void aanhoudingInDeToekomstKanNiet() {
    Intake toekomst = new Intake(null, true, true, LocalDateTime.of(2026, 3, 11, 9, 0), 34, true, false, false, true,
        null, null, "A", "0612345678", null, true, "IB", "amsterdam");
    assertThatThrownBy(() -> controle.controleer(toekomst)).hasMessageContaining("in de toekomst");
  }

  @Test
  void zonderToestemmingHoeftErGeenContactgegevenTeZijn() {
    Intake zonder = new Intake(null, false, false, null, 16, false, true, false, false, null, null, "B", null, null,
        false, "IB", "limburg");
    assertThatCode(() -> controle.controleer(zonder)).doesNotThrowAnyException();
    assertThat(zonder.minderjarig()).isTrue();
  }

  @Test
  void metToestemmingIsTelefoonOfEmailNodig() {
    Intake zonder = new Intake(null, false, false, null, 30, true, false, false, false, null, null, "B", null, null,
        true, "IB", "limburg");
    assertThatThrownBy(() -> controle.controleer(zonder)).hasMessageContaining("telefoonnummer of e-mailadres");
  }

  @Test
  void zaaknummersHebbenDeLeesbareVormEnZijnUniek() {
    Zaaknummers zaaknummers = new Zaaknummers(KLOK);
    Set<String> bestaand = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      String nummer = zaaknummers.nieuw(bestaand::contains);
      assertThat(nummer).matches("ZSM-2026-\\d{6}");
      assertThat(Zaaknummers.isGeldig(nummer)).isTrue();
      assertThat(bestaand.add(nummer)).isTrue();
    }
    assertThatThrownBy(() -> zaaknummers.nieuw(n -> true)).hasMessageContaining("Geen vrij zaaknummer");
  }

  private static Intake aangehoudenOp(LocalDateTime tijdstip) {
    return new Intake(null, true, true, tijdstip, 34, true, false, false, true, null, null, "A", "0612345678", null,
        true, "IB", "rotterdam");
  }

  @Test
  void aanhoudingMeerDanZevenDagenGeledenIsEenTikfout() {
    for (LocalDateTime tijdstip : new LocalDateTime[] {LocalDateTime.of(1, 1, 1, 10, 0), LocalDateTime.of(1996, 5, 4, 10, 0),
        LocalDateTime.of(2026, 3, 3, 12, 0)}) {
      assertThatThrownBy(() -> controle.controleer(aangehoudenOp(tijdstip))).as(tijdstip.toString())
          .hasMessageContaining("te lang geleden").hasMessageContaining("controleer datum en jaar");
    }
    assertThatCode(() -> controle.controleer(aangehoudenOp(LocalDateTime.of(2026, 3, 3, 14, 0))))
        .doesNotThrowAnyException();
  }

  @Test
  void laatGeregistreerdeAanhoudingGeeftEenWaarschuwingVoorDeOfficier() {
    // klok: 10-03-2026 13:00 in Amsterdam
    assertThat(controle.waarschuwing(aangehoudenOp(LocalDateTime.of(2026, 3, 10, 7, 30)))).isEmpty();
    assertThat(controle.waarschuwing(aangehoudenOp(LocalDateTime.of(2026, 3, 10, 6, 30))))
        .hasValueSatisfying(w -> assertThat(w).contains("Let op").contains("10-03-2026 06:30").contains("6 uur geleden"));
    assertThat(controle.waarschuwing(aangehoudenOp(LocalDateTime.of(2026, 3, 8, 10, 0))))
        .hasValueSatisfying(w -> assertThat(w).contains("2 dagen en 3 uur geleden"));
    Intake nietVast = new Intake(null, false, false, null, 34, true, false, false, true, null, null, "A", "0612345678",
        null, true, "IB", "rotterdam");
    assertThat(controle.waarschuwing(nietVast)).isEmpty();
  }

  @Test
  void instellingenBepalenDeGrenzen() {
    IntakeControle streng = new IntakeControle(KLOK,
        new IntakeInstellingen(java.time.Duration.ofDays(1), java.time.Duration.ofHours(1)));
    assertThatThrownBy(() -> streng.controleer(aangehoudenOp(LocalDateTime.of(2026, 3, 9, 10, 0))))
        .hasMessageContaining("te lang geleden");
    assertThat(streng.waarschuwing(aangehoudenOp(LocalDateTime.of(2026, 3, 10, 11, 30)))).isPresent();
  }
}
