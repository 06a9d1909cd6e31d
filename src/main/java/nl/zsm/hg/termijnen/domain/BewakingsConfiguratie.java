package nl.zsm.hg.termijnen.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the deadline monitoring: the warnings from the settings ({@link TermijnbewakingExpressies} uses them). */
@Configuration
@EnableConfigurationProperties(BewakingsInstellingen.class)
public class BewakingsConfiguratie {

  @Bean
  Waarschuwingen waarschuwingen(BewakingsInstellingen instellingen) {
    return new Waarschuwingen(instellingen.waarschuwingVoorOphouden(), instellingen.waarschuwingVoorInverzekeringstelling());
  }
}
