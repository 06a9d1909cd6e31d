package nl.zsm.hg.security;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per organisation, password {@value #DEMO_WACHTWOORD}. Only in the 'demo' profile. */
@Component
@Profile("demo")
@Order(2)
public class DemoGebruikers extends AbstractProcessEnginePlugin {

  static final String DEMO_WACHTWOORD = "demo";

  /** user id -> organisation; the ids are a contract (README, tests). */
  static final Map<String, Organisatie> GEBRUIKERS = Map.of(
      "ovj", Organisatie.OM,
      "politie", Organisatie.POLITIE,
      "vt", Organisatie.VEILIG_THUIS,
      "reclassering", Organisatie.RECLASSERING,
      "rvdk", Organisatie.RVDK,
      "shn", Organisatie.SLACHTOFFERHULP,
      "supervisor", Organisatie.ZSM_SUPERVISOR,
      "procesbeheerder", Organisatie.PROCESBEHEER,
      "rechtspraak", Organisatie.RECHTSPRAAK_KOPPELING,
      "beleid", Organisatie.BELEID);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identityService = engine.getIdentityService();
    GEBRUIKERS.forEach((userId, organisatie) -> {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName("Demo");
        user.setLastName(organisatie.naam());
        user.setEmail(userId + "@demo.zsm.local");
        user.setPassword(DEMO_WACHTWOORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, organisatie.groupId());
      }
    });
  }
}
