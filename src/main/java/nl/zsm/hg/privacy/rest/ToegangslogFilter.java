package nl.zsm.hg.privacy.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import nl.zsm.hg.privacy.domain.Padfamilie;
import nl.zsm.hg.privacy.domain.Toegangslog;
import nl.zsm.hg.privacy.domain.Verzoek;
import nl.zsm.hg.security.engine.Engineaanmelding;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request of a logged-in user that concerns a case (a task, process instance, execution or
 * variable, or a zaaknummer in the query) or hands out case content as a list (variables, forms, history),
 * in the engine REST API, the webapps' API and our own API: reads as well as writes, allowed or refused.
 * A failure to record never changes the answer; it is logged without any case data. The request only names
 * the ids it saw; tracing them to the case happens behind the request, in the log's writer (issue 15).
 */
public class ToegangslogFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ToegangslogFilter.class);
  private static final String[] PROCES_PARAMETERS = {"processInstanceId", "processInstanceIdIn", "rootProcessInstanceId"};
  private static final String[] ZAAK_PARAMETERS = {"zaaknummer", "businessKey", "processInstanceBusinessKey"};

  private final Toegangslog log;
  private final IdentityService identityService;

  public ToegangslogFilter(Toegangslog log, IdentityService identityService) {
    this.log = log;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String gebruiker = gebruiker(request);
    try {
      chain.doFilter(request, response);
    } finally {
      if (gebruiker != null) {
        try {
          vastleggen(request, response.getStatus(), gebruiker);
        } catch (RuntimeException e) {
          LOG.warn("Toegang niet in het toegangslog vastgelegd ({}).", e.getClass().getSimpleName());
        }
      }
    }
  }

  private void vastleggen(HttpServletRequest request, int status, String gebruiker) {
    String pad = request.getRequestURI().substring(request.getContextPath().length());
    if (pad.contains("/static/") || pad.contains("/plugin/") && pad.endsWith(".js")) {
      return;
    }
    Padfamilie familie = Padfamilie.van(pad);
    String taakId = familie.taakId() != null ? familie.taakId() : request.getParameter("taskId");
    String executieId = familie.executieId() != null ? familie.executieId() : request.getParameter("executionId");
    String procesInstantieId = familie.procesInstantieId() != null ? familie.procesInstantieId()
        : eerste(request, PROCES_PARAMETERS);
    String zaaknummer = eerste(request, ZAAK_PARAMETERS);
    if (zaaknummer == null && procesInstantieId == null && taakId == null && executieId == null
        && familie.variabeleId() == null && !familie.geeftZaakinhoud()) {
      return;
    }
    log.vastleggen(new Verzoek(Engineklok.nu(), gebruiker, request.getMethod(), familie.familie(), taakId,
        procesInstantieId, executieId, familie.variabeleId(), zaaknummer, status));
  }

  /** The user of the engine REST API and our API (HTTP Basic), or of the webapps (session). */
  private String gebruiker(HttpServletRequest request) {
    Optional<String> engine = Engineaanmelding.gebruiker(identityService);
    if (engine.isPresent()) {
      return engine.get();
    }
    HttpSession sessie = request.getSession(false);
    Authentications webapp = sessie == null ? null : AuthenticationUtil.getAuthsFromSession(sessie);
    if (webapp == null) {
      return null;
    }
    return webapp.getAuthentications().stream().map(UserAuthentication::getIdentityId).findFirst().orElse(null);
  }

  private static String eerste(HttpServletRequest request, String... namen) {
    for (String naam : namen) {
      String waarde = request.getParameter(naam);
      if (waarde != null && !waarde.isBlank()) {
        return waarde.split(",")[0].trim();
      }
    }
    return null;
  }
}
