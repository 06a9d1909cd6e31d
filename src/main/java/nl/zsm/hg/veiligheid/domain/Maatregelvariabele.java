package nl.zsm.hg.veiligheid.domain;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VEILIGHEIDSMAATREGELEN;

import java.util.function.Function;

/** Reads {@code veiligheidsmaatregelen} in whatever form it was stored (List, Json, text). */
public final class Maatregelvariabele {

  private Maatregelvariabele() {}

  /** A Json variable (Spin) is returned as its JSON text; lists and text as they are. */
  public static Object waarde(Function<String, Object> scope) {
    Object waarde = scope.apply(VEILIGHEIDSMAATREGELEN);
    if (waarde == null || waarde instanceof java.util.Collection<?> || waarde instanceof Object[]) {
      return waarde;
    }
    return waarde.toString();
  }
}
