package nl.zsm.hg.stalking;

import java.util.Set;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * Stalking (art. 285b Sr) is a klachtdelict: the OvJ prosecutes only after the victim filed a complaint
 * (L5369-5376). Prosecution decisions are a dagvaarding (with or without voorgeleiding) and an
 * OM-strafbeschikking; a sepot, gedragsaanwijzing, routering or plandatum stays possible without one.
 */
@Service
public class Klachtvereiste {

  static final Set<String> VERVOLGINGSBESLISSINGEN =
      Set.of("DAGVAARDING", "DAGVAARDING_VOORGELEIDING_RC", "STRAFBESCHIKKING");

  public void toets(boolean stalkingzaak, Object klachtIngediend, Object beslissing) {
    if (!stalkingzaak || beslissing == null || !VERVOLGINGSBESLISSINGEN.contains(beslissing.toString().trim())) {
      return;
    }
    if (!Boolean.TRUE.equals(klachtIngediend)) {
      throw new OngeldigeInvoerException("Stalking (art. 285b Sr) is een klachtdelict: vervolgen met een dagvaarding"
          + " of strafbeschikking kan pas als het slachtoffer een klacht heeft ingediend. Leg de klacht vast in de"
          + " stalkingaanpak of kies een andere beslissing (Werkwijze stalking: klachtdelict en advies reclassering).");
    }
  }
}
