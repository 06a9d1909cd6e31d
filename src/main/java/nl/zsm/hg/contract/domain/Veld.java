package nl.zsm.hg.contract.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One variable a step may write: its name (the form field's key), the label the user sees, its kind,
 * whether it is required, the allowed values (empty: any), the longest text, the numeric range, a pattern,
 * and whether it is shown for information only (read-only: it may come back unchanged, never change).
 *
 * @param verplicht required whenever the field is shown (fields shown only under a condition are not
 *     required here; the step's own rules check them)
 */
public record Veld(String naam, String label, Veldsoort soort, boolean verplicht, List<String> waarden,
    Integer maxLengte, Double minimum, Double maximum, boolean geheelGetal, Pattern patroon, boolean alleenLezen) {

  public Veld {
    waarden = waarden == null ? List.of() : List.copyOf(waarden);
  }

  /** The field as the user knows it: its label and its key. */
  public String aanduiding() {
    return label == null || label.isBlank() || label.equals(naam) ? "'" + naam + "'" : "'" + label + "' (" + naam + ")";
  }
}
