package nl.zsm.hg.security.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one place that lets engine work run without the user's authorizations and logs the user in again after. */
@ZsmSpringTest
class EngineaanmeldingTest {

  @Autowired IdentityService identityService;

  @AfterEach
  void afmelden() {
    identityService.clearAuthentication();
  }

  @Test
  void werkLooptZonderAanmeldingEnDeGebruikerIsErDaarnaWeer() {
    identityService.setAuthentication("ovj", List.of("om"));

    String tijdensHetWerk = Engineaanmelding.zonderAutorisatie(identityService,
        () -> Engineaanmelding.gebruiker(identityService).orElse("niemand"));

    assertThat(tijdensHetWerk).isEqualTo("niemand");
    assertThat(Engineaanmelding.gebruiker(identityService)).contains("ovj");
    assertThat(Engineaanmelding.groepen(identityService)).containsExactly("om");
  }

  @Test
  void ookNaEenFoutIsDeGebruikerWeerAangemeld() {
    identityService.setAuthentication("politie", List.of("politie"));

    assertThatThrownBy(() -> Engineaanmelding.zonderAutorisatie(identityService, () -> {
      throw new IllegalStateException("mislukt");
    })).hasMessage("mislukt");

    assertThat(Engineaanmelding.gebruiker(identityService)).contains("politie");
  }

  @Test
  void zonderAangemeldeGebruikerBlijftNiemandAangemeld() {
    assertThat(Engineaanmelding.zonderAutorisatie(identityService, () -> "klaar")).isEqualTo("klaar");
    assertThat(identityService.getCurrentAuthentication()).isNull();
  }
}
