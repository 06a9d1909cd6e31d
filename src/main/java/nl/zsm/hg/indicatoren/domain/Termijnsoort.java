package nl.zsm.hg.indicatoren.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The deadlines the process guards (docs/termijnbewaking.md). The incident of type {@code termijnOverschreden}
 * carries the deadline's name as its configuration; that name is the link between an incident and this enum.
 */
public enum Termijnsoort {
  OPHOUDEN("ophouden", "ophouden voor onderzoek (art. 56a Sv)", "9-uurstermijn (ophouden voor onderzoek)"),
  VEILIGHEIDSBEOORDELING("vt-5-werkdagen", "veiligheidsbeoordeling door Veilig Thuis",
      "5 werkdagen voor de veiligheidsbeoordeling (niet-vastzaak)"),
  INVERZEKERINGSTELLING("inverzekeringstelling", "inverzekeringstelling (art. 58 Sv)", "inverzekeringstelling");

  private final String code;
  private final String incidentConfiguratie;
  private final String omschrijving;

  Termijnsoort(String code, String incidentConfiguratie, String omschrijving) {
    this.code = code;
    this.incidentConfiguratie = incidentConfiguratie;
    this.omschrijving = omschrijving;
  }

  public String code() {
    return code;
  }

  public String omschrijving() {
    return omschrijving;
  }

  public static Optional<Termijnsoort> vanIncident(String configuratie) {
    return Arrays.stream(values()).filter(t -> t.incidentConfiguratie.equals(configuratie)).findFirst();
  }
}
