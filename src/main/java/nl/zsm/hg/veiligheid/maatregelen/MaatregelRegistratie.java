package nl.zsm.hg.veiligheid.maatregelen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import nl.zsm.hg.veiligheid.Veiligheidsmaatregel;
import org.springframework.stereotype.Service;

/**
 * Turns the measures the OvJ chose, with their details, into registrations and stores them (L818-825).
 * Checks first, so a wrong entry stores nothing.
 */
@Service
public class MaatregelRegistratie {

  private static final Set<Veiligheidsmaatregel> MET_GEBIED =
      Set.of(Veiligheidsmaatregel.LOCATIEVERBOD, Veiligheidsmaatregel.GEBIEDSVERBOD);

  /** Lengths of the columns in schema.sql. */
  static final int MAXIMUM_GEBIED = 1000;
  static final int MAXIMUM_VOORWAARDEN = 4000;

  private final MaatregelRegister register;

  public MaatregelRegistratie(MaatregelRegister register) {
    this.register = register;
  }

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

  public List<Beschermingsmaatregel> registreer(String zaaknummer, String beslissing, Set<Veiligheidsmaatregel> soorten,
      Details details, LocalDate vandaag, Instant nu) {
    List<Beschermingsmaatregel> maatregelen = opstellen(zaaknummer, beslissing, soorten, details, vandaag, nu);
    register.vervang(zaaknummer, beslissing, maatregelen);
    return maatregelen;
  }

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

  /** The columns gebied and voorwaarden of the table beschermingsmaatregel (schema.sql). */
  private static void teLang(String tekst, int maximum, String veld, List<String> fouten) {
    if (tekst != null && tekst.trim().length() > maximum) {
      fouten.add(veld + " is te lang: " + tekst.trim().length() + " tekens, hooguit " + maximum + ".");
    }
  }

  private static String leegAlsNull(String tekst) {
    return tekst == null || tekst.isBlank() ? null : tekst.trim();
  }
}
