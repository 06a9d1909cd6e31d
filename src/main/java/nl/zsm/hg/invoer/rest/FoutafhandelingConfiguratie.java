package nl.zsm.hg.invoer.rest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * One error body for every API: the engine REST API, the webapps' REST API (Tasklist, Cockpit, Admin) and our
 * own /api. Outermost filter, so that it also rewrites the login filter's 401 and limits every request body.
 */
@Configuration
public class FoutafhandelingConfiguratie {

  static final String[] API_PADEN = {"/engine-rest/*", "/camunda/api/*", "/api/*"};

  @Bean
  FilterRegistrationBean<FoutantwoordFilter> foutantwoordFilter(
      @Value("${zsm.invoer.maximale-verzoekgrootte:1MB}") DataSize limiet) {
    FilterRegistrationBean<FoutantwoordFilter> registratie = new FilterRegistrationBean<>(new FoutantwoordFilter(limiet));
    registratie.addUrlPatterns(API_PADEN);
    registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registratie.setName("foutantwoordFilter");
    return registratie;
  }
}
