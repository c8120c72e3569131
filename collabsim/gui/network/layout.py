"""Where the network view puts things: superior on top, the lead in the middle, partners around.

Pure geometry (no painting), computed once per resize or scenario change so that painting a
frame only reads precomputed positions. Cooperating departments sit on an elliptical arc that
opens at the top, where the superior's line of attention comes down to the lead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: gap between a node's fill and its effort ring, and the ring's width relative to the node
RING_GAP = 3.0
RING_FRACTION = 0.2
MIN_NODE_RADIUS = 10.0
MAX_NODE_RADIUS = 46.0
NARROW_WIDTH = 620.0


@dataclass(frozen=True)
class NetworkLayout:
    """Positions in widget pixels. Arrays are indexed by department."""

    x: np.ndarray
    y: np.ndarray
    radius: np.ndarray  # radius of the filled disc (by resources)
    ring_width: float
    outward: np.ndarray  # (N, 2) unit vector pointing away from the centre (label direction)
    label_offset: np.ndarray  # extra distance of each label along ``outward`` (staggering)
    label_width: float  # labels are elided to this many pixels
    superior: tuple[float, float, float, float]  # x, y, width, height of the superior's box
    centre: tuple[float, float]
    radii: tuple[float, float]  # of the ellipse the partners sit on
    arc: tuple[float, float]  # first angle and span (degrees, y up) of the partners' arc
    r_max: float  # radius of a department with resources 1


def arc_angles(count: int, max_span: float = 250.0) -> np.ndarray:
    """Angles (radians, y up) of ``count`` partners: around the bottom, widening with count."""
    if count <= 0:
        return np.zeros(0)
    if count == 1:
        return np.array([math.radians(270.0)])
    span = min(max_span, 90.0 * (count - 1))
    start = 270.0 - span / 2
    return np.radians(start + span * np.arange(count) / (count - 1))


def compute_layout(width: float, height: float, lead: int, resources: np.ndarray,
                   label_px: float, line_px: float, superior_size: tuple[float, float],
                   sup_left_min: float = 0.0, sup_right_max: float | None = None,
                   sup_top: float = 8.0) -> NetworkLayout:
    """Lay out ``len(resources)`` departments in a ``width`` x ``height`` area at (0, 0).

    ``label_px`` is the widest label wanted, ``line_px`` the height of a label line and
    ``superior_size`` the (width, height) of the superior's box, which starts no further left
    than ``sup_left_min`` (room for the step counter) while still spanning the lead, and ends
    no further right than ``sup_right_max`` (the legend tag) where it can, ``sup_top`` from the
    top (below the counter and the tag when there is no room beside them).
    """
    n = len(resources)
    others = [j for j in range(n) if j != lead]
    narrow = width < NARROW_WIDTH
    angles = arc_angles(len(others), 200.0 if narrow else 250.0)  # narrow: keep clear of the superior
    sup_w, sup_h = superior_size
    top = sup_top + sup_h + 24.0  # below the superior's box and the start of its arrow
    cx = width / 2
    # room for labels at the sides and below; the ellipse fills the rest
    # narrow views (a dock beside the plots) put every label below its node, not beside it
    label_w = min(label_px, max(60.0, width * (0.3 if narrow else 0.2)))
    sines = np.sin(angles)
    sin_top = float(sines.max()) if len(angles) else -1.0
    cos_top = abs(math.cos(float(angles[int(np.argmax(sines))]))) if len(angles) else 0.0
    ry = r_max = 0.0
    k = 0.62  # the centre sits k * ry below ``top``
    for _ in range(4):  # node size and the room around the arc depend on each other
        outer = r_max * (1 + RING_FRACTION) + RING_GAP
        if narrow:
            rx = max(40.0, width / 2 - max(outer, label_w / 2) - 8.0)
        else:
            rx = max(40.0, width / 2 - label_w - outer - 16.0)
        lines = 2.4 if narrow and len(others) >= 5 else 1.3  # crowded: room to stagger labels
        bottom_room = r_max * (1 + RING_FRACTION) + RING_GAP + lines * line_px + 10.0
        if ry > 0 and rx * cos_top - outer < sup_w / 2 + 6:  # top partners clear the superior's box
            k = max(0.62, sin_top + (outer - 18.0) / ry)
        ry = max(40.0, (height - top - bottom_room) / (1 + k))
        if len(others) >= 2:
            step = float(np.diff(angles).mean())
            spacing = step * math.sqrt(0.5 * (rx * rx + ry * ry))
        else:
            spacing = min(rx, ry)
        r_max = float(np.clip(min(0.36 * spacing, 0.07 * min(width, height)), MIN_NODE_RADIUS,
                              MAX_NODE_RADIUS))
    cy = top + k * ry
    radius = r_max * (0.5 + 0.5 * np.clip(np.asarray(resources, float), 0.0, 1.0))
    ring_width = max(4.0, RING_FRACTION * r_max)

    x = np.empty(n)
    y = np.empty(n)
    outward = np.zeros((n, 2))
    x[lead], y[lead] = cx, cy
    outward[lead] = (0.0, 1.0)
    for k, j in enumerate(others):
        x[j] = cx + rx * math.cos(angles[k])
        y[j] = cy - ry * math.sin(angles[k])
        outward[j] = (0.0, 1.0) if narrow else (math.cos(angles[k]), -math.sin(angles[k]))
    # crowded labels below the arc: stagger every other one by a line
    label_offset = np.zeros(n)
    if len(others) >= 2 and spacing < label_w + 6:
        label_offset[others[1::2]] = line_px
        label_w = min(label_w, 2 * spacing - 8)
    sup_x = min(max(cx - sup_w / 2, sup_left_min), cx - 20.0)
    if sup_right_max is not None:  # clear of the legend tag, not left of the step counter
        sup_x = max(min(sup_x, sup_right_max - sup_w), min(sup_left_min, cx - 20.0))
    sup = (sup_x, sup_top, sup_w, sup_h)
    arc = (270.0, 0.0)
    if len(others):
        arc = (float(np.degrees(angles[0])), float(np.degrees(angles[-1] - angles[0])))
    return NetworkLayout(x, y, radius, ring_width, outward, label_offset, max(40.0, label_w), sup,
                         (cx, cy), (rx, ry), arc, r_max)


# ---------------------------------------------------------------------- label placement
Rect = tuple[float, float, float, float]  # left, top, width, height


def rects_overlap(a: Rect, b: Rect, pad: float = 0.0) -> bool:
    """True when ``a`` and ``b`` (grown by ``pad`` on every side) share any area."""
    return (a[0] < b[0] + b[2] + pad and b[0] < a[0] + a[2] + pad
            and a[1] < b[1] + b[3] + pad and b[1] < a[1] + a[3] + pad)


def circle_hits_rect(cx: float, cy: float, r: float, rect: Rect) -> bool:
    """True when the disc of radius ``r`` at (cx, cy) touches ``rect``."""
    nx = min(max(cx, rect[0]), rect[0] + rect[2])
    ny = min(max(cy, rect[1]), rect[1] + rect[3])
    return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r


def inside(rect: Rect, bounds: Rect) -> bool:
    return (rect[0] >= bounds[0] and rect[1] >= bounds[1] and rect[0] + rect[2] <= bounds[0] + bounds[2]
            and rect[1] + rect[3] <= bounds[1] + bounds[3])


def _candidates(x: float, y: float, d: float, w: float, h: float, ox: float, oy: float,
                bounds: Rect, line: float | None = None) -> list[Rect]:
    """Label rects around a node, the outward direction first; centred ones slide to fit.
    Staggered ones are one ``line`` (default ``h``) further out: a two-line label stays by its node."""
    s = h if line is None else min(line, h)
    diag = 0.72 * d
    lo, hi = bounds[0], bounds[0] + bounds[2] - w

    def centred(top: float) -> Rect:  # slide sideways into the bounds while still by the node
        left = min(max(x - w / 2, lo), hi) if hi >= lo else x - w / 2
        left = min(max(left, x - w), x)
        return (left, top, w, h)

    def shifted(top: float) -> list[Rect]:  # off-centre, still under or over the node
        return [r for r in ((x - 0.85 * w, top, w, h), (x - 0.15 * w, top, w, h)) if lo <= r[0] <= hi]

    below = [centred(y + d), *shifted(y + d), centred(y + d + s + 2), *shifted(y + d + s + 2)]
    above = [centred(y - d - h), *shifted(y - d - h), centred(y - d - h - s - 2)]
    right = [(x + d, y - h / 2, w, h), (x + diag, y + diag, w, h), (x + diag, y - diag - h, w, h)]
    left = [(x - d - w, y - h / 2, w, h), (x - diag - w, y + diag, w, h), (x - diag - w, y - diag - h, w, h)]
    if abs(ox) > 0.45:
        side, other = (right, left) if ox > 0 else (left, right)
        vertical = below + above if oy >= 0 else above + below
        return side + vertical + other
    vertical = below + above if oy >= 0 else above + below
    return vertical + (right + left if x >= bounds[0] + bounds[2] / 2 else left + right)


def place_labels(x: np.ndarray, y: np.ndarray, outer: np.ndarray, dist: np.ndarray,
                 outward: np.ndarray, options: list[list[tuple[float, float]]], bounds: Rect,
                 obstacles: list[Rect], order: list[int],
                 own: np.ndarray | None = None, line: float | None = None) -> list[tuple[Rect, int]]:
    """Put one label per node where it overlaps no other label, node or obstacle.

    ``options[j]`` lists (width, height) of node j's label, the full text first and elided
    versions after; ``dist[j]`` is how far from the node's centre a label starts; ``outer[j]``
    the radius of node j's disc with its rings. ``own[j]`` (default ``outer[j]``): what of its
    own node a label may not cover (the lead's label may lie on its authority halo, not on its
    disc, when the partners around it leave no other room); ``line``: the height of one line of
    text (labels may have two). Nodes are placed in ``order``.
    Returns, per node, the label rect and the index of the option used; when nothing fits, the
    shortest option at the first candidate, slid into ``bounds``.
    """
    own = outer if own is None else own
    # plain floats: numpy scalars make the many small tests below several times slower
    x, y, outer, own, dist = ([float(v) for v in a] for a in (x, y, outer, own, dist))
    outward = [(float(a), float(b)) for a, b in outward]
    best: tuple[tuple[int, int], list] | None = None
    # greedy passes from a few orders (given, left to right, bottom up, top down); after a pass
    # the nodes that found no free place go first; the fewest failures, then the least cut, win.
    # A pass costs about n^2: at most 40 / n passes (5 for 8 departments, 2 for 20)
    budget = max(1, 40 // max(len(x), 1))
    starts = [list(order)] + [sorted(order, key=key) for key in (lambda j: x[j], lambda j: -y[j],
                                                                  lambda j: y[j])]
    for start in starts:
        current = start
        for _ in range(3):
            result, failed = _greedy(x, y, outer, own, dist, outward, options, bounds, obstacles,
                                     current, line)
            score = (len(failed), sum(level for _r, level in result))
            if best is None or score < best[0]:
                best = (score, result)
            budget -= 1
            if not failed or budget <= 0:
                break
            current = failed + [j for j in current if j not in failed]
        if best[0][0] == 0 or budget <= 0:  # every label in a free place: good enough
            break
    return best[1]


def _greedy(x, y, outer, own, dist, outward, options, bounds, obstacles, order, line):
    """One pass of :func:`place_labels` in ``order``; also the nodes that found no free place."""
    placed: list[Rect] = []
    result: list[tuple[Rect, int] | None] = [None] * len(x)
    failed: list[int] = []

    n = len(x)
    bl, bt, br, bb = bounds[0], bounds[1], bounds[0] + bounds[2], bounds[1] + bounds[3]

    def free(rect: Rect, j: int) -> bool:  # inside, on no label, box or disc (written out: hot)
        left, top, w, h = rect
        right, bottom = left + w, top + h
        if left < bl or top < bt or right > br or bottom > bb:
            return False
        for o in placed:
            if (left < o[0] + o[2] + 2.0 and o[0] < right + 2.0
                    and top < o[1] + o[3] + 2.0 and o[1] < bottom + 2.0):
                return False
        for o in obstacles:
            if left < o[0] + o[2] and o[0] < right and top < o[1] + o[3] and o[1] < bottom:
                return False
        for k in range(n):
            cx, cy, r = x[k], y[k], own[k] if k == j else outer[k]
            dx = cx - min(max(cx, left), right)
            dy = cy - min(max(cy, top), bottom)
            if dx * dx + dy * dy < r * r:
                return False
        return True

    def cost(rect: Rect, j: int) -> int:  # nothing free: another label or a box is worst
        boxes = (sum(rects_overlap(rect, o, 2.0) for o in placed)
                 + sum(rects_overlap(rect, o) for o in obstacles))
        discs = sum(circle_hits_rect(x[k], y[k], own[k] if k == j else outer[k], rect)
                    for k in range(n))
        return 100 * boxes + discs

    def slid(rect: Rect) -> Rect:
        left = min(max(rect[0], bounds[0]), bounds[0] + bounds[2] - rect[2])
        top = min(max(rect[1], bounds[1]), bounds[1] + bounds[3] - rect[3])
        return (left, top, rect[2], rect[3])

    for j in order:
        near = [dist[j]] if own[j] >= outer[j] else [dist[j], dist[j] - outer[j] + own[j]]

        def around(w: float, h: float, j: int = j, near: list[float] = near) -> list[Rect]:
            return [r for d in near for r in _candidates(x[j], y[j], d, w, h, *outward[j], bounds, line)]

        choice = next(((rect, level) for level, (w, h) in enumerate(options[j])
                       for rect in around(w, h) if free(rect, j)), None)
        if choice is None:  # the least bad place of the shortest text, slid into the bounds
            failed.append(j)
            level = len(options[j]) - 1
            rects = [slid(r) for r in around(*options[j][level])]
            choice = (min(rects, key=lambda r: cost(r, j)), level)
        placed.append(choice[0])
        result[j] = choice
    return result, failed


def free_spot(candidates: list[Rect], blocked: list[Rect], discs: list[tuple[float, float, float]],
              bounds: Rect) -> Rect:
    """The first of ``candidates`` inside ``bounds`` that touches nothing blocked.

    Failing that, the first that covers no blocked rect (labels) but may cover a node's edge,
    else the first candidate.
    """
    for avoid_discs in (True, False):
        for rect in candidates:
            if _clear(rect, blocked, discs if avoid_discs else [], bounds):
                return rect
    return candidates[0]


def _clear(rect: Rect, blocked: list[Rect], discs: list[tuple[float, float, float]],
           bounds: Rect) -> bool:
    """``rect`` lies inside ``bounds``, 2 px from every blocked rect and off every disc."""
    return (inside(rect, bounds) and not any(rects_overlap(rect, b, 2.0) for b in blocked)
            and not any(circle_hits_rect(cx, cy, r, rect) for cx, cy, r in discs))


def strict_spot(candidates: list[Rect], blocked: list[Rect], discs: list[tuple[float, float, float]],
                bounds: Rect, near: tuple[float, float], step: float = 6.0) -> Rect | None:
    """The first of ``candidates`` that touches nothing blocked and no disc, else the free place
    on a ``step`` grid nearest to ``near`` (the rect's centre); None when there is none."""
    for rect in candidates:
        if _clear(rect, blocked, discs, bounds):
            return rect
    if not candidates:
        return None
    w, h = candidates[0][2], candidates[0][3]
    xs = np.arange(bounds[0], bounds[0] + bounds[2] - w + 1e-9, step)
    ys = np.arange(bounds[1], bounds[1] + bounds[3] - h + 1e-9, step)
    if not len(xs) or not len(ys):
        return None
    left, top = (a.ravel() for a in np.meshgrid(xs, ys))
    ok = np.ones(left.shape, bool)
    for bx, by, bw, bh in blocked:  # 2 px apart, as free_spot
        ok &= ~((left < bx + bw + 2) & (bx < left + w + 2) & (top < by + bh + 2) & (by < top + h + 2))
    for cx, cy, r in discs:
        dx = cx - np.clip(cx, left, left + w)
        dy = cy - np.clip(cy, top, top + h)
        ok &= dx * dx + dy * dy >= r * r
    if not ok.any():
        return None
    d2 = (left + w / 2 - near[0]) ** 2 + (top + h / 2 - near[1]) ** 2
    k = int(np.argmin(np.where(ok, d2, np.inf)))
    return (float(left[k]), float(top[k]), w, h)


def segment_hits(ax: float, ay: float, bx: float, by: float, cx: float, cy: float, r: float) -> bool:
    """True when the segment from (ax, ay) to (bx, by) passes within ``r`` of (cx, cy)."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = min(1.0, max(0.0, ((cx - ax) * dx + (cy - ay) * dy) / length2)) if length2 > 0 else 0.0
    return (ax + t * dx - cx) ** 2 + (ay + t * dy - cy) ** 2 < r * r


def arrow_x(left: float, right: float, y: float, lay: NetworkLayout, lead: int) -> float:
    """Where along the bottom (``left`` to ``right`` at ``y``) of the sought tier's box the
    attention arrow leaves: its middle, else the point nearest to it from which the arrow to the
    lead crosses no other department."""
    outer = lay.radius + RING_GAP + lay.ring_width + 10.0  # half the widest arrow and a gap
    cx, cy = float(lay.x[lead]), float(lay.y[lead])
    others = [(float(lay.x[j]), float(lay.y[j]), float(outer[j])) for j in range(len(lay.x)) if j != lead]
    lo, hi, mid = left + 14.0, right - 14.0, (left + right) / 2
    xs = sorted(np.linspace(lo, hi, 25).tolist() if hi > lo else [mid], key=lambda x: abs(x - mid))
    for x in [mid, *xs]:
        if not any(segment_hits(x, y, cx, cy, ox, oy, r) for ox, oy, r in others):
            return x
    return mid
