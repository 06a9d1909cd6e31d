package nl.zsm.hg.architectuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.zsm.hg.afdoening.domain.AdviesAfdoening;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.nazorg.domain.UitspraakRechter;
import nl.zsm.hg.veiligheid.domain.Onveiligheid;
import nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding;
import nl.zsm.hg.veiligheid.domain.Vrijheidsbeslissing;
import org.junit.jupiter.api.Test;

/**
 * The select-field enums read their value with the one reader {@code Formulierwaarden.keuze}; the Dutch messages
 * users and API clients see stay as they were before the readers were merged.
 */
class KeuzemeldingenTest {

  @Test
  void bekendeWaardenWordenGelezen() {
    assertThat(AdviesAfdoening.vanCode(" SEPOT ")).isEqualTo(AdviesAfdoening.SEPOT);
    assertThat(Afdoeningsbeslissing.van("SEPOT_01")).isEqualTo(Afdoeningsbeslissing.SEPOT_01);
    assertThat(UitspraakRechter.van("TOEZICHT")).isEqualTo(UitspraakRechter.TOEZICHT);
    assertThat(Onveiligheid.vanCode("GEEN")).isEqualTo(Onveiligheid.GEEN);
    assertThat(UitkomstVoorgeleiding.van("SCHORSING")).isEqualTo(UitkomstVoorgeleiding.SCHORSING);
    assertThat(UitkomstVoorgeleiding.vanZaak(" ")).isNull();
    assertThat(Vrijheidsbeslissing.van("HEENZENDEN")).isEqualTo(Vrijheidsbeslissing.HEENZENDEN);
  }

  @Test
  void legeKeuzeGeeftDeEigenMelding() {
    assertThatThrownBy(() -> AdviesAfdoening.vanCode(""))
        .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Kies een advies over de afdoening.");
    assertThatThrownBy(() -> Afdoeningsbeslissing.van(null))
        .hasMessage("Kies een afdoenings- of routeringsbeslissing.");
    assertThatThrownBy(() -> UitspraakRechter.van(null))
        .hasMessage("Onbekende uitspraak van de rechter ''. Toegestaan: STRAFRECHTELIJK_DEEL_BEEINDIGD, TOEZICHT.");
    assertThatThrownBy(() -> Onveiligheid.vanCode(" "))
        .hasMessage("De uitkomst van de veiligheidsbeoordeling (onveiligheid) ontbreekt.");
    assertThatThrownBy(() -> UitkomstVoorgeleiding.van(""))
        .hasMessage("Kies de uitkomst van de voorgeleiding: inbewaringstelling, schorsing onder voorwaarden of"
            + " invrijheidstelling.");
    assertThatThrownBy(() -> Vrijheidsbeslissing.van(""))
        .hasMessage("Kies of de verdachte wordt heengezonden, in verzekering gesteld, voorgeleid of (alsnog)"
            + " aangehouden.");
  }

  @Test
  void onbekendeKeuzeGeeftDeEigenMelding() {
    assertThatThrownBy(() -> AdviesAfdoening.vanCode("BOETE")).isInstanceOf(OngeldigeInvoerException.class)
        .hasMessage("Onbekend advies over de afdoening 'BOETE'; kies uit DAGVAARDING, VOORWAARDELIJK_SEPOT,"
            + " STRAFBESCHIKKING, SEPOT, PLANDATUM, GEEN_ADVIES.");
    assertThatThrownBy(() -> Afdoeningsbeslissing.van("BOETE")).hasMessage("Onbekende afdoeningsbeslissing 'BOETE'.");
    assertThatThrownBy(() -> UitspraakRechter.van("vrijspraak"))
        .hasMessage("Onbekende uitspraak van de rechter 'vrijspraak'. Toegestaan: STRAFRECHTELIJK_DEEL_BEEINDIGD,"
            + " TOEZICHT.");
    assertThatThrownBy(() -> Onveiligheid.vanCode("acuut"))
        .hasMessage("Onbekende uitkomst van de veiligheidsbeoordeling 'acuut'; kies uit ACUUT, STRUCTUREEL,"
            + " ACUUT_EN_STRUCTUREEL, GEEN.");
    assertThatThrownBy(() -> UitkomstVoorgeleiding.van("VRIJ"))
        .hasMessage("Onbekende uitkomst van de voorgeleiding 'VRIJ'. Kies uit: INBEWARINGSTELLING, SCHORSING,"
            + " INVRIJHEIDSTELLING.");
    assertThatThrownBy(() -> Vrijheidsbeslissing.van("VRIJ"))
        .hasMessage("Onbekende beslissing over vrijheidsbeneming 'VRIJ'.");
  }
}
