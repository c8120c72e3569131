"""Painting frames of a network :class:`~.scene.Scene`: the painter owns its pens and caches.

:meth:`NetworkPainter.set_scene` precomputes the geometry that only changes with the scene (tie
lines, flow paths, ring rectangles, the lead's star); :meth:`NetworkPainter.paint` draws one frame
for a fractional step by interpolating a few numpy vectors, so a frame costs a few milliseconds
even with 20 departments and 190 ties. Background and ties are a cached pixmap redrawn only when
a tie's drawn width changes.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

from collabsim.engine import codes as C
from collabsim.gui.common.colours import EVENT_COLOURS
from collabsim.gui.network import legend as L
from collabsim.gui.network.layout import RING_GAP, free_spot
from collabsim.gui.network.scene import GROUP_EVENTS, MAX_HALO, SUPERIOR_EVENTS, Scene, route_text

WHITE = QColor("white")
SUPERIOR_FILL = QColor("#f1ecf7")
DIMMED_FILL = QColor("#f2f2f2")
DIMMED = 0.5  # opacity of the tier the lead does not seek
LABEL_BG = QColor(255, 255, 255, 205)
CENTRE = Qt.AlignmentFlag.AlignCenter
TIE_BINS = 12  # tie strengths are drawn with this many pen widths (batched drawLines)
FLOW_SHARE_SHOWN = 0.2  # dots for flows of at least this share of the step's largest flow
MAX_DOTS = 40
MIN_TIE = 0.03  # weaker ties are not drawn


def event_step(step: float) -> int:
    """The step whose events are shown at fractional ``step`` (the one being entered)."""
    return int(math.ceil(step - 1e-9))


def step_label(sc, step: float) -> str:
    """'Month 6': the whole step the playback is at, as the timeline says it (not the step whose
    events are being entered)."""
    weeks = sc.data is not None and sc.data.step_unit == "week"
    fmt = sc.texts.week_format if weeks else sc.texts.month_format
    return fmt.format(int(math.floor(step + 1e-9)))


class NetworkPainter:
    """Draws frames of one scene at a time (see the module docstring)."""

    def __init__(self) -> None:
        self.scene: Scene | None = None
        #: tags of the group's and the superiors' events in their slots (False: the presentation
        #: lists them beside the network, where large tags would cover it)
        self.slot_tags = True
        self.brushes: list[QBrush] = L.exposure_brushes()
        # opaque colours and flat caps: translucent or round-capped wide lines cost 10-50x more
        self.tie_pens = [QPen(L.tie_colour(k / (TIE_BINS - 1)), 1.0, Qt.PenStyle.SolidLine,
                              Qt.PenCapStyle.FlatCap) for k in range(TIE_BINS)]
        self.track_pen = QPen(L.TRACK, 4)
        self.effort_pen = QPen(L.EFFORT, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        self.node_pen = QPen(L.INK, 1.5)
        self.lead_pen = QPen(L.INK, 4.0)
        self.flow_pen = QPen(WHITE, 1.5)
        self._base: QPixmap | None = None
        self._base_key: tuple | None = None
        self._sprites: dict[tuple[int, float], QPixmap] = {}

    # ------------------------------------------------------------------ scene
    def set_scene(self, scene: Scene) -> None:
        """Take ``scene`` and precompute its geometry (tie lines, flow paths, rings, star)."""
        self.scene = scene
        self._base = self._base_key = None
        lay, data = scene.layout, scene.data
        if lay is None:
            return
        iu, ju = data.pairs
        self.tie_lines = [QLineF(lay.x[i], lay.y[i], lay.x[j], lay.y[j]) for i, j in zip(iu, ju, strict=True)]
        outer = lay.radius + RING_GAP + lay.ring_width
        src, dst = data.flow_src, data.flow_dst
        dx, dy = lay.x[dst] - lay.x[src], lay.y[dst] - lay.y[src]
        length = np.maximum(np.hypot(dx, dy), 1e-9)
        ux, uy = dx / length, dy / length
        self.flow_x0 = lay.x[src] + ux * outer[src]
        self.flow_y0 = lay.y[src] + uy * outer[src]
        visible = np.maximum(length - outer[src] - outer[dst], 0.0)
        self.flow_dx, self.flow_dy = ux * visible, uy * visible
        self.disc_rects = [QRectF(lay.x[j] - r, lay.y[j] - r, 2 * r, 2 * r) for j, r in enumerate(lay.radius)]
        ring = lay.radius + RING_GAP + lay.ring_width / 2
        self.ring_rects = [QRectF(lay.x[j] - r, lay.y[j] - r, 2 * r, 2 * r) for j, r in enumerate(ring)]
        lead = data.lead
        r = float(lay.radius[lead])
        self.star = L.star_polygon(QPointF(lay.x[lead] + r * 0.9, lay.y[lead] - r * 0.9), r * 0.55, r * 0.24)
        self.halo_radius = float(outer[lead]) + 4.0
        widest_tie = float(np.clip(100.0 / data.n, 4.0, 12.0))
        for k, pen in enumerate(self.tie_pens):
            pen.setWidthF(1.0 + (widest_tie - 1.0) * k / (TIE_BINS - 1))
        self.effort_pen.setWidthF(lay.ring_width)
        self.track_pen.setWidthF(lay.ring_width)

    # ------------------------------------------------------------------ interpolation
    def frame(self, step: float) -> tuple[int, int, float]:
        """The recorded steps around ``step`` and the fraction between them."""
        t0 = int(math.floor(step))
        return t0, min(t0 + 1, self.scene.data.steps - 1), step - t0

    def interp(self, arr: np.ndarray, step: float) -> np.ndarray:
        t0, t1, f = self.frame(step)
        return arr[t0] if f == 0.0 else arr[t0] * (1.0 - f) + arr[t1] * f

    @staticmethod
    def colour_index(values: np.ndarray) -> np.ndarray:
        return np.clip(np.rint(values * (L.LUT_SIZE - 1)), 0, L.LUT_SIZE - 1).astype(int)

    def node_colour(self, department: int, step: float) -> QColor:
        """Fill colour of ``department`` at fractional ``step``."""
        idx = self.colour_index(self.interp(self.scene.data.exposure, step))
        return self.brushes[idx[department]].color()

    # ------------------------------------------------------------------ painting
    def paint(self, p: QPainter, step: float) -> None:
        """Draw the frame at fractional ``step`` with ``p``."""
        sc = self.scene
        w, h = sc.width, sc.height
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if sc.layout is None:
            p.fillRect(QRectF(0, 0, w, h), WHITE)
            p.setFont(sc.fonts.font)
            p.setPen(L.INK)
            p.drawText(QRectF(0, 0, w - sc.legend_rect.width(), h), CENTRE | Qt.TextFlag.TextWordWrap,
                       sc.texts.no_results)
            self._draw_legend(p)
            return
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)  # opaque: plain copy
        p.drawPixmap(QPointF(0, 0), self._base_layer(step, ratio))
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        self._draw_superior(p, step)
        self._draw_nodes(p, step)
        self._draw_flows(p, step, ratio)
        p.setFont(sc.fonts.font)  # labels on a light background, plain text
        for st, pos, rect in zip(sc.labels, sc.label_pos, sc.label_rects, strict=True):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LABEL_BG)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(L.INK)
            p.drawStaticText(pos, st)
        self._draw_values(p, step)
        self._draw_events(p, step)
        p.setFont(sc.fonts.bold)
        p.setPen(L.INK)
        p.drawText(sc.step_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   step_label(sc, step))
        self._draw_legend(p)

    def _base_layer(self, step: float, ratio: float) -> QPixmap:
        """Background, ties and effort-ring tracks, cached.

        Ties change slowly and are drawn in a few discrete widths, so they are sampled every
        quarter step and the layer is redrawn only when a tie's drawn width changes: at most
        four times a step, which saves most of the cost of 190 wide antialiased lines per frame.
        """
        sc, data = self.scene, self.scene.data
        quarter = math.floor(step * 4) / 4
        t0 = int(quarter)
        f = quarter - t0
        t1 = min(t0 + 1, data.steps - 1)
        ties = data.ties[t0] if f == 0 else data.ties[t0] * (1 - f) + data.ties[t1] * f
        bins = np.minimum((ties * len(self.tie_pens)).astype(int), len(self.tie_pens) - 1)
        bins[ties < MIN_TIE] = -1
        key = (bins.tobytes(), int(sc.width), int(sc.height), ratio)
        if self._base_key == key and self._base is not None:
            return self._base
        pix = QPixmap(int(sc.width * ratio), int(sc.height * ratio))
        pix.setDevicePixelRatio(ratio)
        pix.fill(WHITE)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for b in np.unique(bins[bins >= 0]):
            p.setPen(self.tie_pens[b])
            p.drawLines([self.tie_lines[k] for k in np.flatnonzero(bins == b)])
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(self.track_pen)
        for rect in self.ring_rects:
            p.drawEllipse(rect)
        p.end()
        self._base, self._base_key = pix, key
        return pix

    def _draw_nodes(self, p: QPainter, step: float) -> None:
        """Effort arc on its track, disc coloured by exposure, the lead's star."""
        data = self.scene.data
        exposure_idx = self.colour_index(self.interp(data.exposure, step))
        effort = self.interp(data.effort, step)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(self.effort_pen)
        for j, rect in enumerate(self.ring_rects):
            span = int(round(effort[j] * 5760))
            if span > 0:
                p.drawArc(rect, 90 * 16, -span)
        for j, rect in enumerate(self.disc_rects):
            p.setPen(self.lead_pen if j == data.lead else self.node_pen)
            p.setBrush(self.brushes[exposure_idx[j]])
            p.drawEllipse(rect)
        p.setPen(QPen(L.INK, 1.2))
        p.setBrush(L.LEAD_STAR)
        p.drawPolygon(self.star)

    def _draw_superior(self, p: QPainter, step: float) -> None:
        """Both tiers' boxes (the one not sought dimmed), the attention arrow from the sought one
        to the lead with its route (逐级 / 越级), and the lead's authority halo."""
        sc, lay = self.scene, self.scene.layout
        lead = sc.data.lead
        att = float(self.interp(sc.data.attention, step))
        auth = float(self.interp(sc.data.authority, step))
        halo = 2.0 + (MAX_HALO - 2.0) * auth
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(L.AUTHORITY, halo))
        cx, cy = float(lay.x[lead]), float(lay.y[lead])
        rr = self.halo_radius + halo / 2
        p.drawEllipse(QPointF(cx, cy), rr, rr)
        width = 2.0 + 16.0 * att
        head = 8.0 + 1.2 * width
        start = sc.arrow_from
        dx, dy = cx - start.x(), cy - start.y()
        dist = math.hypot(dx, dy)
        reach = dist - rr - halo / 2 - 2  # from the box to the halo's outer edge
        if dist > 0 and reach > 10:  # a lead close under the boxes gets a short arrow, still there
            head = min(head, 0.6 * reach)
            width = min(width, head)
            ux, uy = dx / dist, dy / dist
            tip = QPointF(start.x() + ux * reach, start.y() + uy * reach)
            base = QPointF(tip.x() - ux * head, tip.y() - uy * head)
            p.setPen(QPen(L.ATTENTION, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawLine(start, QPointF(base.x() + ux, base.y() + uy))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(L.ATTENTION)
            nx, ny = -uy * head * 0.75, ux * head * 0.75
            p.drawPolygon([QPointF(base.x() + nx, base.y() + ny), QPointF(base.x() - nx, base.y() - ny), tip])
        sought = C.TIERS.index(sc.data.tier)
        boxes = zip(sc.tiers, sc.tier_titles, sc.data.tier_shares, strict=True)
        for t, (rect, title, shares) in enumerate(boxes):
            dim = t != sought
            p.setOpacity(DIMMED if dim else 1.0)
            p.setPen(QPen(L.INK if dim else L.ATTENTION, 1.5 if dim else 2.5))
            p.setBrush(DIMMED_FILL if dim else SUPERIOR_FILL)
            p.drawRoundedRect(rect, 10, 10)
            p.setFont(sc.fonts.bold)
            p.setPen(L.INK)
            bar = shares is not None and len(shares)
            p.drawText(rect.adjusted(0, 0, 0, -9) if bar else rect, CENTRE, title)
            if bar:  # where this tier's attention goes, this step
                self._draw_shares(p, rect, shares, step)
        p.setOpacity(1.0)
        self._draw_route(p)

    def _draw_route(self, p: QPainter) -> None:
        """The route's tag beside the arrow: 逐级 to the government, 越级 to the party committee."""
        sc = self.scene
        rect = sc.route_rect
        if rect.isEmpty():
            return
        p.setPen(QPen(L.ATTENTION, 1.2))
        p.setBrush(LABEL_BG)
        p.drawRoundedRect(rect, 4, 4)
        p.setFont(sc.fonts.small)
        p.setPen(L.ATTENTION)
        p.drawText(rect, CENTRE, route_text(sc.texts, sc.data))

    def _draw_shares(self, p: QPainter, rect: QRectF, series: np.ndarray, step: float) -> None:
        """A stacked bar along the bottom of a tier's box: its attention shares."""
        data = self.scene.data
        shares = self.interp(series, step)
        x, y, w = rect.x() + 10, rect.bottom() - 13, rect.width() - 20
        p.setPen(Qt.PenStyle.NoPen)
        for colour, share in zip(L.share_colours(data.rivals), shares, strict=True):
            if share > 0:
                p.setBrush(colour)
                p.drawRect(QRectF(x, y, w * float(share), 8))
                x += w * float(share)
        p.setPen(QPen(L.INK, 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(rect.x() + 10, y, w, 8))

    def _draw_values(self, p: QPainter, step: float) -> None:
        """The superior's attention and the lead's authority as numbers in their reserved box."""
        sc = self.scene
        att = float(self.interp(sc.data.attention, step))
        auth = float(self.interp(sc.data.authority, step))
        fm = sc.fonts.fm_small
        p.setFont(sc.fonts.small)
        line = fm.height()
        texts = (sc.texts.attention_format.format(att), sc.texts.authority_format.format(auth))
        box = QRectF(sc.values_rect)
        box.setWidth(max(fm.horizontalAdvance(s) for s in texts) + 12)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(LABEL_BG)
        p.drawRoundedRect(box, 4, 4)
        p.setPen(L.INK)
        for k, text in enumerate(texts):
            p.drawText(QRectF(box.x() + 6, box.y() + 2 + k * line, box.width(), line),
                       Qt.AlignmentFlag.AlignLeft, text)

    def _draw_flows(self, p: QPainter, step: float, ratio: float) -> None:
        """Red dots travelling from source to destination during the step they happen in."""
        data = self.scene.data
        if not len(data.flow_src):
            return
        t0, t1, f = self.frame(step)
        values, progress = (data.flows[t1], f) if f > 0.0 else (data.flows[t0], 0.5)
        show = np.flatnonzero(values > max(0.03, FLOW_SHARE_SHOWN * float(values.max(initial=0.0))))
        if not len(show):
            return
        if len(show) > MAX_DOTS:  # keep the picture readable (and cheap) with many departments
            show = show[np.argsort(values[show])[-MAX_DOTS:]]
        xs = self.flow_x0[show] + progress * self.flow_dx[show]
        ys = self.flow_y0[show] + progress * self.flow_dy[show]
        radii = np.maximum(3.0, self.scene.layout.r_max * (0.12 + 0.18 * np.sqrt(values[show])))
        sizes = np.rint(2 * radii).astype(int)  # in half pixels
        for x, y, s in zip(xs.tolist(), ys.tolist(), sizes.tolist(), strict=True):
            sprite = self._dot_sprite(s, ratio)
            half = sprite.width() / ratio / 2
            p.drawPixmap(QPointF(x - half, y - half), sprite)

    def _dot_sprite(self, half_px: int, ratio: float) -> QPixmap:
        """A pre-rendered flow dot of radius ``half_px / 2`` (blitting is ~10x cheaper than drawing)."""
        key = (half_px, ratio)
        sprite = self._sprites.get(key)
        if sprite is None:
            r = half_px / 2
            size = int(math.ceil(2 * r + 4))
            sprite = QPixmap(int(size * ratio), int(size * ratio))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            sp = QPainter(sprite)
            sp.setRenderHint(QPainter.RenderHint.Antialiasing)
            sp.setPen(self.flow_pen)
            sp.setBrush(L.FLOW)
            sp.drawEllipse(QPointF(size / 2, size / 2), r, r)
            sp.end()
            self._sprites[key] = sprite
        return sprite

    def _pill(self, p: QPainter, x: float, y: float, code: int) -> None:
        """A coloured tag with the event's label at (x, y), kept inside the view."""
        sc = self.scene
        text = sc.texts.events[code]
        fm = sc.fonts.fm_small
        rect = QRectF(x, y, fm.horizontalAdvance(text) + 16, fm.height() + 6)
        rect.moveLeft(max(2.0, min(rect.left(), sc.width - rect.width() - 2)))
        rect.moveTop(max(2.0, min(rect.top(), sc.height - rect.height() - 2)))
        p.setPen(QPen(WHITE, 1.5))
        p.setBrush(EVENT_COLOURS[code])
        p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        p.setPen(WHITE)
        p.drawText(rect, CENTRE, text)

    def _draw_events(self, p: QPainter, step: float) -> None:
        """This step's event tags: group and superior events in their slots, others by the node."""
        sc, lay = self.scene, self.scene.layout
        events = sc.data.events.get(event_step(step))
        if not events:
            return
        p.setFont(sc.fonts.small)
        blocked = list(sc.blocked)
        fm = sc.fonts.fm_small
        ph = fm.height() + 6
        drawn: set[int] = set()
        for dept, code in events:
            slot = sc.event_slots.get(code)
            if slot is not None and (dept < 0 or code in SUPERIOR_EVENTS):
                if code in drawn:  # one tag per kind of event is enough
                    continue
                drawn.add(code)
                if code in GROUP_EVENTS:
                    p.setPen(QPen(EVENT_COLOURS[code], 4, Qt.PenStyle.DashLine))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    (cx, cy), (rx, ry) = lay.centre, lay.radii
                    start, span = lay.arc
                    if span > 1:
                        p.drawArc(QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry), int((start - 8) * 16),
                                  int((span + 16) * 16))
                if self.slot_tags:
                    self._pill(p, slot.x(), slot.y(), code)
            elif 0 <= dept < len(lay.x):  # beside its node, clear of labels and other nodes
                r = float(sc.discs[dept][2]) + 2
                x, y = float(lay.x[dept]), float(lay.y[dept])
                pw = fm.horizontalAdvance(sc.texts.events[code]) + 16
                d = r * math.cos(math.pi / 4)
                spot = free_spot([(x + d, y - d - ph, pw, ph), (x - d - pw, y - d - ph, pw, ph),
                                  (x + r, y - ph / 2, pw, ph), (x - r - pw, y - ph / 2, pw, ph),
                                  (x + d, y + d, pw, ph), (x - d - pw, y + d, pw, ph),
                                  (x - pw / 2, y - r - ph, pw, ph), *sc.spare_slots(pw)], blocked,
                                 list(sc.discs), sc.bounds)
                blocked.append(spot)
                self._pill(p, spot[0], spot[1], code)

    def _draw_legend(self, p: QPainter) -> None:
        sc = self.scene
        pix = sc.legend
        if pix is None:  # hidden: a small tag to bring it back
            p.setPen(QPen(QColor(200, 200, 200), 1.5))
            p.setBrush(QColor(255, 255, 255, 235))
            p.drawRoundedRect(sc.legend_rect, 6, 6)
            p.setFont(sc.fonts.small)
            p.setPen(L.INK)
            p.drawText(sc.legend_rect, CENTRE, sc.texts.legend_tag)
            return
        p.drawPixmap(sc.legend_rect, pix, QRectF(0, 0, pix.width(), pix.height()))
