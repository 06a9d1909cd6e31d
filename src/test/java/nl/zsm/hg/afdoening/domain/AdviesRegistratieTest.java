package nl.zsm.hg.afdoening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

class AdviesRegistratieTest {

  private final AdviesRegistratie registratie = new AdviesRegistratie();

  @Test
  void geldigAdviesVanDeRvdk() {
    Advies advies = registratie.toets("rvdk", " Jeugdhulp inzetten. ", "STRAFBESCHIKKING", null);
    assertThat(advies).isEqualTo(new Advies("Jeugdhulp inzetten.", AdviesAfdoening.STRAFBESCHIKKING, "", "rvdk"));
  }

  @Test
  void alleenReclasseringOfRvdkAdviseren() {
    assertThatThrownBy(() -> registratie.toets("politie", "Advies", "SEPOT", null))
        .hasMessageContaining("Alleen de reclassering of de Raad voor de Kinderbescherming");
    assertThatThrownBy(() -> registratie.toets(null, "Advies", "SEPOT", null))
        .isInstanceOf(OngeldigeInvoerException.class);
  }

  @Test
  void adviesTekstEnAfdoeningZijnVerplicht() {
    assertThatThrownBy(() -> registratie.toets("reclassering", " ", "SEPOT", null)).hasMessage("Vul het advies in.");
    assertThatThrownBy(() -> registratie.toets("reclassering", "Advies", null, null))
        .hasMessage("Kies een advies over de afdoening.");
    assertThatThrownBy(() -> registratie.toets("reclassering", "Advies", "VRIJSPRAAK", null))
        .hasMessageContaining("Onbekend advies over de afdoening 'VRIJSPRAAK'").hasMessageContaining("GEEN_ADVIES");
  }
}
