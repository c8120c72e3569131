"""Painting one frame of :class:`~collabsim.gui.network.view.NetworkView`.

Reads only what the view precomputed (layout, pens, brushes, static label texts, legend
pixmap) plus a few interpolated numpy vectors, so a frame costs a few milliseconds even with
20 departments and 190 ties.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from collabsim.engine import codes as C
from collabsim.gui.network import legend as L
from collabsim.gui.network.layout import RING_GAP, free_spot

if TYPE_CHECKING:
    from collabsim.gui.network.view import NetworkView

WHITE = QColor("white")
SUPERIOR_FILL = QColor("#f1ecf7")
CENTRE = Qt.AlignmentFlag.AlignCenter
FLOW_SHARE_SHOWN = 0.2  # dots for flows of at least this share of the step's largest flow
MAX_DOTS = 40
MIN_TIE = 0.03  # weaker ties are not drawn
GROUP_EVENTS = (C.JOINT_OP_HELD, C.JOINT_OP_INCOMPLETE)
SUPERIOR_EVENTS = (C.INSPECTION, C.UNANNOUNCED_VISIT, C.COLLUSION_DETECTED)
MAX_HALO = 14.0  # width of the lead's authority halo at authority 1


def precompute(view: NetworkView) -> None:
    """Geometry that only changes with the layout: tie lines, flow paths, ring rects, star."""
    lay = view._layout
    iu, ju = view._pairs
    view._tie_lines = [QLineF(lay.x[i], lay.y[i], lay.x[j], lay.y[j]) for i, j in zip(iu, ju, strict=True)]
    outer = lay.radius + RING_GAP + lay.ring_width
    src, dst = view._flow_src, view._flow_dst
    dx, dy = lay.x[dst] - lay.x[src], lay.y[dst] - lay.y[src]
    length = np.maximum(np.hypot(dx, dy), 1e-9)
    ux, uy = dx / length, dy / length
    view._flow_x0 = lay.x[src] + ux * outer[src]
    view._flow_y0 = lay.y[src] + uy * outer[src]
    visible = np.maximum(length - outer[src] - outer[dst], 0.0)
    view._flow_dx, view._flow_dy = ux * visible, uy * visible
    view._disc_rects = [QRectF(lay.x[j] - r, lay.y[j] - r, 2 * r, 2 * r) for j, r in enumerate(lay.radius)]
    ring = lay.radius + RING_GAP + lay.ring_width / 2
    view._ring_rects = [QRectF(lay.x[j] - r, lay.y[j] - r, 2 * r, 2 * r) for j, r in enumerate(ring)]
    lead = view._lead
    r = float(lay.radius[lead])
    view._star = L.star_polygon(QPointF(lay.x[lead] + r * 0.9, lay.y[lead] - r * 0.9), r * 0.55, r * 0.24)
    view._halo_radius = float(outer[lead]) + 4.0


def _base_layer(view: NetworkView, w: float, h: float, ratio: float) -> QPixmap:
    """Background, ties and effort-ring tracks, cached.

    Ties change slowly and are drawn in a few discrete widths, so they are sampled every quarter
    step and the layer is redrawn only when a tie's drawn width changes: at most four times a
    step, which saves most of the cost of 190 wide antialiased lines per frame.
    """
    quarter = math.floor(view._step * 4) / 4
    t0 = int(quarter)
    f = quarter - t0
    ties = view._ties[t0] if f == 0 else view._ties[t0] * (1 - f) + view._ties[min(t0 + 1, view._T - 1)] * f
    bins = np.minimum((ties * len(view._tie_pens)).astype(int), len(view._tie_pens) - 1)
    bins[ties < MIN_TIE] = -1
    key = (bins.tobytes(), int(w), int(h), ratio)
    if view._base_key == key and view._base is not None:
        return view._base
    pix = QPixmap(int(w * ratio), int(h * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(WHITE)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    lines = view._tie_lines
    for b in np.unique(bins[bins >= 0]):
        p.setPen(view._tie_pens[b])
        p.drawLines([lines[k] for k in np.flatnonzero(bins == b)])
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(view._track_pen)
    for rect in view._ring_rects:
        p.drawEllipse(rect)
    p.end()
    view._base, view._base_key = pix, key
    return pix


def paint_frame(view: NetworkView, p: QPainter) -> None:
    w, h = float(view.width()), float(view.height())
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if view._layout is None:
        p.fillRect(QRectF(0, 0, w, h), WHITE)
        p.setFont(view._font)
        p.setPen(L.INK)
        p.drawText(QRectF(0, 0, w - view._legend_w, h), CENTRE | Qt.TextFlag.TextWordWrap,
                   view._no_results_text)
        _draw_legend(view, p, w, h)
        return
    lay = view._layout
    t0, t1, f = view._frac()

    ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)  # opaque: plain copy
    p.drawPixmap(QPointF(0, 0), _base_layer(view, w, h, ratio))
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)

    _draw_superior(view, p, lay)

    # nodes: effort ring track, effort arc, disc coloured by exposure
    exposure_idx = view._colour_index(view._interp(view._exposure))
    effort = view._interp(view._effort)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(view._effort_pen)
    for j, rect in enumerate(view._ring_rects):
        span = int(round(effort[j] * 5760))
        if span > 0:
            p.drawArc(rect, 90 * 16, -span)
    for j, rect in enumerate(view._disc_rects):
        p.setPen(view._lead_pen if j == view._lead else view._node_pen)
        p.setBrush(view._brushes[exposure_idx[j]])
        p.drawEllipse(rect)
    p.setPen(QPen(L.INK, 1.2))
    p.setBrush(L.LEAD_STAR)
    p.drawPolygon(view._star)

    _draw_flows(view, p, t0, t1, f)

    # labels on a light background, plain text
    p.setFont(view._font)
    for st, pos, rect in zip(view._labels, view._label_pos, view._label_rects, strict=True):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(view._label_bg)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(L.INK)
        p.drawStaticText(pos, st)

    _draw_values(view, p, lay)
    _draw_events(view, p, lay)
    p.setFont(view._bold)
    p.setPen(L.INK)
    p.drawText(view._step_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               view._step_format.format(view._event_step()))
    _draw_legend(view, p, w, h)


def _draw_superior(view: NetworkView, p: QPainter, lay) -> None:
    """The superior's box, the attention arrow to the lead and the lead's authority halo."""
    sx, sy, sw, sh = lay.superior
    lead = view._lead
    att = float(view._interp(view._attention))
    auth = float(view._interp(view._authority))
    halo = 2.0 + (MAX_HALO - 2.0) * auth
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(L.AUTHORITY, halo))
    cx, cy = float(lay.x[lead]), float(lay.y[lead])
    rr = view._halo_radius + halo / 2
    p.drawEllipse(QPointF(cx, cy), rr, rr)
    width = 2.0 + 16.0 * att
    head = 8.0 + 1.2 * width
    top, tip = sy + sh, cy - rr - halo / 2 - 2
    if tip - top > head + 6:
        p.setPen(QPen(L.ATTENTION, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLine(QPointF(cx, top), QPointF(cx, tip - head + 1))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(L.ATTENTION)
        p.drawPolygon([QPointF(cx - head * 0.75, tip - head), QPointF(cx + head * 0.75, tip - head),
                       QPointF(cx, tip)])
    p.setPen(QPen(L.ATTENTION, 2.5))
    p.setBrush(SUPERIOR_FILL)
    rect = QRectF(sx, sy, sw, sh)
    p.drawRoundedRect(rect, 10, 10)
    p.setFont(view._bold)
    p.setPen(L.INK)
    p.drawText(rect, CENTRE, view._superior_text)


def _draw_values(view: NetworkView, p: QPainter, lay) -> None:
    """The superior's attention and the lead's authority as numbers in their reserved box."""
    att = float(view._interp(view._attention))
    auth = float(view._interp(view._authority))
    p.setFont(view._small)
    line = view._fm_small.height()
    texts = (view._attention_format.format(att), view._authority_format.format(auth))
    box = QRectF(view._values_rect)
    box.setWidth(max(view._fm_small.horizontalAdvance(s) for s in texts) + 12)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(view._label_bg)
    p.drawRoundedRect(box, 4, 4)
    p.setPen(L.INK)
    for k, text in enumerate(texts):
        p.drawText(QRectF(box.x() + 6, box.y() + 2 + k * line, box.width(), line), Qt.AlignmentFlag.AlignLeft,
                   text)


def _draw_flows(view: NetworkView, p: QPainter, t0: int, t1: int, f: float) -> None:
    """Red dots travelling from source to destination during the step they happen in."""
    if not len(view._flow_src):
        return
    if f > 0.0:
        values, progress = view._flows[t1], f
    else:
        values, progress = view._flows[t0], 0.5
    show = np.flatnonzero(values > max(0.03, FLOW_SHARE_SHOWN * float(values.max(initial=0.0))))
    if not len(show):
        return
    if len(show) > MAX_DOTS:  # keep the picture readable (and cheap) with many departments
        show = show[np.argsort(values[show])[-MAX_DOTS:]]
    xs = view._flow_x0[show] + progress * view._flow_dx[show]
    ys = view._flow_y0[show] + progress * view._flow_dy[show]
    radii = np.maximum(3.0, view._layout.r_max * (0.12 + 0.18 * np.sqrt(values[show])))
    sizes = np.rint(2 * radii).astype(int)  # in half pixels
    ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
    for x, y, s in zip(xs.tolist(), ys.tolist(), sizes.tolist(), strict=True):
        sprite = _dot_sprite(view, s, ratio)
        half = sprite.width() / ratio / 2
        p.drawPixmap(QPointF(x - half, y - half), sprite)


def _dot_sprite(view: NetworkView, half_px: int, ratio: float) -> QPixmap:
    """A pre-rendered flow dot of radius ``half_px / 2`` (blitting is ~10x cheaper than drawing)."""
    key = (half_px, ratio)
    sprite = view._dot_sprites.get(key)
    if sprite is None:
        r = half_px / 2
        size = int(math.ceil(2 * r + 4))
        sprite = QPixmap(int(size * ratio), int(size * ratio))
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        sp = QPainter(sprite)
        sp.setRenderHint(QPainter.RenderHint.Antialiasing)
        sp.setPen(view._flow_pen)
        sp.setBrush(L.FLOW)
        sp.drawEllipse(QPointF(size / 2, size / 2), r, r)
        sp.end()
        view._dot_sprites[key] = sprite
    return sprite


def _pill(view: NetworkView, p: QPainter, x: float, y: float, code: int) -> float:
    """A coloured tag with the event's label at (x, y), kept inside the view; returns its height."""
    text = view._event_texts[code]
    fm = view._fm_small
    rect = QRectF(x, y, fm.horizontalAdvance(text) + 16, fm.height() + 6)
    rect.moveLeft(max(2.0, min(rect.left(), view.width() - rect.width() - 2)))
    rect.moveTop(max(2.0, min(rect.top(), view.height() - rect.height() - 2)))
    p.setPen(QPen(WHITE, 1.5))
    p.setBrush(L.EVENT_COLOURS.get(code, L.INK))
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    p.setPen(WHITE)
    p.drawText(rect, CENTRE, text)
    return rect.height()


def _draw_events(view: NetworkView, p: QPainter, lay) -> None:
    """This step's event tags: group and superior events in their reserved slots, others by the node."""
    events = view._events.get(view._event_step())
    if not events:
        return
    p.setFont(view._small)
    blocked = list(view._blocked)
    fm = view._fm_small
    ph = fm.height() + 6
    drawn: set[int] = set()
    for dept, code in events:
        slot = view._event_slots.get(code)
        if slot is not None and (dept < 0 or code in SUPERIOR_EVENTS):
            if code in drawn:  # one tag per kind of event is enough
                continue
            drawn.add(code)
            if code in GROUP_EVENTS:
                p.setPen(QPen(L.EVENT_COLOURS[code], 4, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                (cx, cy), (rx, ry) = lay.centre, lay.radii
                start, span = lay.arc
                if span > 1:
                    p.drawArc(QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry), int((start - 8) * 16),
                              int((span + 16) * 16))
            _pill(view, p, slot.x(), slot.y(), code)
        elif 0 <= dept < len(lay.x):  # beside its node, clear of labels and other nodes
            r = float(view._discs[dept][2]) + 2
            x, y = float(lay.x[dept]), float(lay.y[dept])
            pw = fm.horizontalAdvance(view._event_texts[code]) + 16
            d = r * math.cos(math.pi / 4)
            spot = free_spot([(x + d, y - d - ph, pw, ph), (x - d - pw, y - d - ph, pw, ph),
                              (x + r, y - ph / 2, pw, ph), (x - r - pw, y - ph / 2, pw, ph),
                              (x + d, y + d, pw, ph), (x - d - pw, y + d, pw, ph),
                              (x - pw / 2, y - r - ph, pw, ph), *view._spare_slots(pw)], blocked,
                             view._discs, view._bounds)
            blocked.append(spot)
            _pill(view, p, spot[0], spot[1], code)


def _draw_legend(view: NetworkView, p: QPainter, w: float, h: float) -> None:
    pix = view._legend
    if pix is None:  # hidden: a small tag to bring it back
        rect = view._legend_rect
        p.setPen(QPen(QColor(200, 200, 200), 1.5))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(rect, 6, 6)
        p.setFont(view._small)
        p.setPen(L.INK)
        p.drawText(rect, CENTRE, view._legend_tag)
        return
    p.drawPixmap(view._legend_rect, pix, QRectF(0, 0, pix.width(), pix.height()))
