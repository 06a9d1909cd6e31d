package nl.zsm.hg.invoer.domain;

import java.util.List;
import java.util.function.Supplier;
import nl.zsm.hg.invoer.engine.Invoerfouten;

/**
 * Input that breaks a rule of the work process. The messages are Dutch and meant for the user who
 * entered the data; nothing has been changed when this is thrown.
 *
 * <p>The one exception for bad input everywhere. In the engine, {@link Invoerfouten} turns it into the
 * engine's validation exception; the deadline API ({@code /api/termijnen}) answers it with 400 itself.
 */
public class OngeldigeInvoerException extends RuntimeException {

  private final List<String> meldingen;

  public OngeldigeInvoerException(List<String> meldingen) {
    super(String.join(" ", meldingen));
    this.meldingen = List.copyOf(meldingen);
  }

  public OngeldigeInvoerException(String melding) {
    this(List.of(melding));
  }

  public List<String> meldingen() {
    return meldingen;
  }

  /**
   * Applies a rule and, when it refuses the input, refuses it again with {@code voorvoegsel} in front of its
   * message, e.g. "Termijnen niet te berekenen: " (the step that applied the rule, for the user).
   */
  public static <T> T metVoorvoegsel(String voorvoegsel, Supplier<T> regel) {
    try {
      return regel.get();
    } catch (OngeldigeInvoerException fout) {
      throw new OngeldigeInvoerException(voorvoegsel + fout.getMessage());
    }
  }
}
