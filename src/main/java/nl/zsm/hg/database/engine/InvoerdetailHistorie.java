package nl.zsm.hg.database.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

/**
 * History level {@code full} (same id 3 and name, so every existing database starts as before; the level's id is stored
 * in ACT_GE_PROPERTY) that writes a variable detail (ACT_HI_DETAIL, and its byte array) only for what was put in
 * from outside the model (issue 15, docs/prestaties.md "Historie zonder afgeleide details"):
 * <ul>
 *   <li>the variables a person submits with a task (before the task completes), with the intake (before the start event
 *   runs), with a message (before it is correlated) or changes in Cockpit or through REST (no activity runs);</li>
 *   <li>not the writes that follow once the model runs in the same command: copies into and out of called processes and
 *   into the e-mail process, values delegates and listeners derive, task-list attributes of new tasks.</li>
 * </ul>
 * Everything else of {@code full} stays: user operation log, task, activity, identity link, job, incident and decision
 * history, and ACT_HI_VARINST with the latest value of every variable.
 *
 * <p>How: the engine asks the level, while a command runs, whether to produce each event. The first activity start or
 * end, or the completion of a task, marks the current command context as "the model runs"; a variable detail asked for
 * after that mark is not produced. The mark is kept per command context of this thread and dropped when it closes.
 */
public final class InvoerdetailHistorie extends AbstractHistoryLevel {

  private static final ThreadLocal<Map<CommandContext, Boolean>> MODEL_LOOPT =
      ThreadLocal.withInitial(IdentityHashMap::new);

  @Override
  public int getId() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getName();
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL.equals(eventType)) {
      return !modelLooptAl();
    }
    if (HistoryEventTypes.ACTIVITY_INSTANCE_START.equals(eventType)
        || HistoryEventTypes.ACTIVITY_INSTANCE_END.equals(eventType)
        || HistoryEventTypes.TASK_INSTANCE_COMPLETE.equals(eventType)) {
      markeerModelLoopt();
    }
    return true;
  }

  private static boolean modelLooptAl() {
    CommandContext commando = Context.getCommandContext();
    return commando != null && MODEL_LOOPT.get().containsKey(commando);
  }

  private static void markeerModelLoopt() {
    CommandContext commando = Context.getCommandContext();
    if (commando == null || MODEL_LOOPT.get().containsKey(commando)) {
      return;
    }
    MODEL_LOOPT.get().put(commando, Boolean.TRUE);
    commando.registerCommandContextListener(new Vergeten());
  }

  /** Forgets the mark of a command context when it ends, successfully or not. */
  private static final class Vergeten implements CommandContextListener {
    @Override
    public void onCommandContextClose(CommandContext commandContext) {
      MODEL_LOOPT.get().remove(commandContext);
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable t) {
      MODEL_LOOPT.get().remove(commandContext);
    }
  }
}
