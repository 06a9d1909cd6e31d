package nl.zsm.hg.veiligheid.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * Turns the measures the OvJ chose, with their details, into registrations and stores them (L818-825).
 * Checks first, so a wrong entry stores nothing.
 */
@Service
public record MaatregelRegistratie(MaatregelRegister register) {

  private static final Set<Veiligheidsmaatregel> MET_GEBIED =
      Set.of(Veiligheidsmaatregel.LOCATIEVERBOD, Veiligheidsmaatregel.GEBIEDSVERBOD);

  /** Lengths of the columns in db/migration. */
  static final int MAXIMUM_GEBIED = 1000;
  static final int MAXIMUM_VOORWAARDEN = 4000;

  /**
   * The details the OvJ entered for the measures of one decision.
   *
   * @param opgelegdOp for a measure another authority imposed (huisverbod): the day it was imposed, its start
   */
  public record Details(String voorwaarden, String gebied, LocalDate ingangsdatum, LocalDate einddatum,
      Map<Veiligheidsmaatregel, LocalDate> opgelegdOp) {

    public Details(String voorwaarden, String gebied, LocalDate ingangsdatum, LocalDate einddatum) {
      this(voorwaarden, gebied, ingangsdatum, einddatum, Map.of());
    }
  }

  /**
   * What a decision means for measures registered earlier in the case.
   *
   * @param vrijlating the suspect goes free: the vrijheidsbeneming (inverzekeringstelling, voorgeleiding) ends
   * @param strafzaakEindigt a sepot 01/02: every criminal measure ends and none is registered (L562-566)
   * @param herzieningsdatum when the measures of this decision are looked at again (the plandatum), or null
   * @param vrijheidsbenemingTot the last day of the inverzekeringstelling or the latest voorgeleiding, or null
   */
  public record Gevolgen(boolean vrijlating, boolean strafzaakEindigt, LocalDate herzieningsdatum,
      LocalDate vrijheidsbenemingTot) {

    /** A decision that keeps everything as it is and has no review date. */
    public static final Gevolgen GEEN = new Gevolgen(false, false, null, null);
  }

  /** The registrations as they stand after a decision, and those the decision ended. */
  public record Uitkomst(List<Beschermingsmaatregel> geregistreerd, List<Beschermingsmaatregel> beeindigd) {}

  /** Registers without consequences for earlier measures (no release, no sepot, no review date). */
  public List<Beschermingsmaatregel> registreer(String zaaknummer, String beslissing, Set<Veiligheidsmaatregel> soorten,
      Details details, LocalDate vandaag, Instant nu) {
    return registreer(zaaknummer, beslissing, soorten, details, Gevolgen.GEEN, vandaag, nu).geregistreerd();
  }

  /**
   * Registers the measures of one decision and applies its consequences to the measures of the case: a release ends
   * the vrijheidsbeneming, a sepot ends every criminal measure, a measure the officier imposed before and did not
   * continue in this decision ends; a measure registered again stays one registration (updated, with history, if
   * its conditions, area or dates changed).
   */
  public Uitkomst registreer(String zaaknummer, String beslissing, Set<Veiligheidsmaatregel> soorten,
      Details details, Gevolgen gevolgen, LocalDate vandaag, Instant nu) {
    List<Beschermingsmaatregel> opgesteld = opstellen(zaaknummer, beslissing, soorten, details, vandaag, nu).stream()
        .filter(m -> !(gevolgen.strafzaakEindigt() && strafrechtelijk(m.soort())))
        .map(m -> m.metHerzieningsdatum(herzieningsdatum(m, gevolgen)))
        .toList();
    String zaak = zaaknummer.trim();
    List<Beschermingsmaatregel> beeindigd = new ArrayList<>();
    if (gevolgen.strafzaakEindigt()) {
      beeindigd.addAll(register.beeindig(zaak, EnumSet.copyOf(Arrays.stream(Veiligheidsmaatregel.values())
          .filter(MaatregelRegistratie::strafrechtelijk).toList()), beslissing, vandaag, nu,
          "Beëindigd: met het sepot eindigt de strafzaak."));
    }
    if (gevolgen.vrijlating()) {
      beeindigd.addAll(register.beeindig(zaak, EnumSet.copyOf(Arrays.stream(Veiligheidsmaatregel.values())
          .filter(Veiligheidsmaatregel::houdtVast).toList()), beslissing, vandaag, nu,
          "Beëindigd: de verdachte is vrijgelaten."));
    }
    Set<Veiligheidsmaatregel> nietVoortgezet = EnumSet.noneOf(Veiligheidsmaatregel.class);
    for (Beschermingsmaatregel huidig : register.huidige(zaak)) {
      if (!soorten.contains(huidig.soort()) && !huidig.soort().houdtVast()
          && huidig.soort().kanOpleggen(Autoriteit.OFFICIER_VAN_JUSTITIE)) {
        nietVoortgezet.add(huidig.soort());
      }
    }
    if (!nietVoortgezet.isEmpty()) {
      beeindigd.addAll(register.beeindig(zaak, nietVoortgezet, beslissing, vandaag, nu,
          "Beëindigd: de officier van justitie heeft de maatregel in deze beslissing niet voortgezet."));
    }
    return new Uitkomst(register.registreer(opgesteld), beeindigd);
  }

  /** Criminal law: deprivation of liberty, criminal conditions and conditional help; ends with a sepot. */
  static boolean strafrechtelijk(Veiligheidsmaatregel soort) {
    return soort.soort() == Maatregelsoort.VRIJHEIDSBENEMING || soort.soort() == Maatregelsoort.STRAFRECHTELIJKE_VOORWAARDE
        || soort.soort() == Maatregelsoort.HULPVERLENING;
  }

  /**
   * The review date of a measure without an end date: the end of the inverzekeringstelling or the latest
   * voorgeleiding for a vrijheidsbeneming, the tenth day of a tijdelijk huisverbod (the burgemeester decides on an
   * extension), else the review date of the decision (the plandatum).
   */
  static LocalDate herzieningsdatum(Beschermingsmaatregel m, Gevolgen gevolgen) {
    if (m.einddatum() != null) {
      return null;
    }
    if (m.soort().houdtVast()) {
      return gevolgen.vrijheidsbenemingTot();
    }
    if (m.soort() == Veiligheidsmaatregel.TIJDELIJK_HUISVERBOD) {
      return m.ingangsdatum().plusDays(HUISVERBOD_DAGEN);
    }
    return gevolgen.herzieningsdatum();
  }

  /** A tijdelijk huisverbod lasts ten days (Wet tijdelijk huisverbod). */
  static final int HUISVERBOD_DAGEN = 10;

  static List<Beschermingsmaatregel> opstellen(String zaaknummer, String beslissing, Set<Veiligheidsmaatregel> soorten,
      Details details, LocalDate vandaag, Instant nu) {
    if (zaaknummer == null || zaaknummer.isBlank()) {
      throw new OngeldigeInvoerException("Zonder zaaknummer kan een maatregel niet worden geregistreerd.");
    }
    List<String> fouten = new ArrayList<>();
    LocalDate ingang = details.ingangsdatum() == null ? vandaag : details.ingangsdatum();
    if (details.einddatum() != null && details.einddatum().isBefore(ingang)) {
      fouten.add("De einddatum van de maatregelen ligt vóór de ingangsdatum.");
    }
    boolean gebiedNodig = soorten.stream().anyMatch(MET_GEBIED::contains);
    if (gebiedNodig && (details.gebied() == null || details.gebied().isBlank())) {
      fouten.add("Vul bij een locatie- of gebiedsverbod in waar het geldt (adres of gebied).");
    }
    teLang(details.gebied(), MAXIMUM_GEBIED, "Het gebied of adres van het verbod", fouten);
    teLang(details.voorwaarden(), MAXIMUM_VOORWAARDEN, "De voorwaarden van de maatregelen", fouten);
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
    List<Beschermingsmaatregel> maatregelen = new ArrayList<>();
    for (Veiligheidsmaatregel soort : soorten) {
      LocalDate eigenIngang = details.opgelegdOp().getOrDefault(soort, ingang);
      LocalDate einde = details.einddatum() != null && details.einddatum().isBefore(eigenIngang) ? null : details.einddatum();
      maatregelen.add(new Beschermingsmaatregel(zaaknummer.trim(), soort, soort.omschrijving(),
          leegAlsNull(details.voorwaarden()), MET_GEBIED.contains(soort) ? details.gebied().trim() : null,
          eigenIngang, einde, beslissing, nu));
    }
    return maatregelen;
  }

  /** The columns gebied and voorwaarden of the table beschermingsmaatregel (db/migration). */
  private static void teLang(String tekst, int maximum, String veld, List<String> fouten) {
    if (tekst != null && tekst.trim().length() > maximum) {
      fouten.add(veld + " is te lang: " + tekst.trim().length() + " tekens, hooguit " + maximum + ".");
    }
  }

  private static String leegAlsNull(String tekst) {
    return tekst == null || tekst.isBlank() ? null : tekst.trim();
  }
}
