package nl.zsm.hg.veiligheid.domain;

/** Where a registered measure stands (docs/slachtoffer.md, "Maatregelen hebben een levensloop"). */
public enum MaatregelStatus {
  /** Imposed and, between its start and end, in force. */
  OPGELEGD("opgelegd", true),
  /** Ended by a decision (release, sepot, not continued) or by its end date. */
  BEEINDIGD("beëindigd", false),
  /** Suspended, e.g. a bewaring the rechter-commissaris suspends under conditions: not in force. */
  GESCHORST("geschorst", false),
  /** Breached: still in force, the breach is recorded. */
  OVERTREDEN("overtreden", true);

  private final String naam;
  private final boolean vanKracht;

  MaatregelStatus(String naam, boolean vanKracht) {
    this.naam = naam;
    this.vanKracht = vanKracht;
  }

  public String naam() {
    return naam;
  }

  /** Whether a measure with this status can be in force (between its start and end). */
  public boolean vanKracht() {
    return vanKracht;
  }
}
