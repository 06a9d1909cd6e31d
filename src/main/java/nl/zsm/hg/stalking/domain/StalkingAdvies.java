package nl.zsm.hg.stalking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * Reclassering's advice in a stalking case: it always motivates its considerations on electronic
 * monitoring and on dadelijk uitvoerbaar toezicht under "overwegingen EM ja/nee" and "overwegingen DUT
 * ja/nee" (L5705-5742, L5983-5991), and advises no mediation or herstelgesprek while the stalking goes on
 * (L5996-5997).
 */
@Service
public class StalkingAdvies {

  /** Fewer characters than this is no motivation. */
  static final int MINIMALE_MOTIVERING = 20;

  /** The rule on the case's variables, as Reclassering's advice task holds them. */
  public void toets(Function<String, Object> zaak) {
    toets(Stalkingzaak.in(zaak), Formulierwaarden.tekst(zaak.apply(AdviesReclasseringRvdkContract.OVERWEGINGEN_EM)),
        Formulierwaarden.tekst(zaak.apply(AdviesReclasseringRvdkContract.OVERWEGINGEN_DUT)),
        zaak.apply(AdviesReclasseringRvdkContract.MEDIATION_OF_HERSTELGESPREK_GEADVISEERD), zaak.apply(AdviesReclasseringRvdkContract.STALKING_DUURT_VOORT));
  }

  public void toets(boolean stalkingzaak, String overwegingenEm, String overwegingenDut,
      Object mediationOfHerstelgesprekGeadviseerd, Object stalkingDuurtVoort) {
    if (!stalkingzaak) {
      return;
    }
    List<String> meldingen = new ArrayList<>();
    if (!gemotiveerd(overwegingenEm)) {
      meldingen.add("Stalkingzaak: motiveer onder 'overwegingen EM ja/nee' of u elektronische monitoring"
          + " (locatieverbod of -gebod met enkelband) adviseert en waarom (Werkwijze stalking: klachtdelict en advies reclassering).");
    }
    if (!gemotiveerd(overwegingenDut)) {
      meldingen.add("Stalkingzaak: motiveer onder 'overwegingen DUT ja/nee' of u dadelijk uitvoerbaar toezicht"
          + " adviseert en waarom (Werkwijze stalking: klachtdelict en advies reclassering).");
    }
    if (Boolean.TRUE.equals(mediationOfHerstelgesprekGeadviseerd) && !Boolean.FALSE.equals(stalkingDuurtVoort)) {
      meldingen.add("Geen mediation of herstelgesprek adviseren zolang het stalkinggedrag nog bestaat (Routekaart aanpak stalking).");
    }
    if (!meldingen.isEmpty()) {
      throw new OngeldigeInvoerException(meldingen);
    }
  }

  private static boolean gemotiveerd(String tekst) {
    return tekst != null && tekst.trim().length() >= MINIMALE_MOTIVERING;
  }
}
