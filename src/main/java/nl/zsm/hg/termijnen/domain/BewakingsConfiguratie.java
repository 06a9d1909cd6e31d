package nl.zsm.hg.termijnen.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the deadline monitoring: warnings from the settings, the deadlines of a case, the bean {@code termijnbewaking}. */
@Configuration
@EnableConfigurationProperties(BewakingsInstellingen.class)
public class BewakingsConfiguratie {

  @Bean
  Waarschuwingen waarschuwingen(BewakingsInstellingen instellingen) {
    return new Waarschuwingen(instellingen.waarschuwingVoorOphouden(), instellingen.waarschuwingVoorInverzekeringstelling());
  }

  @Bean
  ZaakTermijnen zaakTermijnen(TermijnenService service) {
    return new ZaakTermijnen(service);
  }

  /** Named {@code termijnbewaking} for timers: {@code ${termijnbewaking.waarschuwingOphouden(ophoudenUiterlijk)}}. */
  @Bean(name = TermijnbewakingExpressies.BEAN)
  TermijnbewakingExpressies termijnbewaking(Waarschuwingen waarschuwingen) {
    return new TermijnbewakingExpressies(waarschuwingen);
  }
}
