package nl.zsm.hg.slachtoffer.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;

/**
 * Contract of the process {@code shnVtAfstemming} ({@code processes/shn-vt-afstemming.bpmn}):
 * de afstemming tussen Slachtofferhulp en Veilig Thuis (Bijlage IV).
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class ShnVtAfstemmingContract {

  private ShnVtAfstemmingContract() {}

  // --- first set in this process ---
  public static final String SLACHTOFFER_WENST_VERVOLGING = "slachtofferWenstVervolging";
  // slachtofferhulp (L340-350, L1377-1400)
  public static final String SLACHTOFFER_BEREIKT_DOOR_SHN = "slachtofferBereiktDoorShn";
  public static final String WENSEN_SLACHTOFFER = "wensenSlachtoffer";
  public static final String BESCHERMINGSBEHOEFTE_VOLGENS_SLACHTOFFER = "beschermingsbehoefteVolgensSlachtoffer";
  public static final String DELEN_MET_VT_TOEGESTAAN = "delenMetVtToegestaan";
  // SHN-VT afstemming (processes/shn-vt-afstemming.bpmn, Bijlage IV L1360-1462)
  public static final String SLACHTOFFER_BEKEND_BIJ_VT = "slachtofferBekendBijVt";
  public static final String VT_HEEFT_CONTACT = "vtHeeftContact";
  /** What SHN should know before its call (VT, L1442-1446). */
  public static final String INFORMATIE_VOOR_SHN = "informatieVoorShn";
  public static final String AFGESPROKEN_BELMOMENT = "afgesprokenBelmoment";
  /** VT tells the victim SHN will call from an anonymous number (L1446-1448). */
  public static final String VT_KONDIGT_SHN_AAN = "vtKondigtShnAan";
  /** VT or SHN: who contacts the victim first when VT has no contact yet (L1450-1453). */
  public static final String EERSTE_CONTACT_DOOR = "eersteContactDoor";
  public static final String VT_EERSTE_CONTACT_TOELICHTING = "vtEersteContactToelichting";
  /** Prosecuted ambtshalve: no aangifte, only a melding (L1388-1398). */
  public static final String AMBTSHALVE_VERVOLGING = "ambtshalveVervolging";
  /** The victim's consent to e-mail after the call (L803-805). */
  public static final String SLACHTOFFER_TOESTEMMING_EMAIL = "slachtofferToestemmingEmail";
  // What SHN asks for VT (L1456-1462): task-local to SHN's task, never a case variable
  public static final String VEILIGHEID_VOLGENS_SLACHTOFFER = "veiligheidVolgensSlachtoffer";
  public static final String WENS_NU_SLACHTOFFER = "wensNuSlachtoffer";
  public static final String OPLOSSING_VOLGENS_SLACHTOFFER = "oplossingVolgensSlachtoffer";
  // ... and the copies VT may see, filled only with the victim's consent (DELEN_MET_VT_TOEGESTAAN)
  public static final String GEDEELD_VEILIGHEID_VOLGENS_SLACHTOFFER = "gedeeldVeiligheidVolgensSlachtoffer";
  public static final String GEDEELD_WENS_NU_SLACHTOFFER = "gedeeldWensNuSlachtoffer";
  public static final String GEDEELD_OPLOSSING_VOLGENS_SLACHTOFFER = "gedeeldOplossingVolgensSlachtoffer";
  public static final String VT_REACTIE_OP_SHN_INFORMATIE = "vtReactieOpShnInformatie";

  // --- owned by another process, used here (same value) ---
  public static final String BESCHERMINGSBEHOEFTE_SLACHTOFFER = ZsmHuiselijkGeweldContract.BESCHERMINGSBEHOEFTE_SLACHTOFFER;
  public static final String SLACHTOFFER_EMAIL = ZsmHuiselijkGeweldContract.SLACHTOFFER_EMAIL;
  public static final String SLACHTOFFER_NAAM = ZsmHuiselijkGeweldContract.SLACHTOFFER_NAAM;
  public static final String SLACHTOFFER_TELEFOON = ZsmHuiselijkGeweldContract.SLACHTOFFER_TELEFOON;
  public static final String SLACHTOFFER_TOESTEMMING_CONTACT = ZsmHuiselijkGeweldContract.SLACHTOFFER_TOESTEMMING_CONTACT;
  public static final String VAST = ZsmHuiselijkGeweldContract.VAST;
  public static final String VEILIGHEIDSBEOORDELING_UITERLIJK = ZsmHuiselijkGeweldContract.VEILIGHEIDSBEOORDELING_UITERLIJK;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
