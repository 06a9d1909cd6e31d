package nl.zsm.hg.contract.engine;

import java.util.function.Consumer;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.invoer.engine.Invoerfouten;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A command with its step-contract check in front, in one command context (issue 15): the check reads the task and
 * its variables and the command then finds them in the context's cache, instead of the check opening a context (a
 * transaction, a lookup and a commit) of its own. A refusal ends the command before it ran: it is handed out of the
 * context as a value (nothing was changed, so the context closes without a rollback and without the engine logging
 * a user's mistake as an error) and thrown by {@link #uitkomst(Object)}.
 */
final class GecontroleerdCommando<T> implements Command<Object> {

  private final Command<T> commando;
  private final Consumer<CommandContext> controle;

  GecontroleerdCommando(Command<T> commando, Consumer<CommandContext> controle) {
    this.commando = commando;
    this.controle = controle;
  }

  @Override
  public Object execute(CommandContext context) {
    try {
      controle.accept(context);
    } catch (OngeldigeInvoerException fout) {
      return new Weigering(Invoerfouten.naarEngine(fout));
    } catch (AuthorizationException fout) {
      return new Weigering(fout);
    }
    return commando.execute(context);
  }

  /** The command's own result, or the refusal of the check thrown. */
  @SuppressWarnings("unchecked")
  T uitkomst(Object uitkomst) {
    if (uitkomst instanceof Weigering weigering) {
      throw weigering.fout();
    }
    return (T) uitkomst;
  }

  /** The check refused the command; it did not run. */
  private record Weigering(ProcessEngineException fout) {}
}
