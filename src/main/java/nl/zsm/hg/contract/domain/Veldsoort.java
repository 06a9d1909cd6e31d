package nl.zsm.hg.contract.domain;

/** The kind of value a step may write, as the Camunda Form component that enters it. */
public enum Veldsoort {
  /** One line of text (textfield). */
  TEKST("tekst"),
  /** Free text over several lines (textarea). */
  LANGE_TEKST("lange tekst"),
  /** A number (number). */
  GETAL("getal"),
  /** Ja/nee (checkbox). */
  JA_NEE("ja/nee"),
  /** One of the listed values (radio, select). */
  KEUZE("keuze"),
  /** Zero or more of the listed values, a JSON list (checklist). */
  LIJST("lijst"),
  /** A calendar day, yyyy-mm-dd (datetime, subtype date). */
  DATUM("datum"),
  /** A moment with date and time (datetime, subtype datetime). */
  DATUMTIJD("datum en tijd");

  private final String omschrijving;

  Veldsoort(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  public String omschrijving() {
    return omschrijving;
  }
}
