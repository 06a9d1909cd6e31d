package nl.zsm.hg.veiligheid.domain;

/**
 * Who imposes a veiligheidsmaatregel (L750-752: advise 3RO, vorderen OM, opleggen OM and/or ZM; L496-505:
 * the burgemeester imposes the tijdelijk huisverbod; L620-628: the civiele rechter decides on (V)OTS and
 * uithuisplaatsing).
 */
public enum Autoriteit {
  OFFICIER_VAN_JUSTITIE("de officier van justitie"),
  RECHTER_COMMISSARIS("de rechter-commissaris"),
  STRAFRECHTER("de strafrechter"),
  BURGEMEESTER("de burgemeester"),
  CIVIELE_RECHTER("de civiele rechter");

  private final String naam;

  Autoriteit(String naam) {
    this.naam = naam;
  }

  /** As in a sentence: "de burgemeester". */
  public String naam() {
    return naam;
  }
}
