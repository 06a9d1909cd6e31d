package nl.zsm.hg.veiligheid.domain;

import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;

/**
 * The OvJ's decision on deprivation of liberty within the 9 hours after arrest (L402-415), or for a
 * suspect who was only heard: whether to arrest after all (L599-601).
 */
public enum Vrijheidsbeslissing {
  HEENZENDEN,
  INVERZEKERINGSTELLING,
  VOORGELEIDING_RC,
  ALSNOG_AANHOUDEN;

  /** Only heenzenden lets the suspect go; the others keep him (or, alsnog aanhouden, take him in). */
  public boolean vrijlating() {
    return this == HEENZENDEN;
  }

  /** Alsnog aanhouden only applies to a suspect who was heard but not arrested (L599-601). */
  public void controleerPastBij(boolean vast) {
    if (this == ALSNOG_AANHOUDEN && vast) {
      throw new OngeldigeInvoerException("Alsnog aanhouden kan alleen bij een verdachte die niet is aangehouden;"
          + " deze verdachte is al aangehouden.");
    }
  }

  public static Vrijheidsbeslissing van(Object waarde) {
    return Formulierwaarden.keuze(Vrijheidsbeslissing.class, waarde,
        "Kies of de verdachte wordt heengezonden, in verzekering gesteld, voorgeleid of (alsnog) aangehouden.",
        onbekend -> "Onbekende beslissing over vrijheidsbeneming '" + onbekend + "'.");
  }
}
