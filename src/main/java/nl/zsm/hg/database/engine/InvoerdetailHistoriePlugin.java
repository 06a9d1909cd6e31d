package nl.zsm.hg.database.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Runs the engine on {@link InvoerdetailHistorie}: history level {@code full} without the variable details the model
 * derives or copies itself. The engine picks a level by name, the last match wins, so the level is registered as a
 * custom level after Camunda's own {@code full}; after the engine is built the level is checked, so a future engine
 * that chooses differently stops the start instead of silently writing all details again.
 */
@Component
public class InvoerdetailHistoriePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuratie) {
    InvoerdetailHistorie niveau = new InvoerdetailHistorie();
    List<HistoryLevel> eigen = configuratie.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomHistoryLevels());
    eigen.add(niveau);
    configuratie.setCustomHistoryLevels(eigen);
    configuratie.setHistory(niveau.getName());
    configuratie.setHistoryLevel(niveau);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuratie) {
    if (!(configuratie.getHistoryLevel() instanceof InvoerdetailHistorie)) {
      throw new ProcessEngineException("Het historieniveau is " + configuratie.getHistoryLevel()
          + " in plaats van 'full' zonder afgeleide variabeledetails (InvoerdetailHistorie); zie docs/prestaties.md.");
    }
  }
}
