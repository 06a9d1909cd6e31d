package nl.zsm.hg.veiligheid.domain;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * The rule that must never break: an arrested suspect with acute onveiligheid is not released without
 * (juridische) veiligheidsmaatregelen (Werkwijze, stap 2, L393-400; L595-597; L4350-4352). While VT has not
 * yet assessed the safety, or did not record whether it is acute, the onveiligheid counts as acute: the need
 * for the assessment is ground enough to keep the suspect (inverzekeringstelling) pending it (L514-527).
 *
 * <p>Only a measure that protects the victim after release counts ({@link Veiligheidsmaatregel#beschermtNaVrijlating()}),
 * and only one the deciding authority imposes itself, or one its own authority already imposed, with the date
 * (a huisverbod by the burgemeester). Keeping and releasing in one decision is a contradiction and is refused.
 */
@Service
public class Vrijlatingstoets {

  static final String REGEL = "Werkwijze, stap 2 en Bijlage II: acute onveiligheid. Een aangehouden verdachte met"
      + " acute onveiligheid gaat niet vrij zonder (juridische) veiligheidsmaatregelen.";

  /**
   * @param beslissing the decision as the user knows it, e.g. "Heenzenden"
   * @param vrijlating whether the decision releases the suspect
   * @param beslisser who takes the decision
   * @throws OngeldigeInvoerException when the decision would break the rule or records a measure wrongly
   */
  public void toets(Veiligheidsstand stand, String beslissing, boolean vrijlating, Autoriteit beslisser,
      Maatregelkeuze keuze, LocalDate vandaag) {
    toets(stand, beslissing, vrijlating, beslisser, true, keuze, vandaag);
  }

  /**
   * @param strafzaakLoopt false when the decision ends the criminal case (sepot 01/02, L562-566): then the
   *     officier imposes no criminal condition with it, and only a measure another authority already imposed counts
   *     (Bijlage I: sepot 02 with the RIHG huisverbod, L1137-1144)
   */
  public void toets(Veiligheidsstand stand, String beslissing, boolean vrijlating, Autoriteit beslisser,
      boolean strafzaakLoopt, Maatregelkeuze keuze, LocalDate vandaag) {
    if (vrijlating) {
      weigerTegenstrijdigheid(beslissing, keuze);
    }
    controleerWieOplegt(beslisser, keuze, vandaag);
    if (!vrijlating || !stand.vraagtBeschermingBijVrijlating()) {
      return;
    }
    boolean beschermd = keuze.gekozen().stream().anyMatch(m -> m.beschermtNaVrijlating()
        && (strafzaakLoopt && m.kanOpleggen(beslisser) || keuze.opgelegdOp().containsKey(m)));
    if (!beschermd) {
      throw new OngeldigeInvoerException(beslissing + " geweigerd: " + reden(stand) + " " + REGEL + " "
          + (strafzaakLoopt ? watWelTelt(beslisser) : watWelTeltNaSepot(beslisser)));
    }
  }

  private static void weigerTegenstrijdigheid(String beslissing, Maatregelkeuze keuze) {
    List<String> vasthouden = keuze.gekozen().stream().filter(Veiligheidsmaatregel::houdtVast)
        .map(Veiligheidsmaatregel::omschrijving).toList();
    if (!vasthouden.isEmpty()) {
      throw new OngeldigeInvoerException(beslissing + " geweigerd: tegenstrijdige beslissing. '"
          + String.join("', '", vasthouden) + "' houdt de verdachte vast, maar deze beslissing laat de verdachte vrij."
          + " Kies vasthouden (inverzekeringstelling of voorgeleiding) of vrijlaten met maatregelen die het"
          + " slachtoffer na vrijlating beschermen.");
    }
  }

  private static void controleerWieOplegt(Autoriteit beslisser, Maatregelkeuze keuze, LocalDate vandaag) {
    List<String> fouten = new ArrayList<>();
    for (Veiligheidsmaatregel maatregel : keuze.gekozen()) {
      if (maatregel.houdtVast() || maatregel.kanOpleggen(beslisser)) {
        continue;
      }
      LocalDate opgelegd = keuze.opgelegdOp().get(maatregel);
      if (maatregel.opgelegdOpVeld() == null || opgelegd == null) {
        fouten.add("'" + maatregel.omschrijving() + "' legt " + maatregel.opgelegdDoorInWoorden() + " op, niet "
            + beslisser.naam() + ". Vul de datum in waarop " + maatregel.opgelegdDoorInWoorden()
            + " deze maatregel heeft opgelegd, of kies een maatregel die " + beslisser.naam() + " zelf oplegt.");
      } else if (opgelegd.isAfter(vandaag)) {
        fouten.add("De datum waarop " + maatregel.opgelegdDoorInWoorden() + " '" + maatregel.omschrijving()
            + "' oplegde, ligt in de toekomst; een maatregel telt pas als hij is opgelegd.");
      }
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
  }

  private static String reden(Veiligheidsstand stand) {
    if (!stand.beoordelingAfgerond()) {
      return "er is nog geen veiligheidsbeoordeling van Veilig Thuis; zolang die er niet is, telt de onveiligheid als"
          + " acuut. Stel de verdachte in afwachting daarvan in verzekering (Werkwijze: veiligheidsbeoordeling is nog"
          + " niet afgenomen bij aangehouden verdachten) of kies een beschermende maatregel.";
    }
    if (stand.acuutOnveilig() == null) {
      return "Veilig Thuis heeft niet vastgelegd of de situatie acuut onveilig is; onbekend telt als acuut onveilig.";
    }
    return "Veilig Thuis beoordeelt de situatie als acuut onveilig.";
  }

  /** Which measures count, from the catalogue, for the user who has to choose. */
  static String watWelTelt(Autoriteit beslisser) {
    String zelf = namen(m -> m.beschermtNaVrijlating() && m.kanOpleggen(beslisser));
    String elders = Arrays.stream(Veiligheidsmaatregel.values())
        .filter(m -> m.beschermtNaVrijlating() && !m.kanOpleggen(beslisser) && m.opgelegdOpVeld() != null)
        .map(m -> m.omschrijving() + " (opgelegd door " + m.opgelegdDoorInWoorden() + ", met de datum)")
        .collect(Collectors.joining(" of "));
    String nietGenoeg = namen(m -> !m.beschermtNaVrijlating() && !m.houdtVast());
    return "Kies ten minste één veiligheidsmaatregel die het slachtoffer na vrijlating beschermt: " + zelf + " (door "
        + beslisser.naam() + ")" + (elders.isEmpty() ? "" : ", of leg vast: " + elders) + ". Op zichzelf beschermen "
        + nietGenoeg + " het slachtoffer niet. Of houd de verdachte vast.";
  }

  /** After a sepot the criminal case ends: only what another authority already imposed protects the victim. */
  static String watWelTeltNaSepot(Autoriteit beslisser) {
    String elders = Arrays.stream(Veiligheidsmaatregel.values())
        .filter(m -> m.beschermtNaVrijlating() && !m.kanOpleggen(beslisser) && m.opgelegdOpVeld() != null)
        .map(m -> m.omschrijving() + " (opgelegd door " + m.opgelegdDoorInWoorden() + ", met de datum)")
        .collect(Collectors.joining(" of "));
    return "Met een sepot eindigt de strafzaak; een strafrechtelijke voorwaarde van " + beslisser.naam()
        + " beschermt het slachtoffer dan niet. Leg vast: " + elders + ", of houd de verdachte vast.";
  }

  private static String namen(Predicate<Veiligheidsmaatregel> welke) {
    return Arrays.stream(Veiligheidsmaatregel.values()).filter(welke).map(Veiligheidsmaatregel::omschrijving)
        .collect(Collectors.joining(", "));
  }
}
