package nl.zsm.hg.security.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.rest.Foutantwoordschrijver;
import nl.zsm.hg.security.domain.Organisatie;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Information about the product rather than about a case - the models (BPMN/DMN XML, diagrams, deployment resources)
 * and the engine's metrics - only for who manages or watches the process: procesbeheer, the ZSM-supervisor and the
 * administrator (others 403; without a login 401). The webapps' list of engines ({@code /camunda/api/engine/engine/})
 * needs a login too (any account): Camunda's webapps read it before sending the password only to obtain a CSRF token
 * and refused to log in when that read failed; our script {@code inloggen-zonder-enginelijst.js} makes them fetch the
 * token from their own login-state request instead (docs/privacy-en-beheer.md).
 */
public class BeheerinformatieFilter extends OncePerRequestFilter {

  static final List<String> BEHEER = List.of("camunda-admin", Organisatie.PROCESBEHEER.groupId(),
      Organisatie.ZSM_SUPERVISOR.groupId());

  private static final Pattern MODEL_OF_METRIEKEN = Pattern.compile(
      ".*/(process|decision|decision-requirements|case)-definition/.+/(xml|diagram)/?$"
          + "|.*/deployment/[^/]+/resources(/.*)?$"
          + "|.*/metrics(/.*)?$");

  private static final Pattern LIJST_VAN_ENGINES = Pattern.compile("/camunda/api/engine/engine/?$");

  private final IdentityService identityService;

  public BeheerinformatieFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String pad = request.getRequestURI().substring(request.getContextPath().length());
    if (LIJST_VAN_ENGINES.matcher(pad).matches()) {
      if (Aanvrager.van(request, identityService).isEmpty()) {
        weiger(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
            "Inloggen vereist: log in op de webapplicatie.");
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    if (!MODEL_OF_METRIEKEN.matcher(pad).matches()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Aanvrager> aanvrager = Aanvrager.van(request, identityService);
    if (aanvrager.isEmpty()) {
      weiger(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
          "Inloggen vereist: log in op de webapplicatie of gebruik HTTP Basic.");
    } else if (!aanvrager.get().isLidVanEenVan(BEHEER)) {
      weiger(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "Geen toegang: modellen en metrieken zijn alleen voor procesbeheer, de ZSM-supervisor en de beheerder.");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void weiger(HttpServletResponse response, int status, String type, String melding) throws IOException {
    Foutantwoordschrijver.schrijf(response, new Foutantwoord(status, type, melding));
  }
}
