package nl.zsm.hg.veiligheid.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * What the mails and the caller's form tell about the measures of a case: only those in force now, each once, with
 * their real end or review date; and those the latest decision ended.
 *
 * @param klok the product's one clock (nl.zsm.hg.tijd.Engineklok)
 */
@Service
public record Maatregelstand(MaatregelRegister register, Clock klok) {

  public static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  /** The state today; {@code beslissing} may be null before any afdoening (a release at the custody decision). */
  public Stand vandaag(String zaaknummer, String beslissing) {
    return van(zaaknummer, beslissing, LocalDate.now(klok));
  }

  /**
   * @param vanKracht in force on the day, at most one per kind
   * @param beeindigd ended by the decision named (status BEEINDIGD, changed by it)
   */
  public record Stand(List<Beschermingsmaatregel> vanKracht, List<Beschermingsmaatregel> beeindigd) {}

  public Stand van(String zaaknummer, String beslissing, LocalDate dag) {
    java.util.Map<nl.zsm.hg.veiligheid.domain.Veiligheidsmaatregel, Beschermingsmaatregel> perSoort = new java.util.LinkedHashMap<>();
    register.actief(zaaknummer, dag).forEach(m -> perSoort.put(m.soort(), m));
    List<Beschermingsmaatregel> vanKracht = List.copyOf(perSoort.values());
    List<Beschermingsmaatregel> beeindigd = register.vanZaak(zaaknummer).stream()
        .filter(m -> m.status() == MaatregelStatus.BEEINDIGD && beslissing != null && beslissing.equals(m.gewijzigdDoor()))
        .filter(m -> vanKracht.stream().noneMatch(v -> v.soort() == m.soort()))
        .toList();
    return new Stand(vanKracht, beeindigd);
  }

  /**
   * The period in words: "geldt vanaf 1 december 2026 tot en met 1 juni 2027", "geldt vanaf ...; uiterlijk op ...
   * wordt opnieuw beslist", or "geldt vanaf ... tot nader bericht" when there is neither an end nor a review date.
   */
  public static String periode(Beschermingsmaatregel m) {
    String vanaf = "geldt vanaf " + DATUM.format(m.ingangsdatum());
    if (m.einddatum() != null) {
      return vanaf + " tot en met " + DATUM.format(m.einddatum());
    }
    if (m.herzieningsdatum() != null) {
      return vanaf + "; uiterlijk op " + DATUM.format(m.herzieningsdatum()) + " wordt opnieuw beslist";
    }
    return vanaf + " tot nader bericht";
  }

  /** "beëindigd op 30 november 2026". */
  public static String einde(Beschermingsmaatregel m) {
    return "beëindigd op " + DATUM.format(m.einddatum());
  }
}
