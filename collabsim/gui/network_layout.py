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
                   label_px: float, line_px: float, superior_size: tuple[float, float]
                   ) -> NetworkLayout:
    """Lay out ``len(resources)`` departments in a ``width`` x ``height`` area at (0, 0).

    ``label_px`` is the widest label wanted, ``line_px`` the height of a label line and
    ``superior_size`` the (width, height) of the superior's box.
    """
    n = len(resources)
    others = [j for j in range(n) if j != lead]
    narrow = width < NARROW_WIDTH
    angles = arc_angles(len(others), 200.0 if narrow else 250.0)  # narrow: keep clear of the superior
    sup_w, sup_h = superior_size
    top = 8.0 + sup_h + 24.0  # below the superior's box and the start of its arrow
    cx = width / 2
    # room for labels at the sides and below; the ellipse fills the rest
    # narrow views (a dock beside the plots) put every label below its node, not beside it
    label_w = min(label_px, max(60.0, width * (0.3 if narrow else 0.2)))
    ry = r_max = 0.0
    for _ in range(3):  # node size and the room around the arc depend on each other
        outer = r_max * (1 + RING_FRACTION) + RING_GAP
        if narrow:
            rx = max(40.0, width / 2 - max(outer, label_w / 2) - 8.0)
        else:
            rx = max(40.0, width / 2 - label_w - outer - 16.0)
        bottom_room = r_max * (1 + RING_FRACTION) + RING_GAP + 1.3 * line_px + 10.0
        ry = max(40.0, (height - top - bottom_room) / 1.62)
        if len(others) >= 2:
            step = float(np.diff(angles).mean())
            spacing = step * math.sqrt(0.5 * (rx * rx + ry * ry))
        else:
            spacing = min(rx, ry)
        r_max = float(np.clip(min(0.36 * spacing, 0.07 * min(width, height)), MIN_NODE_RADIUS,
                              MAX_NODE_RADIUS))
    cy = top + 0.62 * ry
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
    sup = (cx - sup_w / 2, 8.0, sup_w, sup_h)
    arc = (270.0, 0.0)
    if len(others):
        arc = (float(np.degrees(angles[0])), float(np.degrees(angles[-1] - angles[0])))
    return NetworkLayout(x, y, radius, ring_width, outward, label_offset, max(40.0, label_w), sup,
                         (cx, cy), (rx, ry), arc, r_max)


def label_anchor(x: float, y: float, ox: float, oy: float, dist: float, text_w: float,
                 line: float) -> tuple[float, float]:
    """Top-left corner of a label for a node at (x, y), ``dist`` away in direction (ox, oy).

    Labels beside a node start (or end) at that point; labels above or below are centred.
    """
    px, py = x + ox * dist, y + oy * dist
    if abs(ox) > 0.45:
        left = px if ox > 0 else px - text_w
        return left, py - line / 2
    top = py if oy >= 0 else py - line
    return px - text_w / 2, top
