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
  /** Set at the intake when the arrest was registered late; shown to the officer (docs/foutafhandeling.md). */
  public static final String WAARSCHUWING_AANHOUDING = "waarschuwingAanhouding";
  public static final String LEEFTIJD_VERDACHTE = "leeftijdVerdachte";
  public static final String MINDERJARIG = "minderjarig";
  public static final String LABEL_HUISELIJK_GEWELD = "labelHuiselijkGeweld";
  public static final String LABEL_EX_PARTNERSTALKING = "labelExPartnerstalking";
  public static final String KINDEREN_IN_GEZIN = "kinderenInGezin";
  public static final String VT_MELDING_GEDAAN = "vtMeldingGedaan";
  /** Code of the arrondissement (intake.Regio) whose ZSM desk handles the case; "onbekend" for older cases. */
  public static final String REGIO = "regio";

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

  // kinds of unsafe and harmful events (Bijlage II L1228-1264, L1167-1184)
  public static final String FYSIEK_GEWELD = "fysiekGeweld";
  public static final String PSYCHISCH_GEWELD = "psychischGeweld";
  public static final String SEKSUEEL_GEWELD = "seksueelGeweld";
  public static final String VERWAARLOZING = "verwaarlozing";
  public static final String BIJZONDERE_VORMEN = "bijzondereVormen";
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

  // --- Hoofdproces zsmHuiselijkGeweld (helper "proces") ------------------------------------
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
  // slachtofferhulp (L340-350, L1377-1400)
  public static final String SLACHTOFFER_BEREIKT_DOOR_SHN = "slachtofferBereiktDoorShn";
  public static final String WENSEN_SLACHTOFFER = "wensenSlachtoffer";
  public static final String BESCHERMINGSBEHOEFTE_VOLGENS_SLACHTOFFER = "beschermingsbehoefteVolgensSlachtoffer";
  public static final String DELEN_MET_VT_TOEGESTAAN = "delenMetVtToegestaan";
  // Veilig Thuis en adviseur houden kennis van beslissingen (L788-796, L925-934)
  public static final String VT_REACTIE_OP_BESLISSING = "vtReactieOpBeslissing";
  public static final String OVERDRACHT_LOKAAL_TEAM = "overdrachtLokaalTeam";
  public static final String OVERDRACHT_TOELICHTING = "overdrachtToelichting";

  // --- Deelprocessen (issue 4): VT-veiligheidsbeoordeling, advies, slachtoffer informeren ----
  // Shared with the main process (contract): informerendeOrganisatie; adviseurGroep is above.
  /** Group id of the organisation that phones the victim; default slachtofferhulp. */
  public static final String INFORMERENDE_ORGANISATIE = "informerendeOrganisatie";

  // the day of the VT-melding is DATUM_VT_MELDING (section Termijnen)
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

  // --- Ex-partnerstalking, eerste contactmoment, Spreekuur HG en na ZSM (issue 7) ---------------
  /** Boolean on the OvJ's vraag 1: a participant recognises a stalking component (art. 285b Sr). */
  public static final String STALKINGCOMPONENT_HERKEND = "stalkingcomponentHerkend";
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
  // stalking advice of reclassering (L5705-5742, L5983-5991)
  public static final String OVERWEGINGEN_EM = "overwegingenEm";
  public static final String OVERWEGINGEN_DUT = "overwegingenDut";
  public static final String STALKING_DUURT_VOORT = "stalkingDuurtVoort";
  public static final String MEDIATION_OF_HERSTELGESPREK_GEADVISEERD = "mediationOfHerstelgesprekGeadviseerd";
  // eerste contactmoment ZSM-reclassering - VT (L4305-4355)
  public static final String CONTACTPERSOON_RECLASSERING = "contactpersoonReclassering";
  public static final String CONTACTPERSOON_VT = "contactpersoonVt";
  public static final String RVDK_NAVRAAG_GEDAAN = "rvdkNavraagGedaan";
  public static final String CONTACT_UITKOMST_VEILIGHEIDSBEOORDELING = "contactUitkomstVeiligheidsbeoordeling";
  public static final String CONTACT_AANPASSING_DOOR_STRAFRECHT = "contactAanpassingDoorStrafrecht";
  public static final String CONTACT_VEILIGHEIDSVOORWAARDEN_VT = "contactVeiligheidsvoorwaardenVt";
  // afdoening on hold en Spreekuur huiselijk geweld (L4239-4492)
  public static final String DATUM_SPREEKUUR = "datumSpreekuur";
  public static final String BEVINDINGEN_SPREEKUUR = "bevindingenSpreekuur";
  public static final String TOESTEMMING_CONTACT_VT = "toestemmingContactVt";
  public static final String MELDCODE_STAPPEN = "meldcodeStappen";
  public static final String GEZAMENLIJK_GESPREK_WENSELIJK = "gezamenlijkGesprekWenselijk";
  public static final String VT_INFORMATIE_SPREEKUUR = "vtInformatieSpreekuur";
  public static final String REFERENTIEONDERZOEK = "referentieonderzoek";
  public static final String SPREEKUUR_TERMIJN_TOELICHTING = "spreekuurTermijnToelichting";
  // na ZSM (L920-1000)
  /** Message from the court: the judge's decision, correlated by business key (zaaknummer). */
  public static final String BERICHT_UITSPRAAK_RECHTER = "UitspraakRechter";
  /** STRAFRECHTELIJK_DEEL_BEEINDIGD or TOEZICHT. */
  public static final String UITSPRAAK_RECHTER = "uitspraakRechter";
  public static final String UITSPRAAK_TOELICHTING = "uitspraakToelichting";
  public static final String ACTUELE_SITUATIE_GEZIN = "actueleSituatieGezin";
  public static final String ADVIES_RECHTER = "adviesRechter";
  public static final String VT_VERVOLG_NA_UITSPRAAK = "vtVervolgNaUitspraak";
  public static final String TOEZICHT_AFSPRAKEN = "toezichtAfspraken";

  // --- Slachtoffer geïnformeerd en Veilig Thuis nooit vergeten (issue 6) ------------------------
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
  // E-mail (nl.zsm.hg.notificatie)
  public static final String SLACHTOFFER_GEMAILD_OP = "slachtofferGemaildOp";
  public static final String PARTNERS_GEMAILD_OP = "partnersGemaildOp";

  // --- Termijnbewaking (issue 5): deadlines stored on the case, warnings and escalation ------
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
  // local variables of a warning or escalation task (input mapping in the model)
  /** Which deadline, in Dutch, e.g. "ophouden voor onderzoek (art. 56a Sv)". */
  public static final String TERMIJN = "termijn";
  /** When it ends, as text "20:00 op 25-11-2026". */
  public static final String TERMIJN_UITERLIJK = "termijnUiterlijk";
  public static final String TERMIJN_UITLEG = "termijnUitleg";
  /** What the supervisor did about an overschrijding (form of "Termijn overschreden: ..."). */
  public static final String TERMIJN_AFHANDELING = "termijnAfhandeling";
  /** Incident type Cockpit shows when a deadline passed without a decision. */
  public static final String INCIDENT_TERMIJN_OVERSCHREDEN = "termijnOverschreden";

  /** String: the measures in force when the victim is informed, as the caller tells them (form slachtoffer-informeren). */
  public static final String MAATREGELEN_VOOR_SLACHTOFFER = "maatregelenVoorSlachtoffer";
  // naZsm, minderjarige: de RvdK draagt het toezicht over aan de jeugdreclassering (L1428-1436)
  public static final String JEUGDRECLASSERING = "jeugdreclassering";
  public static final String OVERDRACHT_JEUGDRECLASSERING = "overdrachtJeugdreclassering";
  /** Afdoeningsbeslissing: naast stalking ook feiten ten laste die geen klachtdelict zijn (L5369-5376). */
  public static final String OOK_ANDERE_FEITEN_TEN_LASTE = "ookAndereFeitenTenLaste";

  // issue 12 (wt-c): children in the family (DMN KinderenTriage, RvdK civil track) and the SASH before the decision
  public static final String BESLISSING_KINDEREN_TRIAGE = "KinderenTriage";
  public static final String RVDK_CIVIEL_SPOOR = "rvdkCivielSpoor";
  public static final String KINDEREN_TRIAGE_GROND = "kinderenTriageGrond";
  public static final String BESCHERMINGSONDERZOEK = "beschermingsonderzoek";
  public static final String CIVIEL_SPOOR_TOELICHTING = "civielSpoorToelichting";
  public static final String BERICHT_SASH_UITKOMST = "SashUitkomstBekend";
  // issue 12 (wt-c): VT's part at ZSM (acute part) reaches the case before the veiligheidsvoorwaarden
  public static final String ACUUT_DEEL_VT_BEKEND = "acuutDeelVtBekend";
  public static final String BERICHT_ACUUT_DEEL_VT = "AcuutDeelVtBekend";
}
