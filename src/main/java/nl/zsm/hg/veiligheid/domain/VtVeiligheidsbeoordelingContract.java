package nl.zsm.hg.veiligheid.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.stalking.domain.StalkingAanpakContract;

/**
 * Contract of the process {@code vtVeiligheidsbeoordeling} ({@code processes/vt-veiligheidsbeoordeling.bpmn}):
 * de veiligheidsbeoordeling door Veilig Thuis (vraag 2).
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class VtVeiligheidsbeoordelingContract {

  private VtVeiligheidsbeoordelingContract() {}

  // --- first set in this process ---
  public static final String ACHT_JAARS_FEIT = "achtJaarsFeit";
  public static final String VUURWAPEN = "vuurwapen";
  public static final String LETSEL_OF_VERWURGING = "letselOfVerwurging";
  public static final String GEWELD_TIJDENS_ZWANGERSCHAP = "geweldTijdensZwangerschap";
  public static final String SEKSUEEL_MISBRUIK = "seksueelMisbruik";
  public static final String ONTHOUDEN_ZORG_ACUUT = "onthoudenZorgAcuut";
  public static final String INTIEM_TERREUR_OF_GEWELD = "intiemTerreurOfGeweld";
  public static final String DREIGING_MET_GEWELD_OF_DODEN = "dreigingMetGeweldOfDoden";
  public static final String STALKING_SLACHTOFFER_ZEER_BANG = "stalkingSlachtofferZeerBang";
  public static final String SCHENDING_VEILIGHEIDSVOORWAARDEN = "schendingVeiligheidsvoorwaarden";
  public static final String VERDACHTE_HEEFT_TOEGANG = "verdachteHeeftToegang";
  public static final String ZICHT_DOOR_DERDEN = "zichtDoorDerden";
  public static final String DAGEN_SINDS_RELATIE_VERBROKEN = "dagenSindsRelatieVerbroken";
  public static final String ACUUT_ONVEILIG = "acuutOnveilig";
  public static final String ACUUT_GRONDEN = "acuutGronden";
  public static final String AANTAL_EERDERE_INCIDENTEN = "aantalEerdereIncidenten";
  public static final String VOORTDURENDE_ONVEILIGE_SITUATIE = "voortdurendeOnveiligeSituatie";
  public static final String STRUCTUREEL_ONVEILIG = "structureelOnveilig";
  public static final String STRUCTUREEL_GRONDEN = "structureelGronden";
  /** ACUUT, STRUCTUREEL, ACUUT_EN_STRUCTUREEL or GEEN. */
  public static final String ONVEILIGHEID = "onveiligheid";
  /** Decision keys, for businessRuleTask camunda:decisionRef and REST /decision-definition/key/{key}/evaluate. */
  public static final String BESLISSING_ACUTE_ONVEILIGHEID = "AcuteOnveiligheid";
  public static final String BESLISSING_STRUCTURELE_ONVEILIGHEID = "StructureleOnveiligheid";
  public static final String BESLISSING_VEILIGHEIDSCLASSIFICATIE = "Veiligheidsclassificatie";
  // kinds of unsafe and harmful events (Bijlage II L1228-1264, L1167-1184)
  public static final String FYSIEK_GEWELD = "fysiekGeweld";
  public static final String PSYCHISCH_GEWELD = "psychischGeweld";
  public static final String SEKSUEEL_GEWELD = "seksueelGeweld";
  public static final String VERWAARLOZING = "verwaarlozing";
  public static final String BIJZONDERE_VORMEN = "bijzondereVormen";
  public static final String VEILIGHEID_TOELICHTING = "veiligheidToelichting";
  // the day of the VT-melding is ZsmHuiselijkGeweldContract.DATUM_VT_MELDING
  public static final String VT_MELDING_KENMERK = "vtMeldingKenmerk";
  public static final String INFORMATIE_POLITIE = "informatiePolitie";
  public static final String EERDERE_INCIDENTEN_POLITIE = "eerdereIncidentenPolitie";
  public static final String INFORMATIE_ADVISEUR = "informatieAdviseur";
  public static final String LOPEND_ONDERZOEK_OF_BESCHERMINGSMAATREGEL = "lopendOnderzoekOfBeschermingsmaatregel";
  public static final String VRAGEN_AAN_VEILIG_THUIS = "vragenAanVeiligThuis";
  public static final String ONVEILIGE_GEBEURTENISSEN = "onveiligeGebeurtenissen";
  public static final String UITKOMST_EERDERE_VEILIGHEIDSBEOORDELING = "uitkomstEerdereVeiligheidsbeoordeling";
  public static final String AANPASSING_DOOR_STRAFRECHTELIJKE_INFORMATIE = "aanpassingDoorStrafrechtelijkeInformatie";
  /** VT's veiligheidsvoorwaarden for the whole system (text); empty when there is no onveiligheid. */
  public static final String VEILIGHEIDSVOORWAARDEN = "veiligheidsvoorwaarden";
  public static final String VEILIGHEIDSAFSPRAKEN = "veiligheidsafspraken";
  public static final String TOEZICHT_OP_NALEVING = "toezichtOpNaleving";
  public static final String VEILIGHEIDSBEOORDELING_AFGEROND = "veiligheidsbeoordelingAfgerond";
  // eerste contactmoment ZSM-reclassering - VT (L4305-4355)
  public static final String CONTACTPERSOON_RECLASSERING = "contactpersoonReclassering";
  public static final String CONTACTPERSOON_VT = "contactpersoonVt";
  public static final String RVDK_NAVRAAG_GEDAAN = "rvdkNavraagGedaan";
  public static final String CONTACT_UITKOMST_VEILIGHEIDSBEOORDELING = "contactUitkomstVeiligheidsbeoordeling";
  public static final String CONTACT_AANPASSING_DOOR_STRAFRECHT = "contactAanpassingDoorStrafrecht";
  public static final String CONTACT_VEILIGHEIDSVOORWAARDEN_VT = "contactVeiligheidsvoorwaardenVt";
  // issue 12: children in the family (DMN KinderenTriage, RvdK civil track) and the SASH before the decision
  public static final String BESLISSING_KINDEREN_TRIAGE = "KinderenTriage";
  public static final String RVDK_CIVIEL_SPOOR = "rvdkCivielSpoor";
  public static final String KINDEREN_TRIAGE_GROND = "kinderenTriageGrond";
  public static final String BESCHERMINGSONDERZOEK = "beschermingsonderzoek";
  public static final String CIVIEL_SPOOR_TOELICHTING = "civielSpoorToelichting";

  // --- owned by another process, used here (same value) ---
  public static final String DATUM_VT_MELDING = ZsmHuiselijkGeweldContract.DATUM_VT_MELDING;
  public static final String KINDEREN_IN_GEZIN = ZsmHuiselijkGeweldContract.KINDEREN_IN_GEZIN;
  public static final String LEEFTIJD_VERDACHTE = ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE;
  public static final String NACHTVERHOREN = ZsmHuiselijkGeweldContract.NACHTVERHOREN;
  public static final String OPHOUDEN_UITERLIJK = ZsmHuiselijkGeweldContract.OPHOUDEN_UITERLIJK;
  public static final String RISICONIVEAU = StalkingAanpakContract.RISICONIVEAU;
  public static final String TIJDSTIP_AANHOUDING = ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING;
  public static final String TRANSPORT_MINUTEN = ZsmHuiselijkGeweldContract.TRANSPORT_MINUTEN;
  public static final String VAST = ZsmHuiselijkGeweldContract.VAST;
  public static final String VEILIGHEIDSBEOORDELING_UITERLIJK = ZsmHuiselijkGeweldContract.VEILIGHEIDSBEOORDELING_UITERLIJK;
  public static final String VOORLOPIGE_HECHTENIS_TOEGESTAAN = ZsmHuiselijkGeweldContract.VOORLOPIGE_HECHTENIS_TOEGESTAAN;
  public static final String VT_MELDING_GEDAAN = ZsmHuiselijkGeweldContract.VT_MELDING_GEDAAN;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
