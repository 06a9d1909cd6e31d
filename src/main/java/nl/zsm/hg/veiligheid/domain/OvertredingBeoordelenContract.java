package nl.zsm.hg.veiligheid.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;

/**
 * Contract of the process {@code overtredingBeoordelen} ({@code processes/overtreding-beoordelen.bpmn}):
 * de beoordeling door het OM van een gemelde overtreding van een maatregel.
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class OvertredingBeoordelenContract {

  private OvertredingBeoordelenContract() {}

  // --- first set in this process ---
  // set by veiligheid.engine.OvertredingAanOm when the police report a breach (start of the process)
  /** Id of the measure in the register (beschermingsmaatregel). */
  public static final String MAATREGEL_ID = "maatregelId";
  /** The measure as the OvJ reads it, with its area. */
  public static final String MAATREGEL_OMSCHRIJVING = "maatregelOmschrijving";
  public static final String OVERTREDING_TIJDSTIP = "overtredingTijdstip";
  public static final String OVERTREDING_TOELICHTING = "overtredingToelichting";
  public static final String OVERTREDING_GEMELD_DOOR = "overtredingGemeldDoor";
  // what the OvJ decides (form overtreding-beoordelen)
  public static final String OVERTREDING_BEOORDELING = "overtredingBeoordeling";
  public static final String OVERTREDING_VERVOLG = "overtredingVervolg";

  // --- owned by another process, used here (same value) ---
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
