package nl.zsm.hg.invoer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one place that puts the step's name before a rule's refusal (formerly a try/catch in four classes). */
class OngeldigeInvoerExceptionTest {

  @Test
  void metVoorvoegselGeeftDeUitkomstOfDeMeldingMetDeStapErvoor() {
    assertThat(OngeldigeInvoerException.metVoorvoegsel("Termijnen niet te berekenen: ", () -> 42)).isEqualTo(42);
    assertThatThrownBy(() -> OngeldigeInvoerException.metVoorvoegsel("Termijnen niet te berekenen: ", () -> {
      throw new OngeldigeInvoerException("Transport duurt hooguit 600 minuten.");
    })).isInstanceOf(OngeldigeInvoerException.class)
        .hasMessage("Termijnen niet te berekenen: Transport duurt hooguit 600 minuten.");
  }

  @Test
  void andereFoutenGaanOngewijzigdDoor() {
    IllegalStateException anders = new IllegalStateException("kapot");
    assertThatThrownBy(() -> OngeldigeInvoerException.metVoorvoegsel("Stap: ", () -> {
      throw anders;
    })).isSameAs(anders);
  }
}
