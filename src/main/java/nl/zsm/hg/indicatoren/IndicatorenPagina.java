package nl.zsm.hg.indicatoren;

import nl.zsm.hg.security.BasicAuthenticatieFilter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page /indicatoren/ (static HTML and JavaScript in resources/static/indicatoren) behind the same HTTP Basic login
 * as /api: the browser asks for the login once and sends it along with the page's calls to /api/indicatoren.
 */
@Configuration
@org.springframework.scheduling.annotation.EnableScheduling
public class IndicatorenPagina implements WebMvcConfigurer {

  @Bean
  FilterRegistrationBean<BasicAuthenticatieFilter> indicatorenPaginaFilter(IdentityService identityService) {
    FilterRegistrationBean<BasicAuthenticatieFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticatieFilter(identityService));
    registration.addUrlPatterns("/indicatoren", "/indicatoren/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    registration.setName("indicatorenPaginaFilter");
    return registration;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/indicatoren", "/indicatoren/index.html");
    registry.addRedirectViewController("/indicatoren/", "/indicatoren/index.html");
  }
}
