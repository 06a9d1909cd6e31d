package nl.zsm.hg.security.rest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every API needs a login: the engine REST API, our own API under /api and the actuator. The
 * Camunda webapps (Tasklist, Cockpit, Admin) have their own session login.
 */
@Configuration
public class BeveiligingConfiguratie {

  /** The APIs and the indicator page: HTTP Basic, security headers. */
  static final String[] BEVEILIGDE_PADEN = {"/engine-rest/*", "/api/*", "/actuator/*", "/indicatoren", "/indicatoren/*"};
  /** The engine's REST API as the REST clients and the webapps call it. */
  private static final String[] ENGINE_API = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  FilterRegistrationBean<BeveiligingsHeadersFilter> beveiligingsHeadersFilter() {
    return registratie(new BeveiligingsHeadersFilter(), "beveiligingsHeadersFilter", 5, BEVEILIGDE_PADEN);
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticatieFilter> basicAuthenticatieFilter(IdentityService identityService) {
    return registratie(new BasicAuthenticatieFilter(identityService), "basicAuthenticatieFilter", 10, BEVEILIGDE_PADEN);
  }

  /** After the login of the REST API (it reads who logged in), also on the webapps' API. */
  @Bean
  FilterRegistrationBean<BeheerinformatieFilter> beheerinformatieFilter(IdentityService identityService) {
    return registratie(new BeheerinformatieFilter(identityService), "beheerinformatieFilter", 20, ENGINE_API);
  }

  @Bean
  FilterRegistrationBean<VariabeleZoekvraagFilter> variabeleZoekvraagFilter(IdentityService identityService) {
    return registratie(new VariabeleZoekvraagFilter(identityService), "variabeleZoekvraagFilter", 21, ENGINE_API);
  }

  /** A filter on the paths, {@code plaats} places after the highest precedence (lower runs first). */
  private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registratie(F filter, String naam, int plaats,
      String... paden) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(paden);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + plaats);
    registration.setName(naam);
    return registration;
  }
}
