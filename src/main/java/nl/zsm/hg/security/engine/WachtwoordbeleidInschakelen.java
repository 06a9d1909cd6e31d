package nl.zsm.hg.security.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's password policy ({@link Wachtwoordbeleid}) for every password that is set or changed, also by the
 * user themself (Tasklist/Admin profile, {@code PUT /user/{id}/credentials}). It is switched on once all
 * singletons exist, before the web server accepts requests: the start-up users (in the demo profile the demo
 * users and the administrator with password "demo", elsewhere the first administrator from the environment)
 * are created first and keep their password.
 */
@Component
@Order(4)
public class WachtwoordbeleidInschakelen extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

  private final ObjectProvider<ProcessEngine> engine;

  public WachtwoordbeleidInschakelen(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setPasswordPolicy(new Wachtwoordbeleid());
    configuration.setEnablePasswordPolicy(false);
  }

  @Override
  public void afterSingletonsInstantiated() {
    ((ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration()).setEnablePasswordPolicy(true);
  }
}
