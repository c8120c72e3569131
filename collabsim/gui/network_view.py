"""Animated view of the department network for the animated replicate (detail replicate 0).

The superior (任务部署方) is drawn on top, the lead department in the middle (star, thick
border) and the cooperating departments on an arc around it. Node colour = accountability
exposure, node size = resources, blue ring = effort, line width = tie strength, red dots =
exposure spreading along ties during the step, purple arrow = the superior's attention, gold
halo = the lead's authority, coloured tags = this step's events.

Painting is cheap enough for 30+ fps with 20 departments: the layout, label texts and the legend
are computed once per resize/scenario/language change; a frame only interpolates a few numpy
vectors and issues draw calls. Department names are drawn as plain text (never HTML).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap, QStaticText, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from collabsim.engine.results import Results
from collabsim.gui import fonts, labels
from collabsim.gui import network_legend as L
from collabsim.gui.network_layout import RING_GAP, NetworkLayout, compute_layout, label_anchor
from collabsim.gui.network_paint import paint_frame, precompute

AUTO_LEGEND_WIDTH = 640  # narrower views start with the legend folded away
LABEL_PT = 13.0
SMALL_PT = 12.0
TIE_BINS = 12  # tie strengths are drawn with this many pen widths (batched drawLines)
MIN_FLOW_SHARE = 0.03  # flows never above this share of the run's largest are not drawn


class NetworkView(QWidget):
    """See the module docstring. API: set_results(results), set_step(step), set_language(lang)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 300)
        self._results: Results | None = None
        self._legend_choice: bool | None = None  # None: shown when the view is wide enough
        self._legend_visible = True
        self._legend_w = 0.0
        self._layout_size = (-1, -1)
        self._lang = "zh"
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
        self._retranslate()
        self._set_fonts()

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
        if event.position().x() >= self.width() - self._legend_w - 8:
            self.set_legend_visible(not self._legend_visible)
            event.accept()
            return
        super().mousePressEvent(event)

    # ------------------------------------------------------------------ state for tests/tools
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

    def _set_fonts(self) -> None:
        self._font = fonts.ui_font(LABEL_PT)
        self._bold = fonts.ui_font(LABEL_PT, bold=True)
        self._small = fonts.ui_font(SMALL_PT)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._relayout()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        """Recompute everything that does not change from frame to frame."""
        self._base = self._base_key = None
        w, h = float(self.width()), float(self.height())
        legend_w = float(min(L.legend_width(self._small, self._event_texts), max(200.0, 0.3 * w)))
        self._layout_size = (self.width(), self.height())
        self._legend_visible = self.legend_visible()
        self._legend = None
        if self._legend_visible:
            self._legend = L.draw_legend(legend_w, self._small, self._small, self._event_texts,
                                         self.devicePixelRatioF())
        else:
            legend_w = self._fm_small.horizontalAdvance(self._legend_tag) + 24
        self._legend_w = legend_w
        self._labels: list[QStaticText] = []
        self._label_pos: list[QPointF] = []
        self._label_rects: list[QRectF] = []
        if self._results is None:
            self._layout = None
            return
        deps = self._departments
        names = [d.display_name(self._lang) for d in deps]
        line = self._fm.height()
        widest = max((self._fm.horizontalAdvance(s) for s in names), default=60.0) + 8
        sup_w = self._fm.horizontalAdvance(self._superior_text) + 40
        area_w = max(200.0, w - legend_w - 16)
        resources = np.array([d.resources for d in deps], float)
        lay = compute_layout(area_w, h, self._lead, resources, min(widest, 200.0), line,
                             (sup_w, line + 22))
        self._layout = lay
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.NoWrap)
        for j, name in enumerate(names):
            lead = j == self._lead
            limit = lay.label_width * (1.6 if lead else 1.0)
            if self._n <= 9 and abs(lay.outward[j][0]) <= 0.45:  # room below for longer names
                limit = max(limit, min(200.0, 0.3 * area_w))
            text = self._fm.elidedText(name, Qt.TextElideMode.ElideRight, limit)
            st = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)  # names may contain "<b>": show literally
            st.setTextOption(opt)
            st.prepare(font=self._font)
            tw = self._fm.horizontalAdvance(text)
            dist = lay.radius[j] + RING_GAP + lay.ring_width + 5 + lay.label_offset[j] + (18 if lead else 0)
            left, top = label_anchor(lay.x[j], lay.y[j], *lay.outward[j], dist, tw, line)
            self._labels.append(st)
            self._label_pos.append(QPointF(left, top))
            self._label_rects.append(QRectF(left - 3, top, tw + 6, line))
        widest_tie = float(np.clip(100.0 / self._n, 4.0, 12.0))
        for k, pen in enumerate(self._tie_pens):
            pen.setWidthF(1.0 + (widest_tie - 1.0) * k / (TIE_BINS - 1))
        self._effort_pen.setWidthF(lay.ring_width)
        self._track_pen.setWidthF(lay.ring_width)
        precompute(self)

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
