package nl.zsm.hg.veiligheid.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;

/**
 * Reads the chosen measures as they arrive: a list (engine API), a JSON array text (Camunda Forms
 * checklist, REST type Json), an array or a text with commas ({@link Formulierwaarden#namen}). Unknown names are
 * refused, so the catalogue stays closed.
 */
public final class VeiligheidsmaatregelenLezer {

  private VeiligheidsmaatregelenLezer() {}

  public static Set<Veiligheidsmaatregel> lees(Object waarde) {
    Set<Veiligheidsmaatregel> maatregelen = EnumSet.noneOf(Veiligheidsmaatregel.class);
    for (String naam : Formulierwaarden.namen(waarde, "De lijst veiligheidsmaatregelen")) {
      try {
        maatregelen.add(Veiligheidsmaatregel.valueOf(naam));
      } catch (IllegalArgumentException e) {
        throw new OngeldigeInvoerException("Onbekende veiligheidsmaatregel '" + naam
            + "'. Kies uit: " + Arrays.toString(Veiligheidsmaatregel.values()) + ".");
      }
    }
    return maatregelen;
  }
}
