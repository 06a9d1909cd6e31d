package nl.zsm.hg.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import nl.zsm.hg.afdoening.AfdoeningControle;
import nl.zsm.hg.afdoening.Afdoeningsbeslissing;
import org.junit.jupiter.api.Test;

/** The rule that must never break (L406-408, L511-528, L4350-4352), without Camunda. */
class VrijlatingstoetsTest {

  private final Vrijlatingstoets toets = new Vrijlatingstoets();
  private static final Set<Veiligheidsmaatregel> GEEN = EnumSet.noneOf(Veiligheidsmaatregel.class);

  @Test
  void aangehoudenEnAcuutOnveiligNietVrijZonderMaatregel() {
    assertThatThrownBy(() -> toets.toets(true, true, true, true, GEEN))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("acuut onveilig");
    assertThatCode(() -> toets.toets(true, true, true, true, EnumSet.of(Veiligheidsmaatregel.CONTACTVERBOD)))
        .doesNotThrowAnyException();
  }

  @Test
  void zonderBeoordelingGeldtOnveiligheidAlsOnbekendEnDusAlsAcuut() {
    assertThatThrownBy(() -> toets.toets(true, false, false, true, GEEN)).hasMessageContaining("nog geen veiligheidsbeoordeling");
  }

  @Test
  void vasthoudenNietAangehoudenOfNietAcuutMagAltijd() {
    assertThatCode(() -> toets.toets(true, true, true, false, GEEN)).doesNotThrowAnyException();
    assertThatCode(() -> toets.toets(false, false, true, true, GEEN)).doesNotThrowAnyException();
    assertThatCode(() -> toets.toets(true, true, false, true, GEEN)).doesNotThrowAnyException();
  }

  @Test
  void alsnogAanhoudenAlleenBijEenNietAangehoudenVerdachte() {
    assertThatCode(() -> Vrijheidsbeslissing.ALSNOG_AANHOUDEN.controleerPastBij(false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Vrijheidsbeslissing.ALSNOG_AANHOUDEN.controleerPastBij(true))
        .hasMessageContaining("al aangehouden");
    assertThatThrownBy(() -> Vrijheidsbeslissing.van("VRIJLATEN")).hasMessageContaining("Onbekende beslissing");
    assertThatThrownBy(() -> Vrijheidsbeslissing.van(null)).hasMessageContaining("Kies of de verdachte");
  }

  @Test
  void afdoeningsbeslissingVoorgeleidingHoudtVastPlandatumLaatVrij() {
    AfdoeningControle controle = new AfdoeningControle(toets);
    LocalDate vandaag = LocalDate.of(2026, 3, 10);
    assertThatCode(() -> controle.controleer(Afdoeningsbeslissing.DAGVAARDING_VOORGELEIDING_RC, null, vandaag,
        true, true, true, false, GEEN)).doesNotThrowAnyException();
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.PLANDATUM, vandaag.plusDays(14), vandaag,
        true, true, true, false, GEEN)).hasMessageContaining("acuut onveilig");
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.PLANDATUM, vandaag, vandaag,
        false, true, false, false, GEEN)).hasMessageContaining("na vandaag");
    assertThatThrownBy(() -> controle.controleer(Afdoeningsbeslissing.DAGVAARDING, null, vandaag,
        false, true, false, true, GEEN)).hasMessageContaining("vereist veiligheidsmaatregelen");
    assertThatCode(() -> controle.controleer(Afdoeningsbeslissing.SEPOT_02, null, vandaag,
        false, true, false, true, GEEN)).doesNotThrowAnyException();
  }

  @Test
  void maatregelenKomenAlsLijstJsonOfTekstEnAlleenUitDeCatalogus() {
    assertThat(VeiligheidsmaatregelenLezer.lees(List.of("CONTACTVERBOD", "MELDPLICHT")))
        .containsExactlyInAnyOrder(Veiligheidsmaatregel.CONTACTVERBOD, Veiligheidsmaatregel.MELDPLICHT);
    assertThat(VeiligheidsmaatregelenLezer.lees("[\"LOCATIEVERBOD\"]")).containsExactly(Veiligheidsmaatregel.LOCATIEVERBOD);
    assertThat(VeiligheidsmaatregelenLezer.lees("[]")).isEmpty();
    assertThat(VeiligheidsmaatregelenLezer.lees(null)).isEmpty();
    assertThat(VeiligheidsmaatregelenLezer.lees("GEBIEDSVERBOD, MELDPLICHT")).hasSize(2);
    assertThatThrownBy(() -> VeiligheidsmaatregelenLezer.lees(List.of("ENKELBAND")))
        .hasMessageContaining("Onbekende veiligheidsmaatregel 'ENKELBAND'");
    assertThatThrownBy(() -> VeiligheidsmaatregelenLezer.lees("[kapot")).hasMessageContaining("geen geldige JSON-lijst");
  }
}
