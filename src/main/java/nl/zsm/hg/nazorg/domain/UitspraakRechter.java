package nl.zsm.hg.nazorg.domain;

import nl.zsm.hg.invoer.domain.Formulierwaarden;

/**
 * What the judge's decision means for the chain after ZSM (L949-956): the roles of 3RO, politie and OM
 * end (e.g. acquittal for lack of evidence; VT gets the information from the criminal chain back) or the
 * reclassering supervises the conditions the judge imposed.
 */
public enum UitspraakRechter {
  STRAFRECHTELIJK_DEEL_BEEINDIGD,
  TOEZICHT;

  public static UitspraakRechter van(Object waarde) {
    return Formulierwaarden.keuze(UitspraakRechter.class, waarde, onbekend(""), UitspraakRechter::onbekend);
  }

  private static String onbekend(String tekst) {
    return "Onbekende uitspraak van de rechter '" + tekst + "'. Toegestaan: "
        + Formulierwaarden.keuzes(UitspraakRechter.class) + ".";
  }
}
