package nl.zsm.hg.security.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the application refuses to start while any user still has the demo
 * password: criminal-justice and health data are not protected by a password in the README.
 */
@Component
@Profile("!demo")
@Order(3)
public class StandaardWachtwoordBewaking extends AbstractProcessEnginePlugin {

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    for (User user : engine.getIdentityService().createUserQuery().list()) {
      if (hasDemoPassword((UserEntity) user, configuration)) {
        throw new IllegalStateException("Gebruiker '" + user.getId()
            + "' heeft het standaardwachtwoord; wijzig het voordat de applicatie buiten het demo-profiel start.");
      }
    }
  }

  /**
   * Compares hashes directly: IdentityService.checkPassword would count each start-up as a failed
   * login and eventually lock the user.
   */
  private static boolean hasDemoPassword(UserEntity user, ProcessEngineConfigurationImpl configuration) {
    String salted = EncryptionUtil.saltPassword(DemoGebruikers.DEMO_WACHTWOORD, user.getSalt());
    return user.getPassword() != null && configuration.getPasswordManager().check(salted, user.getPassword());
  }
}
