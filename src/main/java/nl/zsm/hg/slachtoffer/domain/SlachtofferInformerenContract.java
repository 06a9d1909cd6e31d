package nl.zsm.hg.slachtoffer.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;

/**
 * Contract of the process {@code slachtofferInformeren} ({@code processes/slachtoffer-informeren.bpmn}):
 * het informeren van het slachtoffer (vraag 7).
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class SlachtofferInformerenContract {

  private SlachtofferInformerenContract() {}

  // --- first set in this process ---
  // Slachtoffer informeren (processes/slachtoffer-informeren.bpmn)
  /** Moment of the (last) phone call, a date. */
  public static final String SLACHTOFFER_GEINFORMEERD_OP = "slachtofferGeinformeerdOp";
  public static final String SLACHTOFFER_BEREIKT = "slachtofferBereikt";
  public static final String SLACHTOFFER_INFORMATIE_TOELICHTING = "slachtofferInformatieToelichting";
  public static final String AANTAL_BELPOGINGEN = "aantalBelpogingen";
  /** Boolean output of the rule {@code nl.zsm.hg.slachtoffer.domain.Belpogingen}: stop phoning, the supervisor chooses another way. */
  public static final String SLACHTOFFER_ANDERE_WEG_KIEZEN = "slachtofferAndereWegKiezen";
  /** What the ZSM-supervisor chose when the victim was not reached (value of {@code nl.zsm.hg.slachtoffer.domain.AndereWeg}). */
  public static final String SLACHTOFFER_ANDERE_WEG = "slachtofferAndereWeg";
  public static final String SLACHTOFFER_ANDERE_WEG_TOELICHTING = "slachtofferAndereWegToelichting";
  // E-mail (nl.zsm.hg.notificatie)
  public static final String SLACHTOFFER_GEMAILD_OP = "slachtofferGemaildOp";
  /** String: the measures in force when the victim is informed, as the caller tells them (form slachtoffer-informeren). */
  public static final String MAATREGELEN_VOOR_SLACHTOFFER = "maatregelenVoorSlachtoffer";

  // --- owned by another process, used here (same value) ---
  public static final String AFDOENINGSBESLISSING = ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
  public static final String INFORMERENDE_ORGANISATIE = ZsmHuiselijkGeweldContract.INFORMERENDE_ORGANISATIE;
  public static final String ROUTE = ZsmHuiselijkGeweldContract.ROUTE;
  public static final String ROUTE_OMSCHRIJVING = ZsmHuiselijkGeweldContract.ROUTE_OMSCHRIJVING;
  public static final String SLACHTOFFER_EMAIL = ZsmHuiselijkGeweldContract.SLACHTOFFER_EMAIL;
  public static final String SLACHTOFFER_NAAM = ZsmHuiselijkGeweldContract.SLACHTOFFER_NAAM;
  public static final String SLACHTOFFER_TELEFOON = ZsmHuiselijkGeweldContract.SLACHTOFFER_TELEFOON;
  public static final String SLACHTOFFER_TOESTEMMING_EMAIL = ShnVtAfstemmingContract.SLACHTOFFER_TOESTEMMING_EMAIL;
  public static final String UITKOMST_VOORGELEIDING = ZsmHuiselijkGeweldContract.UITKOMST_VOORGELEIDING;
  public static final String VRIJHEIDSBESLISSING = ZsmHuiselijkGeweldContract.VRIJHEIDSBESLISSING;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
