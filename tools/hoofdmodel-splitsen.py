#!/usr/bin/env python3
"""Splits the flat main model (processes/zsm-huiselijk-geweld.bpmn) into collapsed embedded sub-processes.

One-off tool of issue 14, kept so that the split can be redone on a flat model that changed in parallel:
  git show <flat commit>:processes/zsm-huiselijk-geweld.bpmn > /tmp/plat.bpmn
  python3 tools/hoofdmodel-splitsen.py /tmp/plat.bpmn processes/zsm-huiselijk-geweld.bpmn
Every existing element keeps its id; a sequence flow that crossed a new boundary keeps its id on the side
where its source lies. Inside a sub-process the shapes keep their old relative layout (one drill-down plane
per sub-process); the top plane with the lanes is laid out from the table TOP below.
"""
import copy
import sys
import xml.etree.ElementTree as ET

import banden

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
    'camunda': 'http://camunda.org/schema/1.0/bpmn',
    'xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'modeler': 'http://camunda.org/schema/modeler/1.0',
}
for prefix, uri in NS.items():
    ET.register_namespace(prefix, uri)


def q(tag):
    prefix, local = tag.split(':')
    return '{%s}%s' % (NS[prefix], local)


# id, name, lane, documentation, elements, names of the new start and end events
SUBS = [
    ('Sub_Instroom', 'Instroom en adviseur bepalen', 'Lane_Politie',
     'Instroom van de zaak: de politie legt de zaak vast (vast of niet-vast, heterdaad of gepland, label, kinderen, '
     'slachtoffer en Individuele Beoordeling), het product kent het zaaknummer toe en bepaalt of de reclassering of de '
     'RvdK adviseert. Bron: Werkwijze, instroom, L150-165 en L4305-4330; Bijlage III, L1317-1329.',
     ['Task_IntakeControleren', 'Task_AdviserendeOrganisatie'], 'Zaak ingestroomd', 'Zaak vastgelegd'),
    ('Sub_Vraag1Vermoeden', 'Vraag 1: vermoeden strafbaar feit', 'Lane_OM',
     'Vraag 1 van de zeven vragen: is er een redelijk vermoeden van een bewijsbaar strafbaar feit? Bij het label '
     'ex-partnerstalking wacht de officier daarna op de uitkomst van de SASH (of beslist op het waarschuwingsmoment '
     'zonder). Geen vermoeden: het strafrecht stopt (gebeurtenis-deelproces Geen vermoeden). Bron: Werkwijze, de zeven '
     'vragen, L236-241; stap 1, L169-198; routekaart stalking, L5888-6015.',
     ['Task_VermoedenBeoordelen', 'Gateway_SashAfwachten', 'Gateway_SashOfTijd', 'Event_SashUitkomst',
      'Timer_SashTeLaat'], 'Vraag 1 gesteld', 'Klaar voor de vrijheidsbeslissing'),
    ('Sub_Vraag4Vrijheidsbeneming', 'Vraag 4: vasthouden of heenzenden', 'Lane_OM',
     'Vraag 4, de directe veiligheidsmaatregelen: de officier beslist binnen de termijn van ophouden over vasthouden '
     'of heenzenden met directe veiligheidsmaatregelen, en het product toetst heenzenden aan de regel dat een verdachte '
     'met acute onveiligheid niet vrijkomt zonder maatregel. Bron: Werkwijze, de zeven vragen, L252-254; stap 4, '
     'L380-415, L511-528; L4350-4352.',
     ['Task_Vrijheidsbeneming', 'Task_HeenzendenToetsen'], 'Vrijheidsbeslissing nodig',
     'Vrijheidsbeslissing getoetst'),
    ('Sub_Vraag3En5BewijsEnAdvies', 'Vragen 3 en 5: bewijs en advies', 'Lane_OM',
     'Vraag 3 (bewijsbeoordeling, scenario a/b/c, met onderzoeksplan van de politie dat het OM accordeert), de '
     'afdoeningsroute uit het stroomschema en vraag 5 (advies van de reclassering of de RvdK). Bron: Werkwijze, de '
     'zeven vragen, L248-250 en L256-259; stap 3, L555-601, L686-700; stap 5, L830-858; Bijlage I, L1052-1166.',
     ['Gateway_BewijsBeoordelen', 'Task_BewijsBeoordelen', 'Task_Afdoeningsroute', 'Gateway_Route', 'Call_Advies',
      'Gateway_OnderzoeksplanMaken', 'Task_OnderzoeksplanMaken', 'Task_OnderzoeksplanAccorderen',
      'Gateway_PlanGeaccordeerd', 'Task_OnderzoeksplanUitvoeren', 'Gateway_NaarBeslissing'],
     'Vragen 1 en 2 beantwoord', 'Klaar voor de afdoeningsbeslissing'),
    ('Sub_Vraag6Afdoeningsbeslissing', 'Vraag 6: afdoening of routering', 'Lane_OM',
     'Vraag 6: de officier neemt de afdoenings- of routeringsbeslissing (dagvaarding, sepot, strafbeschikking, '
     'routering, plandatum of afdoening on hold) en het product toetst haar aan de veiligheidsregel. Bron: Werkwijze, '
     'de zeven vragen, L260-263; stap 6, L776-796, L844-876; L4357-4489.',
     ['Task_Afdoeningsbeslissing', 'Task_AfdoeningToetsen'], 'Afdoening te beslissen', 'Afdoeningsbeslissing getoetst'),
    ('Sub_AfdoeningVastleggenEnMailen', 'Afdoening vastleggen en mailen', 'Lane_OM',
     'Na de definitieve afdoeningsbeslissing: beschermingsmaatregelen registreren en Veilig Thuis en de ZSM-partners '
     'per e-mail informeren. Bron: Werkwijze, stap 6, L788-796 en L876-884.',
     ['Task_MaatregelenRegistreren', 'Task_PartnersMailen', 'End_PartnersGeinformeerd'],
     'Afdoening definitief', None),
    ('Sub_UitkomstVoorgeleiding', 'Uitkomst voorgeleiding RC', 'Lane_OM',
     'Na een dagvaarding met voorgeleiding: de officier legt de uitkomst bij de rechter-commissaris vast, het product '
     'registreert haar en mailt Veilig Thuis en de partners. Bron: Werkwijze, stap 5, L831-842; stap 6, L846-850.',
     ['Task_UitkomstVoorgeleiding', 'Task_UitkomstVoorgeleidingRegistreren', 'Task_UitkomstVoorgeleidingMailen'],
     'Voorgeleid', 'Uitkomst gemaild'),
    ('Sub_VeiligheidNaVrijlatingRc', 'Veiligheid na vrijlating door RC', 'Lane_OM',
     'Laat de rechter-commissaris de verdachte vrij zonder beschermende maatregel, dan regelt de officier de veiligheid '
     'van het slachtoffer. Bron: Werkwijze, stap 4, L393-408; L4350-4352.',
     ['Gateway_ZonderBescherming', 'End_UitkomstVoorgeleidingVerwerkt', 'Task_VeiligheidNaVrijlatingRc',
      'End_VeiligheidNaVrijlatingGeregeld'], 'Uitkomst voorgeleiding bekend', None),
    ('Sub_TermijnenBewaken', 'Termijnen vrijheidsbeneming bewaken', 'Lane_Supervisie',
     'Termijnbewaking van ophouden voor onderzoek en inverzekeringstelling: waarschuwing vooraf, bij overschrijding '
     'een incident in Cockpit en een taak voor de ZSM-supervisor. Bron: Werkwijze, inleiding, L14-20; stap 2, '
     'L402-415.',
     ['Gateway_OphoudtermijnLoopt', 'End_GeenOphoudtermijn', 'Sub_OphoudenBewaken', 'Timer_WaarschuwingOphouden',
      'Timer_OphoudenVerstreken', 'Call_WaarschuwingOphouden', 'End_GewaarschuwdOphouden',
      'Task_OphoudenOverschrijdingMelden', 'Call_OphoudenOverschreden', 'End_OphoudenOverschrijdingAfgehandeld',
      'Gateway_InVerzekering', 'End_NietInVerzekering', 'Gateway_InverzekeringstellingBerekenen',
      'Task_InverzekeringstellingBerekenen', 'Sub_InverzekeringstellingBewaken', 'Event_InverzekeringstellingVerlengd',
      'End_IvsBewaakt', 'Timer_WaarschuwingInverzekeringstelling', 'Timer_InverzekeringstellingVerstreken',
      'Call_WaarschuwingInverzekeringstelling', 'End_GewaarschuwdInverzekeringstelling',
      'Task_InverzekeringstellingOverschrijdingMelden', 'Call_InverzekeringstellingOverschreden',
      'End_InverzekeringstellingOverschrijdingAfgehandeld'], 'Termijnbewaking begint', None),
]

# Drill-down planes have no lanes: a task of another organisation than the one leading the sub-process says whose
# task it is in its name (the candidate group is unchanged).
RENAME = {
    'Task_OnderzoeksplanMaken': 'Onderzoeksplan maken (politie)',
    'Task_OnderzoeksplanUitvoeren': 'Onderzoeksplan uitvoeren (politie)',
}

# Names of the top-level end events that follow a sub-process whose every path ends inside it.
TERMINAL_END = {
    'Sub_AfdoeningVastleggenEnMailen': 'Afdoening vastgelegd en gemaild',
    'Sub_VeiligheidNaVrijlatingRc': 'Voorgeleiding afgehandeld',
    'Sub_TermijnenBewaken': 'Termijnen bewaakt',
}

TASK = (100, 80)
GW = (50, 50)
EV = (36, 36)

# Top plane: lane -> (y, height); element -> (centre x, centre y)
LANES = [('Lane_OM', 310), ('Lane_Adviseur', 175), ('Lane_Politie', 135), ('Lane_VT', 175),
         ('Lane_SHN', 135), ('Lane_Supervisie', 150)]
POOL_X, POOL_Y, POOL_W = 20, 20, 1920
TOP = {}
WAYPOINTS = {}


def lane_y():
    y = POOL_Y
    result = {}
    for lane, height in LANES:
        result[lane] = (y, height)
        y += height
    return result


def main(source, target):
    tree = ET.parse(source)
    root = tree.getroot()
    process = root.find('bpmn:process', NS)
    plane = root.find('bpmndi:BPMNDiagram/bpmndi:BPMNPlane', NS)
    di = {el.get('bpmnElement'): el for el in plane}

    def flows(container):
        return [f for f in container if f.tag == q('bpmn:sequenceFlow')]

    def node(container, element_id):
        for child in container:
            if child.get('id') == element_id:
                return child
        return None

    new_flow_count = {}

    def new_flow(container, flow_id, source_ref, target_ref):
        flow = ET.Element(q('bpmn:sequenceFlow'), {'id': flow_id, 'sourceRef': source_ref, 'targetRef': target_ref})
        container.append(flow)
        return flow

    for element in process.iter():
        if element.get('id') in RENAME:
            element.set('name', RENAME[element.get('id')])
    inner_edges = {}  # sub id -> list of (flow id, kind) created inside
    for sub_id, name, lane, doc, members, start_name, end_name in SUBS:
        members = set(members)
        for child in list(process):
            if child.tag == q('bpmn:boundaryEvent') and child.get('attachedToRef') in members:
                assert child.get('id') in members, child.get('id') + ' hangt aan ' + child.get('attachedToRef')
        sub = ET.Element(q('bpmn:subProcess'), {'id': sub_id, 'name': name})
        documentation = ET.SubElement(sub, q('bpmn:documentation'))
        documentation.text = doc
        first = min(i for i, child in enumerate(process) if child.get('id') in members)
        process.insert(first, sub)
        suffix = sub_id[len('Sub_'):]
        start_id = 'Start_' + suffix
        start = ET.SubElement(sub, q('bpmn:startEvent'), {'id': start_id, 'name': start_name})
        for child in list(process):
            if child.get('id') in members:
                process.remove(child)
                sub.append(child)
        entries = []
        exits = []
        for flow in flows(process):
            src, tgt = flow.get('sourceRef'), flow.get('targetRef')
            if src in members and tgt in members:
                process.remove(flow)
                sub.append(flow)
            elif tgt in members:
                entries.append(flow)
            elif src in members:
                exits.append(flow)
        assert len({f.get('targetRef') for f in entries}) == 1, sub_id + ': meer dan een ingang'
        entry_target = entries[0].get('targetRef')
        for flow in entries:
            flow.set('targetRef', sub_id)
        new_flow(sub, 'Flow_' + suffix + 'Begint', start_id, entry_target)
        inner_edges[sub_id] = [('Flow_' + suffix + 'Begint', start_id, entry_target)]
        exit_targets = {f.get('targetRef') for f in exits}
        assert len(exit_targets) <= 1, sub_id + ': meer dan een uitgang ' + str(exit_targets)
        exit_target = next(iter(exit_targets), None)
        for n, flow in enumerate(exits, 1):
            end_id = 'End_' + suffix + (str(n) if len(exits) > 1 else '')
            end = ET.SubElement(sub, q('bpmn:endEvent'), {'id': end_id, 'name': end_name if len(exits) == 1 else
                                                         EXIT_NAMES[flow.get('id')]})
            process.remove(flow)
            flow.set('targetRef', end_id)
            sub.append(flow)
            inner_edges[sub_id].append((flow.get('id'), flow.get('sourceRef'), end_id))
        if exits:
            new_flow(process, 'Flow_' + suffix + 'Klaar', sub_id, exit_target)
        else:
            end_id = 'End_' + suffix
            ET.SubElement(process, q('bpmn:endEvent'), {'id': end_id, 'name': TERMINAL_END[sub_id]})
            new_flow(process, 'Flow_' + suffix + 'Klaar', sub_id, end_id)
        # lanes
        for lane_el in process.iter(q('bpmn:lane')):
            for ref in list(lane_el):
                if ref.text in members:
                    lane_el.remove(ref)
            if lane_el.get('id') == lane:
                ET.SubElement(lane_el, q('bpmn:flowNodeRef')).text = sub_id
                if not exits:
                    ET.SubElement(lane_el, q('bpmn:flowNodeRef')).text = 'End_' + suffix

    # incoming / outgoing references, regenerated from the flows everywhere
    all_flows = {}
    containers = [process] + list(process.iter(q('bpmn:subProcess')))
    for container in containers:
        for flow in flows(container):
            all_flows[flow.get('id')] = flow
    for container in containers:
        for child in container:
            for ref in child.findall('bpmn:incoming', NS) + child.findall('bpmn:outgoing', NS):
                child.remove(ref)
    for container in containers:
        for child in container:
            if child.tag in (q('bpmn:sequenceFlow'), q('bpmn:laneSet'), q('bpmn:documentation'),
                             q('bpmn:extensionElements')):
                continue
            incoming = [f for f in all_flows.values() if f.get('targetRef') == child.get('id')]
            outgoing = [f for f in all_flows.values() if f.get('sourceRef') == child.get('id')]
            position = len([c for c in child if c.tag in (q('bpmn:documentation'), q('bpmn:extensionElements'))])
            for f in incoming:
                ref = ET.Element(q('bpmn:incoming'))
                ref.text = f.get('id')
                child.insert(position, ref)
                position += 1
            for f in outgoing:
                ref = ET.Element(q('bpmn:outgoing'))
                ref.text = f.get('id')
                child.insert(position, ref)
                position += 1

    layout(root, process, plane, di, inner_edges)
    ET.indent(tree, '  ')
    tree.write(target, encoding='UTF-8', xml_declaration=True)
    with open(target, 'r', encoding='utf-8') as f:
        text = f.read().replace("<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="UTF-8"?>')
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text + ('' if text.endswith('\n') else '\n'))


EXIT_NAMES = {
    'Flow_ZonderSash': 'Zonder SASH verder',
    'Flow_SashBekend': 'Met SASH verder',
    'Flow_SashTeLaat': 'Zonder SASH verder op tijd',
}


def bounds(el):
    b = el.find('dc:Bounds', NS)
    return [float(b.get(k)) for k in ('x', 'y', 'width', 'height')]


def size_of(element):
    tag = element.tag.split('}')[1]
    if tag.endswith('Gateway'):
        return GW
    if tag.endswith('Event'):
        return EV
    return TASK


def shape(parent, element_id, x, y, w, h, expanded=None):
    attrs = {'id': element_id + '_di', 'bpmnElement': element_id}
    if expanded is not None:
        attrs['isExpanded'] = 'true' if expanded else 'false'
    s = ET.SubElement(parent, q('bpmndi:BPMNShape'), attrs)
    ET.SubElement(s, q('dc:Bounds'), {'x': fmt(x), 'y': fmt(y), 'width': fmt(w), 'height': fmt(h)})
    return s


def fmt(v):
    return str(int(round(v)))


def edge(parent, flow_id, points):
    e = ET.SubElement(parent, q('bpmndi:BPMNEdge'), {'id': flow_id + '_di', 'bpmnElement': flow_id})
    clean = []
    for p in points:
        p = (round(p[0]), round(p[1]))
        if not clean or clean[-1] != p:
            clean.append(p)
    for x, y in clean:
        ET.SubElement(e, q('di:waypoint'), {'x': fmt(x), 'y': fmt(y)})
    return e


def route(sb, tb, via=None):
    """Orthogonal waypoints from the source bounds to the target bounds."""
    sx, sy, sw, sh = sb
    tx, ty, tw, th = tb
    scx, scy, tcx, tcy = sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2
    if via == 'down-left':  # back edge below both
        low = max(sy + sh, ty + th) + 25
        return [(scx, sy + sh), (scx, low), (tcx, low), (tcx, ty + th)]
    if via == 'up-left':
        high = min(sy, ty) - 25
        return [(scx, sy), (scx, high), (tcx, high), (tcx, ty)]
    if via == 'vertical-first':
        if abs(scx - tcx) < 1:  # straight down or up, from border to border (never through the target)
            return [(scx, sy + sh), (tcx, ty)] if tcy > scy else [(scx, sy), (tcx, ty + th)]
        if tcy > scy:
            return [(scx, sy + sh), (scx, tcy), (tx, tcy)]
        return [(scx, sy), (scx, tcy), (tx, tcy)]
    if via == 'horizontal-first':
        if tcy > scy:
            return [(sx + sw, scy), (tcx, scy), (tcx, ty)]
        return [(sx + sw, scy), (tcx, scy), (tcx, ty + th)]
    if abs(scy - tcy) < 1:
        return [(sx + sw, scy), (tx, tcy)]
    if tx >= sx + sw:
        mid = (sx + sw + tx) / 2
        return [(sx + sw, scy), (mid, scy), (mid, tcy), (tx, tcy)]
    return [(scx, sy + sh), (scx, tcy), (tx + tw if tcx < scx else tx, tcy)]


def layout(root, process, plane, old_di, inner_edges):
    import hoofdmodel_layout as top_layout
    old_bounds = {k: bounds(v) for k, v in old_di.items() if v.tag == q('bpmndi:BPMNShape')}
    old_edges = {k: v for k, v in old_di.items() if v.tag == q('bpmndi:BPMNEdge')}
    old_labels = {k: v.find('bpmndi:BPMNLabel', NS) for k, v in old_di.items()}
    diagram = root.find('bpmndi:BPMNDiagram', NS)
    # drop the old plane content
    for child in list(plane):
        plane.remove(child)
    elements = {}
    for el in process.iter():
        if el.get('id'):
            elements[el.get('id')] = el

    # ---- drill-down planes
    subs = [s for s in process.iter(q('bpmn:subProcess')) if s.get('id') in inner_edges or
            s.get('triggeredByEvent') == 'true']
    for sub in subs:
        sub_id = sub.get('id')
        d = ET.SubElement(root, q('bpmndi:BPMNDiagram'), {'id': 'BPMNDiagram_' + sub_id})
        p = ET.SubElement(d, q('bpmndi:BPMNPlane'), {'id': 'BPMNPlane_' + sub_id, 'bpmnElement': sub_id})
        members = [c for c in sub.iter() if c.get('id') and c is not sub and c.tag != q('bpmn:sequenceFlow')
                   and c.get('id') in old_bounds]
        if sub.get('triggeredByEvent') == 'true':
            members = [c for c in sub if c.get('id') in old_bounds]
        xs = [old_bounds[m.get('id')] for m in members]
        min_x = min(b[0] for b in xs)
        min_y = min(b[1] for b in xs)
        max_x = max(b[0] + b[2] for b in xs)
        dx, dy = 230 - min_x, 100 - min_y
        if sub.get('triggeredByEvent') == 'true':
            dx, dy = 180 - min_x, 100 - min_y
        nested = set()
        for inner in sub.iter(q('bpmn:subProcess')):
            if inner is not sub:
                nested.update(c.get('id') for c in inner.iter() if c.get('id'))
        moved = {}
        for m in sub.iter():
            mid = m.get('id')
            if m is sub or not mid:
                continue
            if mid in old_bounds:
                b = old_bounds[mid]
                nb = [b[0] + dx, b[1] + dy, b[2], b[3]]
                moved[mid] = nb
                s = shape(p, mid, *nb, expanded=True if m.tag == q('bpmn:subProcess') else None)
                label = old_labels.get(mid)
                if mid in top_layout.INNER_LABELS:
                    add_label(s, nb, top_layout.INNER_LABELS[mid])
                elif label is not None:
                    s.append(shift_label(label, dx, dy))
        # new start / end events
        created = [c for c in sub if c.tag in (q('bpmn:startEvent'), q('bpmn:endEvent')) and c.get('id') not in moved]
        for c in created:
            cid = c.get('id')
            if c.tag == q('bpmn:startEvent'):
                target = [t for f, s_, t in inner_edges[sub_id] if s_ == cid][0]
                tb = moved[target]
                nb = [tb[0] - 90 - EV[0] / 2 + (0 if tb[2] > 60 else 0), tb[1] + tb[3] / 2 - EV[1] / 2, *EV]
                nb[0] = min(nb[0], tb[0] - 70)
            else:
                src = [s_ for f, s_, t in inner_edges[sub_id] if t == cid][0]
                sb = moved[src]
                right = [b[0] + b[2] for k, b in moved.items() if k in old_bounds]
                right += [float(lb.get('x')) + float(lb.get('width')) for lb in p.iter(q('dc:Bounds'))
                          if float(lb.get('y')) < sb[1] + sb[3] and float(lb.get('y')) + float(lb.get('height')) > sb[1]]
                column = max(right) + 50
                y = sb[1] + sb[3] / 2 - EV[1] / 2
                for other in [b for k, b in moved.items() if k not in old_bounds and k.startswith('End_')]:
                    if abs(other[1] - y) < 60:
                        y = other[1] + 60
                nb = [column, y, *EV]
            moved[cid] = nb
            s = shape(p, cid, *nb)
            if c.tag == q('bpmn:endEvent'):
                add_label(s, nb, (24, -8, 100))
            else:
                add_label(s, nb, None)
        for f in sub.iter(q('bpmn:sequenceFlow')):
            fid = f.get('id')
            src, tgt = f.get('sourceRef'), f.get('targetRef')
            fresh = fid in [e[0] for e in inner_edges.get(sub_id, [])]
            if fid in old_edges and not fresh:
                e = ET.SubElement(p, q('bpmndi:BPMNEdge'), {'id': fid + '_di', 'bpmnElement': fid})
                for w in old_edges[fid].findall('di:waypoint', NS):
                    ET.SubElement(e, q('di:waypoint'), {'x': fmt(float(w.get('x')) + dx),
                                                        'y': fmt(float(w.get('y')) + dy)})
                label = old_labels.get(fid)
                if label is not None:
                    e.append(shift_label(label, dx, dy))
            else:
                if moved[tgt][0] > moved[src][0] + moved[src][2] and tgt not in old_bounds:
                    sb_, tb_ = moved[src], moved[tgt]
                    e = edge(p, fid, route(sb_, tb_))
                    continue
                e = edge(p, fid, top_layout.INNER_WAYPOINTS.get(fid) and
                         [(moved[src][0] + a, moved[src][1] + b) for a, b in top_layout.INNER_WAYPOINTS[fid]]
                         or route(moved[src], moved[tgt]))
                label = old_labels.get(fid)
                if label is not None and f.get('name'):
                    pts = [(float(w.get('x')), float(w.get('y'))) for w in e.findall('di:waypoint', NS)]
                    lab = ET.SubElement(e, q('bpmndi:BPMNLabel'))
                    ET.SubElement(lab, q('dc:Bounds'), {'x': fmt(pts[0][0] + 5), 'y': fmt(pts[0][1] - 20),
                                                        'width': '40', 'height': '14'})

        compact(p)

    # ---- top plane
    ys = lane_y()
    total = sum(h for _, h in LANES)
    shape(plane, 'Participant_ZsmHg', POOL_X, POOL_Y, POOL_W, total, expanded=True)
    for lane, (y, h) in ys.items():
        shape(plane, lane, POOL_X + 30, y, POOL_W - 30, h, expanded=True)
    placed = {}
    for element_id, (lane, cx, row) in top_layout.TOP.items():
        el = elements[element_id]
        w, h = getattr(top_layout, 'SIZES', {}).get(element_id, size_of(el))
        y, lh = ys[lane]
        cy = y + row
        b = [cx - w / 2, cy - h / 2, w, h]
        placed[element_id] = b
        expanded = None
        if el.tag == q('bpmn:subProcess'):
            expanded = False
        s = shape(plane, element_id, *b, expanded=expanded)
        if w < 60 and el.get('name'):
            add_label(s, b, top_layout.LABELS.get(element_id))
    lanes = {lane.get('id'): lane for lane in process.iter(q('bpmn:lane'))}
    for lane in lanes.values():
        for ref in list(lane):
            if ref.tag == q('bpmn:flowNodeRef'):
                lane.remove(ref)
    for child in process:
        if child.get('id') and child.tag not in (q('bpmn:sequenceFlow'), q('bpmn:laneSet')):
            host = child.get('attachedToRef') or child.get('id')
            ET.SubElement(lanes[top_layout.TOP[host][0]], q('bpmn:flowNodeRef')).text = child.get('id')
    for child in process:
        if child.get('id') and child.tag not in (q('bpmn:sequenceFlow'), q('bpmn:laneSet')):
            if child.tag == q('bpmn:boundaryEvent'):
                host = placed[child.get('attachedToRef')]
                offset = top_layout.BOUNDARY[child.get('id')]
                b = [host[0] + offset - EV[0] / 2, host[1] + host[3] - EV[1] / 2, *EV]
                placed[child.get('id')] = b
                s = shape(plane, child.get('id'), *b)
                add_label(s, b, top_layout.LABELS.get(child.get('id')))
            else:
                assert child.get('id') in placed, 'geen plaats voor ' + child.get('id')
    for f in process.findall('bpmn:sequenceFlow', NS):
        fid = f.get('id')
        sb, tb = placed[f.get('sourceRef')], placed[f.get('targetRef')]
        manual = top_layout.WAYPOINTS.get(fid)
        if callable(manual):
            pts = manual(Anchors(placed))
        else:
            pts = route(sb, tb, manual)
        e = edge(plane, fid, pts)
        if f.get('name') and fid in top_layout.LABELS:
            lab = ET.SubElement(e, q('bpmndi:BPMNLabel'))
            x, y, width, height = top_layout.LABELS[fid]
            ET.SubElement(lab, q('dc:Bounds'), {'x': fmt(x), 'y': fmt(y), 'width': fmt(width), 'height': fmt(height)})
        elif f.get('name'):
            (x0, y0), (x1, y1) = pts[0], pts[1]
            lab = ET.SubElement(e, q('bpmndi:BPMNLabel'))
            width = 7 * len(f.get('name')) + 6
            if abs(x0 - x1) < 1:
                box = (x0 + 4, y0 + (4 if y1 > y0 else -18))
            else:
                box = (x0 + (4 if x1 > x0 else -width - 4), y0 - 18)
            ET.SubElement(lab, q('dc:Bounds'), {'x': fmt(box[0]), 'y': fmt(box[1]), 'width': fmt(width),
                                                'height': '14'})
    # markers and orientation as Modeler writes them
    for s_el in root.iter(q('bpmndi:BPMNShape')):
        element = elements.get(s_el.get('bpmnElement'))
        if element is not None and element.tag == q('bpmn:exclusiveGateway'):
            s_el.set('isMarkerVisible', 'true')
        if s_el.get('bpmnElement') in ('Participant_ZsmHg',) or s_el.get('bpmnElement', '').startswith('Lane_'):
            s_el.set('isHorizontal', 'true')
    # the collaboration diagram must come first
    diagrams = root.findall('bpmndi:BPMNDiagram', NS)
    for d in diagrams:
        root.remove(d)
    for d in diagrams:
        root.append(d)


def compact(plane_el, gap=100, keep=60):
    """Shrinks empty bands wider than gap (no shape, no label) to keep units, in x and in y."""
    boxes = [[float(b.get(k)) for k in ('x', 'y', 'width', 'height')] for b in plane_el.iter(q('dc:Bounds'))]
    for axis, size in (('x', 'width'), ('y', 'height')):
        i = 0 if axis == 'x' else 1
        mapped = banden.krimp([(b[i], b[i] + b[i + 2]) for b in boxes], gap, keep)
        for b in plane_el.iter(q('dc:Bounds')):
            b.set(axis, fmt(mapped(float(b.get(axis)))))
        for w in plane_el.iter(q('di:waypoint')):
            w.set(axis, fmt(mapped(float(w.get(axis)))))
        for b in boxes:
            b[i] = mapped(b[i])


def add_label(shape_el, b, where):
    """An external label below the shape, or where the layout table says: (dx, dy, width) from the centre."""
    cx, cy = b[0] + b[2] / 2, b[1] + b[3] / 2
    dx, dy, width = where or (-45, b[3] / 2 + 5, 90)
    lab = ET.SubElement(shape_el, q('bpmndi:BPMNLabel'))
    ET.SubElement(lab, q('dc:Bounds'), {'x': fmt(cx + dx), 'y': fmt(cy + dy), 'width': fmt(width), 'height': '27'})


class Anchors:
    """Points on the placed shapes, for hand-made routes: a.top('Id'), a.bottom, a.left, a.right, a.cx, a.cy."""

    def __init__(self, placed):
        self.placed = placed

    def cx(self, i):
        b = self.placed[i]
        return b[0] + b[2] / 2

    def cy(self, i):
        b = self.placed[i]
        return b[1] + b[3] / 2

    def top(self, i):
        return (self.cx(i), self.placed[i][1])

    def bottom(self, i):
        return (self.cx(i), self.placed[i][1] + self.placed[i][3])

    def left(self, i):
        return (self.placed[i][0], self.cy(i))

    def right(self, i):
        return (self.placed[i][0] + self.placed[i][2], self.cy(i))


def shift_label(label, dx, dy):
    label = copy.deepcopy(label)
    b = label.find('dc:Bounds', NS)
    if b is not None:
        b.set('x', fmt(float(b.get('x')) + dx))
        b.set('y', fmt(float(b.get('y')) + dy))
    return label


if __name__ == '__main__':
    sys.path.insert(0, __file__.rsplit('/', 1)[0])
    main(sys.argv[1], sys.argv[2])
