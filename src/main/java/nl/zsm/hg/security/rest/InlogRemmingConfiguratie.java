package nl.zsm.hg.security.rest;

import nl.zsm.hg.security.engine.InlogRemmer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Login throttling per address in front of the Basic login of the APIs and the webapps' login form. */
@Configuration
public class InlogRemmingConfiguratie {

  @Bean
  FilterRegistrationBean<InlogRemmingFilter> inlogRemmingFilter(InlogRemmer remmer) {
    FilterRegistrationBean<InlogRemmingFilter> registration = new FilterRegistrationBean<>(new InlogRemmingFilter(remmer));
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", "/camunda/api/*");
    // before BasicAuthenticatieFilter (HIGHEST_PRECEDENCE + 10)
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    registration.setName("inlogRemmingFilter");
    return registration;
  }
}
