package nl.zsm.hg.security;

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

  static final String[] BEVEILIGDE_PADEN = {"/engine-rest/*", "/api/*", "/actuator/*"};

  @Bean
  FilterRegistrationBean<BasicAuthenticatieFilter> basicAuthenticatieFilter(IdentityService identityService) {
    FilterRegistrationBean<BasicAuthenticatieFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticatieFilter(identityService));
    registration.addUrlPatterns(BEVEILIGDE_PADEN);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setName("basicAuthenticatieFilter");
    return registration;
  }

  @Bean
  FilterRegistrationBean<BeveiligingsHeadersFilter> beveiligingsHeadersFilter() {
    FilterRegistrationBean<BeveiligingsHeadersFilter> registration =
        new FilterRegistrationBean<>(new BeveiligingsHeadersFilter());
    registration.addUrlPatterns(BEVEILIGDE_PADEN);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    registration.setName("beveiligingsHeadersFilter");
    return registration;
  }

  /** After the login of the REST API (it reads who logged in), also on the webapps' API. */
  @Bean
  FilterRegistrationBean<BeheerinformatieFilter> beheerinformatieFilter(IdentityService identityService) {
    FilterRegistrationBean<BeheerinformatieFilter> registration =
        new FilterRegistrationBean<>(new BeheerinformatieFilter(identityService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setName("beheerinformatieFilter");
    return registration;
  }

  @Bean
  FilterRegistrationBean<VariabeleZoekvraagFilter> variabeleZoekvraagFilter(IdentityService identityService) {
    FilterRegistrationBean<VariabeleZoekvraagFilter> registration =
        new FilterRegistrationBean<>(new VariabeleZoekvraagFilter(identityService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    registration.setName("variabeleZoekvraagFilter");
    return registration;
  }
}
