package nl.zsm.hg.contract.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import nl.zsm.hg.contract.domain.Contracten;

/**
 * Reads the step contracts on a thread of its own, started when the application is being built, so that parsing all
 * models and forms (~0.5 s, docs/prestaties.md "Opstarten") runs next to Spring's bean creation and the engine's
 * MyBatis configuration instead of before them. {@link #contracten()} waits until the reading is done, so nothing
 * that checks a step ever sees a half-read or missing contract; a reading error comes back there unchanged, so the
 * start fails on it as before.
 */
final class ContractenOpAchtergrond implements Supplier<Contracten> {

  private final CompletableFuture<Contracten> lezing = new CompletableFuture<>();

  ContractenOpAchtergrond(Supplier<Contracten> lezer) {
    Thread thread = new Thread(() -> {
      try {
        lezing.complete(lezer.get());
      } catch (Throwable fout) {
        lezing.completeExceptionally(fout);
      }
    }, "stapcontracten-lezen");
    thread.setDaemon(true);
    thread.start();
  }

  /** The contracts; waits until they are read. */
  @Override
  public Contracten get() {
    try {
      return lezing.join();
    } catch (CompletionException fout) {
      if (fout.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (fout.getCause() instanceof Error error) {
        throw error;
      }
      throw fout;
    }
  }

  boolean isGelezen() {
    return lezing.isDone();
  }
}
