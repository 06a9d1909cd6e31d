package nl.zsm.hg.veiligheid.domain;

import nl.zsm.hg.invoer.domain.Formulierwaarden;

/** Outcome of the veiligheidsbeoordeling (Bijlage II): which kind of onveiligheid VT found. */
public enum Onveiligheid {
  ACUUT,
  STRUCTUREEL,
  ACUUT_EN_STRUCTUREEL,
  GEEN;

  /** Acute and/or structural onveiligheid asks for veiligheidsvoorwaarden (L284-288). */
  public boolean vraagtOmVeiligheidsvoorwaarden() {
    return this != GEEN;
  }

  public static Onveiligheid vanCode(String code) {
    return Formulierwaarden.keuze(Onveiligheid.class, code,
        "De uitkomst van de veiligheidsbeoordeling (onveiligheid) ontbreekt.",
        onbekend -> "Onbekende uitkomst van de veiligheidsbeoordeling '" + onbekend + "'; kies uit "
            + Formulierwaarden.keuzes(Onveiligheid.class) + ".");
  }
}
