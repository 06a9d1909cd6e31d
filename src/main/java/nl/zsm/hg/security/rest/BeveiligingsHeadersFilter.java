package nl.zsm.hg.security.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every API answer (also a 401): case data is never cached by a browser or proxy, never sniffed
 * into another content type, never shown inside a frame and the address (with a zaaknummer) never leaks as referrer.
 */
public class BeveiligingsHeadersFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, new GeenCacheAntwoord(response));
  }

  /** Keeps no-store: Camunda's REST API would set its own Cache-Control (no-cache, which allows storing). */
  private static final class GeenCacheAntwoord extends HttpServletResponseWrapper {
    GeenCacheAntwoord(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
