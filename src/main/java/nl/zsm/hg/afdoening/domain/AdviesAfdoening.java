package nl.zsm.hg.afdoening.domain;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What 3RO or RvdK advise the OvJ about the afdoening (L844-849, L784-786). */
public enum AdviesAfdoening {
  DAGVAARDING,
  VOORWAARDELIJK_SEPOT,
  STRAFBESCHIKKING,
  SEPOT,
  PLANDATUM,
  GEEN_ADVIES;

  public static AdviesAfdoening vanCode(String code) {
    if (code == null || code.isBlank()) {
      throw new OngeldigeInvoerException("Kies een advies over de afdoening.");
    }
    try {
      return valueOf(code.trim());
    } catch (IllegalArgumentException e) {
      throw new OngeldigeInvoerException("Onbekend advies over de afdoening '" + code + "'; kies uit "
          + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
  }
}
