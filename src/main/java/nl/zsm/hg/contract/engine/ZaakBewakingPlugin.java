package nl.zsm.hg.contract.engine;

import java.util.ArrayList;
import nl.zsm.hg.contract.domain.Contracten;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ZaakBewaking} in front of every command of the engine (appended to the custom pre-command
 * interceptors, so other plugins keep theirs), with the step contracts derived once from the models.
 */
@Component
public class ZaakBewakingPlugin extends AbstractProcessEnginePlugin {

  private final Contracten contracten = new ContractenLezer().lees();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuratie) {
    var interceptors = configuratie.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor>()
        : new ArrayList<>(configuratie.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new ZaakBewaking(configuratie.getIdentityService(), contracten));
    configuratie.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** The contracts the engine enforces (for the generated table in docs/stapcontracten.md and tests). */
  public Contracten contracten() {
    return contracten;
  }
}
