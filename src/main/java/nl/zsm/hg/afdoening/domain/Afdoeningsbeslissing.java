package nl.zsm.hg.afdoening.domain;

import nl.zsm.hg.invoer.domain.Formulierwaarden;

/**
 * The OvJ's afdoenings- or routeringsbeslissing at ZSM (L776-786, L844-849, Bijlage I). Names are the
 * values of the variable {@code afdoeningsbeslissing}.
 */
public enum Afdoeningsbeslissing {
  DAGVAARDING,
  DAGVAARDING_VOORGELEIDING_RC,
  SEPOT_01,
  SEPOT_02,
  VOORWAARDELIJK_SEPOT,
  VOORWAARDELIJK_BELEIDSSEPOT,
  STRAFBESCHIKKING,
  ROUTERING_ONDERZOEKEN,
  PLANDATUM,
  /** Gedragsaanwijzing of the OvJ (art. 509hh Sv), an option after the Spreekuur huiselijk geweld (L4437-4439). */
  GEDRAGSAANWIJZING,
  /**
   * Afdoeningsbeslissing on hold: the suspect is released (possibly with a gedragsaanwijzing) and invited
   * to the Spreekuur huiselijk geweld; the case comes back to the OvJ with reclassering's advice (L4378-4441).
   */
  AFDOENING_ON_HOLD;

  /**
   * Whether an arrested suspect goes free with this decision. Only a voorgeleiding keeps the suspect
   * (the RC decides on bewaring); a plandatumzaak releases the suspect in the meantime (L590-597).
   */
  public boolean vrijlating() {
    return this != DAGVAARDING_VOORGELEIDING_RC;
  }

  /** Sepot 01 or 02: the criminal case ends (L562-566). */
  public boolean isSepot() {
    return this == SEPOT_01 || this == SEPOT_02;
  }

  public static Afdoeningsbeslissing van(Object waarde) {
    return Formulierwaarden.keuze(Afdoeningsbeslissing.class, waarde, "Kies een afdoenings- of routeringsbeslissing.",
        onbekend -> "Onbekende afdoeningsbeslissing '" + onbekend + "'.");
  }
}
