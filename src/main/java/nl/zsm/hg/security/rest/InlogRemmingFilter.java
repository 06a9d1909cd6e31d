package nl.zsm.hg.security.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.rest.Foutantwoordschrijver;
import nl.zsm.hg.security.engine.InlogRemmer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every login (HTTP Basic on the APIs, the webapps' login form): an address with too many failed
 * logins gets 429 with a Dutch message and a Retry-After, and its password is not checked; a failed login
 * (401; a 403 of the webapp login means a right password without access to that app) counts against the address.
 */
public class InlogRemmingFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final InlogRemmer remmer;

  public InlogRemmingFilter(InlogRemmer remmer) {
    this.remmer = remmer;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean webappLogin = request.getRequestURI().startsWith(request.getContextPath() + WEBAPP_LOGIN)
        && request.getRequestURI().contains("/login/") && "POST".equals(request.getMethod());
    boolean basicLogin = request.getHeader("Authorization") != null;
    if (!webappLogin && !basicLogin) {
      chain.doFilter(request, response);
      return;
    }
    String adres = request.getRemoteAddr();
    long wachttijd = remmer.wachttijd(adres);
    if (wachttijd > 0) {
      response.setHeader("Retry-After", Long.toString(wachttijd));
      Foutantwoordschrijver.schrijf(response, new Foutantwoord(429, "TeVeelInlogpogingen",
          "Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over " + wachttijd + " seconden opnieuw."));
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      remmer.mislukt(adres);
    }
  }
}
