package nl.zsm.hg.hoofdproces.domain;

import nl.zsm.hg.afdoening.domain.AdviesReclasseringRvdkContract;
import nl.zsm.hg.nazorg.domain.NaZsmContract;
import nl.zsm.hg.slachtoffer.domain.ShnVtAfstemmingContract;
import nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract;
import nl.zsm.hg.spreekuur.domain.SpreekuurHuiselijkGeweldContract;
import nl.zsm.hg.stalking.domain.StalkingAanpakContract;
import nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract;

/**
 * Contract of the process {@code zsmHuiselijkGeweld} ({@code processes/zsm-huiselijk-geweld.bpmn}):
 * het hoofdproces: de HG-zaak op ZSM van intake tot slachtoffer informeren.
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class ZsmHuiselijkGeweldContract {

  private ZsmHuiselijkGeweldContract() {}

  // --- first set in this process ---
  public static final String ZAAKNUMMER = "zaaknummer";
  public static final String VAST = "vast";
  public static final String HETERDAAD = "heterdaad";
  public static final String TIJDSTIP_AANHOUDING = "tijdstipAanhouding";
  /** Set at the intake when the arrest was registered late; shown to the officer (docs/foutafhandeling.md). */
  public static final String WAARSCHUWING_AANHOUDING = "waarschuwingAanhouding";
  public static final String LEEFTIJD_VERDACHTE = "leeftijdVerdachte";
  public static final String LABEL_HUISELIJK_GEWELD = "labelHuiselijkGeweld";
  public static final String LABEL_EX_PARTNERSTALKING = "labelExPartnerstalking";
  public static final String KINDEREN_IN_GEZIN = "kinderenInGezin";
  public static final String VT_MELDING_GEDAAN = "vtMeldingGedaan";
  /** Code of the arrondissement (intake.Regio) whose ZSM desk handles the case; "onbekend" for older cases. */
  public static final String REGIO = "regio";
  public static final String VERMOEDEN_STRAFBAAR_FEIT = "vermoedenStrafbaarFeit";
  /** VOLDOENDE, ONVOLDOENDE_ONDERZOEK_MOGELIJK or ONVOLDOENDE. */
  public static final String BEWIJS = "bewijs";
  public static final String ERNSTIGE_BEZWAREN = "ernstigeBezwaren";
  public static final String ROUTE = "route";
  /** RECLASSERING or RVDK. */
  public static final String ADVISEUR = "adviseur";
  public static final String BESLISSING_AFDOENINGSROUTE = "Afdoeningsroute";
  public static final String BESLISSING_ADVISERENDE_ORGANISATIE = "AdviserendeOrganisatie";
  /** true: the suspect may not be released without (juridische) veiligheidsmaatregelen (L399-400). */
  public static final String VEILIGHEIDSMAATREGELEN_VEREIST = "veiligheidsmaatregelenVereist";
  /** The follow-up steps of the flowchart box the route leads to, in Dutch. */
  public static final String ROUTE_OMSCHRIJVING = "routeOmschrijving";
  /** Camunda group id of the advising organisation: reclassering or rvdk (candidate group). */
  public static final String ADVISEUR_GROEP = "adviseurGroep";
  // intake: slachtoffer en individuele beoordeling (L324-350)
  public static final String SLACHTOFFER_NAAM = "slachtofferNaam";
  public static final String SLACHTOFFER_TELEFOON = "slachtofferTelefoon";
  public static final String SLACHTOFFER_EMAIL = "slachtofferEmail";
  public static final String SLACHTOFFER_TOESTEMMING_CONTACT = "slachtofferToestemmingContact";
  public static final String INDIVIDUELE_BEOORDELING = "individueleBeoordeling";
  public static final String BESCHERMINGSBEHOEFTE_SLACHTOFFER = "beschermingsbehoefteSlachtoffer";
  // vraag 1: vermoeden van een bewijsbaar strafbaar feit (L169-198)
  public static final String CRITERIUM_VERKLARING_BETROKKENE = "criteriumVerklaringBetrokkene";
  public static final String CRITERIUM_SITUATIE_TER_PLAATSE = "criteriumSituatieTerPlaatse";
  public static final String CRITERIUM_ONVERKLAARD_LETSEL = "criteriumOnverklaardLetsel";
  public static final String CRITERIUM_VERKLARING_DERDE = "criteriumVerklaringDerde";
  public static final String TOELICHTING_VERMOEDEN = "toelichtingVermoeden";
  // vraag 3: bewijs en onderzoeksplan (L555-570, L653-659)
  public static final String TOELICHTING_BEWIJS = "toelichtingBewijs";
  public static final String ONDERZOEKSPLAN = "onderzoeksplan";
  public static final String ONDERZOEKSPLAN_GEACCORDEERD = "onderzoeksplanGeaccordeerd";
  public static final String ONDERZOEKSPLAN_OPMERKINGEN_OM = "onderzoeksplanOpmerkingenOm";
  public static final String ONDERZOEKSRESULTATEN = "onderzoeksresultaten";
  // vraag 4: vrijheidsbeneming en veiligheidsmaatregelen (L380-415, L511-528, L741-800)
  /** HEENZENDEN, INVERZEKERINGSTELLING, VOORGELEIDING_RC or ALSNOG_AANHOUDEN. */
  public static final String VRIJHEIDSBESLISSING = "vrijheidsbeslissing";
  public static final String VEILIGHEIDSMAATREGELEN = "veiligheidsmaatregelen";
  public static final String TOELICHTING_MAATREGELEN = "toelichtingMaatregelen";
  // vraag 6: afdoenings- of routeringsbeslissing (L776-796, L844-876)
  public static final String AFDOENINGSBESLISSING = "afdoeningsbeslissing";
  public static final String TOELICHTING_AFDOENING = "toelichtingAfdoening";
  public static final String PLANDATUM = "plandatum";
  // Veilig Thuis en adviseur houden kennis van beslissingen (L788-796, L925-934)
  public static final String VT_REACTIE_OP_BESLISSING = "vtReactieOpBeslissing";
  public static final String OVERDRACHT_LOKAAL_TEAM = "overdrachtLokaalTeam";
  public static final String OVERDRACHT_TOELICHTING = "overdrachtToelichting";
  // given to slachtofferInformeren with camunda:in
  /** Group id of the organisation that phones the victim; default slachtofferhulp. */
  public static final String INFORMERENDE_ORGANISATIE = "informerendeOrganisatie";
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
  /** Boolean on the OvJ's vraag 1: a participant recognises a stalking component (art. 285b Sr). */
  public static final String STALKINGCOMPONENT_HERKEND = "stalkingcomponentHerkend";
  // Beschermingsmaatregelen registreren (L818-825): details the OvJ enters with the measures
  public static final String MAATREGEL_VOORWAARDEN = "maatregelVoorwaarden";
  public static final String MAATREGEL_GEBIED = "maatregelGebied";
  public static final String MAATREGEL_INGANGSDATUM = "maatregelIngangsdatum";
  public static final String MAATREGEL_EINDDATUM = "maatregelEinddatum";
  /** The day the burgemeester imposed the tijdelijk huisverbod the officier records with a decision. */
  public static final String HUISVERBOD_OPGELEGD_OP = "huisverbodOpgelegdOp";
  /** The day the civiele rechter imposed the (V)OTS or uithuisplaatsing the officier records with a decision. */
  public static final String CIVIELE_MAATREGEL_OPGELEGD_OP = "civieleMaatregelOpgelegdOp";
  /** Input parameter of the registration task: which decision imposed the measures (VRIJHEIDSBENEMING). */
  public static final String MAATREGEL_BRON = "maatregelBron";
  /** Number of measures registered for the decision. */
  public static final String GEREGISTREERDE_MAATREGELEN = "geregistreerdeMaatregelen";
  /** Date: end of the ophouden voor onderzoek (art. 56a Sv); only in a vastzaak. */
  public static final String OPHOUDEN_UITERLIJK = "ophoudenUiterlijk";
  /** String: how the end of the ophouden was counted, one step per line. */
  public static final String OPHOUDEN_UITLEG = "ophoudenUitleg";
  /** Date: latest voorgeleiding to the rechter-commissaris (art. 59a Sv); only in a vastzaak. */
  public static final String VOORGELEIDING_UITERLIJK = "voorgeleidingUiterlijk";
  /** Uitkomst voorgeleiding (issue 12, L838-842, L4368-4375): wat de rechter-commissaris besliste. */
  public static final String UITKOMST_VOORGELEIDING = "uitkomstVoorgeleiding";
  public static final String SCHORSINGSVOORWAARDEN = "schorsingsvoorwaarden";
  public static final String SCHORSING_GEBIED = "schorsingGebied";
  public static final String SCHORSING_VOORWAARDEN_TOELICHTING = "schorsingVoorwaardenToelichting";
  public static final String TOELICHTING_UITKOMST_VOORGELEIDING = "toelichtingUitkomstVoorgeleiding";
  public static final String VOORGELEIDING_ZONDER_BESCHERMING = "voorgeleidingZonderBescherming";
  public static final String VOORGELEIDING_WAARSCHUWING = "voorgeleidingWaarschuwing";
  /** Wat de officier regelde na vrijlating door de RC zonder beschermende maatregel; vastgelegd voor verantwoording. */
  public static final String VEILIGHEID_NA_VRIJLATING_RC = "veiligheidNaVrijlatingRc";
  /**
   * Date: end of the inverzekeringstelling, set when the OvJ orders or extends it; not after the latest
   * voorgeleiding (then that is the deadline).
   */
  public static final String INVERZEKERINGSTELLING_UITERLIJK = "inverzekeringstellingUiterlijk";
  /** Boolean: the stored end includes the extension (the extension has been processed). */
  public static final String INVERZEKERINGSTELLING_VERLENGING_BEREKEND = "inverzekeringstellingVerlengingBerekend";
  public static final String INVERZEKERINGSTELLING_UITLEG = "inverzekeringstellingUitleg";
  /** Date: VT's deadline for the veiligheidsbeoordeling (end of ophouden, or 5 werkdagen). */
  public static final String VEILIGHEIDSBEOORDELING_UITERLIJK = "veiligheidsbeoordelingUiterlijk";
  public static final String VEILIGHEIDSBEOORDELING_UITLEG = "veiligheidsbeoordelingUitleg";
  /** Incident type Cockpit shows when a deadline passed without a decision. */
  public static final String INCIDENT_TERMIJN_OVERSCHREDEN = "termijnOverschreden";
  /** Afdoeningsbeslissing: naast stalking ook feiten ten laste die geen klachtdelict zijn (L5369-5376). */
  public static final String OOK_ANDERE_FEITEN_TEN_LASTE = "ookAndereFeitenTenLaste";
  public static final String BERICHT_SASH_UITKOMST = "SashUitkomstBekend";
  // issue 12: VT's part at ZSM (acute part) reaches the case before the veiligheidsvoorwaarden
  public static final String ACUUT_DEEL_VT_BEKEND = "acuutDeelVtBekend";
  public static final String BERICHT_ACUUT_DEEL_VT = "AcuutDeelVtBekend";
  // slachtoffer informeren over een vrijlating vóór de afdoening: the outcome under its own names (out-mapping)
  public static final String SLACHTOFFER_TUSSENTIJDS_BEREIKT = "slachtofferTussentijdsBereikt";
  public static final String SLACHTOFFER_TUSSENTIJDS_GEINFORMEERD_OP = "slachtofferTussentijdsGeinformeerdOp";
  public static final String SLACHTOFFER_TUSSENTIJDS_GEMAILD_OP = "slachtofferTussentijdsGemaildOp";

  // --- owned by another process, used here (same value) ---
  public static final String AANGEMELD_SLACHTOFFERCOORDINATIE = StalkingAanpakContract.AANGEMELD_SLACHTOFFERCOORDINATIE;
  public static final String AANGEMELD_VEILIGHEIDSHUIS = StalkingAanpakContract.AANGEMELD_VEILIGHEIDSHUIS;
  public static final String AANTAL_BELPOGINGEN = SlachtofferInformerenContract.AANTAL_BELPOGINGEN;
  public static final String ACTUELE_SITUATIE_GEZIN = NaZsmContract.ACTUELE_SITUATIE_GEZIN;
  public static final String ACUUT_GRONDEN = VtVeiligheidsbeoordelingContract.ACUUT_GRONDEN;
  public static final String ACUUT_ONVEILIG = VtVeiligheidsbeoordelingContract.ACUUT_ONVEILIG;
  public static final String ADVIES = AdviesReclasseringRvdkContract.ADVIES;
  public static final String ADVIES_AFDOENING = AdviesReclasseringRvdkContract.ADVIES_AFDOENING;
  public static final String ADVIES_BIJZONDERE_VOORWAARDEN = AdviesReclasseringRvdkContract.ADVIES_BIJZONDERE_VOORWAARDEN;
  public static final String ADVIES_RECHTER = NaZsmContract.ADVIES_RECHTER;
  public static final String ADVIES_UITGEBRACHT_DOOR = AdviesReclasseringRvdkContract.ADVIES_UITGEBRACHT_DOOR;
  public static final String AMBTSHALVE_VERVOLGING = ShnVtAfstemmingContract.AMBTSHALVE_VERVOLGING;
  public static final String BESCHERMINGSBEHOEFTE_VOLGENS_SLACHTOFFER = ShnVtAfstemmingContract.BESCHERMINGSBEHOEFTE_VOLGENS_SLACHTOFFER;
  public static final String BESCHERMINGSONDERZOEK = VtVeiligheidsbeoordelingContract.BESCHERMINGSONDERZOEK;
  public static final String BEVINDINGEN_SPREEKUUR = SpreekuurHuiselijkGeweldContract.BEVINDINGEN_SPREEKUUR;
  public static final String B_SAFER_TOEGEPAST = AdviesReclasseringRvdkContract.B_SAFER_TOEGEPAST;
  public static final String CASUSREGISSEUR_STALKING = StalkingAanpakContract.CASUSREGISSEUR_STALKING;
  public static final String CIVIEL_SPOOR_TOELICHTING = VtVeiligheidsbeoordelingContract.CIVIEL_SPOOR_TOELICHTING;
  public static final String CONTACTPERSOON_POLITIE_SLACHTOFFER = StalkingAanpakContract.CONTACTPERSOON_POLITIE_SLACHTOFFER;
  public static final String CONTACTPERSOON_RECLASSERING = VtVeiligheidsbeoordelingContract.CONTACTPERSOON_RECLASSERING;
  public static final String CONTACTPERSOON_VT = VtVeiligheidsbeoordelingContract.CONTACTPERSOON_VT;
  public static final String CONTACT_AANPASSING_DOOR_STRAFRECHT = VtVeiligheidsbeoordelingContract.CONTACT_AANPASSING_DOOR_STRAFRECHT;
  public static final String CONTACT_UITKOMST_VEILIGHEIDSBEOORDELING = VtVeiligheidsbeoordelingContract.CONTACT_UITKOMST_VEILIGHEIDSBEOORDELING;
  public static final String CONTACT_VEILIGHEIDSVOORWAARDEN_VT = VtVeiligheidsbeoordelingContract.CONTACT_VEILIGHEIDSVOORWAARDEN_VT;
  public static final String DATUM_SPREEKUUR = SpreekuurHuiselijkGeweldContract.DATUM_SPREEKUUR;
  public static final String DELEN_MET_VT_TOEGESTAAN = ShnVtAfstemmingContract.DELEN_MET_VT_TOEGESTAAN;
  public static final String EERDERE_INCIDENTEN_POLITIE = VtVeiligheidsbeoordelingContract.EERDERE_INCIDENTEN_POLITIE;
  public static final String GEDEELD_OPLOSSING_VOLGENS_SLACHTOFFER = ShnVtAfstemmingContract.GEDEELD_OPLOSSING_VOLGENS_SLACHTOFFER;
  public static final String GEDEELD_VEILIGHEID_VOLGENS_SLACHTOFFER = ShnVtAfstemmingContract.GEDEELD_VEILIGHEID_VOLGENS_SLACHTOFFER;
  public static final String GEDEELD_WENS_NU_SLACHTOFFER = ShnVtAfstemmingContract.GEDEELD_WENS_NU_SLACHTOFFER;
  public static final String GEZAMENLIJK_GESPREK_WENSELIJK = SpreekuurHuiselijkGeweldContract.GEZAMENLIJK_GESPREK_WENSELIJK;
  public static final String INFORMATIE_ADVISEUR = VtVeiligheidsbeoordelingContract.INFORMATIE_ADVISEUR;
  public static final String INFORMATIE_POLITIE = VtVeiligheidsbeoordelingContract.INFORMATIE_POLITIE;
  public static final String KINDEREN_TRIAGE_GROND = VtVeiligheidsbeoordelingContract.KINDEREN_TRIAGE_GROND;
  public static final String KLACHT_INGEDIEND = StalkingAanpakContract.KLACHT_INGEDIEND;
  public static final String LOPEND_ONDERZOEK_OF_BESCHERMINGSMAATREGEL = VtVeiligheidsbeoordelingContract.LOPEND_ONDERZOEK_OF_BESCHERMINGSMAATREGEL;
  public static final String MDO_AFSPRAKEN = StalkingAanpakContract.MDO_AFSPRAKEN;
  public static final String MEDIATION_OF_HERSTELGESPREK_GEADVISEERD = AdviesReclasseringRvdkContract.MEDIATION_OF_HERSTELGESPREK_GEADVISEERD;
  public static final String MELDCODE_STAPPEN = SpreekuurHuiselijkGeweldContract.MELDCODE_STAPPEN;
  public static final String ONVEILIGHEID = VtVeiligheidsbeoordelingContract.ONVEILIGHEID;
  public static final String OVERWEGINGEN_DUT = AdviesReclasseringRvdkContract.OVERWEGINGEN_DUT;
  public static final String OVERWEGINGEN_EM = AdviesReclasseringRvdkContract.OVERWEGINGEN_EM;
  public static final String OVERWEGING_AANHOUDEN = StalkingAanpakContract.OVERWEGING_AANHOUDEN;
  public static final String PLAN_VAN_AANPAK_STALKING = StalkingAanpakContract.PLAN_VAN_AANPAK_STALKING;
  public static final String REFERENTIEONDERZOEK = SpreekuurHuiselijkGeweldContract.REFERENTIEONDERZOEK;
  public static final String RISC_TOEGEPAST = AdviesReclasseringRvdkContract.RISC_TOEGEPAST;
  public static final String RISICONIVEAU = StalkingAanpakContract.RISICONIVEAU;
  public static final String RISICONIVEAU_GROND = StalkingAanpakContract.RISICONIVEAU_GROND;
  public static final String RVDK_CIVIEL_SPOOR = VtVeiligheidsbeoordelingContract.RVDK_CIVIEL_SPOOR;
  public static final String RVDK_NAVRAAG_GEDAAN = VtVeiligheidsbeoordelingContract.RVDK_NAVRAAG_GEDAAN;
  public static final String SLACHTOFFER_ANDERE_WEG = SlachtofferInformerenContract.SLACHTOFFER_ANDERE_WEG;
  public static final String SLACHTOFFER_ANDERE_WEG_TOELICHTING = SlachtofferInformerenContract.SLACHTOFFER_ANDERE_WEG_TOELICHTING;
  public static final String SLACHTOFFER_BEREIKT = SlachtofferInformerenContract.SLACHTOFFER_BEREIKT;
  public static final String SLACHTOFFER_BEREIKT_DOOR_SHN = ShnVtAfstemmingContract.SLACHTOFFER_BEREIKT_DOOR_SHN;
  public static final String SLACHTOFFER_GEINFORMEERD_OP = SlachtofferInformerenContract.SLACHTOFFER_GEINFORMEERD_OP;
  public static final String SLACHTOFFER_GEMAILD_OP = SlachtofferInformerenContract.SLACHTOFFER_GEMAILD_OP;
  public static final String SLACHTOFFER_INFORMATIE_TOELICHTING = SlachtofferInformerenContract.SLACHTOFFER_INFORMATIE_TOELICHTING;
  public static final String SLACHTOFFER_TOESTEMMING_EMAIL = ShnVtAfstemmingContract.SLACHTOFFER_TOESTEMMING_EMAIL;
  public static final String SLACHTOFFER_WENST_VERVOLGING = ShnVtAfstemmingContract.SLACHTOFFER_WENST_VERVOLGING;
  public static final String SPREEKUUR_TERMIJN_TOELICHTING = SpreekuurHuiselijkGeweldContract.SPREEKUUR_TERMIJN_TOELICHTING;
  public static final String STALKING_DUURT_VOORT = AdviesReclasseringRvdkContract.STALKING_DUURT_VOORT;
  public static final String STRAFRECHTELIJKE_AANPAK_STALKING = StalkingAanpakContract.STRAFRECHTELIJKE_AANPAK_STALKING;
  public static final String STRUCTUREEL_GRONDEN = VtVeiligheidsbeoordelingContract.STRUCTUREEL_GRONDEN;
  public static final String STRUCTUREEL_ONVEILIG = VtVeiligheidsbeoordelingContract.STRUCTUREEL_ONVEILIG;
  public static final String TOESTEMMING_CONTACT_VT = SpreekuurHuiselijkGeweldContract.TOESTEMMING_CONTACT_VT;
  public static final String TOEZICHT_AFSPRAKEN = NaZsmContract.TOEZICHT_AFSPRAKEN;
  public static final String TOEZICHT_OP_NALEVING = VtVeiligheidsbeoordelingContract.TOEZICHT_OP_NALEVING;
  public static final String UITSPRAAK_RECHTER = NaZsmContract.UITSPRAAK_RECHTER;
  public static final String UITSPRAAK_TOELICHTING = NaZsmContract.UITSPRAAK_TOELICHTING;
  public static final String VEILIGHEIDSAFSPRAKEN = VtVeiligheidsbeoordelingContract.VEILIGHEIDSAFSPRAKEN;
  public static final String VEILIGHEIDSBEOORDELING_AFGEROND = VtVeiligheidsbeoordelingContract.VEILIGHEIDSBEOORDELING_AFGEROND;
  public static final String VEILIGHEIDSVOORWAARDEN = VtVeiligheidsbeoordelingContract.VEILIGHEIDSVOORWAARDEN;
  public static final String VEILIGHEID_TOELICHTING = VtVeiligheidsbeoordelingContract.VEILIGHEID_TOELICHTING;
  public static final String VRAGEN_AAN_VEILIG_THUIS = VtVeiligheidsbeoordelingContract.VRAGEN_AAN_VEILIG_THUIS;
  public static final String VROEGHULP_GEDAAN = AdviesReclasseringRvdkContract.VROEGHULP_GEDAAN;
  public static final String VT_INFORMATIE_SPREEKUUR = SpreekuurHuiselijkGeweldContract.VT_INFORMATIE_SPREEKUUR;
  public static final String VT_MELDING_KENMERK = VtVeiligheidsbeoordelingContract.VT_MELDING_KENMERK;
  public static final String VT_VERVOLG_NA_UITSPRAAK = NaZsmContract.VT_VERVOLG_NA_UITSPRAAK;
  public static final String WENSEN_SLACHTOFFER = ShnVtAfstemmingContract.WENSEN_SLACHTOFFER;
}
