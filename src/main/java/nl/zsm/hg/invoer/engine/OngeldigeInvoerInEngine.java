package nl.zsm.hg.invoer.engine;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.stereotype.Component;

/**
 * The one mapping of bad input to the engine: every delegate, listener and expression bean the engine calls may
 * throw {@link OngeldigeInvoerException}; here it becomes the engine's validation exception ({@link Invoerfouten}),
 * so REST answers 400 with the Dutch reason, Tasklist shows it and the command is rolled back. No delegate catches
 * it itself. The decision engine's type check of a table column refuses a value of the wrong type the same way
 * ({@link Beslisinvoertypen}).
 */
@Component
public class OngeldigeInvoerInEngine extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DelegateInterceptor bestaand = configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(new Vertaling(bestaand != null ? bestaand : new DefaultDelegateInterceptor()));
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    configuration.getDmnEngineConfiguration().getTransformer().setDataTypeTransformerRegistry(new Beslisinvoertypen());
  }

  /** Calls the delegate through the engine's own interceptor and translates bad input on the way out. */
  static final class Vertaling implements DelegateInterceptor {

    private final DelegateInterceptor binnen;

    Vertaling(DelegateInterceptor binnen) {
      this.binnen = binnen;
    }

    @Override
    public void handleInvocation(DelegateInvocation aanroep) throws Exception {
      try {
        binnen.handleInvocation(aanroep);
      } catch (OngeldigeInvoerException fout) {
        throw Invoerfouten.naarEngine(fout);
      }
    }
  }
}
