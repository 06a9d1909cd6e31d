package nl.zsm.hg.intake.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the police records when an HG case enters ZSM (L150-165, L324-339, L4305-4330). Fields are
 * nullable: {@link IntakeControle} reports what is missing.
 */
public record Intake(
    String zaaknummer,
    Boolean vast,
    Boolean heterdaad,
    LocalDateTime tijdstipAanhouding,
    Integer leeftijdVerdachte,
    Boolean labelHuiselijkGeweld,
    Boolean labelExPartnerstalking,
    Boolean kinderenInGezin,
    Boolean vtMeldingGedaan,
    LocalDate datumVtMelding,
    Integer transportMinuten,
    String slachtofferNaam,
    String slachtofferTelefoon,
    String slachtofferEmail,
    Boolean slachtofferToestemmingContact,
    String individueleBeoordeling,
    String regio) {

  /** Minors are suspects under 18 (Bijlage III, L1317-1329). */
  public boolean minderjarig() {
    return leeftijdVerdachte != null && leeftijdVerdachte < 18;
  }
}
