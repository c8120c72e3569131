"""Explanation panel: why a department is passive (or active) — its incentive split into parts.

For the chosen department and the current playback step it shows the parts of the marginal payoff
of its effort, ``codes.COMPONENTS`` (``results.mean_components``: mean of the runs, as bars;
``results.components`` of the animated run 0: diamonds), their sum dU/de and the change of effort
per month it causes (model_en.md §7.3: effort rises while the sum is positive and settles where it
is 0), a one-sentence reading, and the components over time with a line at the current step.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from collabsim.engine import codes as C
from collabsim.engine.simulation import effort_change
from collabsim.gui.common import i18n, labels, zoom
from collabsim.gui.common.qtutil import own_plot_menus
from collabsim.gui.controller import SimulationController
from collabsim.gui.panels.explain_bars import LINE_COLOURS, ComponentBars
from collabsim.gui.panels.explain_strategy import strategy_text


def _num(v: float) -> str:
    return f"{v:+.2f}".replace("-", "−")


def _points(change: float) -> str:
    """A change of effort as whole percentage points, e.g. +3 or −13."""
    return f"{100 * change:+.0f}".replace("-", "−")


class ExplainPanel(QWidget):
    def __init__(self, controller: SimulationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._results = None
        self._step = 0
        self._names_key: tuple = ()
        self._series_dept: int | None = None  # the department whose series are drawn
        self._range = (-1.0, 1.0)  # the bars' value range over the whole run
        self._deferred = False  # results or step arrived while hidden
        zoom.relative(self, 1.2, minimum=13.0)  # follows View > Zoom
        self.department_caption = QLabel()
        self.department_combo = QComboBox()
        self.department_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.step_label = QLabel()
        self.department_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department_combo.setMinimumContentsLength(8)  # long names must not widen the dock
        top = QHBoxLayout()
        top.addWidget(self.department_caption)
        top.addWidget(self.department_combo, 1)
        self.bars = ComponentBars()
        self.bars_key = QLabel()
        self.bars_key.setWordWrap(True)
        self.total_label = QLabel()
        zoom.relative(self.total_label, 1.15, bold=True)
        self.total_label.setWordWrap(True)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.strategy = QLabel()  # the adaptive lead's strategy choice (issue 10)
        self.strategy.setWordWrap(True)
        self.strategy.hide()
        for lab in (self.step_label, self.bars_key, self.total_label, self.reading, self.strategy):
            lab.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        self.plot_caption = QLabel()
        self.plot_caption.setWordWrap(True)
        self.plot = pg.PlotWidget()
        own_plot_menus(self.plot.getPlotItem(), self.plot)
        self.plot.setMinimumHeight(150)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self._style_axes()
        zoom.notifier().zoom_changed.connect(self._style_axes)
        self.curves = [self.plot.plot(pen=pg.mkPen(LINE_COLOURS[k % len(LINE_COLOURS)], width=2.5))
                       for k in range(len(C.COMPONENTS))]
        self.total_curve = self.plot.plot(pen=pg.mkPen("#111111", width=2, style=Qt.PenStyle.DashLine))
        self.plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen("#999999", width=1)))
        self.vline = pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#333333", width=2))
        self.plot.addItem(self.vline, ignoreBounds=True)
        # in a narrow or short dock the panel scrolls instead of squeezing the bars
        content = QWidget()
        lay = QVBoxLayout(content)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.step_label)
        lay.addWidget(self.bars)
        lay.addWidget(self.bars_key)
        lay.addWidget(self.total_label)
        lay.addWidget(self.reading)
        lay.addWidget(self.strategy)
        lay.addWidget(self.plot_caption)
        lay.addWidget(self.plot, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        controller.results_changed.connect(self.set_results)
        controller.step_changed.connect(self.set_step)
        self._step = controller.step()
        self.retranslate_ui()
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        if controller.results() is not None:
            self.set_results(controller.results())

    def _style_axes(self, *_zoom) -> None:
        """Tick labels at 11 pt times the interface's zoom."""
        tick = QFont(self.font())
        tick.setPointSizeF(zoom.point_size(11))
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setStyle(tickFont=tick)
            self.plot.getAxis(axis).setTextPen("k")

    # ------------------------------------------------------------------ inputs
    def set_results(self, results) -> None:
        self._results = results
        if self._hidden():
            self._deferred = True  # drawn when the panel is shown (a tab behind another)
            return
        self._fill_departments()
        self._refresh_series()
        self._refresh()

    def set_step(self, step: int) -> None:
        self._step = int(step)
        if self._hidden():
            self._deferred = True
            return
        self._refresh()

    def _hidden(self) -> bool:
        """Off screen in a shown window (a dock tab behind another, which Qt moves off screen
        rather than hiding): nothing to draw until it is painted."""
        return self.window().isVisible() and self.visibleRegion().isEmpty()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Coming on screen (its tab chosen) after changes while off screen: catch up once."""
        if self._deferred:
            self._deferred = False
            QTimer.singleShot(0, self._catch_up)
        super().paintEvent(event)

    def _catch_up(self) -> None:
        if self._results is not None:
            self._fill_departments()
            self._refresh_series()
            self._refresh()

    def department(self) -> int:
        return max(self.department_combo.currentIndex(), 0)

    def set_department(self, index: int) -> None:
        self.department_combo.setCurrentIndex(index)

    # ------------------------------------------------------------------ state
    def _t(self) -> int:
        return min(max(self._step, 0), len(self._results.steps) - 1)

    def shown(self) -> dict | None:
        """What is displayed: step, department, mean and run-0 components, totals, effort change."""
        res = self._results
        if res is None:
            return None
        t, j = self._t(), min(self.department(), res.scenario.n_departments - 1)
        mean = res.mean_components[t, j]
        rep = res.components[t, 0, j] if res.components.shape[1] else None
        total = float(mean.sum())
        return {"step": t, "department": j, "mean": dict(zip(C.COMPONENTS, mean.tolist(), strict=True)),
                "replicate": None if rep is None else dict(zip(C.COMPONENTS, rep.tolist(), strict=True)),
                "total": total, "change": effort_change(total),
                "replicate_total": None if rep is None else float(rep.sum())}

    def _fill_departments(self) -> None:
        sc = self._results.scenario
        lang = i18n.short_code()
        key = (lang, sc.lead_index, tuple(d.display_name(lang) for d in sc.departments))
        if key == self._names_key:
            return
        old = self.department_combo.currentIndex()  # kept across language and scenario changes
        self._names_key = key
        combo = self.department_combo
        combo.blockSignals(True)
        combo.clear()
        for i, name in enumerate(key[2]):
            combo.addItem(self.tr("{0} (lead)").format(name) if i == sc.lead_index else name)
        first_coop = 1 if sc.lead_index == 0 and sc.n_departments > 1 else 0
        combo.setCurrentIndex(old if 0 <= old < sc.n_departments else first_coop)
        combo.blockSignals(False)

    # ------------------------------------------------------------------ drawing
    def _refresh_series(self) -> None:
        res = self._results
        if res is None:
            return
        j = min(self.department(), res.scenario.n_departments - 1)
        first = 1 if len(res.steps) > 1 else 0  # step 0 is the starting state: no decision yet
        x = res.steps[first:].astype(float)
        comps = res.mean_components[first:, j, :]
        for k, curve in enumerate(self.curves):
            curve.setData(x, comps[:, k])
        self.total_curve.setData(x, comps.sum(axis=1))
        self.plot.setXRange(0, float(x[-1]), padding=0.01)
        unit = labels.step_unit(res.scenario.task.step_unit)
        self.plot.setLabel("bottom", self.tr("Step ({0})").format(unit),
                           **{"font-size": f"{zoom.point_size(11):g}pt"})
        # the bars keep one scale over the whole run (they do not jump while playing)
        both = [res.mean_components[:, j, :]]
        if res.components.shape[1]:
            both.append(res.components[:, 0, j, :])
        vals = np.concatenate([b.ravel() for b in both])
        self._range = (float(vals.min()) * 1.05, float(vals.max()) * 1.05)
        self._series_dept = j

    def _refresh(self) -> None:
        res = self._results
        if res is None:
            return
        if self._series_dept != min(self.department(), res.scenario.n_departments - 1):
            self._refresh_series()
        s = self.shown()
        names = [labels.component_label(c) for c in C.COMPONENTS]
        rep = None if s["replicate"] is None else np.array(list(s["replicate"].values()))
        self.bars.set_data(names, np.array(list(s["mean"].values())), rep, *self._range)
        self.vline.setValue(float(s["step"]))
        sc = res.scenario
        self.step_label.setText(labels.step_text(s["step"], int(res.steps[-1]), sc.task.step_unit))
        why = strategy_text(res, s["step"], s["department"])
        self.strategy.setVisible(why is not None)
        self.strategy.setText(why or "")
        if s["step"] == 0:
            self.total_label.setText(self.tr("Marginal payoff: — (no decision yet)"))
            self.reading.setText(self.tr(
                "Step 0 is the starting state; departments first decide at step 1."))
            return
        text = self.tr("Marginal payoff {0} → effort {1} points a month").format(
            _num(s["total"]), _points(s["change"]))
        if s["replicate_total"] is not None:
            text += "  " + self.tr("(animated run: {0} → {1})").format(
                _num(s["replicate_total"]), _points(effort_change(s["replicate_total"])))
        self.total_label.setText(text)
        self.reading.setText(self.reading_text(s["mean"], s["total"]))

    def reading_text(self, parts: dict[str, float], total: float) -> str:
        """One plain sentence: the largest push, the largest drag, and which side wins."""
        push = max(parts, key=parts.get)
        drag = min(parts, key=parts.get)
        if parts[push] > 0.005 and parts[drag] < -0.005:
            text = self.tr("Largest push: {0} ({1}); largest drag: {2} ({3}).").format(
                labels.component_label(push), _num(parts[push]),
                labels.component_label(drag), _num(parts[drag]))
        elif parts[drag] < -0.005:
            text = self.tr("Nothing pushes towards effort; largest drag: {0} ({1}).").format(
                labels.component_label(drag), _num(parts[drag]))
        elif parts[push] > 0.005:
            text = self.tr("Largest push: {0} ({1}); nothing holds the department back.").format(
                labels.component_label(push), _num(parts[push]))
        else:
            return self.tr("No part of the decision weighs anything at this step.")
        change = effort_change(total)  # near 0 (under 10 points a month): close to its best response
        if change < -0.1:
            verdict = self.tr("The drags outweigh the pushes, so this department lowers its effort "
                              "or stays passive.")
        elif change > 0.1:
            verdict = self.tr("The pushes outweigh the drags, so this department raises its effort "
                              "or stays fully engaged.")
        else:
            verdict = self.tr("Pushes and drags nearly balance: its effort stays about where it is.")
        return self.tr("{0} {1}", "two sentences (no space between them in Chinese)").format(text, verdict)

    def retranslate_ui(self) -> None:
        self.department_caption.setText(self.tr("Department:"))
        self.bars_key.setText(self.tr(
            "Bars: mean of the runs (blue pushes towards effort, red holds back); "
            "◆ the animated run."))
        self.plot_caption.setText(self.tr(
            "Parts over time (mean of the runs; colours as the squares above; dashed: their sum)"))
        self._names_key = ()
        if self._results is not None:
            self._fill_departments()
            self._refresh_series()
            self._refresh()
