package nl.zsm.hg.security.engine;

import java.util.Arrays;
import nl.zsm.hg.security.rest.BasicAuthenticatieFilter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * For the product's own API endpoints that belong to a role rather than to a case (procesbeheer, privacy):
 * is the logged-in user (set on the engine by {@link BasicAuthenticatieFilter}) member of one of the groups?
 */
@Component
public record Groepstoegang(IdentityService identityService) {

  public static final String BEHEERDER = "camunda-admin";

  public boolean isLidVanEen(String... groepen) {
    Authentication authenticatie = identityService.getCurrentAuthentication();
    if (authenticatie == null || authenticatie.getUserId() == null) {
      return false;
    }
    var lid = identityService.createGroupQuery().groupMember(authenticatie.getUserId()).list().stream().map(Group::getId).toList();
    return Arrays.stream(groepen).anyMatch(lid::contains);
  }

  public String gebruiker() {
    Authentication authenticatie = identityService.getCurrentAuthentication();
    return authenticatie == null ? null : authenticatie.getUserId();
  }
}
