package nl.zsm.hg.veiligheid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OvJ's decision on deprivation of liberty: only heenzenden lets the suspect go. */
class VrijheidsbeslissingTest {

  @Test
  void alleenHeenzendenIsVrijlating() {
    assertThat(Vrijheidsbeslissing.HEENZENDEN.vrijlating()).isTrue();
    assertThat(Vrijheidsbeslissing.INVERZEKERINGSTELLING.vrijlating()).isFalse();
    assertThat(Vrijheidsbeslissing.VOORGELEIDING_RC.vrijlating()).isFalse();
    assertThat(Vrijheidsbeslissing.ALSNOG_AANHOUDEN.vrijlating()).isFalse();
  }
}
