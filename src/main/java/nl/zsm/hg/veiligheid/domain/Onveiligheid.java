package nl.zsm.hg.veiligheid.domain;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import java.util.Arrays;
import java.util.stream.Collectors;

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
    if (code == null || code.isBlank()) {
      throw new OngeldigeInvoerException("De uitkomst van de veiligheidsbeoordeling (onveiligheid) ontbreekt.");
    }
    try {
      return valueOf(code.trim());
    } catch (IllegalArgumentException e) {
      throw new OngeldigeInvoerException("Onbekende uitkomst van de veiligheidsbeoordeling '" + code + "'; kies uit "
          + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
  }
}
