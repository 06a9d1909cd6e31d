package nl.zsm.hg.veiligheid;

import java.util.Set;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * The rule that must never break: an arrested suspect with acute onveiligheid is not released
 * without (juridische) veiligheidsmaatregelen (L406-408, L595-597, L4350-4352). While VT has not yet
 * assessed the safety, the onveiligheid is unknown and treated as acute: the need for the
 * assessment is ground enough to keep the suspect (inverzekeringstelling) pending it (L511-528).
 */
@Service
public class Vrijlatingstoets {

  /**
   * @param vast whether the suspect was arrested (vastzaak)
   * @param beoordelingAfgerond whether VT's veiligheidsbeoordeling is available
   * @param acuutOnveilig outcome of that assessment (ignored when it is not available)
   * @param vrijlating whether the decision releases the suspect
   * @param maatregelen the measures taken with the decision
   * @throws OngeldigeInvoerException when the release would break the rule
   */
  public void toets(boolean vast, boolean beoordelingAfgerond, boolean acuutOnveilig, boolean vrijlating,
      Set<Veiligheidsmaatregel> maatregelen) {
    if (!vast || !vrijlating || !maatregelen.isEmpty()) {
      return;
    }
    if (!beoordelingAfgerond) {
      throw new OngeldigeInvoerException("Heenzenden geweigerd: er is nog geen veiligheidsbeoordeling van Veilig Thuis."
          + " Stel de verdachte in verzekering in afwachting daarvan (L511-528) of kies ten minste één veiligheidsmaatregel.");
    }
    if (acuutOnveilig) {
      throw new OngeldigeInvoerException("Heenzenden geweigerd: Veilig Thuis beoordeelt de situatie als acuut onveilig."
          + " Een aangehouden verdachte wordt dan niet vrijgelaten zonder (juridische) veiligheidsmaatregelen"
          + " (L406-408): kies ten minste één veiligheidsmaatregel of houd de verdachte vast.");
    }
  }
}
