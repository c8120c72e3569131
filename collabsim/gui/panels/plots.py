"""Live plots: ensemble median with its 10–90 % band, the animated replicate, the baseline dashed.

Plot items are created once (again only when the number of departments changes) and updated
with ``setData``; the playback position only moves a vertical line. Redraws are driven by the
controller's display timer (``SimulationController.frame``, ≤ 30 Hz).
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QLabel, QVBoxLayout, QWidget

from collabsim.gui.common import i18n, labels
from collabsim.gui.common.colours import department_colour
from collabsim.gui.controller import SimulationController

pg.setConfigOptions(background="w", foreground="k", antialias=False)  # per item below

LINE_WIDTH = 3
CHARTS = ("progress", "effort", "exposure", "attention", "collusion", "joint")


class _Series:
    """Median line, band, replicate line and baseline line of one indicator (one department)."""

    def __init__(self, plot: pg.PlotItem, name: str, dept: int | None, colour: str,
                 band_alpha: int = 45) -> None:
        self.name, self.dept = name, dept
        c = QColor(colour)
        band = QColor(c)
        band.setAlpha(band_alpha)
        # one path item per band: pyqtgraph's FillBetweenItem rebuilt its path twice per update
        # and took 60 % of a redraw
        self.band = QGraphicsPathItem()
        self.band.setBrush(band)
        self.band.setPen(QPen(Qt.PenStyle.NoPen))
        rep = QColor(c)
        rep.setAlpha(140)
        # solid and not antialiased: a dotted pen made every repaint ~4x slower (raster engine)
        self.replicate = pg.PlotCurveItem(pen=pg.mkPen(rep, width=1.2), antialias=False)
        self.baseline = pg.PlotCurveItem(
            pen=pg.mkPen(c.darker(130), width=2.2, style=Qt.PenStyle.DashLine), antialias=False)
        self.median = pg.PlotCurveItem(pen=pg.mkPen(c, width=LINE_WIDTH), antialias=True)
        for item in (self.band, self.replicate, self.baseline, self.median):
            plot.addItem(item)
        self.items = (self.band, self.replicate, self.baseline, self.median)

    def _pick(self, arr: np.ndarray) -> np.ndarray:
        return arr if self.dept is None else arr[:, self.dept]

    def update(self, results, baseline) -> None:
        x = results.steps.astype(float)
        s = results.summary(self.name)
        kw = {"skipFiniteCheck": True}
        self.median.setData(x, self._pick(s.median), **kw)
        xs = np.concatenate([x, x[::-1]])
        ys = np.concatenate([self._pick(s.p10), self._pick(s.p90)[::-1]])
        self.band.setPath(pg.arrayToQPath(xs, ys, connect="all"))
        self.replicate.setData(x, self._pick(results.trajectory(self.name, 0)), **kw)
        b = None
        if baseline is not None:
            bm = baseline.summary(self.name).median
            if self.dept is None or self.dept < bm.shape[1]:
                b = self._pick(bm)
        if b is None:
            self.baseline.setData([], [])
            self.baseline.setVisible(False)
        else:
            self.baseline.setData(baseline.steps.astype(float), b, **kw)
            self.baseline.setVisible(True)


class _Chart:
    def __init__(self, key: str, plot: pg.PlotItem) -> None:
        self.key, self.plot = key, plot
        self.series: list[_Series] = []
        self.layout_sig: tuple = ()
        self.vline = pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#333333", width=2))
        plot.addItem(self.vline, ignoreBounds=True)
        plot.setYRange(0, 1, padding=0.02)
        for y in (0.2, 0.4, 0.6, 0.8):  # opaque reference lines: cheaper than the axis grid
            plot.addItem(pg.InfiniteLine(y, angle=0, pen=pg.mkPen("#e3e3e3", width=1)), ignoreBounds=True)
        plot.setMouseEnabled(x=True, y=False)
        font = QFont()
        font.setPointSize(11)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setStyle(tickFont=font)
            plot.getAxis(axis).setTextPen("k")

    def specs(self, scenario) -> list[tuple[str, int | None, str]]:
        lead = scenario.lead_index
        if self.key == "progress":
            return [("real_progress", None, "#1f77b4"), ("reported_progress", None, "#ff7f0e")]
        if self.key in ("effort", "exposure"):
            name = self.key
            order = [lead] + [i for i in range(scenario.n_departments) if i != lead]
            return [(name, i, department_colour(i, lead)) for i in order]
        if self.key == "attention":
            return [("attention", None, "#8e44ad"), ("authority", None, "#16a085")]
        if self.key == "collusion":
            return [("collusion", None, "#7f2704")]
        return [("joint_op", None, "#2c7fb8"), ("participation", None, "#41ab5d")]

    def ensure_series(self, scenario) -> None:
        specs = self.specs(scenario)
        sig = tuple(specs)
        if sig == self.layout_sig:
            return
        for s in self.series:
            for item in s.items:
                self.plot.removeItem(item)
        alpha = 45 if len(specs) <= 2 else max(10, 90 // len(specs))  # overlapping bands stay light
        self.series = [_Series(self.plot, n, d, c, alpha) for n, d, c in specs]
        self.layout_sig = sig

    def relabel(self, title: str) -> None:
        """Title with the series' names in their colours (department colours: the key above)."""
        names = _indicator_names()
        parts = [f'<span style="color:{s.median.opts["pen"].color().name()}">■ '
                 f"{names[s.name]}</span>" for s in self.series if s.dept is None]
        html = f"<b>{title}</b>"
        if len(parts) > 1:
            html += " &nbsp; " + " &nbsp; ".join(parts)
        self.plot.setTitle(html, size="12pt")
        self.plot.titleLabel.setMinimumWidth(0)  # a long title must not widen the grid


def _indicator_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "real_progress": translate("Plots", "Real"),
        "reported_progress": translate("Plots", "Reported"),
        "attention": translate("Plots", "Attention"),
        "authority": translate("Plots", "Authority"),
        "collusion": translate("Plots", "Collusion"),
        "joint_op": translate("Plots", "Joint ops"),
        "participation": translate("Plots", "Participation"),
    }


def _chart_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "progress": translate("Plots", "Progress"),
        "effort": translate("Plots", "Effort"),
        "exposure": translate("Plots", "Accountability exposure"),
        "attention": translate("Plots", "Attention and authority"),
        "collusion": translate("Plots", "Collusion"),
        "joint": translate("Plots", "Joint work"),
    }


class PlotsPanel(QWidget):
    """Six live charts; call :meth:`refresh` from the controller's frame signal."""

    def __init__(self, controller: SimulationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setSpacing(6)
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.key)
        lay.addWidget(self.view, 1)
        self.charts: dict[str, _Chart] = {}
        for i, key in enumerate(CHARTS):
            plot = self.view.addPlot(row=i // 2, col=i % 2)
            self.charts[key] = _Chart(key, plot)
        for col in (0, 1):
            self.view.ci.layout.setColumnStretchFactor(col, 1)
        self._shown = (None, None)
        self._labelled: tuple = ()
        self.redraw_count = 0
        controller.frame.connect(self.refresh)
        i18n.notifier().language_changed.connect(self.retranslate_ui)

    def refresh(self) -> None:
        """Redraw what changed since the last frame."""
        res, base = self.controller.results(), self.controller.baseline()
        if res is None:
            return
        if res is not self._shown[0] or base is not self._shown[1]:
            sc = res.scenario
            for chart in self.charts.values():
                chart.ensure_series(sc)
                for s in chart.series:
                    s.update(res, base)
                chart.plot.setXRange(0, float(res.steps[-1]), padding=0.01)
            self._shown = (res, base)
            self._relabel_if_needed()
        pos = self.controller.position()
        for chart in self.charts.values():
            chart.vline.setValue(pos)
        self.redraw_count += 1

    def _relabel_if_needed(self, force: bool = False) -> None:
        res = self._shown[0]
        if res is None:
            return
        lang = i18n.short_code()
        sc = res.scenario
        key = (lang, tuple(d.display_name(lang) for d in sc.departments), sc.lead_index,
               sc.task.step_unit)
        if key == self._labelled and not force:
            return
        self._labelled = key
        titles = _chart_titles()
        unit = labels.step_unit(sc.task.step_unit)
        xlabel = QCoreApplication.translate("Plots", "Step ({0})").format(unit)
        last_row = (len(CHARTS) - 1) // 2
        for i, (k, chart) in enumerate(self.charts.items()):
            chart.relabel(titles[k])
            if i // 2 == last_row:
                chart.plot.setLabel("bottom", xlabel, **{"font-size": "11pt"})
        self.key.setText(self._key_html(sc, lang))

    @staticmethod
    def _key_html(sc, lang: str) -> str:
        """Department colours and what the line styles mean."""
        lead = sc.lead_index
        parts = []
        for i, dep in enumerate(sc.departments):
            name = html.escape(dep.display_name(lang))  # names are data, never markup
            if i == lead:
                name = QCoreApplication.translate("Plots", "{0} (lead)").format(name)
            parts.append(f'<span style="color:{department_colour(i, lead)}">■</span>&nbsp;{name}')
        styles = QCoreApplication.translate(
            "Plots", "Thick: ensemble median · shaded: 10–90% of runs · thin: the animated run · "
            "dashed: baseline")
        return " &nbsp; ".join(parts) + f'<br><span style="color:#555">{styles}</span>'


    def retranslate_ui(self) -> None:
        self._relabel_if_needed(force=True)

    def export_target(self):
        """The graphics item holding every chart (for the PNG/SVG exporters)."""
        return self.view.ci
