package nl.zsm.hg.veiligheid.maatregelen;

import java.time.Instant;
import java.time.LocalDate;
import nl.zsm.hg.veiligheid.Veiligheidsmaatregel;

/**
 * A protective measure as registered when the OvJ imposes it (L818-825): kind, conditions, the area it
 * applies to (locatie- or gebiedsverbod), start and end (no end: until further notice).
 */
public record Beschermingsmaatregel(String zaaknummer, Veiligheidsmaatregel soort, String omschrijving,
    String voorwaarden, String gebied, LocalDate ingangsdatum, LocalDate einddatum, String beslissing,
    Instant geregistreerdOp) {

  /** In force on {@code dag}: started and not yet ended. */
  public boolean actiefOp(LocalDate dag) {
    return !ingangsdatum.isAfter(dag) && (einddatum == null || !einddatum.isBefore(dag));
  }

  /** Contact-, locatie- or gebiedsverbod: the victim is told what it means and how to report a breach (L812-814). */
  public boolean isVerbod() {
    return soort == Veiligheidsmaatregel.CONTACTVERBOD || soort == Veiligheidsmaatregel.LOCATIEVERBOD
        || soort == Veiligheidsmaatregel.GEBIEDSVERBOD;
  }
}
