package nl.zsm.hg.spreekuur.domain;

import nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract;

/**
 * Contract of the process {@code spreekuurHuiselijkGeweld} ({@code processes/spreekuur-huiselijk-geweld.bpmn}):
 * het Spreekuur huiselijk geweld (afdoening on hold).
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class SpreekuurHuiselijkGeweldContract {

  private SpreekuurHuiselijkGeweldContract() {}

  // --- first set in this process ---
  // afdoening on hold en Spreekuur huiselijk geweld (L4239-4492)
  public static final String DATUM_SPREEKUUR = "datumSpreekuur";
  public static final String BEVINDINGEN_SPREEKUUR = "bevindingenSpreekuur";
  public static final String TOESTEMMING_CONTACT_VT = "toestemmingContactVt";
  public static final String MELDCODE_STAPPEN = "meldcodeStappen";
  public static final String GEZAMENLIJK_GESPREK_WENSELIJK = "gezamenlijkGesprekWenselijk";
  public static final String VT_INFORMATIE_SPREEKUUR = "vtInformatieSpreekuur";
  public static final String REFERENTIEONDERZOEK = "referentieonderzoek";
  public static final String SPREEKUUR_TERMIJN_TOELICHTING = "spreekuurTermijnToelichting";
  /** Date the afdoening was put on hold (in-mapping of the main process); the two weeks count from it. */
  public static final String DATUM_AFDOENING_ON_HOLD = "datumAfdoeningOnHold";

  // --- owned by another process, used here (same value) ---
  public static final String ADVIES = AdviesReclasseringRvdkContract.ADVIES;
  public static final String ADVIES_AFDOENING = AdviesReclasseringRvdkContract.ADVIES_AFDOENING;
  public static final String ADVIES_BIJZONDERE_VOORWAARDEN = AdviesReclasseringRvdkContract.ADVIES_BIJZONDERE_VOORWAARDEN;
  public static final String ADVIES_UITGEBRACHT_DOOR = AdviesReclasseringRvdkContract.ADVIES_UITGEBRACHT_DOOR;
  public static final String ADVISEUR_GROEP = ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;
  public static final String CONTACTPERSOON_RECLASSERING = VtVeiligheidsbeoordelingContract.CONTACTPERSOON_RECLASSERING;
  public static final String CONTACTPERSOON_VT = VtVeiligheidsbeoordelingContract.CONTACTPERSOON_VT;
  public static final String VEILIGHEIDSVOORWAARDEN = VtVeiligheidsbeoordelingContract.VEILIGHEIDSVOORWAARDEN;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
