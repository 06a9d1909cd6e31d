package nl.zsm.hg.stalking.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;

/**
 * Contract of the process {@code stalkingAanpak} ({@code processes/stalking-aanpak.bpmn}):
 * de aanpak van ex-partnerstalking (SASH, Vragenlijst, routekaart).
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class StalkingAanpakContract {

  private StalkingAanpakContract() {}

  // --- first set in this process ---
  public static final String SASH_NIETS_MEER_TE_VERLIEZEN = "sashNietsMeerTeVerliezen";
  public static final String SASH_EX_PARTNER_DOODSANGST = "sashExPartnerDoodsangst";
  public static final String SASH_OORDEEL_BEOORDELAAR = "sashOordeelBeoordelaar";
  public static final String RISICONIVEAU = "risiconiveau";
  public static final String BESLISSING_SASH_RISICONIVEAU = "SashRisiconiveau";
  // SASH factors, each aanwezig / afwezig / onbekend (Bijlage X L1646-1713); not filled in = onbekend
  public static final String SASH_FYSIEKE_TOENADERING = "sashFysiekeToenadering";
  public static final String SASH_BEDREIGING_INTIMIDATIE = "sashBedreigingIntimidatie";
  public static final String SASH_TOEGANG_WONING = "sashToegangWoning";
  public static final String SASH_SPULLEN_VERNIELD_GESTOLEN = "sashSpullenVernieldGestolen";
  public static final String SASH_WAARSCHUWING_GENEGEERD = "sashWaarschuwingGenegeerd";
  public static final String SASH_STALKING_VERERGERT = "sashStalkingVerergert";
  public static final String SASH_CONTACT_NOODZAKELIJK = "sashContactNoodzakelijk";
  public static final String SASH_EERDER_GESTALKT = "sashEerderGestalkt";
  public static final String SASH_GESCHIEDENIS_GEWELD = "sashGeschiedenisGeweld";
  public static final String SASH_PSYCHISCHE_PROBLEMEN = "sashPsychischeProblemen";
  public static final String SASH_MIDDELENGEBRUIK = "sashMiddelengebruik";
  public static final String SASH_INGRIJPEND_VERLIES = "sashIngrijpendVerlies";
  public static final String SASH_EX_PARTNER_BEZITTERIG = "sashExPartnerBezitterig";
  public static final String SASH_EX_PARTNER_CONFLICT_OMGANG = "sashExPartnerConflictOmgang";
  public static final String RISICONIVEAU_GROND = "risiconiveauGrond";
  /** Boolean: the victim filed the complaint art. 285b Sr needs for prosecution (klachtdelict, L5369-5376). */
  public static final String KLACHT_INGEDIEND = "klachtIngediend";
  // Vragenlijst bij stalking (L5814-5887): 14 yes/no questions, each with a description
  /** Prefix of the answers stalkingVraag01..14 and their descriptions stalkingVraag01Beschrijving.. (stalking.VragenlijstStalking). */
  public static final String VRAGENLIJST_STALKING_PREFIX = "stalkingVraag";
  // routekaart (L5888-6015)
  public static final String SASH_TOELICHTING = "sashToelichting";
  public static final String VT_INFORMATIE_SASH = "vtInformatieSash";
  public static final String CASUSREGISSEUR_STALKING = "casusregisseurStalking";
  public static final String CONTACTPERSOON_POLITIE_SLACHTOFFER = "contactpersoonPolitieSlachtoffer";
  public static final String RISC_STALKING_BEVINDINGEN = "riscStalkingBevindingen";
  public static final String STRAFRECHTELIJKE_AANPAK_STALKING = "strafrechtelijkeAanpakStalking";
  public static final String PLAN_VAN_AANPAK_STALKING = "planVanAanpakStalking";
  public static final String MDO_AFSPRAKEN = "mdoAfspraken";
  public static final String AANGEMELD_VEILIGHEIDSHUIS = "aangemeldVeiligheidshuis";
  public static final String AANGEMELD_SLACHTOFFERCOORDINATIE = "aangemeldSlachtoffercoordinatie";
  /** AANHOUDEN_VOORGELEIDEN, GEDRAGSAANWIJZING or GEEN: what the OvJ decided after considering it (L6005-6006). */
  public static final String OVERWEGING_AANHOUDEN = "overwegingAanhouden";

  // --- owned by another process, used here (same value) ---
  public static final String ADVISEUR_GROEP = ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;
  public static final String LABEL_EX_PARTNERSTALKING = ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING;
  public static final String STALKINGCOMPONENT_HERKEND = ZsmHuiselijkGeweldContract.STALKINGCOMPONENT_HERKEND;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
