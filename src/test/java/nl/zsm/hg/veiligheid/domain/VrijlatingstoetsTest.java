package nl.zsm.hg.veiligheid.domain;


import static nl.zsm.hg.veiligheid.domain.Veiligheidsmaatregel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.afdoening.domain.AfdoeningControle;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/** The rule that must never break (Werkwijze stap 2, L393-400, L514-527, L4350-4352), without Camunda. */
class VrijlatingstoetsTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
  private static final Veiligheidsstand ACUUT = new Veiligheidsstand(true, true, true);
  private static final Veiligheidsstand NIET_BEOORDEELD = new Veiligheidsstand(true, false, null);
  private static final Veiligheidsstand ACUUT_ONBEKEND = new Veiligheidsstand(true, true, null);
  private static final Veiligheidsstand NIET_ACUUT = new Veiligheidsstand(true, true, false);

  private final Vrijlatingstoets toets = new Vrijlatingstoets();

  private void heenzenden(Veiligheidsstand stand, Maatregelkeuze keuze) {
    toets.toets(stand, "Heenzenden", true, Autoriteit.OFFICIER_VAN_JUSTITIE, keuze, VANDAAG);
  }

  private static Maatregelkeuze alleen(Veiligheidsmaatregel... maatregelen) {
    return Maatregelkeuze.van(maatregelen.length == 0 ? EnumSet.noneOf(Veiligheidsmaatregel.class) : EnumSet.of(maatregelen[0], maatregelen));
  }

  @Test
  void aangehoudenEnAcuutOnveiligNietVrijZonderBeschermendeMaatregel() {
    assertThatThrownBy(() -> heenzenden(ACUUT, alleen()))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("acuut onveilig")
        .hasMessageContaining("Werkwijze, stap 2 en Bijlage II: acute onveiligheid")
        .hasMessageNotContaining("L40");
    assertThatCode(() -> heenzenden(ACUUT, alleen(CONTACTVERBOD))).doesNotThrowAnyException();
    assertThatCode(() -> heenzenden(ACUUT, alleen(GEDRAGSAANWIJZING_509HH, MELDPLICHT))).doesNotThrowAnyException();
  }

  @Test
  void inverzekeringstellingAlsMaatregelBijHeenzendenIsTegenstrijdig() {
    assertThatThrownBy(() -> heenzenden(ACUUT, alleen(VASTHOUDEN_IVS)))
        .hasMessageContaining("tegenstrijdige beslissing").hasMessageContaining("inverzekeringstelling");
    // also with a real measure next to it, and also when the situation is not acute: it stays a contradiction
    assertThatThrownBy(() -> heenzenden(NIET_ACUUT, alleen(VOORGELEIDING_RC, CONTACTVERBOD)))
        .hasMessageContaining("tegenstrijdige beslissing");
    // keeping the suspect with it is no contradiction
    assertThatCode(() -> toets.toets(ACUUT, "Inverzekeringstelling", false, Autoriteit.OFFICIER_VAN_JUSTITIE,
        alleen(VASTHOUDEN_IVS), VANDAAG)).doesNotThrowAnyException();
  }

  @Test
  void eenMaatregelDieNietBeschermtIsOpZichzelfNietGenoeg() {
    for (Veiligheidsmaatregel zwak : List.of(MEEWERKEN_HULPVERLENING, MELDPLICHT, ELEKTRONISCHE_MONITORING)) {
      assertThatThrownBy(() -> heenzenden(ACUUT, alleen(zwak))).as(zwak.name())
          .hasMessageContaining("Heenzenden geweigerd").hasMessageContaining("beschermen");
    }
  }

  @Test
  void eenHuisverbodLegtDeBurgemeesterOpEnTeltAlleenMetDeDatum() {
    assertThatThrownBy(() -> heenzenden(ACUUT, alleen(TIJDELIJK_HUISVERBOD)))
        .hasMessageContaining("legt de burgemeester op, niet de officier van justitie")
        .hasMessageContaining("datum");
    // also when it is not needed for the rule: the officier cannot record it as his own measure
    assertThatThrownBy(() -> heenzenden(NIET_ACUUT, alleen(TIJDELIJK_HUISVERBOD)))
        .hasMessageContaining("legt de burgemeester op");
    Maatregelkeuze opgelegd = new Maatregelkeuze(EnumSet.of(TIJDELIJK_HUISVERBOD), Map.of(TIJDELIJK_HUISVERBOD, VANDAAG));
    assertThatCode(() -> heenzenden(ACUUT, opgelegd)).doesNotThrowAnyException();
    Maatregelkeuze inDeToekomst = new Maatregelkeuze(EnumSet.of(TIJDELIJK_HUISVERBOD),
        Map.of(TIJDELIJK_HUISVERBOD, VANDAAG.plusDays(1)));
    assertThatThrownBy(() -> heenzenden(ACUUT, inDeToekomst)).hasMessageContaining("in de toekomst");
    Maatregelkeuze civiel = new Maatregelkeuze(EnumSet.of(ONDERTOEZICHTSTELLING_UITHUISPLAATSING),
        Map.of(ONDERTOEZICHTSTELLING_UITHUISPLAATSING, VANDAAG.minusDays(3)));
    assertThatCode(() -> heenzenden(ACUUT, civiel)).doesNotThrowAnyException();
  }

  @Test
  void zonderBeoordelingOfZonderUitkomstTeltDeOnveiligheidAlsAcuut() {
    assertThatThrownBy(() -> heenzenden(NIET_BEOORDEELD, alleen())).hasMessageContaining("nog geen veiligheidsbeoordeling");
    assertThatThrownBy(() -> heenzenden(ACUUT_ONBEKEND, alleen(MEEWERKEN_HULPVERLENING)))
        .hasMessageContaining("onbekend telt als acuut onveilig");
    assertThatCode(() -> heenzenden(NIET_BEOORDEELD, alleen(LOCATIEVERBOD))).doesNotThrowAnyException();
  }

  @Test
  void vasthoudenNietAangehoudenOfNietAcuutMagZonderMaatregel() {
    assertThatCode(() -> toets.toets(ACUUT, "Inverzekeringstelling", false, Autoriteit.OFFICIER_VAN_JUSTITIE,
        alleen(), VANDAAG)).doesNotThrowAnyException();
    assertThatCode(() -> heenzenden(new Veiligheidsstand(false, false, true), alleen())).doesNotThrowAnyException();
    assertThatCode(() -> heenzenden(NIET_ACUUT, alleen())).doesNotThrowAnyException();
  }

  @Test
  void deCatalogusKentSoortEnWieOplegt() {
    assertThat(TIJDELIJK_HUISVERBOD.soort()).isEqualTo(Maatregelsoort.BESTUURLIJK);
    assertThat(TIJDELIJK_HUISVERBOD.opgelegdDoor()).containsExactly(Autoriteit.BURGEMEESTER);
    assertThat(ONDERTOEZICHTSTELLING_UITHUISPLAATSING.soort()).isEqualTo(Maatregelsoort.CIVIEL);
    assertThat(ONDERTOEZICHTSTELLING_UITHUISPLAATSING.opgelegdDoor()).containsExactly(Autoriteit.CIVIELE_RECHTER);
    assertThat(MEEWERKEN_HULPVERLENING.soort()).isEqualTo(Maatregelsoort.HULPVERLENING);
    assertThat(VOORGELEIDING_RC.opgelegdDoor()).containsExactly(Autoriteit.RECHTER_COMMISSARIS);
    assertThat(VASTHOUDEN_IVS.houdtVast()).isTrue();
    for (Veiligheidsmaatregel maatregel : Veiligheidsmaatregel.values()) {
      // every measure another authority imposes has a date field, or it could never count
      assertThat(maatregel.houdtVast() || maatregel.kanOpleggen(Autoriteit.OFFICIER_VAN_JUSTITIE)
          || maatregel.opgelegdOpVeld() != null).as(maatregel.name()).isTrue();
    }
  }

  @Test
  void afdoeningsbeslissingVoorgeleidingHoudtVastAllesAndersLaatVrij() {
    AfdoeningControle controle = new AfdoeningControle(toets);
    assertThatCode(() -> controle.controleer(Afdoeningsbeslissing.DAGVAARDING_VOORGELEIDING_RC, null, VANDAAG,
        ACUUT, false, alleen(VOORGELEIDING_RC))).doesNotThrowAnyException();
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.PLANDATUM, VANDAAG.plusDays(14), VANDAAG,
        ACUUT, false, alleen())).hasMessageContaining("acuut onveilig");
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.AFDOENING_ON_HOLD, null, VANDAAG,
        ACUUT, false, alleen(MEEWERKEN_HULPVERLENING))).hasMessageContaining("acuut onveilig");
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.SEPOT_02, null, VANDAAG,
        ACUUT, false, alleen(VASTHOUDEN_IVS))).hasMessageContaining("tegenstrijdige beslissing");
    // a sepot ends the criminal case: the officier's contactverbod does not protect, the burgemeester's huisverbod does
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.SEPOT_02, null, VANDAAG,
        ACUUT, false, alleen(CONTACTVERBOD))).hasMessageContaining("Met een sepot eindigt de strafzaak");
    assertThatCode(() -> controle.controleer(Afdoeningsbeslissing.SEPOT_01, null, VANDAAG, ACUUT, false,
        new Maatregelkeuze(EnumSet.of(TIJDELIJK_HUISVERBOD), Map.of(TIJDELIJK_HUISVERBOD, VANDAAG))))
        .doesNotThrowAnyException();
    assertThatCode(() -> controle.controleer(Afdoeningsbeslissing.VOORWAARDELIJK_SEPOT, null, VANDAAG,
        ACUUT, false, alleen(CONTACTVERBOD))).doesNotThrowAnyException();
    for (Afdoeningsbeslissing beslissing : Afdoeningsbeslissing.values()) {
      assertThat(beslissing.vrijlating()).as(beslissing.name())
          .isEqualTo(beslissing != Afdoeningsbeslissing.DAGVAARDING_VOORGELEIDING_RC);
    }
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.PLANDATUM, VANDAAG, VANDAAG,
        new Veiligheidsstand(false, true, false), false, alleen())).hasMessageContaining("na vandaag");
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.DAGVAARDING, null, VANDAAG,
        new Veiligheidsstand(false, true, false), true, alleen())).hasMessageContaining("vereist veiligheidsmaatregelen");
    assertThatCode(() -> controle.controleer(Afdoeningsbeslissing.SEPOT_02, null, VANDAAG,
        new Veiligheidsstand(false, true, false), true, alleen())).doesNotThrowAnyException();
  }

  @Test
  void maatregelenKomenAlsLijstJsonOfTekstEnAlleenUitDeCatalogus() {
    assertThat(VeiligheidsmaatregelenLezer.lees(List.of("CONTACTVERBOD", "MELDPLICHT")))
        .containsExactlyInAnyOrder(CONTACTVERBOD, MELDPLICHT);
    assertThat(VeiligheidsmaatregelenLezer.lees("[\"LOCATIEVERBOD\"]")).containsExactly(LOCATIEVERBOD);
    assertThat(VeiligheidsmaatregelenLezer.lees("[]")).isEmpty();
    assertThat(VeiligheidsmaatregelenLezer.lees(null)).isEmpty();
    assertThat(VeiligheidsmaatregelenLezer.lees("GEBIEDSVERBOD, MELDPLICHT")).hasSize(2);
    assertThatThrownBy(() -> VeiligheidsmaatregelenLezer.lees(List.of("ENKELBAND")))
        .hasMessageContaining("Onbekende veiligheidsmaatregel 'ENKELBAND'");
    assertThatThrownBy(() -> VeiligheidsmaatregelenLezer.lees("[kapot")).hasMessageContaining("geen geldige JSON-lijst");
  }
}
