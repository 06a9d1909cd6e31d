package nl.zsm.hg.indicatoren.domain;

/**
 * One figure for the network: {@code waarde} computed over {@code aantalZaken} cases. A suppressed cell
 * ({@code onderdrukt}) shows neither the figure nor the number of cases.
 */
public record Indicator(String code, String omschrijving, Double waarde, Integer aantalZaken, boolean onderdrukt) {

  static Indicator zichtbaar(String code, String omschrijving, Double waarde, int aantalZaken) {
    return new Indicator(code, omschrijving, waarde, aantalZaken, false);
  }

  Indicator onderdrukken() {
    return new Indicator(code, omschrijving, null, null, true);
  }
}
