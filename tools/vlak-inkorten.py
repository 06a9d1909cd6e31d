#!/usr/bin/env python3
"""Shrinks the empty vertical bands of a model's top plane so that it fits on one screen (issue 14).

Only diagram interchange changes: every shape keeps its size and lane, bands without shapes wider than
KEEP units become KEEP units wide; pool and lanes end where their content now ends.
Usage: python3 tools/vlak-inkorten.py processes/<model>.bpmn [KEEP]"""
import re
import sys

import banden

path = sys.argv[1]
keep = float(sys.argv[2]) if len(sys.argv) > 2 else 45
text = open(path, encoding='utf-8').read()
start = text.index('<bpmndi:BPMNPlane')
end = text.index('</bpmndi:BPMNPlane>')
plane = text[start:end]
containers = set(re.findall(r'<bpmn:(?:lane|participant) id="([^"]+)"', text))
bounds = re.compile(r'(<dc:Bounds x=")([-\d.]+)(" y="[-\d.]+" width=")([\d.]+)(")')
spans = []
for shape in re.finditer(r'<bpmndi:BPMNShape [^>]*bpmnElement="([^"]+)"[\s\S]*?</bpmndi:BPMNShape>', plane):
    if shape.group(1) in containers:
        continue
    b = bounds.search(shape.group(0))  # the shape itself, not its label
    spans.append((float(b.group(2)), float(b.group(2)) + float(b.group(4))))
content_right = max(b for _, b in spans)
krimp = banden.krimp(spans, keep, keep)


def mapped(v):
    return round(krimp(v))


def container(match):
    x = float(match.group(2))
    return f'{match.group(1)}{mapped(x)}{match.group(3)}{round(mapped(content_right) + 40 - mapped(x))}{match.group(5)}'


def shape(match):
    element = match.group(1)
    body = match.group(0)
    if element in containers:
        return bounds.sub(container, body)
    return bounds.sub(lambda b: f'{b.group(1)}{mapped(float(b.group(2)))}{b.group(3)}{b.group(4)}{b.group(5)}', body)


plane = re.sub(r'<bpmndi:BPMNShape [^>]*bpmnElement="([^"]+)"[\s\S]*?</bpmndi:BPMNShape>', shape, plane)
plane = re.sub(r'(<di:waypoint x=")([-\d.]+)(")', lambda w: f'{w.group(1)}{mapped(float(w.group(2)))}{w.group(3)}', plane)
plane = re.sub(r'(<bpmndi:BPMNEdge[\s\S]*?</bpmndi:BPMNEdge>)',
               lambda e: bounds.sub(lambda b: f'{b.group(1)}{mapped(float(b.group(2)))}{b.group(3)}{b.group(4)}{b.group(5)}', e.group(0)), plane)
open(path, 'w', encoding='utf-8').write(text[:start] + plane + text[end:])
print(path, 'breedte van de inhoud', round(content_right), '->', mapped(content_right))
