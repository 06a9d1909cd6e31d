package nl.zsm.hg.security.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.zsm.hg.security.domain.AanmeldingCache;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication against the engine's identity service for the engine REST API, our
 * own API and the actuator. Unlike Camunda's own filter it has no unauthenticated paths: even the
 * list of engines needs a login. The authenticated user and groups are set on the engine for the
 * request, so the engine's authorizations decide what the user may see.
 */
public class BasicAuthenticatieFilter extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;

  private final AanmeldingCache cache;

  public BasicAuthenticatieFilter(IdentityService identityService) {
    this(identityService, new AanmeldingCache(new Engineklok()));
  }

  BasicAuthenticatieFilter(IdentityService identityService, AanmeldingCache cache) {
    this.identityService = identityService;
    this.cache = cache;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    AanmeldingCache.Aanmelding bekend = header == null ? null : cache.zoek(header);
    String userId = bekend != null ? bekend.userId() : authenticatedUser(header);
    if (userId == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"ZSM huiselijk geweld\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(
          "{\"type\":\"AuthenticationException\",\"message\":\"Inloggen vereist: geef een geldige gebruikersnaam en wachtwoord (HTTP Basic).\"}");
      return;
    }
    try {
      if (bekend == null) {
        bekend = new AanmeldingCache.Aanmelding(userId, groupsOf(userId), tenantsOf(userId), null);
        cache.onthoud(header, userId, bekend.groepen(), bekend.tenants());
      }
      identityService.setAuthentication(userId, bekend.groepen(), bekend.tenants());
      chain.doFilter(new IngelogdVerzoek(request, userId, bekend.groepen()), response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String authenticatedUser(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    return identityService.checkPassword(userId, password) ? userId : null;
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private List<String> tenantsOf(String userId) {
    return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }
}
