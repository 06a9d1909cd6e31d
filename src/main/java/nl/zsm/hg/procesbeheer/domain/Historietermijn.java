package nl.zsm.hg.procesbeheer.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long the engine keeps the history of a model (its historyTimeToLive), as BPMN and DMN models write it. */
public final class Historietermijn {

  private static final Pattern DAGEN = Pattern.compile("\\s*(?:P(\\d+)D|(\\d+))\\s*");

  private Historietermijn() {}

  /** The days of a historyTimeToLive ("180" or "P180D"), or -1 if it has another form (the engine judges it). */
  public static int dagen(String waarde) {
    Matcher matcher = DAGEN.matcher(waarde);
    if (!matcher.matches()) {
      return -1;
    }
    String dagen = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    return dagen.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(dagen);
  }
}
