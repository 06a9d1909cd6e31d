package nl.zsm.hg.veiligheid;

/**
 * The catalogue of (juridische) veiligheidsmaatregelen the OvJ can take, vorderen or ask for (L380-395,
 * L497-523, L741-800, L1519-1554, Bijlage VIII). The names are the values of the variable
 * {@code veiligheidsmaatregelen}.
 */
public enum Veiligheidsmaatregel {
  VASTHOUDEN_IVS("Verdachte niet vrijlaten: inverzekeringstelling"),
  VOORGELEIDING_RC("Voorgeleiding rechter-commissaris (bewaring, eventueel geschorst met bijzondere voorwaarden)"),
  GEDRAGSAANWIJZING_509HH("Gedragsaanwijzing officier van justitie (art. 509hh Sv)"),
  CONTACTVERBOD("Contactverbod"),
  LOCATIEVERBOD("Locatieverbod"),
  GEBIEDSVERBOD("Gebiedsverbod"),
  MELDPLICHT("Meldplicht"),
  ELEKTRONISCHE_MONITORING("Elektronische monitoring (enkelband)"),
  MEEWERKEN_HULPVERLENING("Meewerken aan (reeds ingezette) hulpverlening"),
  TIJDELIJK_HUISVERBOD("Tijdelijk huisverbod (burgemeester, 10 dagen)");

  private final String omschrijving;

  Veiligheidsmaatregel(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  public String omschrijving() {
    return omschrijving;
  }
}
