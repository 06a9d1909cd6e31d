"""Shrinking the empty bands of a BPMN plane, shared by hoofdmodel-splitsen.py and vlak-inkorten.py (issue 14)."""


def krimp(spans, drempel, keep):
    """A function that moves a coordinate so that every empty band between the (start, end) spans wider than
    drempel becomes keep units wide; a coordinate inside a band moves with it proportionally."""
    spans = sorted(spans)
    gaps = []
    end = spans[0][1]
    for a, b in spans[1:]:
        if a - end > drempel:
            gaps.append((end, a))
        end = max(end, b)

    def mapped(v):
        shift = 0
        for g0, g1 in gaps:
            if v >= g1:
                shift += (g1 - g0) - keep
            elif v > g0:
                shift += (v - g0) * (1 - keep / (g1 - g0))
        return v - shift

    return mapped
