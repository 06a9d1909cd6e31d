package nl.zsm.hg.afdoening.domain;

import java.time.LocalDate;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.veiligheid.domain.Autoriteit;
import nl.zsm.hg.veiligheid.domain.Maatregelkeuze;
import nl.zsm.hg.veiligheid.domain.Veiligheidsstand;
import nl.zsm.hg.veiligheid.domain.Vrijlatingstoets;
import org.springframework.stereotype.Service;

/**
 * Checks the OvJ's final decision before it takes effect (L584-597, L776-796, L844-849). Every decision but a
 * dagvaarding met voorgeleiding RC releases an arrested suspect, so the rule of {@link Vrijlatingstoets} applies.
 */
@Service
public record AfdoeningControle(Vrijlatingstoets vrijlatingstoets) {

  /**
   * @param plandatum the planned date when the decision is PLANDATUM, else ignored
   * @param vandaag today's date
   * @param maatregelenVereist outcome of the decision Afdoeningsroute; a sepot ends the criminal case, so then only
   *     the release rule applies (VT continues without criminal law, L562-566)
   */
  public void controleer(Afdoeningsbeslissing beslissing, LocalDate plandatum, LocalDate vandaag,
      Veiligheidsstand stand, boolean maatregelenVereist, Maatregelkeuze maatregelen) {
    if (beslissing == Afdoeningsbeslissing.PLANDATUM) {
      if (plandatum == null) {
        throw new OngeldigeInvoerException("Vul de plandatum in: op die datum komt de zaak terug bij de officier (Werkwijze, stap 3: plandatumzaken).");
      }
      if (!plandatum.isAfter(vandaag)) {
        throw new OngeldigeInvoerException("De plandatum moet na vandaag liggen.");
      }
    }
    if (maatregelenVereist && maatregelen.isLeeg() && !beslissing.isSepot()) {
      throw new OngeldigeInvoerException("De afdoeningsroute vereist veiligheidsmaatregelen (Werkwijze, stap 4 en Bijlage I: stroomschema):"
          + " kies ten minste één veiligheidsmaatregel.");
    }
    vrijlatingstoets.toets(stand, "Vrijlaten met deze afdoeningsbeslissing", beslissing.vrijlating(),
        Autoriteit.OFFICIER_VAN_JUSTITIE, !beslissing.isSepot(), maatregelen, vandaag);
  }
}
