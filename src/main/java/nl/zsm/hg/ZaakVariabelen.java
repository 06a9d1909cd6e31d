package nl.zsm.hg;

/**
 * Names of the process variables and messages of an HG-zaak, in one place. These names are a
 * contract: BPMN expressions, DMN inputs/outputs, Camunda Forms keys, REST clients and other
 * systems use exactly these strings.
 */
public final class ZaakVariabelen {

  private ZaakVariabelen() {}

  // --- Intake (politie) -------------------------------------------------------------------
  public static final String ZAAKNUMMER = "zaaknummer";
  public static final String VAST = "vast";
  public static final String HETERDAAD = "heterdaad";
  public static final String TIJDSTIP_AANHOUDING = "tijdstipAanhouding";
  public static final String LEEFTIJD_VERDACHTE = "leeftijdVerdachte";
  public static final String MINDERJARIG = "minderjarig";
  public static final String LABEL_HUISELIJK_GEWELD = "labelHuiselijkGeweld";
  public static final String LABEL_EX_PARTNERSTALKING = "labelExPartnerstalking";
  public static final String KINDEREN_IN_GEZIN = "kinderenInGezin";
  public static final String VT_MELDING_GEDAAN = "vtMeldingGedaan";

  // --- Decision AcuteOnveiligheid (Bijlage II) ------------------------------------------
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

  // --- Decisions StructureleOnveiligheid and Veiligheidsclassificatie --------------------
  public static final String AANTAL_EERDERE_INCIDENTEN = "aantalEerdereIncidenten";
  public static final String VOORTDURENDE_ONVEILIGE_SITUATIE = "voortdurendeOnveiligeSituatie";
  public static final String STRUCTUREEL_ONVEILIG = "structureelOnveilig";
  public static final String STRUCTUREEL_GRONDEN = "structureelGronden";
  /** ACUUT, STRUCTUREEL, ACUUT_EN_STRUCTUREEL or GEEN. */
  public static final String ONVEILIGHEID = "onveiligheid";

  // --- Decision SashRisiconiveau ---------------------------------------------------------
  public static final String SASH_NIETS_MEER_TE_VERLIEZEN = "sashNietsMeerTeVerliezen";
  public static final String SASH_EX_PARTNER_DOODSANGST = "sashExPartnerDoodsangst";
  public static final String SASH_OORDEEL_BEOORDELAAR = "sashOordeelBeoordelaar";
  public static final String RISICONIVEAU = "risiconiveau";

  // --- Decision Afdoeningsroute (Bijlage I) ----------------------------------------------
  public static final String VERMOEDEN_STRAFBAAR_FEIT = "vermoedenStrafbaarFeit";
  /** VOLDOENDE, ONVOLDOENDE_ONDERZOEK_MOGELIJK or ONVOLDOENDE. */
  public static final String BEWIJS = "bewijs";
  public static final String ERNSTIGE_BEZWAREN = "ernstigeBezwaren";
  public static final String SLACHTOFFER_WENST_VERVOLGING = "slachtofferWenstVervolging";
  public static final String ROUTE = "route";

  // --- Decision AdviserendeOrganisatie (Bijlage III) -------------------------------------
  /** RECLASSERING or RVDK. */
  public static final String ADVISEUR = "adviseur";

  // --- Decisions in DMN (issue 3): keys and the extra inputs/outputs of dmn/*.dmn -----------
  /** Decision keys, for businessRuleTask camunda:decisionRef and REST /decision-definition/key/{key}/evaluate. */
  public static final String BESLISSING_ACUTE_ONVEILIGHEID = "AcuteOnveiligheid";
  public static final String BESLISSING_STRUCTURELE_ONVEILIGHEID = "StructureleOnveiligheid";
  public static final String BESLISSING_VEILIGHEIDSCLASSIFICATIE = "Veiligheidsclassificatie";
  public static final String BESLISSING_SASH_RISICONIVEAU = "SashRisiconiveau";
  public static final String BESLISSING_AFDOENINGSROUTE = "Afdoeningsroute";
  public static final String BESLISSING_ADVISERENDE_ORGANISATIE = "AdviserendeOrganisatie";

  public static final String ACUUT_TOELICHTING = "acuutToelichting";
  // kinds of unsafe and harmful events (Bijlage II L1228-1264, L1167-1184)
  public static final String FYSIEK_GEWELD = "fysiekGeweld";
  public static final String PSYCHISCH_GEWELD = "psychischGeweld";
  public static final String SEKSUEEL_GEWELD = "seksueelGeweld";
  public static final String VERWAARLOZING = "verwaarlozing";
  public static final String BIJZONDERE_VORMEN = "bijzondereVormen";
  public static final String STRUCTUREEL_TOELICHTING = "structureelToelichting";
  public static final String VEILIGHEID_TOELICHTING = "veiligheidToelichting";

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

  /** true: the suspect may not be released without (juridische) veiligheidsmaatregelen (L399-400). */
  public static final String VEILIGHEIDSMAATREGELEN_VEREIST = "veiligheidsmaatregelenVereist";
  /** The follow-up steps of the flowchart box the route leads to, in Dutch. */
  public static final String ROUTE_OMSCHRIJVING = "routeOmschrijving";
  /** Camunda group id of the advising organisation: reclassering or rvdk (candidate group). */
  public static final String ADVISEUR_GROEP = "adviseurGroep";

  // --- Termijnen (inputs of the bean 'termijnen', docs/termijnen.md) -----------------------
  // The time of arrest is TIJDSTIP_AANHOUDING; the deadlines themselves are computed in
  // expressions (timer timeDate, task dueDate), e.g. ${termijnen.ophoudenUiterlijk(tijdstipAanhouding)}.
  /** Boolean: voorlopige hechtenis allowed for the offence (9 hours ophouden), else 6 hours. */
  public static final String VOORLOPIGE_HECHTENIS_TOEGESTAAN = "voorlopigeHechtenisToegestaan";
  /** Integer: minutes of transport recorded in the proces-verbaal; they do not count. */
  public static final String TRANSPORT_MINUTEN = "transportMinuten";
  /** String "begin/einde;begin/einde" (ISO-8601 with offsets): night interrogations, which count. */
  public static final String NACHTVERHOREN = "nachtverhoren";
  /** Date or "yyyy-MM-dd": day of the VT-melding (day 0 of the five werkdagen, L529-535). */
  public static final String DATUM_VT_MELDING = "datumVtMelding";
  /** Date: start of the inverzekeringstelling (order of the (hulp)officier). */
  public static final String TIJDSTIP_INVERZEKERINGSTELLING = "tijdstipInverzekeringstelling";
  /** Boolean: the inverzekeringstelling was extended once by 3 days. */
  public static final String INVERZEKERINGSTELLING_VERLENGD = "inverzekeringstellingVerlengd";
}
