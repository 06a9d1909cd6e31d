package nl.zsm.hg.veiligheid.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * Registers the outcome of the voorgeleiding in the measures register (Werkwijze, stap 5, L838-842: the RC decides on
 * the bewaring and, with a schorsing, on the bijzondere voorwaarden; L1419-1421: the safety measures are part of the
 * schorsingsvoorwaarden). Every outcome ends the inverzekeringstelling. An inbewaringstelling keeps the voorgeleiding
 * (bewaring) in force, reviewed after at most 14 days (art. 64 Sv). A schorsing puts the bewaring on GESCHORST (not
 * in force) and registers each condition as a measure of the RC. An invrijheidstelling ends the bewaring. Measures
 * of other authorities (the OvJ's, a huisverbod) stay as they are.
 *
 * <p>The RC is not refused like the officier: the court decides. When the RC releases a suspect whose onveiligheid is
 * acute (or not yet assessed) and no measure that protects the victim is in force, the outcome says so
 * ({@link Uitkomst#zonderBescherming()}) and the case gives the officier a task (docs/proces.md).
 */
@Service
public record VoorgeleidingUitkomstRegistratie(MaatregelRegister register) {

  /** The bewaring lasts at most 14 days (art. 64 Sv); then the raadkamer decides on gevangenhouding. */
  static final int BEWARING_DAGEN = 14;

  /**
   * @param vanKracht the measures of the case in force after the outcome
   * @param beeindigd the measures the outcome ended
   * @param zonderBescherming released although the victim needs protection, and no protective measure in force
   * @param waarschuwing the warning in Dutch when {@code zonderBescherming}, else null
   */
  public record Uitkomst(List<Beschermingsmaatregel> vanKracht, List<Beschermingsmaatregel> beeindigd,
      boolean zonderBescherming, String waarschuwing) {}

  /** The conditions and their details as the officier records them from the RC's decision. */
  public record Schorsingsvoorwaarden(Set<Veiligheidsmaatregel> soorten, String toelichting, String gebied) {

    public static final Schorsingsvoorwaarden GEEN = new Schorsingsvoorwaarden(Set.of(), null, null);
  }

  public Uitkomst registreer(String zaaknummer, UitkomstVoorgeleiding uitkomst, Schorsingsvoorwaarden voorwaarden,
      Veiligheidsstand stand, LocalDate vandaag, Instant nu) {
    String zaak = zaaknummer.trim();
    String beslissing = uitkomst.beslissing();
    List<Beschermingsmaatregel> voorwaardenOpgesteld = controleer(zaak, uitkomst, voorwaarden, vandaag, nu);

    List<Beschermingsmaatregel> beeindigd = new ArrayList<>(register.beeindig(zaak,
        EnumSet.of(Veiligheidsmaatregel.VASTHOUDEN_IVS), beslissing, vandaag, nu, switch (uitkomst) {
          case INBEWARINGSTELLING -> "Beëindigd: de rechter-commissaris heeft de inbewaringstelling bevolen.";
          case SCHORSING -> "Beëindigd: de rechter-commissaris heeft de bewaring onder voorwaarden geschorst.";
          case INVRIJHEIDSTELLING -> "Beëindigd: de rechter-commissaris heeft de verdachte in vrijheid gesteld.";
        }));
    switch (uitkomst) {
      case INBEWARINGSTELLING -> register.registreer(List.of(bewaring(zaak, beslissing, vandaag, nu)
          .metHerzieningsdatum(vandaag.plusDays(BEWARING_DAGEN))));
      case SCHORSING -> {
        // the bewaring the officier asked for stays one registration: it is suspended, not registered anew
        if (register.huidige(zaak).stream().noneMatch(m -> m.soort() == Veiligheidsmaatregel.VOORGELEIDING_RC)) {
          register.registreer(List.of(bewaring(zaak, beslissing, vandaag, nu)));
        }
        register.wijzigStatus(zaak, Veiligheidsmaatregel.VOORGELEIDING_RC, MaatregelStatus.GESCHORST, beslissing, nu,
            "Geschorst door de rechter-commissaris onder voorwaarden: " + voorwaardenOpgesteld.stream()
                .map(Beschermingsmaatregel::omschrijving).collect(Collectors.joining(", ")) + ".");
        register.registreer(voorwaardenOpgesteld);
      }
      case INVRIJHEIDSTELLING -> beeindigd.addAll(register.beeindig(zaak,
          EnumSet.of(Veiligheidsmaatregel.VOORGELEIDING_RC), beslissing, vandaag, nu,
          "Beëindigd: de rechter-commissaris heeft de verdachte in vrijheid gesteld."));
    }
    List<Beschermingsmaatregel> vanKracht = register.actief(zaak, vandaag);
    boolean beschermd = vanKracht.stream().anyMatch(m -> m.soort().beschermtNaVrijlating());
    boolean zonderBescherming = uitkomst.vrijlating() && stand.vraagtBeschermingBijVrijlating() && !beschermd;
    return new Uitkomst(vanKracht, beeindigd, zonderBescherming, zonderBescherming ? waarschuwing(uitkomst, stand) : null);
  }

  private static Beschermingsmaatregel bewaring(String zaak, String beslissing, LocalDate vandaag, Instant nu) {
    return new Beschermingsmaatregel(zaak, Veiligheidsmaatregel.VOORGELEIDING_RC,
        Veiligheidsmaatregel.VOORGELEIDING_RC.omschrijving(), null, null, vandaag, null, beslissing, nu);
  }

  /** Checks everything before anything is stored: a wrong entry changes nothing. */
  static List<Beschermingsmaatregel> controleer(String zaak, UitkomstVoorgeleiding uitkomst,
      Schorsingsvoorwaarden voorwaarden, LocalDate vandaag, Instant nu) {
    Set<Veiligheidsmaatregel> soorten = voorwaarden.soorten();
    if (uitkomst != UitkomstVoorgeleiding.SCHORSING) {
      if (!soorten.isEmpty()) {
        throw new OngeldigeInvoerException("Schorsingsvoorwaarden horen alleen bij een schorsing van de bewaring;"
            + " kies 'schorsing onder voorwaarden' of laat de voorwaarden leeg.");
      }
      return List.of();
    }
    if (soorten.isEmpty()) {
      throw new OngeldigeInvoerException("Een schorsing gaat altijd met voorwaarden: kies ten minste één"
          + " schorsingsvoorwaarde die de rechter-commissaris heeft opgelegd (" + mogelijkeVoorwaarden() + ").");
    }
    List<String> fouten = new ArrayList<>();
    for (Veiligheidsmaatregel soort : soorten) {
      if (soort.houdtVast() || !soort.kanOpleggen(Autoriteit.RECHTER_COMMISSARIS)) {
        fouten.add("'" + soort.omschrijving() + "' is geen voorwaarde die de rechter-commissaris bij een schorsing"
            + " oplegt. Kies uit: " + mogelijkeVoorwaarden() + ".");
      }
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
    return MaatregelRegistratie.opstellen(zaak, uitkomst.beslissing(), soorten,
        new MaatregelRegistratie.Details(voorwaarden.toelichting(), voorwaarden.gebied(), vandaag, null), vandaag, nu);
  }

  static String mogelijkeVoorwaarden() {
    return Arrays.stream(Veiligheidsmaatregel.values())
        .filter(m -> !m.houdtVast() && m.kanOpleggen(Autoriteit.RECHTER_COMMISSARIS))
        .map(Veiligheidsmaatregel::omschrijving).collect(Collectors.joining(", "));
  }

  static String waarschuwing(UitkomstVoorgeleiding uitkomst, Veiligheidsstand stand) {
    String onveiligheid = !stand.beoordelingAfgerond()
        ? "Veilig Thuis heeft de veiligheid nog niet beoordeeld; dan telt de onveiligheid als acuut"
        : "Veilig Thuis beoordeelt de situatie als acuut onveilig (of heeft niet vastgelegd of zij acuut is)";
    return "Let op: " + onveiligheid + ", en de rechter-commissaris heeft de verdachte vrijgelaten ("
        + (uitkomst == UitkomstVoorgeleiding.SCHORSING ? "schorsing" : "invrijheidstelling")
        + ") zonder een maatregel die het slachtoffer na vrijlating beschermt (Werkwijze, stap 2 en Bijlage II:"
        + " acute onveiligheid). De officier van justitie regelt vandaag de veiligheid van het slachtoffer, bijvoorbeeld"
        + " met een gedragsaanwijzing (art. 509hh Sv), een tijdelijk huisverbod via de burgemeester of afspraken met"
        + " Veilig Thuis over een veiligheidsplan.";
  }
}
