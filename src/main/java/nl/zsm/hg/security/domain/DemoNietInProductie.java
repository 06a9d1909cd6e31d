package nl.zsm.hg.security.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The demo profile creates users with a published password; together with the production
 * database profile it would put them next to real cases. Start-up is refused.
 */
@Configuration
@Profile("demo & postgres")
public class DemoNietInProductie {

  public DemoNietInProductie() {
    throw new IllegalStateException(
        "Het profiel 'demo' (demogebruikers met wachtwoord 'demo') mag niet samen met 'postgres' (productie) actief zijn.");
  }
}
