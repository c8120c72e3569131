"""Animated view of the department network for the animated replicate (detail replicate 0).

The superior (任务部署方) is drawn on top, the lead department in the middle (star, thick
border) and the cooperating departments on an arc around it. Node colour = accountability
exposure, node size = resources, blue ring = effort, line width = tie strength, red dots =
exposure spreading along ties during the step, purple arrow = the superior's attention, gold
halo = the lead's authority, coloured tags = this step's events.

The view holds its inputs (results, step, language, legend choice) and input handling; the
placement of everything is a :class:`~.scene.Scene`, rebuilt when the size, results, language or
legend change, and :class:`~.painter.NetworkPainter` draws it, so a frame only interpolates a few
numpy vectors. Labels are placed where they overlap no other label, node, the superior's box,
the step counter or the legend; a name is elided only when no spot fits it whole, and the full
name is then a tooltip. Department names are drawn as plain text (never HTML).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from collabsim.engine.results import Results
from collabsim.gui.common import i18n, zoom
from collabsim.gui.common.plain import literal
from collabsim.gui.controller import SimulationController
from collabsim.gui.network.details import department_details, tier_details
from collabsim.gui.network.painter import NetworkPainter, event_step
from collabsim.gui.network.scene import SUPERIOR_EVENTS, RunData, Scene, Texts, build_scene, with_run

AUTO_LEGEND_WIDTH = 640  # narrower views start with the legend folded away


class NetworkView(QWidget):
    legend_requested = Signal()  # the "Legend" tag was clicked while the legend is a panel
    department_clicked = Signal(int)
    """See the module docstring. API: set_results(results), set_step(step), set_language(lang).

    Given a controller it follows the controller's results and playback position itself; it
    always follows the interface language (department names in ``lang`` until it changes).
    """

    def __init__(self, controller: SimulationController | None = None, lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 300)
        self._data: RunData | None = None
        self._step = 0.0
        self._lang = "en" if lang.startswith("en") else "zh"
        self._legend_choice: bool | None = None  # None: shown when the view is wide enough
        self._external_legend = False  # True: the legend is a panel beside the view
        self._results: Results | None = None
        self._texts = Texts.current()
        self._min_pt = 0.0  # no label smaller than this (the presentation window: 20 pt)
        self.painter = NetworkPainter()
        self._frames = controller is not None  # repaint with the controller's frames, not at once
        self._dirty = False
        self._relayout()
        i18n.notifier().language_changed.connect(self.set_language)
        zoom.notifier().zoom_changed.connect(self._on_zoom)
        if controller is not None:
            controller.results_changed.connect(self.set_results)
            controller.position_changed.connect(self.set_step)
            controller.frame.connect(self._on_frame)
            if controller.results() is not None:
                self.set_results(controller.results())

    # ------------------------------------------------------------------ public API
    def set_results(self, results: Results | None) -> None:
        """Show ``results`` (detail replicate 0); None clears the view."""
        old = self._results
        if (results is not None and old is not None and results.seed == old.seed
                and results.scenario == old.scenario):  # a first answer's whole ensemble:
            self._results = results  # the same animated run, nothing to redraw
            return
        data = RunData.from_results(results) if results is not None else None
        self._data = data
        self._results = results
        if data is not None:
            self._step = min(self._step, float(data.steps - 1))
        same_departments = with_run(self._scene, data) if data is not None else None
        if same_departments is not None:  # a lever change: the geometry stays, the run changes
            self._scene = same_departments
            self.painter.set_scene(same_departments)
        else:
            self._relayout()
        self._changed()

    def set_step(self, step: float) -> None:
        """Show step ``step``; fractional steps interpolate between recorded steps."""
        if self._data is None:
            self._step = max(0.0, float(step))
            return
        step = min(max(float(step), 0.0), self._data.steps - 1.0) if math.isfinite(step) else 0.0
        if step != self._step:
            self._step = step
            self._changed()

    def _changed(self) -> None:
        """Repaint: with the controller's next frame (one repaint per frame for the whole window),
        or at once for a view driven by hand."""
        if self._frames:
            self._dirty = True
        else:
            self.update()

    def _on_frame(self) -> None:
        if self._dirty:
            self._dirty = False
            self.update()

    def set_language(self, lang: str) -> None:
        """'zh' or 'en': the language of department names (UI text follows the translator)."""
        self._lang = "en" if str(lang).startswith("en") else "zh"
        self._texts = Texts.current()
        self._relayout()
        self.update()

    def step(self) -> float:
        return self._step

    def scene(self) -> Scene:
        """Where everything is drawn at the current size (layout, labels, slots, legend)."""
        return self._scene

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the legend (hidden: a small "Legend" tag; clicking either toggles).

        Until this is called the legend is shown when the view is at least AUTO_LEGEND_WIDTH wide.
        """
        self._legend_choice = bool(visible)
        self._relayout()
        self.update()

    def set_external_legend(self, external: bool) -> None:
        """The legend is a panel beside the view (:mod:`.panel`): none is painted, and the
        "Legend" tag asks for the panel (``legend_requested``)."""
        self._external_legend = bool(external)
        self._relayout()
        self.update()

    def legend_visible(self) -> bool:
        if self._external_legend:
            return False
        if self._legend_choice is not None:
            return self._legend_choice
        return self.width() >= AUTO_LEGEND_WIDTH

    # ------------------------------------------------------------------ what is shown
    def label_rects(self) -> list[QRectF]:
        """The rectangle (with its light background) of each department's label."""
        return list(self._scene.label_rects)

    def node_rects(self) -> list[QRectF]:
        """The disc of each department, in widget pixels."""
        lay = self._scene.layout
        if lay is None:
            return []
        return [QRectF(lay.x[j] - lay.radius[j], lay.y[j] - lay.radius[j], 2 * lay.radius[j],
                       2 * lay.radius[j]) for j in range(len(lay.x))]

    def node_colour(self, department: int) -> QColor:
        """Fill colour of ``department`` at the current (interpolated) step."""
        return self.painter.node_colour(department, self._step)

    def label_texts(self) -> list[str]:
        """The department names as drawn (plain text, possibly elided; two lines joined by a space)."""
        return [s.text().replace("\u2028", " ") for s in self._scene.labels]

    def current_events(self) -> list[tuple[int, int]]:
        """(department, code) of the events shown at the current step."""
        if self._data is None:
            return []
        return list(self._data.events.get(event_step(self._step), []))

    def name_at(self, pos: QPointF) -> str:
        """The full name of the department whose label or node is at ``pos`` ('' if none)."""
        for j, rect in enumerate(self._scene.label_rects):
            if rect.contains(pos):
                return self._scene.full_names[j]
        for j, rect in enumerate(self.node_rects()):
            if rect.contains(pos):
                return self._scene.full_names[j]
        return ""

    def department_at(self, pos: QPointF) -> int:
        """The department whose node or label is at ``pos`` (-1 if none)."""
        for j, rect in enumerate(self._scene.label_rects):
            if rect.contains(pos):
                return j
        for j, rect in enumerate(self.node_rects()):
            if rect.adjusted(-4, -4, 4, 4).contains(pos):
                return j
        return -1

    def tier_at(self, pos: QPointF) -> int:
        """The tier (index in codes.TIERS) whose box is at ``pos`` (-1 if none)."""
        return next((t for t, rect in enumerate(self._scene.tiers) if rect.contains(pos)), -1)

    def details(self, department: int) -> str:
        """The tooltip of ``department``: its values at the step shown and why it works or not."""
        return department_details(self._results, department, self._step, self._lang)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(1000, 700)

    # ------------------------------------------------------------------ events
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._scene.legend_rect.adjusted(-4, -4, 4, 4).contains(event.position()):
            if self._external_legend:
                self.legend_requested.emit()
            else:
                self.set_legend_visible(self._scene.legend is None)
            event.accept()
            return
        j = self.department_at(event.position())
        if j >= 0:
            self.department_clicked.emit(j)
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips: the full department name over a node or its (possibly elided) label."""
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            name = self.name_at(pos)
            j = self.department_at(pos)
            tier = self.tier_at(pos)
            if j >= 0 and self._results is not None:  # its values and why (names escaped)
                QToolTip.showText(event.globalPos(), self.details(j), self)
            elif tier >= 0:  # a tier's box: its name, the route, where its attention goes
                text = tier_details(self._scene, tier, self._step)
                QToolTip.showText(event.globalPos(), literal(text), self)
            elif name:
                QToolTip.showText(event.globalPos(), literal(name), self)  # names come from files
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def set_slot_tags(self, shown: bool) -> None:
        """Show the group's and the superiors' event tags in the network (False: the caller
        lists them elsewhere, see :meth:`slot_events`)."""
        self.painter.slot_tags = bool(shown)
        self.update()

    def slot_events(self) -> list[int]:
        """Codes of this step's group and superior events (those with a slot), in slot order."""
        now = {c for d, c in self.current_events() if d < 0 or c in SUPERIOR_EVENTS}
        return [code for code in self._scene.event_slots if code in now]

    def set_min_point_size(self, point_size: float) -> None:
        """No label smaller than ``point_size`` (the presentation window)."""
        self._min_pt = float(point_size)
        self._relayout()
        self.update()

    def _on_zoom(self, _factor: float) -> None:
        self._relayout()
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        """Rebuild the scene (everything that does not change from frame to frame)."""
        self._scene = build_scene(self.width(), self.height(), self._data, self._texts, self._lang,
                                  self.legend_visible(), self.devicePixelRatioF(),
                                  zoom.factor(), self._min_pt)
        self.painter.set_scene(self._scene)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        try:
            self.render_frame(p)
        finally:
            p.end()

    def render_frame(self, p: QPainter) -> None:
        """Draw the current frame with painter ``p`` (used by paintEvent and the benchmark)."""
        if (self._scene.width, self._scene.height) != (self.width(), self.height()):  # resized hidden
            self._relayout()
        self.painter.paint(p, self._step)
