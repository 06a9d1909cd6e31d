package nl.zsm.hg.security.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The organisations at the ZSM desk, each a Camunda group. The group ids are a contract: BPMN
 * candidate groups, Tasklist filters and other systems use them.
 */
public enum Organisatie {
  OM("om", "Openbaar Ministerie (ZSM-officier)", true),
  POLITIE("politie", "Politie", true),
  VEILIG_THUIS("veilig-thuis", "Veilig Thuis", true),
  RECLASSERING("reclassering", "Reclassering (3RO)", true),
  RVDK("rvdk", "Raad voor de Kinderbescherming", true),
  SLACHTOFFERHULP("slachtofferhulp", "Slachtofferhulp Nederland", true),
  ZSM_SUPERVISOR("zsm-supervisor", "ZSM-supervisor (termijnbewaking)", false),
  PROCESBEHEER("procesbeheer", "Procesbeheer (proceseigenaren)", false),
  /** A system, not people: the link that delivers the court's decision (message UitspraakRechter). */
  RECHTSPRAAK_KOPPELING("rechtspraak-koppeling", "Koppeling rechtspraak (uitspraken)", false),
  /** The privacy officer: reads the access log (/api/toegangslog), no case data. */
  PRIVACY("privacy", "Privacy (functionaris gegevensbescherming)", false),
  /** Policy officers of the network: only the aggregated indicators (/api/indicatoren), no case data, no engine rights. */
  BELEID("beleid", "Beleid (alleen geaggregeerde indicatoren)", false);

  private final String groupId;
  private final String naam;
  private final boolean ketenpartner;

  Organisatie(String groupId, String naam, boolean ketenpartner) {
    this.groupId = groupId;
    this.naam = naam;
    this.ketenpartner = ketenpartner;
  }

  public String groupId() {
    return groupId;
  }

  public String naam() {
    return naam;
  }

  /** True for the six organisations that work on cases in Tasklist. */
  public boolean isKetenpartner() {
    return ketenpartner;
  }

  public static List<Organisatie> ketenpartners() {
    return Arrays.stream(values()).filter(Organisatie::isKetenpartner).toList();
  }
}
