package nl.zsm.hg.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo users never start next to the production database. */
class DemoNietInProductieTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(DemoNietInProductie.class);

  @Test
  void demoSamenMetPostgresWordtGeweigerd() {
    runner.withPropertyValues("spring.profiles.active=demo,postgres").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("'demo'").hasMessageContaining("'postgres'");
    });
  }

  @Test
  void demoAlleenMagWel() {
    runner.withPropertyValues("spring.profiles.active=demo").run(context -> assertThat(context).hasNotFailed());
  }
}
