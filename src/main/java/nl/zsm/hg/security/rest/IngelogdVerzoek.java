package nl.zsm.hg.security.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.List;

/**
 * A request after the HTTP Basic login: the user is its principal and the user's groups are its roles, so Spring
 * Boot's actuator can show health details only to the administrator ({@code management.endpoint.health.roles}).
 */
class IngelogdVerzoek extends HttpServletRequestWrapper {

  private final String userId;
  private final List<String> groups;

  IngelogdVerzoek(HttpServletRequest request, String userId, List<String> groups) {
    super(request);
    this.userId = userId;
    this.groups = List.copyOf(groups);
  }

  @Override
  public Principal getUserPrincipal() {
    return () -> userId;
  }

  @Override
  public String getRemoteUser() {
    return userId;
  }

  @Override
  public boolean isUserInRole(String role) {
    return groups.contains(role);
  }
}
