package nl.zsm.hg.nazorg.domain;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;

/**
 * What the judge's decision means for the chain after ZSM (L949-956): the roles of 3RO, politie and OM
 * end (e.g. acquittal for lack of evidence; VT gets the information from the criminal chain back) or the
 * reclassering supervises the conditions the judge imposed.
 */
public enum UitspraakRechter {
  STRAFRECHTELIJK_DEEL_BEEINDIGD,
  TOEZICHT;

  public static UitspraakRechter van(Object waarde) {
    String tekst = waarde == null ? "" : waarde.toString().trim();
    for (UitspraakRechter uitspraak : values()) {
      if (uitspraak.name().equals(tekst)) {
        return uitspraak;
      }
    }
    throw new OngeldigeInvoerException("Onbekende uitspraak van de rechter '" + tekst + "'. Toegestaan: "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
  }
}
