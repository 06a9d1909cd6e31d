package nl.zsm.hg.security.engine;

import java.util.Map;
import nl.zsm.hg.security.domain.Organisatie;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per organisation, password {@value #DEMO_WACHTWOORD}. Only in the 'demo' profile. */
@Component
@Profile("demo")
@Order(2)
public class DemoGebruikers extends AbstractProcessEnginePlugin {

  public static final String DEMO_WACHTWOORD = "demo";

  /** user id -> organisation; the ids are a contract (README, tests). */
  static final Map<String, Organisatie> GEBRUIKERS = Map.ofEntries(
      Map.entry("ovj", Organisatie.OM),
      Map.entry("politie", Organisatie.POLITIE),
      Map.entry("vt", Organisatie.VEILIG_THUIS),
      Map.entry("reclassering", Organisatie.RECLASSERING),
      Map.entry("rvdk", Organisatie.RVDK),
      Map.entry("shn", Organisatie.SLACHTOFFERHULP),
      Map.entry("supervisor", Organisatie.ZSM_SUPERVISOR),
      Map.entry("procesbeheerder", Organisatie.PROCESBEHEER),
      Map.entry("rechtspraak", Organisatie.RECHTSPRAAK_KOPPELING),
      Map.entry("privacy", Organisatie.PRIVACY),
      Map.entry("beleid", Organisatie.BELEID));

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
