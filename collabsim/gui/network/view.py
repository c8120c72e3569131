"""Animated view of the department network for the animated replicate (detail replicate 0).

The superior (任务部署方) is drawn on top, the lead department in the middle (star, thick
border) and the cooperating departments on an arc around it. Node colour = accountability
exposure, node size = resources, blue ring = effort, line width = tie strength, red dots =
exposure spreading along ties during the step, purple arrow = the superior's attention, gold
halo = the lead's authority, coloured tags = this step's events.

Painting is cheap enough for 30+ fps with 20 departments: the layout, label texts and the legend
are computed once per resize/scenario/language change; a frame only interpolates a few numpy
vectors and issues draw calls. Department names are drawn as plain text (never HTML).

Labels are placed (network_layout.place_labels) where they overlap no other label, node, the
superior's box, the step counter or the legend, inside the widget; a name is elided only when
no spot fits it whole, and the full name is then a tooltip. Fonts grow with the view between
MIN_PT and MAX_PT; the legend starts folded into a "Legend" tag in narrow views.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap, QStaticText, QTextOption
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from collabsim.engine.results import Results
from collabsim.gui.common import fonts, i18n, labels
from collabsim.gui.controller import SimulationController
from collabsim.gui.network import legend as L
from collabsim.gui.network.layout import RING_GAP, NetworkLayout, compute_layout, free_spot, place_labels
from collabsim.gui.network.painter import GROUP_EVENTS, MAX_HALO, SUPERIOR_EVENTS, paint_frame, precompute

AUTO_LEGEND_WIDTH = 640  # narrower views start with the legend folded away
MIN_PT, MAX_PT = 12.0, 16.0  # label font size grows with the view between these
TIE_BINS = 12  # tie strengths are drawn with this many pen widths (batched drawLines)
MIN_FLOW_SHARE = 0.03  # flows never above this share of the run's largest are not drawn


class NetworkView(QWidget):
    """See the module docstring. API: set_results(results), set_step(step), set_language(lang).

    Given a controller it follows the controller's results and playback position itself; it
    always follows the interface language (department names in ``lang`` until it changes).
    """

    def __init__(self, controller: SimulationController | None = None, lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 300)
        self._results: Results | None = None
        self._legend_choice: bool | None = None  # None: shown when the view is wide enough
        self._legend_visible = True
        self._legend_w = 0.0
        self._layout_size = (-1, -1)
        self._lang = "en" if lang.startswith("en") else "zh"
        self._step = 0.0
        self._layout: NetworkLayout | None = None
        self._legend: QPixmap | None = None
        self._base: QPixmap | None = None  # cached background + ties (see network_paint)
        self._base_key: tuple | None = None
        self._dot_sprites: dict[tuple[int, float], QPixmap] = {}
        self._brushes = L.exposure_brushes()
        # opaque colours and flat caps: translucent or round-capped wide lines cost 10-50x more
        self._tie_pens = [QPen(L.tie_colour(k / (TIE_BINS - 1)), 1.0, Qt.PenStyle.SolidLine,
                               Qt.PenCapStyle.FlatCap) for k in range(TIE_BINS)]
        self._track_pen = QPen(L.TRACK, 4)
        self._effort_pen = QPen(L.EFFORT, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        self._node_pen = QPen(L.INK, 1.5)
        self._lead_pen = QPen(L.INK, 4.0)
        self._flow_pen = QPen(QColor("white"), 1.5)
        self._label_bg = QColor(255, 255, 255, 205)
        self._legend_rect = QRectF()
        self._label_rects: list[QRectF] = []
        self._full_names: list[str] = []
        self._slot_codes: list[int] = []
        self._event_slots: dict[int, QRectF] = {}
        self._retranslate()
        self._set_fonts()
        i18n.notifier().language_changed.connect(self.set_language)
        if controller is not None:
            controller.results_changed.connect(self.set_results)
            controller.position_changed.connect(self.set_step)
            if controller.results() is not None:
                self.set_results(controller.results())

    # ------------------------------------------------------------------ public API
    def set_results(self, results: Results | None) -> None:
        """Show ``results`` (detail replicate 0); None clears the view."""
        self._results = results
        if results is not None:
            self._prepare(results)
            self._step = min(self._step, float(self._T - 1))
        self._relayout()
        self.update()

    def set_step(self, step: float) -> None:
        """Show step ``step``; fractional steps interpolate between recorded steps."""
        if self._results is None:
            self._step = max(0.0, float(step))
            return
        step = float(np.clip(step, 0.0, self._T - 1)) if math.isfinite(step) else 0.0
        if step != self._step:
            self._step = step
            self.update()

    def set_language(self, lang: str) -> None:
        """'zh' or 'en': the language of department names (UI text follows the translator)."""
        self._lang = "en" if str(lang).startswith("en") else "zh"
        self._retranslate()
        self._relayout()
        self.update()

    def step(self) -> float:
        return self._step

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the legend (hidden: a small "Legend" tag; clicking either toggles).

        Until this is called the legend is shown when the view is at least AUTO_LEGEND_WIDTH wide.
        """
        self._legend_choice = bool(visible)
        self._relayout()
        self.update()

    def legend_visible(self) -> bool:
        if self._legend_choice is not None:
            return self._legend_choice
        return self.width() >= AUTO_LEGEND_WIDTH

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._legend_rect.adjusted(-4, -4, 4, 4).contains(event.position()):
            self.set_legend_visible(not self._legend_visible)
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips: the full department name over a node or its (possibly elided) label."""
        if event.type() == QEvent.Type.ToolTip:
            name = self.name_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if name:
                QToolTip.showText(event.globalPos(), name, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def name_at(self, pos: QPointF) -> str:
        """The full name of the department whose label or node is at ``pos`` ('' if none)."""
        for j, rect in enumerate(self._label_rects):
            if rect.contains(pos):
                return self._full_names[j]
        for j, rect in enumerate(self.node_rects()):
            if rect.contains(pos):
                return self._full_names[j]
        return ""

    # ------------------------------------------------------------------ state for tests/tools
    def label_rects(self) -> list[QRectF]:
        """The rectangle (with its light background) of each department's label."""
        return list(self._label_rects)

    def node_rects(self) -> list[QRectF]:
        """The disc of each department, in widget pixels."""
        if self._layout is None:
            return []
        lay = self._layout
        return [QRectF(lay.x[j] - lay.radius[j], lay.y[j] - lay.radius[j], 2 * lay.radius[j],
                       2 * lay.radius[j]) for j in range(len(lay.x))]

    def node_colour(self, department: int) -> QColor:
        """Fill colour of ``department`` at the current (interpolated) step."""
        return self._brushes[self._colour_index(self._interp(self._exposure))[department]].color()

    def label_texts(self) -> list[str]:
        """The department names as drawn (plain text, possibly elided)."""
        return [s.text() for s in self._labels]

    def current_events(self) -> list[tuple[int, int]]:
        """(department, code) of the events shown at the current step."""
        if self._results is None:
            return []
        return list(self._events.get(self._event_step(), []))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(1000, 700)

    # ------------------------------------------------------------------ preparation
    def _prepare(self, r: Results) -> None:
        n = r.scenario.n_departments
        self._n = n
        self._T = len(r.steps)
        self._lead = r.scenario.lead_index
        self._exposure = np.ascontiguousarray(r.detail["exposure"][:, 0, :])
        self._effort = np.ascontiguousarray(r.detail["effort"][:, 0, :])
        self._attention = np.asarray(r.detail["attention"][:, 0], float)
        self._authority = np.asarray(r.detail["authority"][:, 0], float)
        iu, ju = np.triu_indices(n, 1)
        self._pairs = (iu, ju)
        self._ties = 0.5 * (r.ties[:, 0, iu, ju] + r.ties[:, 0, ju, iu])  # (T, P)
        flows = r.flows[:, 0]  # (T, N, N): into i from j
        scale = float(flows.max()) if flows.size else 0.0
        self._flow_scale = scale if scale > 0 else 1.0
        dst, src = np.nonzero(flows.max(axis=0) > MIN_FLOW_SHARE * self._flow_scale)
        self._flow_src, self._flow_dst = src, dst
        self._flows = flows[:, dst, src] / self._flow_scale  # (T, K) in [0, 1]
        events: dict[int, list[tuple[int, int]]] = {}
        for ev in r.replicate_events(0):
            events.setdefault(int(ev["step"]), []).append((int(ev["department"]), int(ev["code"])))
        self._events = events
        self._departments = r.scenario.departments
        self._slot_codes = sorted({code for dept, code in (e for ev in events.values() for e in ev)
                                   if dept < 0 or code in SUPERIOR_EVENTS},
                                  key=lambda c: (c not in GROUP_EVENTS, L.EVENT_ORDER.index(c)
                                                 if c in L.EVENT_ORDER else 99))

    def _set_fonts(self, w: float = 0.0, h: float = 0.0) -> None:
        """Label fonts scaled with the view (MIN_PT in a narrow dock, MAX_PT full screen)."""
        pt = float(np.clip(min(w, 1.25 * h) / 40.0, MIN_PT, MAX_PT))
        if getattr(self, "_pt", None) == pt:
            return
        self._pt = pt
        self._font = fonts.ui_font(pt)
        self._bold = fonts.ui_font(pt, bold=True)
        self._small = fonts.ui_font(max(MIN_PT, pt - 1.0))
        self._fm = QFontMetricsF(self._font)
        self._fm_small = QFontMetricsF(self._small)

    def _retranslate(self) -> None:
        self._superior_text = self.tr("Superior (task assigner)")
        self._no_results_text = self.tr("No results yet: the simulation has not run.")
        self._event_texts = {code: labels.event_label(code) for code in L.EVENT_ORDER}
        self._step_format = self.tr("Step {0}")
        self._legend_tag = self.tr("Legend")
        self._attention_format = self.tr("Attention {0:.2f}")
        self._authority_format = self.tr("Authority {0:.2f}")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        """Recompute everything that does not change from frame to frame."""
        self._base = self._base_key = None
        w, h = float(self.width()), float(self.height())
        self._set_fonts(w, h)
        self._layout_size = (self.width(), self.height())
        self._legend_visible = self.legend_visible()
        self._legend = None
        fm_s = self._fm_small
        if self._legend_visible:
            legend_w = float(min(L.legend_width(self._small, self._event_texts), max(200.0, 0.3 * w)))
            self._legend = L.draw_legend(legend_w, self._small, self._small, self._event_texts,
                                         self.devicePixelRatioF())
            ratio = self._legend.devicePixelRatio() or 1.0
            lw, lh = self._legend.width() / ratio, self._legend.height() / ratio
            scale = min(1.0, (h - 16) / lh) if lh > 0 else 1.0
            self._legend_rect = QRectF(w - lw * scale - 8, 8, lw * scale, lh * scale)
            area_w = max(200.0, w - self._legend_rect.width() - 16)
        else:  # folded: a small tag in the top right corner, the network gets the full width
            tag_w = fm_s.horizontalAdvance(self._legend_tag) + 24
            self._legend_rect = QRectF(w - tag_w - 8, 8, tag_w, fm_s.height() + 10)
            area_w = w
        self._legend_w = self._legend_rect.width()
        self._labels: list[QStaticText] = []
        self._label_pos: list[QPointF] = []
        self._label_rects: list[QRectF] = []
        self._full_names: list[str] = []
        self._event_slots: dict[int, QRectF] = {}
        line = self._fm.height()
        sup_h = line + 22
        step_w = QFontMetricsF(self._bold).horizontalAdvance(self._step_format.format(888)) + 8
        self._step_rect = QRectF(8, 8 + (sup_h - line) / 2, step_w, line)
        if self._results is None:
            self._layout = None
            return
        names = [d.display_name(self._lang) for d in self._departments]
        self._full_names = names
        widest = max((self._fm.horizontalAdvance(s) for s in names), default=60.0) + 8
        sup_w = QFontMetricsF(self._bold).horizontalAdvance(self._superior_text) + 40
        resources = np.array([d.resources for d in self._departments], float)
        lay = compute_layout(area_w, h, self._lead, resources, min(widest, 200.0), line, (sup_w, sup_h),
                             sup_left_min=self._step_rect.right() + 10)
        self._layout = lay
        self._place_labels(lay, names, area_w, w, h)
        widest_tie = float(np.clip(100.0 / self._n, 4.0, 12.0))
        for k, pen in enumerate(self._tie_pens):
            pen.setWidthF(1.0 + (widest_tie - 1.0) * k / (TIE_BINS - 1))
        self._effort_pen.setWidthF(lay.ring_width)
        self._track_pen.setWidthF(lay.ring_width)
        precompute(self)

    def _place_labels(self, lay: NetworkLayout, names: list[str], area_w: float, w: float,
                      h: float) -> None:
        """Labels (full names where they fit) and event-tag slots clear of everything else."""
        fm, line, lead = self._fm, self._fm.height(), self._lead
        outer = lay.radius + RING_GAP + lay.ring_width
        outer[lead] += 4.0 + MAX_HALO  # the authority halo around the lead
        sx, sy, sw, sh = lay.superior
        cx, lead_y = float(lay.x[lead]), float(lay.y[lead])
        values_w = max(self._fm_small.horizontalAdvance(s.format(0.88))
                       for s in (self._attention_format, self._authority_format)) + 12
        values_h = 2 * self._fm_small.height() + 4
        right = self._legend_rect.left() if self._legend is None else area_w
        if sx + sw + 12 + values_w <= right - 8:  # beside the superior's box, clear of the partners
            self._values_rect = QRectF(sx + sw + 12, sy + (sh - values_h) / 2, values_w, values_h)
        else:  # beside the attention arrow
            self._values_rect = QRectF(cx + 19, sy + sh + 4, values_w, values_h)
        obstacles = [lay.superior, _t(self._step_rect), _t(self._values_rect), _t(self._legend_rect),
                     (cx - 12, sy + sh, 24, max(0.0, lead_y - outer[lead] - sy - sh))]
        options = []
        texts = []
        for name in names:
            full = fm.horizontalAdvance(name)
            variants = [name] + [fm.elidedText(name, Qt.TextElideMode.ElideRight, full * f)
                                 for f in (0.8, 0.65, 0.5)]
            variants = list(dict.fromkeys(v for v in variants if v))
            texts.append(variants)
            options.append([(fm.horizontalAdvance(v) + 6, line) for v in variants])
        order = [lead] + sorted((j for j in range(self._n) if j != lead),
                                key=lambda j: -abs(lay.x[j] - cx))
        placed = place_labels(lay.x, lay.y, outer, outer + 3.0, lay.outward, options,
                              (2.0, 2.0, area_w - 4.0, h - 4.0), obstacles, order)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.NoWrap)
        for j, (rect, level) in enumerate(placed):
            st = QStaticText(texts[j][level])
            st.setTextFormat(Qt.TextFormat.PlainText)  # names may contain "<b>": show literally
            st.setTextOption(opt)
            st.prepare(font=self._font)
            self._labels.append(st)
            self._label_pos.append(QPointF(rect[0] + 3, rect[1]))
            self._label_rects.append(QRectF(*rect))
        # event tags of the group and of the superior get fixed, free slots
        blocked = obstacles + [r for r, _ in placed]
        discs = [(float(lay.x[j]), float(lay.y[j]), float(outer[j])) for j in range(self._n)]
        bounds = (2.0, 2.0, area_w - 4.0, h - 4.0)
        self._blocked, self._discs, self._bounds = list(blocked), discs, bounds
        ph = self._fm_small.height() + 6
        below_lead = placed[lead][0][1] + line + 6
        for code in self._slot_codes:
            pw = self._fm_small.horizontalAdvance(self._event_texts[code]) + 16
            if code in GROUP_EVENTS:
                cands = [(cx - pw / 2, below_lead + k * (ph + 4), pw, ph) for k in range(3)]
            else:
                cands = [(left, sy + k * (ph + 4), pw, ph) for k in range(3)
                         for left in (sx + sw + 14, self._values_rect.right() + 10)]
                cands += [(sx - 14 - pw, sy + k * (ph + 4), pw, ph) for k in range(3)]
            cands += self._spare_slots(pw)
            spot = free_spot(cands, blocked, discs, bounds)
            blocked.append(spot)
            self._event_slots[code] = QRectF(*spot)

    def _spare_slots(self, pw: float) -> list[tuple[float, float, float, float]]:
        """Places for an event tag ``pw`` wide away from the nodes: left column, bottom corners."""
        ph = self._fm_small.height() + 6
        w, h = self._bounds[2], self._bounds[3]
        rows = range(int((h - self._step_rect.bottom()) // (ph + 4)))
        top = self._step_rect.bottom() + 8
        return ([(8, top + k * (ph + 4), pw, ph) for k in rows]
                + [(w - 6 - pw, top + k * (ph + 4), pw, ph) for k in rows])

    # ------------------------------------------------------------------ per-frame helpers
    def _frac(self) -> tuple[int, int, float]:
        t0 = int(math.floor(self._step))
        t1 = min(t0 + 1, self._T - 1)
        return t0, t1, self._step - t0

    def _interp(self, arr: np.ndarray) -> np.ndarray:
        t0, t1, f = self._frac()
        return arr[t0] if f == 0.0 else arr[t0] * (1.0 - f) + arr[t1] * f

    def _event_step(self) -> int:
        return int(math.ceil(self._step - 1e-9))

    @staticmethod
    def _colour_index(values: np.ndarray) -> np.ndarray:
        return np.clip(np.rint(values * (L.LUT_SIZE - 1)), 0, L.LUT_SIZE - 1).astype(int)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        try:
            self.render_frame(p)
        finally:
            p.end()

    def render_frame(self, p: QPainter) -> None:
        """Draw the current frame with painter ``p`` (used by paintEvent and the benchmark)."""
        if self._layout_size != (self.width(), self.height()):  # resized while hidden
            self._relayout()
        paint_frame(self, p)


def _t(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.x(), rect.y(), rect.width(), rect.height())
