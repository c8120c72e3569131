"""The Sweep panel (BehaviorSpace-like): one or two levers over their values, replicates on common
seeds, then a line plot (one lever) or a heat map (two levers) of any output or form share.

The sweep runs off the GUI thread (:class:`BackgroundJob`) with a progress bar and a cancel
button; clicking a point or a cell asks to open that scenario (``open_requested``); the data
export as CSV and the picture as PNG or SVG. The levers offered are every lever of the
document's scenario (:func:`collabsim.experiments.levers.all_levers`), with the field's range.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collabsim.experiments.errors import ExperimentError
from collabsim.experiments.grid import FORMS, Cancelled, GridResult, GridSweep, default_values
from collabsim.experiments.levers import Lever, all_levers
from collabsim.experiments.tidy import available
from collabsim.gui.common import i18n
from collabsim.gui.common.qtutil import own_plot_menus
from collabsim.gui.document.document import Document
from collabsim.gui.document.export import export_png, export_svg
from collabsim.gui.experiments.background import BackgroundJob
from collabsim.gui.experiments.status import StatusLabel
from collabsim.gui.experiments.texts import lever_label, output_label, stat_labels, value_label
from collabsim.scenario import Scenario

LINE = "#1f77b4"


class LeverRow(QWidget):
    """A lever chooser with its values: from / to / steps for numbers, every value otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(24)
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        self.steps = QSpinBox()
        self.steps.setRange(2, 50)
        self.steps.setValue(5)
        self.from_label, self.to_label, self.steps_label = QLabel(), QLabel(), QLabel()
        self.levels = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 3)
        for w in (self.from_label, self.low, self.to_label, self.high, self.steps_label, self.steps):
            lay.addWidget(w)
        lay.addWidget(self.levels, 2)
        self._levers: list[Lever] = []
        self.combo.currentIndexChanged.connect(self._show_range)

    def set_levers(self, levers: list[Lever], scenario: Scenario, lang: str, keep: str | None) -> None:
        self._levers = levers
        self.combo.blockSignals(True)
        self.combo.clear()
        for lv in levers:
            self.combo.addItem(lever_label(lv.path, scenario, lang), lv.path)
        index = self.combo.findData(keep) if keep else -1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._show_range()

    def lever(self) -> Lever | None:
        i = self.combo.currentIndex()
        return self._levers[i] if 0 <= i < len(self._levers) else None

    def select(self, path: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(path))

    def _show_range(self) -> None:
        lv = self.lever()
        numeric = lv is not None and not lv.discrete
        for w in (self.from_label, self.low, self.to_label, self.high, self.steps_label, self.steps):
            w.setVisible(numeric)
        self.levels.setVisible(not numeric)
        if lv is None:
            return
        if numeric:
            decimals = 0 if lv.kind == "integer" else 2
            for box, value in ((self.low, lv.low), (self.high, lv.high)):
                box.setDecimals(decimals)
                box.setRange(lv.low, lv.high)
                box.setSingleStep(1 if lv.kind == "integer" else 0.05)
                box.setValue(value)
        else:
            self.levels.setText(", ".join(value_label(lv.path, v) for v in lv.levels()))

    def values(self) -> list:
        lv = self.lever()
        if lv is None:
            return []
        if lv.discrete:
            return list(lv.levels())
        low, high = sorted((self.low.value(), self.high.value()))
        return default_values(lv, self.steps.value(), low, high)

    def retranslate_ui(self) -> None:
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))
        self.steps_label.setText(self.tr("steps"))


class SweepPanel(QWidget):
    #: open this scenario (a cell's), with a title naming the lever values
    open_requested = Signal(object, object)  # the scenario, its title (LocalText)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.result: GridResult | None = None
        self.sweep: GridSweep | None = None
        self.job = BackgroundJob(self)
        self._lang = i18n.short_code()
        self._build()
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.cancelled.connect(self._on_cancelled)
        self.job.failed.connect(self._on_failed)
        self.job.running_changed.connect(self._set_running)
        document.scenario_changed.connect(lambda _s: self._refresh_levers())
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self._refresh_levers()
        self.retranslate_ui()
        self._set_running(False)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.first = LeverRow()
        self.second = LeverRow()
        self.use_second = QCheckBox()
        self.use_second.toggled.connect(self.second.setEnabled)
        self.second.setEnabled(False)
        self.replicates = QSpinBox()
        self.replicates.setRange(1, 10_000)
        self.replicates.setValue(50)
        self.output = QComboBox()
        self.stat = QComboBox()
        self.output.currentIndexChanged.connect(self._redraw)
        self.stat.currentIndexChanged.connect(self._redraw)
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.status = StatusLabel()
        self.status.setWordWrap(True)
        self.lever_label, self.reps_label, self.show_label = QLabel(), QLabel(), QLabel()
        self.export_data_button, self.export_picture_button = QPushButton(), QPushButton()
        self.export_data_button.clicked.connect(self.export_data)
        self.export_picture_button.clicked.connect(self.export_picture)
        self.hint = QLabel()
        self.view = pg.GraphicsLayoutWidget()
        self.view.setMinimumHeight(320)
        self.plot = self.view.addPlot(row=0, col=0)
        own_plot_menus(self.plot, self.view)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setStyle(tickFont=_font(11))
            axis.label.setFont(_font(12))
        self.plot.getAxis("bottom").setHeight(52)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        self._image: pg.ImageItem | None = None
        self._bar: pg.ColorBarItem | None = None

        grid = QGridLayout()
        grid.addWidget(self.lever_label, 0, 0)
        grid.addWidget(self.first, 0, 1, 1, 3)
        grid.addWidget(self.use_second, 1, 0)
        grid.addWidget(self.second, 1, 1, 1, 3)
        grid.addWidget(self.reps_label, 2, 0)
        row = QHBoxLayout()
        row.addWidget(self.replicates)
        row.addSpacing(16)
        row.addWidget(self.show_label)
        row.addWidget(self.output, 2)
        row.addWidget(self.stat, 1)
        grid.addLayout(row, 2, 1, 1, 3)
        run = QHBoxLayout()
        run.addWidget(self.run_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.progress, 1)
        exports = QHBoxLayout()
        exports.addWidget(self.hint, 1)
        exports.addWidget(self.export_data_button)
        exports.addWidget(self.export_picture_button)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addLayout(run)
        lay.addWidget(self.status)
        lay.addWidget(self.view, 1)
        lay.addLayout(exports)

    def _refresh_levers(self) -> None:
        s = self.document.scenario()
        levers = all_levers(s)
        self.first.set_levers(levers, s, self._lang, self.first.combo.currentData())
        keep = self.second.combo.currentData()
        self.second.set_levers(levers, s, self._lang, keep)
        if keep is None and len(levers) > 1:
            self.second.combo.setCurrentIndex(1)

    def retranslate_ui(self) -> None:
        self._lang = i18n.short_code()
        self.lever_label.setText(self.tr("Lever"))
        self.use_second.setText(self.tr("Second lever"))
        self.reps_label.setText(self.tr("Replicates"))
        self.show_label.setText(self.tr("Show"))
        self.run_button.setText(self.tr("Run sweep"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_data_button.setText(self.tr("Export data…"))
        self.export_picture_button.setText(self.tr("Export picture…"))
        self.hint.setText(self.tr("Click a point or a cell to open that scenario in a new window."))
        self.replicates.setToolTip(
            self.tr(
                "Runs per scenario; every scenario uses the same seeds, "
                "so differences come from the levers"
            )
        )
        for row in (self.first, self.second):
            row.retranslate_ui()
        self._refresh_levers()
        keep = self.output.currentData() or "real_progress"
        self.output.blockSignals(True)
        self.output.clear()
        for name in self.outputs():
            self.output.addItem(output_label(name), name)
        self.output.setCurrentIndex(max(self.output.findData(keep), 0))
        self.output.blockSignals(False)
        keep_stat = self.stat.currentData() or "mean"
        self.stat.blockSignals(True)
        self.stat.clear()
        for key, text in stat_labels().items():
            self.stat.addItem(text, key)
        self.stat.setCurrentIndex(max(self.stat.findData(keep_stat), 0))
        self.stat.blockSignals(False)
        self._redraw()

    @staticmethod
    def outputs() -> list[str]:
        final = [c for c in available()[1] if c != "form"]
        return final + [f"share_{f}" for f in FORMS]

    # ------------------------------------------------------------------ running
    def chosen(self) -> list[tuple[str, list]]:
        rows = [self.first] + ([self.second] if self.use_second.isChecked() else [])
        return [(row.lever().path, row.values()) for row in rows if row.lever() is not None]

    def start(self) -> None:
        s = self.document.scenario()
        try:
            sweep = GridSweep(
                s, self.chosen(), replicates=self.replicates.value(), seed=s.simulation.seed
            )
        except ExperimentError as exc:
            message = str(exc)
            self.status.say(lambda: self.tr("Cannot run this sweep: {0}").format(message))
            return
        self.sweep = sweep
        self.progress.setRange(0, int(np.prod(sweep.shape)))
        self.progress.setValue(0)
        self.status.say(lambda:
            self.tr("Running {0} scenarios x {1} replicates…").format(
                int(np.prod(sweep.shape)), sweep.replicates
            )
        )
        self.job.start(lambda progress, cancelled: sweep.run(progress, cancelled), (Cancelled,))

    def cancel(self) -> None:
        self.job.cancel()

    def stop(self) -> bool:
        """Cancel and wait briefly (the window is closing)."""
        return self.job.stop(2.0)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        done = self.result is not None and not running
        self.export_data_button.setEnabled(done)
        self.export_picture_button.setEnabled(done)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_finished(self, result: GridResult) -> None:
        self.result = result
        n = int(np.prod(result.shape))
        self.status.say(lambda:
            self.tr("{0} scenarios x {1} replicates, seeds {2}…{3}").format(
                n, result.replicates, result.seed, result.seed + result.replicates - 1
            )
        )
        self._redraw()
        self._set_running(False)

    def _on_cancelled(self) -> None:
        self.status.say(lambda: self.tr("Cancelled; the previous result is still shown."))
        self.progress.setValue(0)

    def _on_failed(self, message: str) -> None:
        self.status.say(lambda: self.tr("The sweep failed: {0}").format(message))

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        self.plot.clear()
        if self._bar is not None:
            if self._bar in self.view.ci.items:
                self.view.removeItem(self._bar)
            self._bar = None
        self._image = None
        r = self.result
        if r is None or self.output.currentData() is None:
            return
        name, stat = self.output.currentData(), self.stat.currentData() or "mean"
        if name not in r.stats and not name.startswith("share_"):
            return
        values = r.field(name, stat)
        plot = self.plot
        title = output_label(name)
        if not name.startswith("share_"):  # "Real progress (mean)", 实际进度（平均值）
            title = self.tr("{0} ({1})").format(title, stat_labels()[stat])
        plot.setTitle(title, size="14pt")
        s = self.document.scenario()
        first = r.levers[0]
        plot.setLabel("bottom", lever_label(first.path, s, self._lang))
        xs, xticks = _axis(first, r.values[0])
        plot.getAxis("bottom").setTicks([xticks] if xticks else None)
        if len(r.levers) == 1:
            plot.setLabel("left", output_label(name))
            plot.getAxis("left").setTicks(None)
            if not name.startswith("share_") and stat in ("mean", "median"):
                lo, hi = r.field(name, "p10"), r.field(name, "p90")
                band = pg.FillBetweenItem(
                    pg.PlotCurveItem(xs, lo),
                    pg.PlotCurveItem(xs, hi),
                    brush=pg.mkBrush(31, 119, 180, 50),
                )
                plot.addItem(band)
            plot.plot(
                xs, values, pen=pg.mkPen(LINE, width=3), symbol="o", symbolSize=9, symbolBrush=LINE
            )
            return
        second = r.levers[1]
        ys, yticks = _axis(second, r.values[1], index=True)
        plot.setLabel("left", lever_label(second.path, s, self._lang))
        plot.getAxis("left").setTicks([yticks])
        plot.getAxis("bottom").setTicks([_axis(first, r.values[0], index=True)[1]])
        img = pg.ImageItem(values.astype(float))  # image rows = first lever (x), columns = second (y)
        img.setRect(-0.5, -0.5, len(r.values[0]), len(r.values[1]))
        plot.addItem(img)
        lo, hi = colour_range(values)
        bar = pg.ColorBarItem(values=(lo, hi), colorMap=pg.colormap.get("viridis"), interactive=False)
        bar.setImageItem(img)
        self.view.addItem(bar, row=0, col=1)
        self._bar = bar
        self._image = img
        if values.size <= 150:  # the values themselves, legible from the back of the room
            for (i, j), v in np.ndenumerate(values):
                text = pg.TextItem(
                    f"{v:.2f}", color="w" if v < (lo + hi) / 2 else "k", anchor=(0.5, 0.5)
                )
                text.setFont(_font(12))
                text.setPos(i, j)
                plot.addItem(text)

    def _clicked(self, event) -> None:
        r = self.result
        if r is None or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        index = self.cell_at(p.x(), p.y())
        if index is not None:
            self.open_cell(index)

    def cell_at(self, x: float, y: float) -> tuple[int, ...] | None:
        """The cell under view coordinates (x, y) (nearest point of a line plot)."""
        r = self.result
        if r is None:
            return None
        if len(r.levers) == 1:
            xs, _ = _axis(r.levers[0], r.values[0])
            return (int(np.argmin(np.abs(np.asarray(xs, dtype=float) - x))),)
        i, j = int(round(x)), int(round(y))
        if 0 <= i < len(r.values[0]) and 0 <= j < len(r.values[1]):
            return (i, j)
        return None

    def open_cell(self, index: tuple[int, ...]) -> None:
        if self.sweep is None or self.result is None:
            return
        s = self.document.scenario()
        point = self.result.point(index)
        title = i18n.in_each_language(lambda lang: ", ".join(
            f"{lever_label(p, s, lang)} = {value_label(p, v)}" for p, v in point.items()
        ))
        self.open_requested.emit(self.sweep.scenario(index), title)

    # ------------------------------------------------------------------ export
    def export_data(self) -> Path | None:
        if self.result is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export sweep data"), "sweep.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        return self._write(Path(path), lambda p: p.write_text(self.result.to_csv(), encoding="utf-8"))

    def export_picture(self) -> Path | None:
        if self.result is None:
            return None
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export sweep picture"),
            "sweep.png",
            self.tr("PNG images (*.png);;SVG drawings (*.svg)"),
        )
        if not path:
            return None
        item = self.view.ci  # the whole layout: the plot and its colour bar
        writer = export_svg if path.lower().endswith(".svg") else export_png
        return self._write(Path(path), lambda p: writer(item, p))

    def _write(self, path: Path, writer) -> Path | None:
        try:
            writer(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {0}: {1}").format(str(path), str(exc)),
            )
            return None
        return path


def _font(points: int) -> QFont:
    f = QFont()
    f.setPointSize(points)
    return f


def colour_range(values: np.ndarray) -> tuple[float, float]:
    """The heat map's colour scale: the values' own range; when every cell has (nearly) the same
    value, a range that does not paint it as the lowest colour (a map of 1.00 everywhere read as
    "low"): 0 to 1 for shares and indicators in [0, 1], else centred on the value."""
    lo, hi = float(np.nanmin(values)), float(np.nanmax(values))
    if hi - lo >= 1e-9:
        return lo, hi
    if 0.0 <= lo and hi <= 1.0:
        return 0.0, 1.0
    half = 0.5 * max(1.0, abs(lo))
    return lo - half, lo + half


def _axis(lever: Lever, values: tuple, index: bool = False) -> tuple[list[float], list]:
    """x positions and tick labels: the numbers themselves, or 0..k-1 for choices and switches."""
    if lever.discrete or index or any(isinstance(v, str) for v in values):
        return list(range(len(values))), [(i, value_label(lever.path, v)) for i, v in enumerate(values)]
    return [float(v) for v in values], []
