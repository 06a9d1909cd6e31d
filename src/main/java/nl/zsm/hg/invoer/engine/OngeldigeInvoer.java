package nl.zsm.hg.invoer.engine;

import java.util.Optional;
import org.camunda.bpm.dmn.feel.impl.FeelException;

/**
 * Recognises a refusal by an input check in a DMN table, without reading the engine's own (English) words.
 *
 * <p>Every input check in our tables is a FEEL {@code assert(waarde, voorwaarde, "ZSM-INVOER: ...")} whose
 * Dutch cause begins with our own {@link #KENMERK}. The FEEL engine reports a failed check as a
 * {@link FeelException}; its message repeats the expression and then the evaluated cause, in words that may
 * change with any engine upgrade. Only two things are relied on: the exception type, and our kenmerk. In the
 * repeated expression the kenmerk always follows the opening quote of the string literal (DmnInvoercontrolesTest
 * keeps the tables that way), in the evaluated cause it does not: the first kenmerk without a quote before it
 * starts the reason, which runs to the end of the message.
 *
 * <p>A value of the wrong type for an input column (text for a ja/nee question) never gets here: the engine's
 * type check reports it as an {@code OngeldigeInvoerException} of its own ({@link Beslisinvoertypen}).
 */
public final class OngeldigeInvoer {

  /** How the cause of every input check in our DMN tables begins. */
  public static final String KENMERK = "ZSM-INVOER: ";

  private OngeldigeInvoer() {}

  /** The Dutch reason when this exception is a refused input check of a DMN table, otherwise empty. */
  public static Optional<String> reden(Throwable fout) {
    if (!(fout instanceof FeelException) || fout.getMessage() == null) {
      return Optional.empty();
    }
    String melding = fout.getMessage();
    for (int plek = melding.indexOf(KENMERK); plek >= 0; plek = melding.indexOf(KENMERK, plek + 1)) {
      if (plek == 0 || melding.charAt(plek - 1) != '"') {
        String reden = melding.substring(plek + KENMERK.length()).strip();
        return reden.isEmpty() ? Optional.empty() : Optional.of(reden);
      }
    }
    return Optional.empty();
  }
}
