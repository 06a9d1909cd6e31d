#!/usr/bin/env python3
"""Splits the old catalogue nl.zsm.hg.ZaakVariabelen into one contract class per process (issue 14) and rewrites
every use in src/main/java and src/test/java. Re-runnable: run it again after a merge that brought back
ZaakVariabelen.java (or new uses of it); constants already moved stay where they are, new ones are added to the
contract of their owner, and the file is removed again.

Use (from the root of the repository):
    python3 tools/contracten_splitsen.py          # moves, rewrites, then runs tools/imports_ordenen.py
    python3 tools/contracten_splitsen.py --droog  # only reports what it would do

Rules (docs/bibliotheken-en-contracten.md, "Contracten"):
- every process key K in processes/*.bpmn has one class <K with a capital>Contract in the domain package of the
  capability that owns the process (PAKKET below);
- a name is defined (with its string value) once, in the contract of the process where it is first set
  (EIGENAAR below; a constant that is not in the table gets the owner the models point to, and the script says so);
- another process that has the name in its contract (a form field, a field of its contract.json, an in/out
  mapping of a call activity) refers to the owner: NAAM = EigenaarContract.NAAM. The script adds those references.
- code imports each name from its owner (a single static import per name), never a whole contract with '*',
  because a reference has the same simple name as its owner.
What the script cannot do is printed at the end under 'Met de hand' (for example ZaakVariabelen.class).
"""
import json
import pathlib
import re
import subprocess
import sys

WORTEL = pathlib.Path(__file__).resolve().parent.parent
OUD = WORTEL / 'src/main/java/nl/zsm/hg/ZaakVariabelen.java'
OUD_FQN = 'nl.zsm.hg.ZaakVariabelen'
HOOFDPROCES = 'zsmHuiselijkGeweld'

# process key -> package of its contract class (the domain layer of the capability that owns the process)
PAKKET = {
    'zsmHuiselijkGeweld': 'nl.zsm.hg.hoofdproces.domain',
    'vtVeiligheidsbeoordeling': 'nl.zsm.hg.veiligheid.domain',
    'overtredingBeoordelen': 'nl.zsm.hg.veiligheid.domain',
    'adviesReclasseringRvdk': 'nl.zsm.hg.afdoening.domain',
    'shnVtAfstemming': 'nl.zsm.hg.slachtoffer.domain',
    'slachtofferInformeren': 'nl.zsm.hg.slachtoffer.domain',
    'stalkingAanpak': 'nl.zsm.hg.stalking.domain',
    'spreekuurHuiselijkGeweld': 'nl.zsm.hg.spreekuur.domain',
    'naZsm': 'nl.zsm.hg.nazorg.domain',
    'zsmTermijnsignalering': 'nl.zsm.hg.termijnen.domain',
    'zsmEmailVersturen': 'nl.zsm.hg.notificatie.domain',
}

# constant -> process where the value is first set (intake and the main process's own steps: the main process;
# what a called process sets and returns with camunda:out: that process; decision keys and DMN inputs: the
# process whose business rule task calls the decision)
EIGENAAR = {}
for _proces, _namen in {
    'zsmHuiselijkGeweld': """ZAAKNUMMER VAST HETERDAAD TIJDSTIP_AANHOUDING WAARSCHUWING_AANHOUDING LEEFTIJD_VERDACHTE
        LABEL_HUISELIJK_GEWELD LABEL_EX_PARTNERSTALKING KINDEREN_IN_GEZIN VT_MELDING_GEDAAN REGIO
        VERMOEDEN_STRAFBAAR_FEIT BEWIJS ERNSTIGE_BEZWAREN ROUTE ADVISEUR BESLISSING_AFDOENINGSROUTE
        BESLISSING_ADVISERENDE_ORGANISATIE VEILIGHEIDSMAATREGELEN_VEREIST ROUTE_OMSCHRIJVING ADVISEUR_GROEP
        SLACHTOFFER_NAAM SLACHTOFFER_TELEFOON SLACHTOFFER_EMAIL SLACHTOFFER_TOESTEMMING_CONTACT INDIVIDUELE_BEOORDELING
        BESCHERMINGSBEHOEFTE_SLACHTOFFER CRITERIUM_VERKLARING_BETROKKENE CRITERIUM_SITUATIE_TER_PLAATSE
        CRITERIUM_ONVERKLAARD_LETSEL CRITERIUM_VERKLARING_DERDE TOELICHTING_VERMOEDEN TOELICHTING_BEWIJS ONDERZOEKSPLAN
        ONDERZOEKSPLAN_GEACCORDEERD ONDERZOEKSPLAN_OPMERKINGEN_OM ONDERZOEKSRESULTATEN VRIJHEIDSBESLISSING
        VEILIGHEIDSMAATREGELEN TOELICHTING_MAATREGELEN AFDOENINGSBESLISSING TOELICHTING_AFDOENING PLANDATUM
        VT_REACTIE_OP_BESLISSING OVERDRACHT_LOKAAL_TEAM OVERDRACHT_TOELICHTING INFORMERENDE_ORGANISATIE
        VOORLOPIGE_HECHTENIS_TOEGESTAAN TRANSPORT_MINUTEN NACHTVERHOREN DATUM_VT_MELDING TIJDSTIP_INVERZEKERINGSTELLING
        INVERZEKERINGSTELLING_VERLENGD STALKINGCOMPONENT_HERKEND MAATREGEL_VOORWAARDEN MAATREGEL_GEBIED
        MAATREGEL_INGANGSDATUM MAATREGEL_EINDDATUM HUISVERBOD_OPGELEGD_OP CIVIELE_MAATREGEL_OPGELEGD_OP MAATREGEL_BRON
        GEREGISTREERDE_MAATREGELEN OPHOUDEN_UITERLIJK OPHOUDEN_UITLEG VOORGELEIDING_UITERLIJK UITKOMST_VOORGELEIDING
        SCHORSINGSVOORWAARDEN SCHORSING_GEBIED SCHORSING_VOORWAARDEN_TOELICHTING TOELICHTING_UITKOMST_VOORGELEIDING
        VOORGELEIDING_ZONDER_BESCHERMING VOORGELEIDING_WAARSCHUWING VEILIGHEID_NA_VRIJLATING_RC
        INVERZEKERINGSTELLING_UITERLIJK INVERZEKERINGSTELLING_VERLENGING_BEREKEND INVERZEKERINGSTELLING_UITLEG
        VEILIGHEIDSBEOORDELING_UITERLIJK VEILIGHEIDSBEOORDELING_UITLEG
        INCIDENT_TERMIJN_OVERSCHREDEN OOK_ANDERE_FEITEN_TEN_LASTE BERICHT_SASH_UITKOMST ACUUT_DEEL_VT_BEKEND
        BERICHT_ACUUT_DEEL_VT""",
    'vtVeiligheidsbeoordeling': """ACHT_JAARS_FEIT VUURWAPEN LETSEL_OF_VERWURGING GEWELD_TIJDENS_ZWANGERSCHAP
        SEKSUEEL_MISBRUIK ONTHOUDEN_ZORG_ACUUT INTIEM_TERREUR_OF_GEWELD DREIGING_MET_GEWELD_OF_DODEN
        STALKING_SLACHTOFFER_ZEER_BANG SCHENDING_VEILIGHEIDSVOORWAARDEN VERDACHTE_HEEFT_TOEGANG ZICHT_DOOR_DERDEN
        DAGEN_SINDS_RELATIE_VERBROKEN ACUUT_ONVEILIG ACUUT_GRONDEN AANTAL_EERDERE_INCIDENTEN
        VOORTDURENDE_ONVEILIGE_SITUATIE STRUCTUREEL_ONVEILIG STRUCTUREEL_GRONDEN ONVEILIGHEID
        BESLISSING_ACUTE_ONVEILIGHEID BESLISSING_STRUCTURELE_ONVEILIGHEID BESLISSING_VEILIGHEIDSCLASSIFICATIE
        FYSIEK_GEWELD PSYCHISCH_GEWELD SEKSUEEL_GEWELD VERWAARLOZING BIJZONDERE_VORMEN VEILIGHEID_TOELICHTING
        VT_MELDING_KENMERK INFORMATIE_POLITIE EERDERE_INCIDENTEN_POLITIE INFORMATIE_ADVISEUR
        LOPEND_ONDERZOEK_OF_BESCHERMINGSMAATREGEL VRAGEN_AAN_VEILIG_THUIS ONVEILIGE_GEBEURTENISSEN
        UITKOMST_EERDERE_VEILIGHEIDSBEOORDELING AANPASSING_DOOR_STRAFRECHTELIJKE_INFORMATIE VEILIGHEIDSVOORWAARDEN
        VEILIGHEIDSAFSPRAKEN TOEZICHT_OP_NALEVING VEILIGHEIDSBEOORDELING_AFGEROND CONTACTPERSOON_RECLASSERING
        CONTACTPERSOON_VT RVDK_NAVRAAG_GEDAAN CONTACT_UITKOMST_VEILIGHEIDSBEOORDELING CONTACT_AANPASSING_DOOR_STRAFRECHT
        CONTACT_VEILIGHEIDSVOORWAARDEN_VT BESLISSING_KINDEREN_TRIAGE RVDK_CIVIEL_SPOOR KINDEREN_TRIAGE_GROND
        BESCHERMINGSONDERZOEK CIVIEL_SPOOR_TOELICHTING""",
    'stalkingAanpak': """SASH_NIETS_MEER_TE_VERLIEZEN SASH_EX_PARTNER_DOODSANGST SASH_OORDEEL_BEOORDELAAR RISICONIVEAU
        BESLISSING_SASH_RISICONIVEAU SASH_FYSIEKE_TOENADERING SASH_BEDREIGING_INTIMIDATIE SASH_TOEGANG_WONING
        SASH_SPULLEN_VERNIELD_GESTOLEN SASH_WAARSCHUWING_GENEGEERD SASH_STALKING_VERERGERT SASH_CONTACT_NOODZAKELIJK
        SASH_EERDER_GESTALKT SASH_GESCHIEDENIS_GEWELD SASH_PSYCHISCHE_PROBLEMEN SASH_MIDDELENGEBRUIK
        SASH_INGRIJPEND_VERLIES SASH_EX_PARTNER_BEZITTERIG SASH_EX_PARTNER_CONFLICT_OMGANG RISICONIVEAU_GROND
        KLACHT_INGEDIEND VRAGENLIJST_STALKING_PREFIX SASH_TOELICHTING VT_INFORMATIE_SASH CASUSREGISSEUR_STALKING
        CONTACTPERSOON_POLITIE_SLACHTOFFER RISC_STALKING_BEVINDINGEN STRAFRECHTELIJKE_AANPAK_STALKING
        PLAN_VAN_AANPAK_STALKING MDO_AFSPRAKEN AANGEMELD_VEILIGHEIDSHUIS AANGEMELD_SLACHTOFFERCOORDINATIE
        OVERWEGING_AANHOUDEN""",
    'adviesReclasseringRvdk': """ADVIES ADVIES_AFDOENING ADVIES_BIJZONDERE_VOORWAARDEN ADVIES_UITGEBRACHT_DOOR
        VROEGHULP_GEDAAN RISC_TOEGEPAST B_SAFER_TOEGEPAST OVERWEGINGEN_EM OVERWEGINGEN_DUT STALKING_DUURT_VOORT
        MEDIATION_OF_HERSTELGESPREK_GEADVISEERD""",
    'shnVtAfstemming': """SLACHTOFFER_WENST_VERVOLGING SLACHTOFFER_BEREIKT_DOOR_SHN WENSEN_SLACHTOFFER
        BESCHERMINGSBEHOEFTE_VOLGENS_SLACHTOFFER DELEN_MET_VT_TOEGESTAAN SLACHTOFFER_BEKEND_BIJ_VT VT_HEEFT_CONTACT
        INFORMATIE_VOOR_SHN AFGESPROKEN_BELMOMENT VT_KONDIGT_SHN_AAN EERSTE_CONTACT_DOOR VT_EERSTE_CONTACT_TOELICHTING
        AMBTSHALVE_VERVOLGING SLACHTOFFER_TOESTEMMING_EMAIL VEILIGHEID_VOLGENS_SLACHTOFFER WENS_NU_SLACHTOFFER
        OPLOSSING_VOLGENS_SLACHTOFFER GEDEELD_VEILIGHEID_VOLGENS_SLACHTOFFER GEDEELD_WENS_NU_SLACHTOFFER
        GEDEELD_OPLOSSING_VOLGENS_SLACHTOFFER VT_REACTIE_OP_SHN_INFORMATIE""",
    'slachtofferInformeren': """SLACHTOFFER_GEINFORMEERD_OP SLACHTOFFER_BEREIKT SLACHTOFFER_INFORMATIE_TOELICHTING
        AANTAL_BELPOGINGEN SLACHTOFFER_ANDERE_WEG_KIEZEN SLACHTOFFER_ANDERE_WEG SLACHTOFFER_ANDERE_WEG_TOELICHTING
        SLACHTOFFER_GEMAILD_OP MAATREGELEN_VOOR_SLACHTOFFER""",
    'spreekuurHuiselijkGeweld': """DATUM_SPREEKUUR BEVINDINGEN_SPREEKUUR TOESTEMMING_CONTACT_VT MELDCODE_STAPPEN
        GEZAMENLIJK_GESPREK_WENSELIJK VT_INFORMATIE_SPREEKUUR REFERENTIEONDERZOEK SPREEKUUR_TERMIJN_TOELICHTING""",
    'naZsm': """MINDERJARIG BERICHT_UITSPRAAK_RECHTER UITSPRAAK_RECHTER UITSPRAAK_TOELICHTING ACTUELE_SITUATIE_GEZIN
        ADVIES_RECHTER VT_VERVOLG_NA_UITSPRAAK TOEZICHT_AFSPRAKEN JEUGDRECLASSERING OVERDRACHT_JEUGDRECLASSERING""",
    'zsmTermijnsignalering': """TERMIJN TERMIJN_UITERLIJK TERMIJN_UITLEG TERMIJN_AFHANDELING""",
    'zsmEmailVersturen': """PARTNERS_GEMAILD_OP""",
}.items():
    for _naam in _namen.split():
        EIGENAAR[_naam] = _proces

OMSCHRIJVING = {
    'zsmHuiselijkGeweld': 'het hoofdproces: de HG-zaak op ZSM van intake tot slachtoffer informeren',
    'vtVeiligheidsbeoordeling': 'de veiligheidsbeoordeling door Veilig Thuis (vraag 2)',
    'overtredingBeoordelen': 'de beoordeling door het OM van een gemelde overtreding van een maatregel',
    'adviesReclasseringRvdk': 'het advies van de reclassering of de RvdK (vraag 5)',
    'shnVtAfstemming': 'de afstemming tussen Slachtofferhulp en Veilig Thuis (Bijlage IV)',
    'slachtofferInformeren': 'het informeren van het slachtoffer (vraag 7)',
    'stalkingAanpak': 'de aanpak van ex-partnerstalking (SASH, Vragenlijst, routekaart)',
    'spreekuurHuiselijkGeweld': 'het Spreekuur huiselijk geweld (afdoening on hold)',
    'naZsm': 'de processtappen na ZSM (advies voor de rechter, uitspraak, toezicht)',
    'zsmTermijnsignalering': 'de termijnsignalering (waarschuwing en overschrijding) voor de supervisor',
    'zsmEmailVersturen': 'het versturen van de e-mails van een zaak',
}

DROOG = '--droog' in sys.argv
handwerk = []


def klasnaam(proces):
    return proces[0].upper() + proces[1:] + 'Contract'


def fqn(proces):
    return PAKKET[proces] + '.' + klasnaam(proces)


def bestand(proces):
    return WORTEL / 'src/main/java' / (fqn(proces).replace('.', '/') + '.java')


# ---------------------------------------------------------------- models: what each process names
def modellen():
    """process key -> {'bestand', 'formulieren': set of form keys, 'contract': set, 'in': set, 'out': set}"""
    info = {}
    for pad in sorted((WORTEL / 'processes').glob('*.bpmn')):
        tekst = pad.read_text()
        m = re.search(r'<bpmn:process id="([^"]+)"', tekst)
        if not m:
            continue
        sleutels = set()
        for ref in set(re.findall(r'camunda:formRef="([^"]+)"', tekst)):
            form = WORTEL / 'forms' / (ref + '.form')
            if form.exists():
                sleutels |= {c['key'] for c in json.loads(form.read_text()).get('components', []) if c.get('key')}
        contract = set()
        cj = pad.with_name(pad.stem + '.contract.json')
        if cj.exists():
            contract = set(re.findall(r'"key":\s*"([^"]+)"', cj.read_text()))
        info[m.group(1)] = {'bestand': pad.name, 'formulieren': sleutels, 'contract': contract, 'in': set(),
                            'out': set(), 'tekst': tekst}
    for proces, i in info.items():
        for ca in re.finditer(r'<bpmn:callActivity [^>]*calledElement="([^"]+)"[^>]*>(.*?)</bpmn:callActivity>',
                              i['tekst'], re.S):
            aangeroepen = ca.group(1)
            for bron, doel in re.findall(r'<camunda:in source="([^"]+)" target="([^"]+)"', ca.group(2)):
                i['out'].add(bron)  # the caller hands over its own variable ...
                if aangeroepen in info:
                    info[aangeroepen]['in'].add(doel)  # ... and the called process receives it
            for doel in re.findall(r'<camunda:in sourceExpression="[^"]*" target="([^"]+)"', ca.group(2)):
                if aangeroepen in info:
                    info[aangeroepen]['in'].add(doel)
            for bron, doel in re.findall(r'<camunda:out source="([^"]+)" target="([^"]+)"', ca.group(2)):
                i['in'].add(doel)
                if aangeroepen in info:
                    info[aangeroepen]['out'].add(bron)
    return info


def nodig(i):
    """The names a process's contract must hold: its form keys, its contract.json and its in/out mappings."""
    return (i['formulieren'] | i['contract'] | i['in'] | i['out'])


# ---------------------------------------------------------------- contract classes as data
CONST = re.compile(r'^\s*public static final String (\w+) = (?:"([^"]*)"|(\w+)\.(\w+));\s*$')


def lees_constanten(tekst):
    """[(name, value or None, (class, name) or None, comment lines)] in file order."""
    uit, commentaar, in_javadoc = [], [], False
    for regel in tekst.split('\n'):
        s = regel.strip()
        if in_javadoc:
            commentaar.append(s)
            in_javadoc = not s.endswith('*/')
            continue
        if s.startswith('/**') and not s.endswith('*/'):
            commentaar.append(s)
            in_javadoc = True
            continue
        if s.startswith('//') or (s.startswith('/**') and s.endswith('*/')):
            if not s.startswith('// ---'):
                commentaar.append(s)
            continue
        m = CONST.match(regel)
        if m:
            uit.append((m.group(1), m.group(2), (m.group(3), m.group(4)) if m.group(3) else None, commentaar))
        commentaar = [] if s or m else commentaar
    return uit


def bestaande_contracten():
    contracten = {p: {'eigen': [], 'verwijzing': {}} for p in PAKKET}
    for p in PAKKET:
        if bestand(p).exists():
            for naam, waarde, ref, comm in lees_constanten(bestand(p).read_text()):
                if ref:
                    contracten[p]['verwijzing'][naam] = ref
                else:
                    contracten[p]['eigen'].append((naam, waarde, comm))
    return contracten


def eigenaar_uit_modellen(naam, waarde, info):
    """Owner of a constant that is not in the table: the process whose model names it; a called process if it
    returns the value with camunda:out; otherwise the main process."""
    noemen = [p for p, i in info.items() if re.search(r'\b' + re.escape(waarde) + r'\b', i['tekst'])
              or waarde in nodig(i)]
    terug = [p for p in noemen if p != HOOFDPROCES and waarde in info[p]['out'] and waarde not in info[p]['in']]
    if terug:
        return terug[0]
    if HOOFDPROCES in noemen or not noemen:
        return HOOFDPROCES
    return noemen[0]


def schrijf_contract(proces, c, info):
    pkg, kl = PAKKET[proces], klasnaam(proces)
    imports = sorted({fqn(EIGENAAR_VAN[ref[1]]) for ref in c['verwijzing'].values()
                      if PAKKET[EIGENAAR_VAN[ref[1]]] != pkg})
    r = ['package %s;' % pkg, '']
    r += ['import %s;' % i for i in imports]
    if imports:
        r.append('')
    r += [
        '/**',
        ' * Contract of the process {@code %s} ({@code processes/%s}):' % (proces, info[proces]['bestand']),
        ' * %s.' % OMSCHRIJVING.get(proces, proces),
        ' * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and',
        ' * other systems use exactly these strings, so they do not change.',
        ' *',
        ' * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.',
        ' * Every other name this process has in its contract (a form field, a field of its contract.json, an',
        ' * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its',
        ' * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;',
        ' * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).',
        ' */',
        'public final class %s {' % kl,
        '',
        '  private %s() {}' % kl,
    ]
    if c['eigen']:
        r += ['', '  // --- first set in this process ---']
        for naam, waarde, comm in c['eigen']:
            r += ['  ' + x if not x.startswith('*') else '   ' + x for x in comm]
            r.append('  public static final String %s = "%s";' % (naam, waarde))
    if c['verwijzing']:
        r += ['', '  // --- owned by another process, used here (same value) ---']
        for naam in sorted(c['verwijzing']):
            ref = c['verwijzing'][naam]
            r.append('  public static final String %s = %s.%s;' % (naam, ref[0], ref[1]))
    r += ['}', '']
    return '\n'.join(r)


# ---------------------------------------------------------------- rewriting uses
def zonder_tekst(broncode):
    broncode = re.sub(r'"""(.*?)"""', '""', broncode, flags=re.S)
    broncode = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', broncode)
    broncode = re.sub(r'/\*.*?\*/', '', broncode, flags=re.S)
    return re.sub(r'//[^\n]*', '', broncode)


def herschrijf(pad, eigenaar_fqn):
    s = pad.read_text()
    if 'ZaakVariabelen' not in s:
        return False
    origineel = s
    pkg_m = re.search(r'^package\s+([\w.]+);', s, re.M)
    pkg = pkg_m.group(1) if pkg_m else ''
    nieuwe_static, nieuwe_gewoon = set(), set()
    # import static nl.zsm.hg.ZaakVariabelen.*;  -> one static import per name the file uses
    if re.search(r'^import static nl\.zsm\.hg\.ZaakVariabelen\.\*;\s*$', s, re.M):
        lijf = zonder_tekst(re.sub(r'^import .*$', '', s, flags=re.M))
        eigen_velden = set(re.findall(r'\b(?:String|int|long|boolean|var)\s+(\w+)\s*[=;,)]', lijf))
        for naam, klasse in eigenaar_fqn.items():
            if naam not in eigen_velden and re.search(r'(?<![\w.])' + naam + r'\b', lijf):
                nieuwe_static.add('%s.%s' % (klasse, naam))
        s = re.sub(r'^import static nl\.zsm\.hg\.ZaakVariabelen\.\*;\s*\n', '', s, flags=re.M)

    def enkel(m):
        naam = m.group(1)
        if naam not in eigenaar_fqn:
            handwerk.append('%s: onbekende constante %s' % (pad.relative_to(WORTEL), naam))
            return m.group(0)
        nieuwe_static.add('%s.%s' % (eigenaar_fqn[naam], naam))
        return ''
    s = re.sub(r'^import static nl\.zsm\.hg\.ZaakVariabelen\.(\w+);\s*\n', enkel, s, flags=re.M)

    def gekwalificeerd(m):
        naam = m.group(2)
        if naam not in eigenaar_fqn:
            return m.group(0)
        klasse = eigenaar_fqn[naam]
        if m.group(1):  # written out in full
            return '%s.%s' % (klasse, naam)
        if klasse.rsplit('.', 1)[0] != pkg:
            nieuwe_gewoon.add(klasse)
        return '%s.%s' % (klasse.rsplit('.', 1)[1], naam)
    s = re.sub(r'(nl\.zsm\.hg\.)?\bZaakVariabelen\.([A-Z][A-Z0-9_]*)\b', gekwalificeerd, s)
    s = re.sub(r'(nl\.zsm\.hg\.)?\bZaakVariabelen#([A-Z][A-Z0-9_]*)\b',
               lambda m: '%s#%s' % (eigenaar_fqn[m.group(2)], m.group(2)) if m.group(2) in eigenaar_fqn
               else m.group(0), s)
    if not re.search(r'(?<!import )\bZaakVariabelen\b', re.sub(r'^import .*$', '', s, flags=re.M)):
        s = re.sub(r'^import nl\.zsm\.hg\.ZaakVariabelen;\s*\n', '', s, flags=re.M)
    nieuw = ['import static %s;' % n for n in sorted(nieuwe_static)] + ['import %s;' % n for n in sorted(nieuwe_gewoon)]
    if nieuw:
        eerste = re.search(r'^import .*$', s, re.M)
        plek = eerste.start() if eerste else re.search(r'^package .*\n', s, re.M).end()
        s = s[:plek] + '\n'.join(nieuw) + '\n' + ('' if eerste else '\n') + s[plek:]
    for nr, regel in enumerate(s.split('\n'), 1):
        if re.search(r'\bZaakVariabelen\b', regel):
            handwerk.append('%s:%d: %s' % (pad.relative_to(WORTEL), nr, regel.strip()))
    if s != origineel and not DROOG:
        pad.write_text(s)
    return s != origineel


# ---------------------------------------------------------------- main
info = modellen()
onbekend = sorted(set(info) - set(PAKKET))
if onbekend:
    sys.exit('Geen pakket voor proces(sen) %s: vul PAKKET aan in %s' % (onbekend, __file__))
contracten = bestaande_contracten()

# 1. constants still in the old catalogue move to their owner
if OUD.exists():
    for naam, waarde, ref, comm in lees_constanten(OUD.read_text()):
        if ref:
            handwerk.append('ZaakVariabelen.%s verwijst naar %s.%s: met de hand verplaatsen' % (naam, *ref))
            continue
        al = [(p, w) for p, c in contracten.items() for n, w, _ in c['eigen'] if n == naam]
        if al:
            if al[0][1] != waarde:
                sys.exit('%s staat al in %s met waarde "%s", in ZaakVariabelen met "%s": los dit eerst op'
                         % (naam, klasnaam(al[0][0]), al[0][1], waarde))
            continue
        proces = EIGENAAR.get(naam)
        if proces is None:
            proces = eigenaar_uit_modellen(naam, waarde, info)
            print('nieuw: %s = "%s" -> %s (uit de modellen; zet het in EIGENAAR)' % (naam, waarde, klasnaam(proces)))
        contracten[proces]['eigen'].append((naam, waarde, comm))

EIGENAAR_VAN = {}
waarde_naar_eigen = {}
for p, c in contracten.items():
    for naam, waarde, _ in c['eigen']:
        EIGENAAR_VAN[naam] = p
        waarde_naar_eigen.setdefault(waarde, []).append((p, naam))
for waarde, eigenaars in waarde_naar_eigen.items():
    if len(eigenaars) > 1:
        handwerk.append('waarde "%s" is eigen in meer contracten: %s' % (waarde, eigenaars))

# 2. references: every name a process's contract must hold, owned elsewhere, refers to its owner
ontbreekt = []
for p, i in info.items():
    eigen = {w for _, w, _ in contracten[p]['eigen']}
    for waarde in sorted(nodig(i)):
        if waarde in eigen:
            continue
        if re.fullmatch(r'stalkingVraag\d\d(Beschrijving)?', waarde):
            continue  # the Vragenlijst keys: VRAGENLIJST_STALKING_PREFIX + stalking.domain.VragenlijstStalking
        if waarde not in waarde_naar_eigen:
            ontbreekt.append('%s: geen constante voor "%s"' % (klasnaam(p), waarde))
            continue
        ep, naam = waarde_naar_eigen[waarde][0]
        contracten[p]['verwijzing'].setdefault(naam, (klasnaam(ep), naam))

# 3. write the contract classes
for p in PAKKET:
    if p not in info:
        continue
    tekst = schrijf_contract(p, contracten[p], info)
    if not bestand(p).exists() or bestand(p).read_text() != tekst:
        print(('zou schrijven: ' if DROOG else 'geschreven: ') + str(bestand(p).relative_to(WORTEL)))
        if not DROOG:
            bestand(p).parent.mkdir(parents=True, exist_ok=True)
            bestand(p).write_text(tekst)

# 4. rewrite uses; 5. remove the old catalogue
eigenaar_fqn = {naam: fqn(p) for naam, p in EIGENAAR_VAN.items()}
gewijzigd = 0
for wortel in ('src/main/java', 'src/test/java'):
    for pad in sorted((WORTEL / wortel).rglob('*.java')):
        if pad != OUD and herschrijf(pad, eigenaar_fqn):
            gewijzigd += 1
print(('zou herschrijven: ' if DROOG else 'herschreven: ') + '%d bestanden' % gewijzigd)
if OUD.exists() and not DROOG:
    OUD.unlink()
    print('verwijderd: ' + str(OUD.relative_to(WORTEL)))
if not DROOG:
    subprocess.run([sys.executable, str(WORTEL / 'tools/imports_ordenen.py'), str(WORTEL / 'src/main/java'),
                    str(WORTEL / 'src/test/java')], check=True)
for regel in ontbreekt:
    print('ontbreekt: ' + regel)
if handwerk:
    print('Met de hand:')
    for regel in handwerk:
        print('  ' + regel)
