package nl.zsm.hg.intake.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** Checks an intake before the case enters ZSM; every problem gets a Dutch message. */
@Service
@EnableConfigurationProperties(IntakeInstellingen.class)
public class IntakeControle {

  /** Below 12 there is no criminal liability (art. 486 Sv); no ZSM case. */
  static final int MINIMUMLEEFTIJD = 12;
  static final int MAXIMUMLEEFTIJD = 120;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern TELEFOON = Pattern.compile("^\\+?[0-9][0-9 \\-]{8,18}[0-9]$");

  private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  private final Clock klok;
  private final IntakeInstellingen instellingen;

  IntakeControle(Clock klok) {
    this(klok, IntakeInstellingen.standaard());
  }

  /** @param klok the product's one clock (the engine's, see nl.zsm.hg.tijd.Engineklok) */
  @Autowired
  public IntakeControle(Clock klok, IntakeInstellingen instellingen) {
    this.klok = klok;
    this.instellingen = instellingen;
  }

  /**
   * A warning for the officer when the arrest was registered late (but plausibly): the deadlines run from the
   * arrest, not from the intake. Empty when there is nothing to warn about.
   */
  public Optional<String> waarschuwing(Intake intake) {
    if (!Boolean.TRUE.equals(intake.vast()) || intake.tijdstipAanhouding() == null) {
      return Optional.empty();
    }
    Duration geleden = Duration.between(intake.tijdstipAanhouding(), LocalDateTime.now(klok));
    if (geleden.compareTo(instellingen.laatGeregistreerdNa()) <= 0) {
      return Optional.empty();
    }
    return Optional.of("Let op: de aanhouding (" + TIJDSTIP.format(intake.tijdstipAanhouding()) + ") is "
        + duur(geleden) + " geleden, laat geregistreerd. De termijnen lopen vanaf de aanhouding: controleer of"
        + " het ophouden voor onderzoek nog loopt en of het tijdstip klopt.");
  }

  private static String duur(Duration geleden) {
    long dagen = geleden.toDays();
    long uren = geleden.toHoursPart();
    if (dagen == 0) {
      return geleden.toHours() + " uur";
    }
    return dagen + (dagen == 1 ? " dag" : " dagen") + (uren == 0 ? "" : " en " + uren + " uur");
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
        meldingen.add("Vul het tijdstip van aanhouding in: binnen 9 uur daarna beslist de officier over inverzekeringstelling (Werkwijze, stap 2: veiligheidsbeoordeling).");
      } else if (intake.tijdstipAanhouding().isAfter(LocalDateTime.now(klok).plusMinutes(5))) {
        meldingen.add("Het tijdstip van aanhouding ligt in de toekomst.");
      } else if (intake.tijdstipAanhouding().isBefore(
          LocalDateTime.now(klok).minus(instellingen.aanhoudingMaximaalGeleden()))) {
        meldingen.add("Tijdstip aanhouding " + TIJDSTIP.format(intake.tijdstipAanhouding()) + " is te lang geleden"
            + " (meer dan " + duur(instellingen.aanhoudingMaximaalGeleden()) + "): controleer datum en jaar. Na die"
            + " periode zijn ophouden en inverzekeringstelling voorbij en is het geen vastzaak meer.");
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
      meldingen.add("Vul een telefoonnummer of e-mailadres van het slachtoffer in: het slachtoffer wordt direct en persoonlijk geïnformeerd (Werkwijze, stap 7: slachtoffer direct en persoonlijk informeren).");
    }
    if (!geenTelefoon && !TELEFOON.matcher(intake.slachtofferTelefoon().trim()).matches()) {
      // never the value itself: this message reaches the engine's log (docs/privacy-en-beheer.md)
      meldingen.add("Het telefoonnummer van het slachtoffer is geen geldig telefoonnummer (cijfers, eventueel met +, spaties of streepjes).");
    }
    if (!geenEmail && !EMAIL.matcher(intake.slachtofferEmail().trim()).matches()) {
      meldingen.add("Het e-mailadres van het slachtoffer is geen geldig e-mailadres.");
    }
    if (isLeeg(intake.individueleBeoordeling())) {
      meldingen.add("Vul de Individuele Beoordeling (beschermingsbehoeften van het slachtoffer) in (Werkwijze, stap 2: Individuele Beoordeling).");
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
