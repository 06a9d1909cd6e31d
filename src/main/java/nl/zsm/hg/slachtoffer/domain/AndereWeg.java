package nl.zsm.hg.slachtoffer.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;

/** What the ZSM-supervisor did when the victim could not be reached by phone (L801-807, L812-814). */
public enum AndereWeg {
  BRIEF_OF_EMAIL_VIA_OM,
  POLITIE_LANGS,
  ANDERE_ORGANISATIE_BELT,
  ANDERS;

  /** Checks the supervisor's choice and explanation; every problem in one Dutch message. */
  public static AndereWeg toets(Object keuze, Object toelichting) {
    List<String> fouten = new ArrayList<>();
    AndereWeg weg = null;
    if (keuze == null || keuze.toString().isBlank()) {
      fouten.add("Kies welke andere weg is gekozen.");
    } else {
      weg = Arrays.stream(values()).filter(w -> w.name().equals(keuze.toString().trim())).findFirst().orElse(null);
      if (weg == null) {
        fouten.add("Onbekende andere weg '" + keuze + "'.");
      }
    }
    if (toelichting == null || toelichting.toString().isBlank()) {
      fouten.add("Leg vast wat er is gedaan om het slachtoffer te informeren.");
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
    return weg;
  }
}
