package nl.zsm.hg.invoer.domain;

import java.util.List;
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
}
