"""Live plots: ensemble median with its 10–90 % band, the animated replicate, the baseline dashed.

Each chart draws all its series with one :class:`~.series_layer.SeriesLayer` whose paths are
rebuilt once per result; the playback position only moves a vertical line. Redraws are driven
by the controller's display timer (``SimulationController.frame``, ≤ 30 Hz).
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from collabsim.gui.common import i18n, labels, zoom
from collabsim.gui.common.colours import department_colour
from collabsim.gui.common.qtutil import own_plot_menus
from collabsim.gui.controller import SimulationController
from collabsim.gui.panels.series_layer import SeriesLayer, Stroke, band, line

pg.setConfigOptions(background="w", foreground="k", antialias=False)  # per item below

LINE_WIDTH = 3
MIN_CHART_WIDTH = 260  # pixels at 100 % zoom: fewer columns below this
MIN_CHART_HEIGHT = 110  # pixels at 100 % zoom: a chart is never squeezed below this
SHORT_CHART = 170  # pixels at 100 % zoom: shorter charts label only 0, 0.5 and 1
CHARTS = ("progress", "effort", "exposure", "attention", "collusion", "joint")
#: indicators that are 0 or 1 (or a few levels) in each run: drawn as the share of runs (the
#: ensemble mean), without a band
SHARES = ("joint_op", "participation")


@dataclass(frozen=True)
class Series:
    """One indicator (of one department) in a chart: median, band, animated run, baseline."""

    name: str
    dept: int | None
    colour: str

    def pick(self, arr: np.ndarray) -> np.ndarray:
        return arr if self.dept is None else arr[:, self.dept]


def _width_free(label: pg.LabelItem) -> None:
    """A title that never sets its chart's width: pyqtgraph's LabelItem asks for its text's
    width again on every resize, so long titles made one column wide and the other narrow."""

    def update_min() -> None:
        h = label.itemRect().height()
        label.setMinimumWidth(0)
        label.setMinimumHeight(h)
        hint = Qt.SizeHint
        label._sizeHint = {hint.MinimumSize: (0, h), hint.PreferredSize: (0, h),
                           hint.MaximumSize: (-1, -1), hint.MinimumDescent: (0, 0)}
        label.updateGeometry()

    label.updateMin = update_min
    update_min()


class _Chart:
    def __init__(self, key: str, plot: pg.PlotItem) -> None:
        self.key, self.plot = key, plot
        self.series: list[Series] = []
        self.layer = SeriesLayer()
        plot.addItem(self.layer)
        self.vline = pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#333333", width=2))
        plot.addItem(self.vline, ignoreBounds=True)
        plot.setYRange(0, 1, padding=0.02)
        plot.setMouseEnabled(x=True, y=False)
        self._x_max = None
        _width_free(plot.titleLabel)
        self.title_pt = 12.0
        self._title: tuple[str, list[tuple[str, str]]] = ("", [])
        self._title_shown: tuple[str, float] | None = None
        self.style_axes(11.0)

    def style_axes(self, point_size: float) -> None:
        """Tick labels at ``point_size`` points (the panel passes 11 pt times zoom and scale)."""
        font = QFont()
        font.setPointSizeF(point_size)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setStyle(tickFont=font)
            self.plot.getAxis(axis).setTextPen("k")
        self.title_pt = point_size * 12 / 11
        self.layer.note_font.setPointSizeF(point_size)
        self.layer.update()

    def specs(self, scenario) -> list[Series]:
        lead = scenario.lead_index
        if self.key == "progress":
            return [Series("real_progress", None, "#1f77b4"), Series("reported_progress", None, "#ff7f0e")]
        if self.key in ("effort", "exposure"):
            order = [lead] + [i for i in range(scenario.n_departments) if i != lead]
            return [Series(self.key, i, department_colour(i, lead)) for i in order]
        if self.key == "attention":
            return [Series("attention", None, "#8e44ad"), Series("authority", None, "#16a085")]
        if self.key == "collusion":
            return [Series("collusion", None, "#7f2704")]
        if self.key == "joint":
            return [Series("joint_op", None, "#2c7fb8"), Series("participation", None, "#41ab5d")]
        raise KeyError(self.key)

    def update(self, results, baseline) -> None:
        """Rebuild the chart's paths for ``results`` (and the baseline's medians, dashed)."""
        self.series = self.specs(results.scenario)
        alpha = 45 if len(self.series) <= 2 else max(10, 90 // len(self.series))  # overlaps stay light
        x = results.steps.astype(float)
        strokes = []
        for k, s in enumerate(self.series):
            c = QColor(s.colour)
            summary = results.summary(s.name)
            fill = QColor(c)
            fill.setAlpha(alpha)
            share = s.name in SHARES  # 0 or 1 in each run: a 10-90 % band would cover the plot
            if not share:
                lo, hi = s.pick(summary.p10), s.pick(summary.p90)
                mid = (lo + hi) / 2
                strokes.append(Stroke("band", k, band(x, lo, hi), None, QBrush(fill), False, x, mid))
            rep = QColor(c)
            rep.setAlpha(140)
            y = s.pick(results.trajectory(s.name, 0))
            # solid, 1 px, not antialiased: the raster engine's fast path (a dotted pen was ~4x slower)
            strokes.append(Stroke("replicate", k, line(x, y), _pen(rep.rgba(), 1.0), None, False, x, y))
            if baseline is not None:
                bs = baseline.summary(s.name)
                bm = bs.mean if share else bs.median
                if s.dept is None or s.dept < bm.shape[1]:
                    bx, by = baseline.steps.astype(float), s.pick(bm)
                    pen = _pen(c.darker(130).rgba(), 2.2, Qt.PenStyle.DashLine)
                    strokes.append(Stroke("baseline", k, line(bx, by), pen, None, False, bx, by))
            y = s.pick(summary.mean if share else summary.median)  # the share of runs
            strokes.append(Stroke("median", k, line(x, y), _pen(c.rgba(), LINE_WIDTH), None, True, x, y))
        x_max = float(results.steps[-1])
        self.layer.set_strokes(strokes, x_max)
        self.layer.set_note(provisional_note(results))
        if x_max != self._x_max:
            self.plot.setXRange(0, x_max, padding=0.01)
            self._x_max = x_max

    def drawn(self, kind: str, series: int = 0) -> tuple[np.ndarray, np.ndarray] | None:
        """The (x, y) drawn as ``kind`` for series ``series``, or None when it is not drawn."""
        for s in self.layer.strokes:
            if s.kind == kind and s.series == series:
                return s.x, s.y
        return None

    def relabel(self, title: str) -> None:
        """Title with the series' names in their colours (department colours: the key above)."""
        names = _indicator_names()
        keys = [(s.colour, names[s.name]) for s in self.series if s.dept is None]
        self._title = (title, keys if len(keys) > 1 else [])
        self._title_shown = None
        self.fit_title()

    def fit_title(self, width: float | None = None) -> None:
        """The series' names on a second line when the title is wider than the chart (a narrow
        window, a big zoom, the presentation), so that titles never run into each other."""
        title, keys = self._title
        width = self.plot.width() if width is None else width
        width -= self.plot.getAxis("left").width()  # the title spans the plot area only
        font = QFont()
        font.setPointSizeF(self.title_pt)
        font.setBold(True)
        fm = QFontMetricsF(font)
        plain = "  ".join([title] + [f"■ {name}" for _c, name in keys])
        two = bool(keys) and width > 0 and fm.horizontalAdvance(plain) > width - 8
        parts = [f'<span style="color:{c}">■ {html.escape(name)}</span>' for c, name in keys]
        text = f"<b>{html.escape(title)}</b>"
        rows: list[list[str]] = [parts] if parts else []
        if two:  # the names below the title, as many on a line as fit (a narrow presentation chart)
            rows, used = [], 0.0
            for part, (_c, name) in zip(parts, keys, strict=True):
                w = fm.horizontalAdvance(f"■ {name}  ")
                if rows and used + w <= width - 8:
                    rows[-1].append(part)
                    used += w
                else:
                    rows.append([part])
                    used = w
        if parts:
            text += ("<br>" if two else " &nbsp; ") + "<br>".join(" &nbsp; ".join(r) for r in rows)
        if (text, self.title_pt) == self._title_shown:
            return
        self._title_shown = (text, self.title_pt)
        self.plot.setTitle(text, size=f"{self.title_pt:g}pt")
        height = int(fm.height() * (1 + len(rows) if two else 1) + 8)
        self.plot.titleLabel.setMaximumHeight(max(30, height))  # pyqtgraph fixes it at 30 px
        self.plot.layout.setRowFixedHeight(0, max(30, height))
        self.plot.titleLabel.setMinimumWidth(0)  # a long title must not widen the grid


_PENS: dict[tuple, QPen] = {}


def _pen(rgba: int, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen (pyqtgraph's mkPen), made once per colour, width and style."""
    key = (rgba, width, style)
    if key not in _PENS:
        _PENS[key] = pg.mkPen(QColor.fromRgba(rgba), width=width, style=style)
    return _PENS[key]


def provisional_note(results) -> str:
    """What a chart says while it shows a first answer from fewer runs than the scenario's."""
    total = results.scenario.simulation.replicates
    if results.replicates >= total:
        return ""
    return QCoreApplication.translate("Plots", "Provisional: {0}/{1} runs").format(
        results.replicates, total)


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
        "joint": translate("Plots", "Joint work (share of runs)"),
    }


class PlotsPanel(QWidget):
    """Live charts (``charts``: default all six); call :meth:`refresh` from the controller's frame.

    The charts reflow to the panel's width (three, two or one column; at least
    MIN_CHART_WIDTH pixels each) unless ``columns`` fixes their number, and their text follows
    View > Zoom; ``text_scale`` makes it larger still (the presentation window).
    """

    def __init__(self, controller: SimulationController, parent: QWidget | None = None,
                 charts: tuple[str, ...] = CHARTS, text_scale: float = 1.0,
                 columns: int | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.text_scale = float(text_scale)
        self.fixed_columns = columns  # None: reflow to the width
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
        for i, key in enumerate(charts):
            plot = self.view.addPlot(row=i // 2, col=i % 2)
            own_plot_menus(plot, self.view)
            self.charts[key] = _Chart(key, plot)
        self._shown = (None, None)
        self._labelled: tuple = ()
        self._columns = 0
        self._sparse = False  # ticks at 0, 0.5, 1 only: asked for (large text), or short charts
        self._sparse_asked = False
        self._short = False
        self.arrange(columns or min(2, len(self.charts)))
        self._style()
        zoom.notifier().zoom_changed.connect(self._style)
        self.redraw_count = 0
        controller.frame.connect(self.refresh)
        i18n.notifier().language_changed.connect(self.retranslate_ui)

    def refresh(self) -> None:
        """Redraw what changed since the last frame."""
        res, base = self.controller.results(), self.controller.baseline()
        if res is None:
            return
        if res is not self._shown[0] or base is not self._shown[1]:
            for chart in self.charts.values():
                chart.update(res, base)
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
        cols = max(self._columns, 1)
        last_row = (len(self.charts) - 1) // cols
        size = f"{self.charts_point_size():g}pt"
        for i, (k, chart) in enumerate(self.charts.items()):
            chart.relabel(titles[k])
            if i // cols == last_row:
                chart.plot.setLabel("bottom", xlabel, **{"font-size": size})
            else:
                chart.plot.getAxis("bottom").showLabel(False)
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
        if self._shown[0] is not None:
            for chart in self.charts.values():
                chart.layer.set_note(provisional_note(self._shown[0]))

    # ------------------------------------------------------------------ size and text
    def columns(self) -> int:
        return self._columns

    def arrange(self, columns: int) -> None:
        """Lay the charts out in ``columns`` columns (row by row, in chart order)."""
        columns = max(1, min(int(columns), len(self.charts)))
        if columns == self._columns:
            return
        ci = self.view.ci
        for chart in self.charts.values():
            ci.removeItem(chart.plot)
        for i, chart in enumerate(self.charts.values()):
            ci.addItem(chart.plot, row=i // columns, col=i % columns)
        for col in range(3):  # equal columns, whatever their titles' lengths
            ci.layout.setColumnStretchFactor(col, 1 if col < columns else 0)
            ci.layout.setColumnPreferredWidth(col, 1.0)
        self._columns = columns
        rows = math.ceil(len(self.charts) / columns)  # too little room: the window's area scrolls
        self.view.setMinimumHeight(int(rows * MIN_CHART_HEIGHT * self._scale()))
        self._relabel_if_needed(force=True)

    def columns_for(self, width: int, height: int) -> int:
        """The number of columns (1-3) whose charts come closest to a 16:10 shape while each is
        at least MIN_CHART_WIDTH wide (at the current zoom)."""
        n = len(self.charts)
        best, best_score = 1, float("inf")
        for cols in range(1, min(3, n) + 1):
            cw, ch = width / cols, max(height, 1) / math.ceil(n / cols)
            if cols > 1 and cw < MIN_CHART_WIDTH * self._scale():
                break
            score = abs(math.log(max(cw, 1) / max(ch, 1) / 1.6))
            if score < best_score:
                best, best_score = cols, score
        return best

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.fixed_columns is None:
            self.arrange(self.columns_for(self.view.width(), self.view.height()))
        rows = math.ceil(len(self.charts) / max(self._columns, 1))
        short = self.view.height() / rows < SHORT_CHART * self._scale()
        if short != self._short:  # short charts: 0, 0.5, 1 only, so the labels never run together
            self._short = short
            self._ticks(self._sparse_asked or short)
        width = self.view.width() / max(self._columns, 1)
        for chart in self.charts.values():  # the chart's own width is known only after layout
            chart.fit_title(width)

    def charts_point_size(self) -> float:
        return zoom.point_size(11.0) * self.text_scale

    def _scale(self) -> float:
        return zoom.factor() * self.text_scale

    def set_sparse_ticks(self, sparse: bool = True) -> None:
        """Only 0, 0.5 and 1 on the value axes (large text in small charts); False: automatic
        again (still sparse while the charts are short)."""
        self._sparse_asked = bool(sparse)
        self._ticks(self._sparse_asked or self._short)

    def _ticks(self, sparse: bool) -> None:
        ticks = [[(0.0, "0"), (0.5, "0.5"), (1.0, "1")], []] if sparse else None
        for chart in self.charts.values():
            chart.plot.getAxis("left").setTicks(ticks)
        self._sparse = sparse

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = float(scale)
        self._style()

    def _style(self, *_zoom) -> None:
        for chart in self.charts.values():
            chart.style_axes(self.charts_point_size())
        self._relabel_if_needed(force=True)

    def export_target(self):
        """The graphics item holding every chart (for the PNG/SVG exporters)."""
        return self.view.ci
