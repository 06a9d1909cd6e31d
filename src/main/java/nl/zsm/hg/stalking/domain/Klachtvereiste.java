package nl.zsm.hg.stalking.domain;

import java.util.Set;
import java.util.function.Function;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
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

  /** The rule on the case's variables, as the OvJ's decision task holds them. */
  public void toets(Function<String, Object> zaak) {
    toets(Stalkingzaak.in(zaak), zaak.apply(ZsmHuiselijkGeweldContract.OOK_ANDERE_FEITEN_TEN_LASTE),
        zaak.apply(StalkingAanpakContract.KLACHT_INGEDIEND), zaak.apply(ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING));
  }

  public void toets(boolean stalkingzaak, Object klachtIngediend, Object beslissing) {
    toets(stalkingzaak, null, klachtIngediend, beslissing);
  }

  /**
   * As above, but the rule applies only when stalking is the only offence charged: with
   * {@code ookAndereFeitenTenLaste} (e.g. mishandeling or bedreiging, no klachtdelict) the OvJ may prosecute
   * those without a complaint (L5369-5376). Unknown ({@code null}) counts as stalking only.
   */
  public void toets(boolean stalkingzaak, Object ookAndereFeitenTenLaste, Object klachtIngediend, Object beslissing) {
    if (Boolean.TRUE.equals(ookAndereFeitenTenLaste)) {
      return;
    }
    if (!stalkingzaak || beslissing == null || !VERVOLGINGSBESLISSINGEN.contains(beslissing.toString().trim())) {
      return;
    }
    if (!Boolean.TRUE.equals(klachtIngediend)) {
      throw new OngeldigeInvoerException("Stalking (art. 285b Sr) is een klachtdelict: vervolgen met een dagvaarding"
          + " of strafbeschikking kan pas als het slachtoffer een klacht heeft ingediend. Leg de klacht vast in de"
          + " stalkingaanpak, geef aan dat ook feiten die geen klachtdelict zijn ten laste worden gelegd, of kies een"
          + " andere beslissing (Werkwijze stalking: klachtdelict en advies reclassering).");
    }
  }
}
