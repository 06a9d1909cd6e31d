package nl.zsm.hg.indicatoren.rest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page /indicatoren/ (static HTML and JavaScript in resources/static/indicatoren) behind the same HTTP Basic login
 * as /api (nl.zsm.hg.security.rest.BeveiligingConfiguratie): the browser asks for the login once and sends it along with
 * the page's calls to /api/indicatoren.
 */
@Configuration
public class IndicatorenPagina implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/indicatoren", "/indicatoren/index.html");
    registry.addRedirectViewController("/indicatoren/", "/indicatoren/index.html");
  }
}
