package nl.zsm.hg.veiligheid.engine;

import nl.zsm.hg.intake.domain.Regio;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.engine.DemoGebruikers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The police region of the demo users (docs/slachtoffer.md, Politie per regio): a group {@code regio-<code>} per
 * region, the demo user {@code politie} in {@code regio-rotterdam}, and a second police user {@code politie-amsterdam}
 * in {@code regio-amsterdam} to show that police of another region do not read a case. Only in the 'demo' profile,
 * after {@link DemoGebruikers}.
 */
@Component
@Profile("demo")
@Order(3)
public class DemoPolitieregios extends AbstractProcessEnginePlugin {

  static final String POLITIE_AMSTERDAM = "politie-amsterdam";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identityService = engine.getIdentityService();
    for (Regio regio : Regio.kiesbaar()) {
      String groepId = "regio-" + regio.code();
      if (identityService.createGroupQuery().groupId(groepId).count() == 0) {
        Group groep = identityService.newGroup(groepId);
        groep.setName("Politieregio " + regio.naam());
        groep.setType("REGIO");
        identityService.saveGroup(groep);
      }
    }
    lidVan(identityService, "politie", "regio-" + Regio.ROTTERDAM.code());
    if (identityService.createUserQuery().userId(POLITIE_AMSTERDAM).count() == 0) {
      User user = identityService.newUser(POLITIE_AMSTERDAM);
      user.setFirstName("Demo");
      user.setLastName("Politie Amsterdam");
      user.setEmail(POLITIE_AMSTERDAM + "@demo.zsm.local");
      user.setPassword(DemoGebruikers.DEMO_WACHTWOORD);
      identityService.saveUser(user);
      lidVan(identityService, POLITIE_AMSTERDAM, Organisatie.POLITIE.groupId());
      lidVan(identityService, POLITIE_AMSTERDAM, "regio-" + Regio.AMSTERDAM.code());
    }
  }

  private static void lidVan(IdentityService identityService, String userId, String groepId) {
    if (identityService.createUserQuery().userId(userId).count() > 0
        && identityService.createUserQuery().userId(userId).memberOfGroup(groepId).count() == 0) {
      identityService.createMembership(userId, groepId);
    }
  }
}
