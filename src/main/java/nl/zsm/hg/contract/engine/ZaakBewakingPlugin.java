package nl.zsm.hg.contract.engine;

import java.util.ArrayList;
import java.util.function.Supplier;
import nl.zsm.hg.contract.domain.Contracten;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ZaakBewaking} in front of every command of the engine (appended to the custom pre-command
 * interceptors, so other plugins keep theirs), with the step contracts derived once from the models. The contracts
 * are read on a background thread from the moment this bean is made ({@link ContractenOpAchtergrond}); the engine's
 * build waits for them in {@link #postProcessEngineBuild}, before the web server opens, so no request is ever checked
 * without its contract and a model or form that cannot be read still stops the start.
 */
@Component
public class ZaakBewakingPlugin extends AbstractProcessEnginePlugin {

  private final ContractenOpAchtergrond contracten;

  public ZaakBewakingPlugin() {
    this(() -> new ContractenLezer().lees());
  }

  ZaakBewakingPlugin(Supplier<Contracten> lezer) {
    this.contracten = new ContractenOpAchtergrond(lezer);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuratie) {
    var interceptors = configuratie.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor>()
        : new ArrayList<>(configuratie.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new ZaakBewaking(configuratie.getIdentityService(), contracten));
    configuratie.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Waits for the contracts (and fails the start if they could not be read) before the application serves anyone. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    contracten.get();
  }

  /** The contracts the engine enforces (for the generated table in docs/stapcontracten.md and tests). */
  public Contracten contracten() {
    return contracten.get();
  }
}
