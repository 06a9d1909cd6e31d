package nl.zsm.hg.afdoening.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract;

/**
 * Contract of the process {@code adviesReclasseringRvdk} ({@code processes/advies-reclassering-rvdk.bpmn}):
 * het advies van de reclassering of de RvdK (vraag 5).
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class AdviesReclasseringRvdkContract {

  private AdviesReclasseringRvdkContract() {}

  // --- first set in this process ---
  // Advies reclassering / RvdK (processes/advies-reclassering-rvdk.bpmn)
  public static final String ADVIES = "advies";
  /** DAGVAARDING, VOORWAARDELIJK_SEPOT, STRAFBESCHIKKING, SEPOT, PLANDATUM or GEEN_ADVIES. */
  public static final String ADVIES_AFDOENING = "adviesAfdoening";
  public static final String ADVIES_BIJZONDERE_VOORWAARDEN = "adviesBijzondereVoorwaarden";
  /** Group id of the organisation that gave the advice. */
  public static final String ADVIES_UITGEBRACHT_DOOR = "adviesUitgebrachtDoor";
  public static final String VROEGHULP_GEDAAN = "vroeghulpGedaan";
  public static final String RISC_TOEGEPAST = "riscToegepast";
  public static final String B_SAFER_TOEGEPAST = "bSaferToegepast";
  // stalking advice of reclassering (L5705-5742, L5983-5991)
  public static final String OVERWEGINGEN_EM = "overwegingenEm";
  public static final String OVERWEGINGEN_DUT = "overwegingenDut";
  public static final String STALKING_DUURT_VOORT = "stalkingDuurtVoort";
  public static final String MEDIATION_OF_HERSTELGESPREK_GEADVISEERD = "mediationOfHerstelgesprekGeadviseerd";

  // --- owned by another process, used here (same value) ---
  public static final String LABEL_EX_PARTNERSTALKING = ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING;
  public static final String LEEFTIJD_VERDACHTE = ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE;
  public static final String ONVEILIGHEID = VtVeiligheidsbeoordelingContract.ONVEILIGHEID;
  public static final String STALKINGCOMPONENT_HERKEND = ZsmHuiselijkGeweldContract.STALKINGCOMPONENT_HERKEND;
  public static final String VEILIGHEIDSVOORWAARDEN = VtVeiligheidsbeoordelingContract.VEILIGHEIDSVOORWAARDEN;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
