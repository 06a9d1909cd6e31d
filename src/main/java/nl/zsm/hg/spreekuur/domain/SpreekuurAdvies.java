package nl.zsm.hg.spreekuur.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * Reclassering's advice to the OM after the Spreekuur huiselijk geweld (L4413-4441): VT's findings and
 * veiligheidsvoorwaarden go into the advice under "referentieonderzoek"; the advice is one of the
 * options of the afdoening after an on-hold decision; without the suspect's consent for contact with VT
 * the reclassering worker follows the Meldcode and records the steps.
 */
@Service
public class SpreekuurAdvies {

  /** Decision options after the spreekuur (L4437-4439). */
  public static final Set<String> OPTIES = Set.of("VOORWAARDELIJK_SEPOT", "STRAFBESCHIKKING", "GEDRAGSAANWIJZING", "DAGVAARDING");

  public void toets(Object toestemmingContactVt, String meldcodeStappen, String referentieonderzoek,
      String advies, String adviesAfdoening) {
    List<String> meldingen = new ArrayList<>();
    if (!Boolean.TRUE.equals(toestemmingContactVt) && leeg(meldcodeStappen)) {
      meldingen.add("De verdachte gaf geen toestemming voor contact met Veilig Thuis: beschrijf de stappen van de"
          + " Meldcode die u volgde (Spreekuur huiselijk geweld).");
    }
    if (leeg(referentieonderzoek)) {
      meldingen.add("Neem de bevindingen en veiligheidsvoorwaarden van Veilig Thuis op onder 'referentieonderzoek'"
          + " (Spreekuur huiselijk geweld).");
    }
    if (leeg(advies)) {
      meldingen.add("Vul het advies aan het OM in.");
    }
    if (adviesAfdoening == null || !OPTIES.contains(adviesAfdoening.trim())) {
      meldingen.add("Kies als afdoeningsadvies voorwaardelijk sepot, strafbeschikking, gedragsaanwijzing of dagvaarding"
          + " (Spreekuur huiselijk geweld), niet '" + adviesAfdoening + "'.");
    }
    if (!meldingen.isEmpty()) {
      throw new OngeldigeInvoerException(meldingen);
    }
  }

  private static boolean leeg(String tekst) {
    return tekst == null || tekst.isBlank();
  }
}
