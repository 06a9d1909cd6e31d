package nl.zsm.hg.veiligheid.domain;

/**
 * The legal kind of a veiligheidsmaatregel (Werkwijze, Het nemen van veiligheidsmaatregelen L370-391;
 * Hulpverlening met een niet-strafrechtelijk juridisch kader L491-628; Bijlage VIII L1520-1564).
 */
public enum Maatregelsoort {
  VRIJHEIDSBENEMING("vrijheidsbeneming"),
  STRAFRECHTELIJKE_VOORWAARDE("strafrechtelijke voorwaarde"),
  BESTUURLIJK("bestuurlijk"),
  CIVIEL("civiel"),
  HULPVERLENING("hulpverlening");

  private final String omschrijving;

  Maatregelsoort(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  public String omschrijving() {
    return omschrijving;
  }
}
