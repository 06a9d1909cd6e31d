package nl.zsm.hg.veiligheid.domain;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.CIVIELE_MAATREGEL_OPGELEGD_OP;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.HUISVERBOD_OPGELEGD_OP;
import static nl.zsm.hg.veiligheid.domain.Autoriteit.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The catalogue of (juridische) veiligheidsmaatregelen (L370-391, L491-628, L741-752, L1205-1215,
 * Bijlage VIII L1520-1564). The names are the values of the variable {@code veiligheidsmaatregelen}.
 *
 * <p>Each measure knows its kind, who imposes it, and whether on its own it protects the victim after the
 * suspect is released. A measure that another authority imposes (a huisverbod by the burgemeester, a
 * kinderbeschermingsmaatregel by the civiele rechter) can be part of a decision of the officier only as a fact:
 * imposed already, on the date in {@link #opgelegdOpVeld()}.
 */
public enum Veiligheidsmaatregel {
  VASTHOUDEN_IVS("Verdachte niet vrijlaten: inverzekeringstelling",
      Maatregelsoort.VRIJHEIDSBENEMING, false, EnumSet.of(OFFICIER_VAN_JUSTITIE), null),
  VOORGELEIDING_RC("Voorgeleiding rechter-commissaris (bewaring, eventueel geschorst met bijzondere voorwaarden)",
      Maatregelsoort.VRIJHEIDSBENEMING, false, EnumSet.of(RECHTER_COMMISSARIS), null),
  GEDRAGSAANWIJZING_509HH("Gedragsaanwijzing officier van justitie (art. 509hh Sv)",
      Maatregelsoort.STRAFRECHTELIJKE_VOORWAARDE, true, EnumSet.of(OFFICIER_VAN_JUSTITIE), null),
  CONTACTVERBOD("Contactverbod",
      Maatregelsoort.STRAFRECHTELIJKE_VOORWAARDE, true, EnumSet.of(OFFICIER_VAN_JUSTITIE, RECHTER_COMMISSARIS, STRAFRECHTER), null),
  LOCATIEVERBOD("Locatieverbod",
      Maatregelsoort.STRAFRECHTELIJKE_VOORWAARDE, true, EnumSet.of(OFFICIER_VAN_JUSTITIE, RECHTER_COMMISSARIS, STRAFRECHTER), null),
  GEBIEDSVERBOD("Gebiedsverbod",
      Maatregelsoort.STRAFRECHTELIJKE_VOORWAARDE, true, EnumSet.of(OFFICIER_VAN_JUSTITIE, RECHTER_COMMISSARIS, STRAFRECHTER), null),
  /** Supports other measures; it does not keep the suspect away from the victim. */
  MELDPLICHT("Meldplicht",
      Maatregelsoort.STRAFRECHTELIJKE_VOORWAARDE, false, EnumSet.of(OFFICIER_VAN_JUSTITIE, RECHTER_COMMISSARIS, STRAFRECHTER), null),
  /** Controls a contact-, locatie- or gebiedsverbod (L380); on its own it forbids nothing. */
  ELEKTRONISCHE_MONITORING("Elektronische monitoring (enkelband)",
      Maatregelsoort.STRAFRECHTELIJKE_VOORWAARDE, false, EnumSet.of(OFFICIER_VAN_JUSTITIE, RECHTER_COMMISSARIS, STRAFRECHTER), null),
  /** Works on the causes (L381-383, L1209-1211); it does not protect the victim right after release. */
  MEEWERKEN_HULPVERLENING("Meewerken aan (reeds ingezette) hulpverlening",
      Maatregelsoort.HULPVERLENING, false, EnumSet.of(OFFICIER_VAN_JUSTITIE, RECHTER_COMMISSARIS, STRAFRECHTER), null),
  TIJDELIJK_HUISVERBOD("Tijdelijk huisverbod (burgemeester, 10 dagen)",
      Maatregelsoort.BESTUURLIJK, true, EnumSet.of(BURGEMEESTER), HUISVERBOD_OPGELEGD_OP),
  ONDERTOEZICHTSTELLING_UITHUISPLAATSING("(Voorlopige) ondertoezichtstelling en/of uithuisplaatsing (civiele rechter)",
      Maatregelsoort.CIVIEL, true, EnumSet.of(CIVIELE_RECHTER), CIVIELE_MAATREGEL_OPGELEGD_OP);

  private final String omschrijving;
  private final Maatregelsoort soort;
  private final boolean beschermtNaVrijlating;
  private final Set<Autoriteit> opgelegdDoor;
  private final String opgelegdOpVeld;

  Veiligheidsmaatregel(String omschrijving, Maatregelsoort soort, boolean beschermtNaVrijlating,
      Set<Autoriteit> opgelegdDoor, String opgelegdOpVeld) {
    this.omschrijving = omschrijving;
    this.soort = soort;
    this.beschermtNaVrijlating = beschermtNaVrijlating;
    this.opgelegdDoor = opgelegdDoor;
    this.opgelegdOpVeld = opgelegdOpVeld;
  }

  public String omschrijving() {
    return omschrijving;
  }

  public Maatregelsoort soort() {
    return soort;
  }

  /** On its own, keeps the suspect away from the victim after release (L417-421, L547-552, L1205-1208). */
  public boolean beschermtNaVrijlating() {
    return beschermtNaVrijlating;
  }

  public Set<Autoriteit> opgelegdDoor() {
    return EnumSet.copyOf(opgelegdDoor);
  }

  public boolean kanOpleggen(Autoriteit autoriteit) {
    return opgelegdDoor.contains(autoriteit);
  }

  /** Keeps the suspect deprived of liberty: cannot go with a release. */
  public boolean houdtVast() {
    return soort == Maatregelsoort.VRIJHEIDSBENEMING;
  }

  /**
   * The form field (a date) where a decision records that the measure's own authority imposed it already; null
   * when the officier imposes the measure himself.
   */
  public String opgelegdOpVeld() {
    return opgelegdOpVeld;
  }

  /** The authorities as in a sentence: "de burgemeester", "de officier van justitie of de rechter-commissaris". */
  public String opgelegdDoorInWoorden() {
    StringBuilder woorden = new StringBuilder();
    Autoriteit[] rij = opgelegdDoor.toArray(Autoriteit[]::new);
    for (int i = 0; i < rij.length; i++) {
      woorden.append(i == 0 ? "" : i == rij.length - 1 ? " of " : ", ").append(rij[i].naam());
    }
    return woorden.toString();
  }
}
