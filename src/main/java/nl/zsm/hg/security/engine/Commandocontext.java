package nl.zsm.hg.security.engine;

import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;

/**
 * What a delegate or expression bean may ask of the engine command it runs in, in one place: the engine's command
 * context lives in its internal package. Only for reads the product itself decides on (a case number that is
 * already taken, a confidential answer for the step that shows it), never on behalf of the user.
 */
public final class Commandocontext {

  private Commandocontext() {}

  /** Runs the read without the current user's authorization checks, inside the current command. */
  public static <T> T zonderAutorisatie(Callable<T> opvraging) {
    return Context.getCommandContext().runWithoutAuthorization(opvraging);
  }

  /** The history service of the engine that runs the current command. */
  public static HistoryService historie() {
    return Context.getProcessEngineConfiguration().getHistoryService();
  }

  /** History records of variables written in this command and not yet flushed to the database. */
  public static List<HistoricVariableInstance> ongeschrevenHistorischeVariabelen() {
    return List.copyOf(Context.getCommandContext().getDbEntityManager()
        .getCachedEntitiesByType(HistoricVariableInstanceEntity.class));
  }
}
