package nl.zsm.hg.intake.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The region of a case: the arrondissement of the OM (arrondissementsparket) whose ZSM desk handles it,
 * recorded at intake. ZSM is organised per arrondissement, and the network compares itself per region
 * (nulmeting and vervolgmetingen). The politie-eenheden map onto these (Oost-Nederland covers Gelderland and
 * Overijssel). The codes are a contract: form values, the REST parameter {@code regio} and the aggregate table.
 */
public enum Regio {
  AMSTERDAM("amsterdam", "Amsterdam"),
  DEN_HAAG("den-haag", "Den Haag"),
  GELDERLAND("gelderland", "Gelderland"),
  LIMBURG("limburg", "Limburg"),
  MIDDEN_NEDERLAND("midden-nederland", "Midden-Nederland"),
  NOORD_HOLLAND("noord-holland", "Noord-Holland"),
  NOORD_NEDERLAND("noord-nederland", "Noord-Nederland"),
  OOST_BRABANT("oost-brabant", "Oost-Brabant"),
  OVERIJSSEL("overijssel", "Overijssel"),
  ROTTERDAM("rotterdam", "Rotterdam"),
  ZEELAND_WEST_BRABANT("zeeland-west-brabant", "Zeeland-West-Brabant"),
  /** Cases started before the region was recorded at intake; never a choice in the form. */
  ONBEKEND("onbekend", "Onbekend (zaak van vóór de registratie van de regio)");

  private final String code;
  private final String naam;

  Regio(String code, String naam) {
    this.code = code;
    this.naam = naam;
  }

  public String code() {
    return code;
  }

  public String naam() {
    return naam;
  }

  /** The regions the police can choose at intake (all but {@link #ONBEKEND}). */
  public static List<Regio> kiesbaar() {
    return Arrays.stream(values()).filter(r -> r != ONBEKEND).toList();
  }

  public static Optional<Regio> vanCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String schoon = code.trim();
    return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(schoon)).findFirst();
  }

  /** The region stored on a case; a case without one (or with an unreadable one) is {@link #ONBEKEND}. */
  public static Regio vanZaak(Object waarde) {
    return waarde == null ? ONBEKEND : vanCode(waarde.toString()).orElse(ONBEKEND);
  }
}
