package nl.zsm.hg.privacy.rest;

import nl.zsm.hg.privacy.domain.Toegangslog;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The access log watches the engine REST API, the webapps' API and our own API, after the login. */
@Configuration
public class ToegangslogConfiguratie {

  static final String[] GELOGDE_PADEN = {"/engine-rest/*", "/camunda/api/*", "/api/*"};

  @Bean
  FilterRegistrationBean<ToegangslogFilter> toegangslogFilter(Toegangslog log, IdentityService identityService) {
    FilterRegistrationBean<ToegangslogFilter> registration =
        new FilterRegistrationBean<>(new ToegangslogFilter(log, identityService));
    registration.addUrlPatterns(GELOGDE_PADEN);
    // after BasicAuthenticatieFilter (HIGHEST_PRECEDENCE + 10), which sets the user on the engine
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setName("toegangslogFilter");
    return registration;
  }
}
