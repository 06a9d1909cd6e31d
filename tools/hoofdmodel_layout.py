"""Layout of the top plane of the main model (used by hoofdmodel-splitsen.py): element -> (lane, centre x, centre y
below the top of the lane). Boundary events: offset from the left of their host. Waypoints: a route style or points
(absolute). Lanes from the top (LANES in hoofdmodel-splitsen.py): OM 20-320, Adviseur 320-495, Politie 495-630,
VT 630-805, SHN 805-940, Supervisie 940-1100. A process owner reads a lane as "who does this": an element sits in
the lane of the organisation whose tasks are inside (HoofdmodelIndelingTest)."""

TOP = {
    # Politie
    'Start_HgZaak': ('Lane_Politie', 115, 55),
    'Sub_Instroom': ('Lane_Politie', 210, 55),
    'Gateway_VragenSplitsen': ('Lane_Politie', 310, 55),
    'Gateway_StalkingLabel': ('Lane_Politie', 420, 55),
    'End_StalkingNaBeslissing': ('Lane_Politie', 620, 55),
    'Gateway_Stalking': ('Lane_Politie', 1060, 55),
    'End_GeenStalking': ('Lane_Politie', 1060, 112),
    'Gateway_StalkingAanpakStarten': ('Lane_Politie', 1210, 55),
    'Call_StalkingAanpak': ('Lane_Politie', 1320, 55),
    'End_StalkingAanpak': ('Lane_Politie', 1430, 55),
    # OM
    'Sub_Vraag1Vermoeden': ('Lane_OM', 420, 65),
    'Gateway_NaarVrijheidsbeneming': ('Lane_OM', 530, 65),
    'Sub_Vraag4Vrijheidsbeneming': ('Lane_OM', 640, 65),
    'Gateway_AlsnogAanhouden': ('Lane_OM', 750, 65),
    'Gateway_VtInformeren': ('Lane_OM', 850, 65),
    'Gateway_VragenSamen': ('Lane_OM', 950, 65),
    'Sub_Vraag3En5BewijsEnAdvies': ('Lane_OM', 1060, 65),
    'Gateway_TerugNaPlandatum': ('Lane_OM', 1210, 65),
    'Sub_Vraag6Afdoeningsbeslissing': ('Lane_OM', 1320, 65),
    'Gateway_Plandatum': ('Lane_OM', 1430, 65),
    'Gateway_BeslissingUitdragen': ('Lane_OM', 1620, 65),
    'Sub_AfdoeningVastleggenEnMailen': ('Lane_OM', 1730, 65),
    'End_AfdoeningVastleggenEnMailen': ('Lane_OM', 1830, 65),
    'Sub_GeenVermoeden': ('Lane_OM', 200, 65),
    'Gateway_Voorgeleiding': ('Lane_OM', 1680, 170),
    'Sub_UitkomstVoorgeleiding': ('Lane_OM', 1770, 170),
    'Gateway_UitkomstVoorgeleidingUitdragen': ('Lane_OM', 1870, 170),
    'End_GeenVoorgeleiding': ('Lane_OM', 1680, 255),
    'End_VeiligheidNaVrijlatingRc': ('Lane_OM', 1770, 255),
    'Sub_VeiligheidNaVrijlatingRc': ('Lane_OM', 1870, 255),
    'Gateway_OpnieuwBeslissenEnBewaken': ('Lane_OM', 530, 170),
    'Task_AanhoudingVastleggen': ('Lane_OM', 750, 170),
    'Task_DirecteMaatregelenRegistreren': ('Lane_OM', 1060, 170),
    'End_DirecteMaatregelenGeregistreerd': ('Lane_OM', 1150, 170),
    'Timer_Plandatum': ('Lane_OM', 1320, 170),
    'Gateway_PlandatumUitdragen': ('Lane_OM', 1500, 170),
    # Reclassering / RvdK
    'Call_Spreekuur': ('Lane_Adviseur', 1210, 60),
    'Gateway_OnHoldUitdragen': ('Lane_Adviseur', 1370, 60),
    'Call_AdviesPlandatum': ('Lane_Adviseur', 1500, 55),
    'End_AdviesPlandatum': ('Lane_Adviseur', 1500, 135),
    'Task_AdviseurKennisnemen': ('Lane_Adviseur', 1730, 45),
    'End_AdviseurGeinformeerd': ('Lane_Adviseur', 1830, 45),
    'Call_NaZsm': ('Lane_Adviseur', 1730, 130),
    'End_NaZsm': ('Lane_Adviseur', 1830, 130),
    # Veilig Thuis
    'Call_Veiligheidsbeoordeling': ('Lane_VT', 420, 45),
    'End_VeiligheidsbeoordelingVoltooid': ('Lane_VT', 620, 45),
    'Task_AcuutDeelVt': ('Lane_VT', 790, 112),
    'Task_VtKennisnemenVrijheidsbeslissing': ('Lane_VT', 1060, 45),
    'End_VtGeinformeerd': ('Lane_VT', 1150, 45),
    'Task_VtOverdracht': ('Lane_VT', 1730, 45),
    'End_Overgedragen': ('Lane_VT', 1830, 45),
    # Slachtofferhulp
    'Task_SlachtofferBenaderen': ('Lane_SHN', 420, 55),
    'Gateway_VrijlatingMelden': ('Lane_SHN', 1060, 55),
    'End_GeenVrijlatingTeMelden': ('Lane_SHN', 1060, 112),
    'Gateway_TussentijdsInformeren': ('Lane_SHN', 1210, 55),
    'Call_SlachtofferTussentijdsInformeren': ('Lane_SHN', 1320, 55),
    'End_SlachtofferTussentijdsGeinformeerd': ('Lane_SHN', 1430, 55),
    'Call_SlachtofferInformeren': ('Lane_SHN', 1730, 55),
    'End_SlachtofferGeinformeerd': ('Lane_SHN', 1830, 55),
    # ZSM-supervisie
    'Gateway_NaarOphoudtermijn': ('Lane_Supervisie', 530, 50),
    'Sub_TermijnenBewaken': ('Lane_Supervisie', 640, 50),
    'End_TermijnenBewaken': ('Lane_Supervisie', 730, 50),
    'Task_VeiligheidsbeoordelingOverschrijdingMelden': ('Lane_Supervisie', 900, 50),
    'Call_VeiligheidsbeoordelingOverschreden': ('Lane_Supervisie', 1030, 50),
    'End_VeiligheidsbeoordelingOverschrijdingAfgehandeld': ('Lane_Supervisie', 1140, 50),
    'Call_WaarschuwingVeiligheidsbeoordeling': ('Lane_Supervisie', 1260, 50),
    'End_GewaarschuwdVeiligheidsbeoordeling': ('Lane_Supervisie', 1370, 50),
}

# shapes larger than a task, so that their name fits inside
SIZES = {
    'Call_AdviesPlandatum': (124, 90),
}

BOUNDARY = {
    'Timer_WaarschuwingVeiligheidsbeoordeling': 30,
    'Timer_VeiligheidsbeoordelingVerstreken': 70,
}

VF = 'vertical-first'
HF = 'horizontal-first'
SHN_TOP = 805
SUP_TOP = 940
WAYPOINTS = {
    'Flow_NaarVermoeden': VF, 'Flow_NaarVeiligheidsbeoordeling': VF, 'Flow_NaarSlachtofferBenaderen': VF,
    'Flow_NaarAcuutDeelVt': VF, 'Flow_NaarTermijnbewaking': VF,
    'Flow_AcuutDeelVtBekend': HF, 'Flow_SlachtofferwensenKlaar': HF,
    'Flow_NaarDirecteMaatregelenRegistreren': VF, 'Flow_NaarVtKennisnemen': VF, 'Flow_NaarStalkingVraag': VF,
    'Flow_NaarVrijlatingMelden': VF,
    'Flow_StalkingBijIntake': lambda a: [a.top('Gateway_StalkingLabel'), (420, a.placed['Gateway_StalkingLabel'][1] - 12),
                                         (1210, a.placed['Gateway_StalkingLabel'][1] - 12),
                                         a.top('Gateway_StalkingAanpakStarten')],
    'Flow_GeenStalking': VF, 'Flow_GeenVrijlatingMelden': VF,
    'Flow_OpnieuwBeslissen': VF, 'Flow_OpnieuwBewaken': VF, 'Flow_AlsnogAangehouden': VF,
    'Flow_NaarOpnieuwBeslissenEnBewaken': lambda a: [a.left('Task_AanhoudingVastleggen'),
                                                     a.right('Gateway_OpnieuwBeslissenEnBewaken')],
    'Flow_TerugNaarOvJ': lambda a: [a.left('Timer_Plandatum'), (1210, a.cy('Timer_Plandatum')),
                                    a.bottom('Gateway_TerugNaPlandatum')],
    'Flow_SpreekuurAdvies': lambda a: [a.top('Call_Spreekuur'), a.bottom('Gateway_TerugNaPlandatum')],
    'Flow_Plandatumzaak': lambda a: [a.bottom('Gateway_Plandatum'), (1430, a.cy('Gateway_Plandatum') + 45),
                                     (1500, a.cy('Gateway_Plandatum') + 45), a.top('Gateway_PlandatumUitdragen')],
    'Flow_AfdoeningOnHold': lambda a: [a.bottom('Gateway_Plandatum'), (1430, a.cy('Gateway_Plandatum') + 45),
                                       (1370, a.cy('Gateway_Plandatum') + 45), a.top('Gateway_OnHoldUitdragen')],
    'Flow_PlandatumWachten': lambda a: [a.left('Gateway_PlandatumUitdragen'), a.right('Timer_Plandatum')],
    'Flow_NaarAdviesPlandatum': VF,
    'Flow_AdviesPlandatumUitgebracht': VF,
    'Flow_NaarSpreekuur': lambda a: [a.left('Gateway_OnHoldUitdragen'), a.right('Call_Spreekuur')],
    'Flow_PlandatumMelden': lambda a: [a.right('Gateway_PlandatumUitdragen'), (1590, a.cy('Gateway_PlandatumUitdragen')),
                                       (1590, SHN_TOP + 12), (1210, SHN_TOP + 12), a.top('Gateway_TussentijdsInformeren')],
    'Flow_OnHoldMelden': lambda a: [a.bottom('Gateway_OnHoldUitdragen'), (1370, SHN_TOP + 12), (1210, SHN_TOP + 12),
                                    a.top('Gateway_TussentijdsInformeren')],
    'Flow_VoorgeleidingMelden': lambda a: [a.right('Gateway_UitkomstVoorgeleidingUitdragen'),
                                           (1925, a.cy('Gateway_UitkomstVoorgeleidingUitdragen')), (1925, SHN_TOP + 12),
                                           (1210, SHN_TOP + 12), a.top('Gateway_TussentijdsInformeren')],
    'Flow_NaarAdviseurKennisnemen': VF, 'Flow_NaarVtOverdracht': VF, 'Flow_NaarSlachtofferInformeren': VF,
    'Flow_NaarNaZsm': VF, 'Flow_NaarVoorgeleidingVraag': VF,
    'Flow_GeenVoorgeleiding': VF,
    'Flow_NaarZonderBeschermingVraag': VF,
    'Flow_VeiligheidNaVrijlatingRcKlaar': lambda a: [a.left('Sub_VeiligheidNaVrijlatingRc'),
                                                     a.right('End_VeiligheidNaVrijlatingRc')],
    'Flow_NaarWaarschuwingVeiligheidsbeoordeling': lambda a: [
        a.bottom('Timer_WaarschuwingVeiligheidsbeoordeling'), (770, SUP_TOP + 125), (1260, SUP_TOP + 125),
        a.bottom('Call_WaarschuwingVeiligheidsbeoordeling')],
    'Flow_NaarVeiligheidsbeoordelingOverschrijdingMelden': VF,
}
# labels: shapes (dx, dy, width) from the centre; flows (x, y, width, height) absolute
LABELS = {
    'Timer_WaarschuwingVeiligheidsbeoordeling': (-120, 12, 100),
    'Timer_VeiligheidsbeoordelingVerstreken': (22, 12, 100),
    'Gateway_AlsnogAanhouden': (-45, -50, 90),
    'Gateway_Stalking': (-105, 18, 80),
    'End_GeenStalking': (22, -8, 70),
    'Gateway_VrijlatingMelden': (-115, 18, 90),
    'End_GeenVrijlatingTeMelden': (22, -8, 90),
    'Gateway_OpnieuwBeslissenEnBewaken': (-125, -5, 95),
    'Gateway_TussentijdsInformeren': (-110, -50, 85),
    'Gateway_VragenSamen': (-50, -58, 100),
    'Gateway_NaarVrijheidsbeneming': (-45, -58, 90),
    'Gateway_VtInformeren': (-45, -58, 90),
    'Gateway_TerugNaPlandatum': (-45, -50, 90),
    'Gateway_Plandatum': (-45, -50, 90),
    'Gateway_BeslissingUitdragen': (-45, -50, 90),
    'Gateway_PlandatumUitdragen': (30, 5, 80),
    'Gateway_OnHoldUitdragen': (-45, 27, 90),
    'Gateway_Voorgeleiding': (-45, -57, 100),
    'Gateway_UitkomstVoorgeleidingUitdragen': (-45, -57, 90),
    'End_GeenVoorgeleiding': (-40, 22, 80),
    'End_VeiligheidNaVrijlatingRc': (-40, 22, 80),
    'End_AfdoeningVastleggenEnMailen': (20, -13, 90),
    'End_AdviseurGeinformeerd': (20, -13, 90),
    'End_NaZsm': (20, -13, 90),
    'End_Overgedragen': (20, -13, 90),
    'End_SlachtofferGeinformeerd': (20, -13, 90),
    'End_VeiligheidsbeoordelingVoltooid': (22, -13, 110),
    'Start_HgZaak': (-35, 22, 70),
    'Gateway_VragenSplitsen': (6, 22, 85),
    'Gateway_StalkingLabel': (8, 22, 100),
    'End_AdviesPlandatum': (22, -8, 90),
    'Flow_Definitief': (1470, 42, 100, 27),
    'Flow_Plandatumzaak': (1440, 112, 80, 14),
    'Flow_AfdoeningOnHold': (1236, 134, 90, 14),
    'Gateway_NaarOphoudtermijn': (-110, 8, 80),
    'End_TermijnenBewaken': (-45, 23, 90),
}
END_PLACES = {}
INNER_WAYPOINTS = {}
# labels in drill-down planes: (dx, dy, width) from the centre of the shape
INNER_LABELS = {
    'Gateway_ZonderBescherming': (-45, -62, 90),
}
