package nl.zsm.hg.afdoening.domain;

import nl.zsm.hg.invoer.domain.Formulierwaarden;

/** What 3RO or RvdK advise the OvJ about the afdoening (L844-849, L784-786). */
public enum AdviesAfdoening {
  DAGVAARDING,
  VOORWAARDELIJK_SEPOT,
  STRAFBESCHIKKING,
  SEPOT,
  PLANDATUM,
  GEEN_ADVIES;

  public static AdviesAfdoening vanCode(String code) {
    return Formulierwaarden.keuze(AdviesAfdoening.class, code, "Kies een advies over de afdoening.",
        onbekend -> "Onbekend advies over de afdoening '" + onbekend + "'; kies uit "
            + Formulierwaarden.keuzes(AdviesAfdoening.class) + ".");
  }
}
