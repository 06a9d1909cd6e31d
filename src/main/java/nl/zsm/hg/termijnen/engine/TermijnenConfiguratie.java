package nl.zsm.hg.termijnen.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.zsm.hg.termijnen.domain.Feestdagen;
import nl.zsm.hg.termijnen.domain.TermijnenInstellingen;
import nl.zsm.hg.termijnen.domain.TermijnenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Wires the deadline service from the settings; the bean {@code termijnen} (nl.zsm.hg.termijnen.bpmn.TermijnenExpressies)
 * serves BPMN expressions.
 */
@Configuration
@EnableConfigurationProperties(TermijnenInstellingen.class)
public class TermijnenConfiguratie {

  private static final Logger LOG = LoggerFactory.getLogger(TermijnenConfiguratie.class);

  @Bean
  Feestdagen feestdagen(TermijnenInstellingen instellingen, ResourceLoader resourceLoader) {
    Resource bestand = resourceLoader.getResource(instellingen.feestdagenBestand());
    if (!bestand.exists()) {
      throw new IllegalStateException("Feestdagenbestand niet gevonden: " + instellingen.feestdagenBestand()
          + " (instelling zsm.termijnen.feestdagen-bestand)");
    }
    try {
      Feestdagen feestdagen = new Feestdagen(bestand.getURL(), instellingen.extraFeestdagen());
      LOG.info("Feestdagen uit {}; {} extra feestdag(en) bij koninklijk besluit: {}", instellingen.feestdagenBestand(),
          instellingen.extraFeestdagen().size(), instellingen.extraFeestdagen());
      return feestdagen;
    } catch (IOException e) {
      throw new UncheckedIOException("Feestdagenbestand onleesbaar: " + instellingen.feestdagenBestand(), e);
    }
  }

  @Bean
  TermijnenService termijnenService(Feestdagen feestdagen) {
    return new TermijnenService(feestdagen);
  }
}
