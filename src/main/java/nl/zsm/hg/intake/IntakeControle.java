package nl.zsm.hg.intake;

import nl.zsm.hg.termijnen.Amsterdam;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/** Checks an intake before the case enters ZSM; every problem gets a Dutch message. */
@Service
public class IntakeControle {

  /** Below 12 there is no criminal liability (art. 486 Sv); no ZSM case. */
  static final int MINIMUMLEEFTIJD = 12;
  static final int MAXIMUMLEEFTIJD = 120;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern TELEFOON = Pattern.compile("^\\+?[0-9][0-9 \\-]{8,18}[0-9]$");

  private final Clock klok;

  public IntakeControle() {
    this(Clock.system(Amsterdam.ZONE));
  }

  IntakeControle(Clock klok) {
    this.klok = klok;
  }

  /** Throws {@link OngeldigeInvoerException} listing every problem at once. */
  public void controleer(Intake intake) {
    List<String> meldingen = new ArrayList<>();
    if (intake.zaaknummer() != null && !intake.zaaknummer().isBlank()
        && !Zaaknummers.isGeldig(intake.zaaknummer())) {
      meldingen.add("Zaaknummer '" + intake.zaaknummer() + "' heeft niet de vorm ZSM-jjjj-nnnnnn (bijvoorbeeld ZSM-2026-000123); laat het leeg om er een te laten toekennen.");
    }
    if (intake.vast() == null) {
      meldingen.add("Geef aan of de verdachte is aangehouden (vastzaak) of niet (niet-vastzaak).");
    }
    if (intake.heterdaad() == null) {
      meldingen.add("Geef aan of het een heterdaad- of een geplande aanhouding/verhoor is.");
    }
    if (Boolean.TRUE.equals(intake.vast())) {
      if (intake.tijdstipAanhouding() == null) {
        meldingen.add("Vul het tijdstip van aanhouding in: binnen 9 uur daarna beslist de officier over inverzekeringstelling (L410-415).");
      } else if (intake.tijdstipAanhouding().isAfter(LocalDateTime.now(klok).plusMinutes(5))) {
        meldingen.add("Het tijdstip van aanhouding ligt in de toekomst.");
      }
    }
    if (intake.leeftijdVerdachte() == null) {
      meldingen.add("Vul de leeftijd van de verdachte in (minderjarigen: Raad voor de Kinderbescherming in plaats van reclassering).");
    } else if (intake.leeftijdVerdachte() < MINIMUMLEEFTIJD || intake.leeftijdVerdachte() > MAXIMUMLEEFTIJD) {
      meldingen.add("Leeftijd verdachte moet tussen " + MINIMUMLEEFTIJD + " en " + MAXIMUMLEEFTIJD
          + " liggen; onder de 12 jaar is er geen strafzaak.");
    }
    if (!Boolean.TRUE.equals(intake.labelHuiselijkGeweld()) && !Boolean.TRUE.equals(intake.labelExPartnerstalking())) {
      meldingen.add("Kies het label huiselijk geweld en/of ex-partnerstalking: zonder label is het geen HG-zaak voor deze aanpak.");
    }
    if (intake.kinderenInGezin() == null) {
      meldingen.add("Geef aan of er kinderen in het gezin zijn.");
    }
    if (intake.vtMeldingGedaan() == null) {
      meldingen.add("Geef aan of er een melding bij Veilig Thuis is gedaan.");
    }
    if (intake.datumVtMelding() != null && intake.datumVtMelding().isAfter(LocalDateTime.now(klok).toLocalDate())) {
      meldingen.add("De datum van de VT-melding ligt in de toekomst.");
    }
    if (intake.transportMinuten() != null && (intake.transportMinuten() < 0 || intake.transportMinuten() > 1440)) {
      meldingen.add("Transporttijd moet tussen 0 en 1440 minuten liggen.");
    }
    if (isLeeg(intake.slachtofferNaam())) {
      meldingen.add("Vul de naam van het slachtoffer in.");
    }
    if (intake.slachtofferToestemmingContact() == null) {
      meldingen.add("Geef aan of het slachtoffer toestemming geeft om benaderd te worden.");
    }
    boolean geenTelefoon = isLeeg(intake.slachtofferTelefoon());
    boolean geenEmail = isLeeg(intake.slachtofferEmail());
    if (Boolean.TRUE.equals(intake.slachtofferToestemmingContact()) && geenTelefoon && geenEmail) {
      meldingen.add("Vul een telefoonnummer of e-mailadres van het slachtoffer in: het slachtoffer wordt direct en persoonlijk geïnformeerd (L798-807).");
    }
    if (!geenTelefoon && !TELEFOON.matcher(intake.slachtofferTelefoon().trim()).matches()) {
      meldingen.add("Telefoonnummer slachtoffer '" + intake.slachtofferTelefoon() + "' is geen geldig telefoonnummer.");
    }
    if (!geenEmail && !EMAIL.matcher(intake.slachtofferEmail().trim()).matches()) {
      meldingen.add("E-mailadres slachtoffer '" + intake.slachtofferEmail() + "' is geen geldig e-mailadres.");
    }
    if (isLeeg(intake.individueleBeoordeling())) {
      meldingen.add("Vul de Individuele Beoordeling (beschermingsbehoeften van het slachtoffer) in (L324-336).");
    }
    if (isLeeg(intake.regio())) {
      meldingen.add("Kies de regio (het arrondissement van de ZSM-locatie) van de zaak.");
    } else if (Regio.vanCode(intake.regio()).filter(Regio.kiesbaar()::contains).isEmpty()) {
      meldingen.add("Onbekende regio '" + intake.regio() + "'; kies een van: "
          + String.join(", ", Regio.kiesbaar().stream().map(Regio::code).toList()) + ".");
    }
    if (!meldingen.isEmpty()) {
      throw new OngeldigeInvoerException(meldingen);
    }
  }

  private static boolean isLeeg(String tekst) {
    return tekst == null || tekst.isBlank();
  }
}
