package nl.zsm.hg.security.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import nl.zsm.hg.security.engine.Engineaanmelding;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who sends a request: on the REST API and /api the user {@link BasicAuthenticatieFilter} logged in for the engine;
 * in the webapps (/camunda/api/*) the user of the webapp session. Empty without a login.
 */
record Aanvrager(String userId, List<String> groepen) {

  static Optional<Aanvrager> van(HttpServletRequest request, IdentityService identityService) {
    Optional<String> engine = Engineaanmelding.gebruiker(identityService);
    if (engine.isPresent()) {
      return Optional.of(new Aanvrager(engine.get(), lijst(Engineaanmelding.groepen(identityService))));
    }
    HttpSession sessie = request.getSession(false);
    if (sessie == null) {
      return Optional.empty();
    }
    Authentications webapp = AuthenticationUtil.getAuthsFromSession(sessie);
    return webapp == null ? Optional.empty() : webapp.getAuthentications().stream()
        .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast)
        .filter(a -> a.getIdentityId() != null)
        .map(a -> new Aanvrager(a.getIdentityId(), lijst(a.getGroupIds())))
        .findFirst();
  }

  boolean isLidVanEenVan(List<String> toegestaan) {
    return groepen.stream().anyMatch(toegestaan::contains);
  }

  private static List<String> lijst(List<String> groepen) {
    return groepen == null ? List.of() : List.copyOf(groepen);
  }
}
