package nl.zsm.hg.security.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the engine sees as logged in for this request (set by the Basic filter of the REST API), read in one place:
 * the engine's authentication type lives in its internal package.
 */
public final class Engineaanmelding {

  private Engineaanmelding() {}

  /** The logged-in user, if the engine knows one. */
  public static Optional<String> gebruiker(IdentityService identityService) {
    Authentication aanmelding = identityService.getCurrentAuthentication();
    return aanmelding == null ? Optional.empty() : Optional.ofNullable(aanmelding.getUserId());
  }

  /** The groups of the logged-in user; empty when nobody is logged in. */
  public static List<String> groepen(IdentityService identityService) {
    Authentication aanmelding = identityService.getCurrentAuthentication();
    return aanmelding == null || aanmelding.getGroupIds() == null ? List.of() : aanmelding.getGroupIds();
  }

  /**
   * Runs the work outside a command with nobody logged in, so that the engine checks no authorizations (e.g. a look-up
   * for the access log, or starting a process the user may not start himself), and logs the user in again afterwards.
   */
  public static <T> T zonderAutorisatie(IdentityService identityService, Supplier<T> werk) {
    Authentication aanmelding = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return werk.get();
    } finally {
      if (aanmelding != null) {
        identityService.setAuthentication(aanmelding);
      }
    }
  }
}
