package nl.zsm.hg.veiligheid.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A protective measure as registered when the OvJ imposes it (L818-825): kind, conditions, the area it
 * applies to (locatie- or gebiedsverbod), start and end (no end: until further notice), and its lifecycle: the
 * status, the date it is reviewed (end of the inverzekeringstelling, the plandatum, the end of a huisverbod) and the
 * decision that last changed it ({@code beslissing} stays the decision that imposed it).
 */
public record Beschermingsmaatregel(String zaaknummer, Veiligheidsmaatregel soort, String omschrijving,
    String voorwaarden, String gebied, LocalDate ingangsdatum, LocalDate einddatum, String beslissing,
    Instant geregistreerdOp, Long id, MaatregelStatus status, LocalDate herzieningsdatum, String gewijzigdDoor,
    Instant gewijzigdOp) {

  public Beschermingsmaatregel {
    status = status == null ? MaatregelStatus.OPGELEGD : status;
  }

  /** A new registration, not yet stored: imposed by {@code beslissing}. */
  public Beschermingsmaatregel(String zaaknummer, Veiligheidsmaatregel soort, String omschrijving, String voorwaarden,
      String gebied, LocalDate ingangsdatum, LocalDate einddatum, String beslissing, Instant geregistreerdOp) {
    this(zaaknummer, soort, omschrijving, voorwaarden, gebied, ingangsdatum, einddatum, beslissing, geregistreerdOp,
        null, MaatregelStatus.OPGELEGD, null, beslissing, geregistreerdOp);
  }

  public Beschermingsmaatregel metHerzieningsdatum(LocalDate datum) {
    return new Beschermingsmaatregel(zaaknummer, soort, omschrijving, voorwaarden, gebied, ingangsdatum, einddatum,
        beslissing, geregistreerdOp, id, status, datum, gewijzigdDoor, gewijzigdOp);
  }

  /**
   * In force on {@code dag}: started, not yet ended and not suspended. A measure a decision ended is in force up to
   * the day before its end date (the day of the decision it no longer applies).
   */
  public boolean actiefOp(LocalDate dag) {
    if (ingangsdatum.isAfter(dag)) {
      return false;
    }
    if (status == MaatregelStatus.BEEINDIGD) {
      return einddatum != null && einddatum.isAfter(dag);
    }
    return status.vanKracht() && (einddatum == null || !einddatum.isBefore(dag));
  }

  /** Contact-, locatie- or gebiedsverbod: the victim is told what it means and how to report a breach (L812-814). */
  public boolean isVerbod() {
    return soort == Veiligheidsmaatregel.CONTACTVERBOD || soort == Veiligheidsmaatregel.LOCATIEVERBOD
        || soort == Veiligheidsmaatregel.GEBIEDSVERBOD;
  }

  /** Same content as {@code ander}: conditions, area, dates. */
  boolean zelfdeInhoud(Beschermingsmaatregel ander) {
    return java.util.Objects.equals(voorwaarden, ander.voorwaarden) && java.util.Objects.equals(gebied, ander.gebied)
        && java.util.Objects.equals(ingangsdatum, ander.ingangsdatum)
        && java.util.Objects.equals(einddatum, ander.einddatum)
        && java.util.Objects.equals(herzieningsdatum, ander.herzieningsdatum);
  }
}
