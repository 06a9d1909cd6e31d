package nl.zsm.hg.invoer.engine;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the engine's messages for invalid input to a decision and phrases them in Dutch.
 * Two sources: the input checks in the DMN tables (FEEL {@code assert(...)} with a Dutch cause)
 * and the engine's type check of an input column (DMN-01005, e.g. "MISSCHIEN" for a boolean).
 * Knows nothing of Camunda classes: it reads message text only.
 */
public final class OngeldigeInvoer {

  private static final String ASSERTIE = "Assertion failure on evaluate the expression '";
  private static final Pattern VERKEERD_TYPE =
      Pattern.compile("DMN-01005 Invalid value '(.*)' for clause with type '(\\w+)'");
  private static final Map<String, String> TYPEN = Map.of(
      "boolean", "ja/nee (true of false)",
      "integer", "een geheel getal",
      "long", "een geheel getal",
      "double", "een getal",
      "string", "tekst",
      "date", "een datum");

  private OngeldigeInvoer() {}

  /** The Dutch reason when the message reports invalid decision input, otherwise empty. */
  public static Optional<String> reden(String melding) {
    if (melding == null) {
      return Optional.empty();
    }
    int assertie = melding.indexOf(ASSERTIE);
    if (assertie >= 0) {
      int oorzaak = melding.lastIndexOf("': ");
      if (oorzaak > assertie) {
        return Optional.of(melding.substring(oorzaak + 3).strip());
      }
    }
    Matcher matcher = VERKEERD_TYPE.matcher(melding);
    if (matcher.find()) {
      String verwacht = TYPEN.getOrDefault(matcher.group(2), matcher.group(2));
      return Optional.of("Ongeldige waarde '" + matcher.group(1) + "': verwacht " + verwacht + ".");
    }
    return Optional.empty();
  }
}
