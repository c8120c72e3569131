"""The Compare panel: two or more named scenarios side by side on the same seeds.

The list starts with the document's scenario, named after the document, and the document's
pinned baselines under their own names; more come from the presets, from files, or as a copy of
the current scenario. The first row is the baseline (named, and belonging to its scenario: "Make
baseline" moves a row to the top). A run computes every scenario with the same replicates and
seeds (:func:`collabsim.experiments.compare.compare`) off the GUI thread, cancellable; then a
grid of plots (one colour per scenario, median and 10-90 % band, a legend with the names), the
department network of each scenario at a chosen step, and the paired differences of the key
indicators against the baseline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabsim import presets
from collabsim.experiments.compare import Comparison, compare, trajectories
from collabsim.experiments.errors import ExperimentError
from collabsim.experiments.grid import Cancelled
from collabsim.gui.common import i18n, labels
from collabsim.gui.common.qtutil import drop_plot_menus, own_plot_menus
from collabsim.gui.document.document import Document
from collabsim.gui.experiments.background import BackgroundJob
from collabsim.gui.experiments.status import StatusLabel
from collabsim.gui.experiments.texts import output_label
from collabsim.gui.network.view import NetworkView
from collabsim.scenario import Scenario, ScenarioError, load_scenario

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")
PLOTTED = (
    "real_progress",
    "reported_progress",
    "effort_coop",
    "effort_lead",
    "exposure_evenness",
    "collusion",
)
MAX_SCENARIOS = len(COLOURS)


# a name or origin: a fixed text (typed by the user, read from a file) or a function making the
# app's own words in the current language (so they follow a language switch)
Text = str | Callable[[], str]


@dataclass
class Entry:
    label: Text
    scenario: Scenario
    source: Text  # where it came from, shown in the list
    copy: int = 1  # above 1: " (copy)" after the name, to keep the names apart

    @property
    def name(self) -> str:
        text = self.label() if callable(self.label) else self.label
        return text if self.copy == 1 else f"{text} ({self.copy})"

    @property
    def origin(self) -> str:
        return self.source() if callable(self.source) else self.source


class ComparePanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.entries: list[Entry] = []
        self.comparison: Comparison | None = None
        self._compared: list[Entry] = []  # the entries the shown comparison ran (their names)
        self._pending: list[Entry] = []  # those of the run under way
        self.job = BackgroundJob(self)
        self._lang = i18n.short_code()
        self._build()
        self.job.progress.connect(lambda d, t: (self.progress.setMaximum(t), self.progress.setValue(d)))
        self.job.finished.connect(self._on_finished)
        self.job.cancelled.connect(lambda: self.status.say(lambda: self.tr("Cancelled.")))
        self.job.failed.connect(
            lambda m: self.status.say(lambda: self.tr("The comparison failed: {0}").format(m))
        )
        self.job.running_changed.connect(self._set_running)
        document.baselines_changed.connect(self._add_baselines)
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self.reset_entries()
        self.retranslate_ui()
        self._set_running(False)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(132)
        self.table.itemChanged.connect(self._renamed)
        self.preset = QComboBox()
        self.add_preset_button, self.add_file_button = QPushButton(), QPushButton()
        self.add_current_button, self.remove_button = QPushButton(), QPushButton()
        self.baseline_button = QPushButton()
        self.add_preset_button.clicked.connect(lambda: self.add_preset(self.preset.currentData()))
        self.add_file_button.clicked.connect(self._add_file)
        self.add_current_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self._remove_selected)
        self.baseline_button.clicked.connect(self._make_baseline)
        self.replicates, self.seed = QSpinBox(), QSpinBox()
        self.replicates.setRange(1, 5000)
        self.replicates.setValue(100)
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(self.document.scenario().simulation.seed)
        self.reps_label, self.seed_label = QLabel(), QLabel()
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.job.cancel)
        self.progress = QProgressBar()
        self.status = StatusLabel()

        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setMinimumSize(420, 260)
        self.key = QHBoxLayout()  # one coloured name per scenario (plain text: names are the user's)
        self.key_labels: list[QLabel] = []
        self.key.addStretch(1)  # the names side by side from the left, not spread over the width
        self.networks = QWidget()
        self.networks_layout = QGridLayout(self.networks)
        self.networks_layout.setContentsMargins(0, 0, 0, 0)
        self.network_views: list[tuple[QLabel, NetworkView]] = []
        self.step_slider = QSlider(Qt.Orientation.Horizontal)
        self.step_slider.valueChanged.connect(self._set_step)
        self.step_label = QLabel()
        net_page = QWidget()
        nlay = QVBoxLayout(net_page)
        nlay.addWidget(self.networks, 1)
        srow = QHBoxLayout()
        srow.addWidget(self.step_label)
        srow.addWidget(self.step_slider, 1)
        nlay.addLayout(srow)
        self.differences = QTableWidget(0, 0)
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.differences.horizontalHeader().setStretchLastSection(True)
        self.differences.setMinimumHeight(170)
        plots_page = QSplitter(Qt.Orientation.Vertical)
        plots_page.addWidget(self.plots)
        plots_page.addWidget(self.differences)
        plots_page.setStretchFactor(0, 3)
        plots_page.setStretchFactor(1, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(plots_page, "")
        self.tabs.addTab(net_page, "")

        buttons = QHBoxLayout()
        for w in (
            self.preset,
            self.add_preset_button,
            self.add_file_button,
            self.add_current_button,
            self.baseline_button,
            self.remove_button,
        ):
            buttons.addWidget(w)
        buttons.addStretch(1)
        run = QHBoxLayout()
        for w in (
            self.reps_label,
            self.replicates,
            self.seed_label,
            self.seed,
            self.run_button,
            self.cancel_button,
        ):
            run.addWidget(w)
        run.addWidget(self.progress, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        lay.addLayout(run)
        lay.addWidget(self.status)
        lay.addLayout(self.key)
        lay.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self._lang = i18n.short_code()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Scenario (name shown everywhere)"), self.tr("From")]
        )
        keep = self.preset.currentData()
        self.preset.clear()
        for name in presets.PRESET_NAMES:
            self.preset.addItem(labels.preset_label(name), name)
        self.preset.setCurrentIndex(max(self.preset.findData(keep), 0))
        self.add_preset_button.setText(self.tr("Add preset"))
        self.add_file_button.setText(self.tr("Add file…"))
        self.add_current_button.setText(self.tr("Add a copy of the current scenario"))
        self.baseline_button.setText(self.tr("Make baseline"))
        self.remove_button.setText(self.tr("Remove"))
        self.reps_label.setText(self.tr("Replicates"))
        self.seed_label.setText(self.tr("Seeds from"))
        self.seed.setToolTip(
            self.tr("Every scenario runs with the same seeds: differences come from the levers")
        )
        self.run_button.setText(self.tr("Compare"))
        self.tabs.setTabText(0, self.tr("Plots and differences"))
        self.tabs.setTabText(1, self.tr("Department networks"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill_table()
        self._show_results()

    # ------------------------------------------------------------------ the list of scenarios
    def _doc_name(self) -> Callable[[], str]:
        """The document's name as it is now, made in the language current when shown: its file's
        name, else its scenario's title in that language, else "Current scenario"."""
        path, title = self.document.path(), self.document.origin().meta.title
        if path is not None:
            return lambda: path.name
        return lambda: title.get(i18n.short_code()) or self.tr("Current scenario")

    def reset_entries(self) -> None:
        self.entries = [Entry(self._doc_name(), self.document.scenario(), lambda: self.tr("this window"))]
        self._add_baselines()

    def _add_baselines(self) -> None:
        names = {e.name for e in self.entries}
        for b in self.document.baselines():
            entry = Entry(b.name or (lambda: self.tr("Baseline")), b.scenario,
                          lambda: self.tr("pinned baseline"))
            if entry.name not in names:
                self.entries.append(entry)
        self._fill_table()

    def add(self, name: Text, scenario: Scenario, origin: Text) -> bool:
        """Add a scenario; ``name`` and ``origin`` are fixed texts or functions making the app's
        words in the current language."""
        if len(self.entries) >= MAX_SCENARIOS:
            self.status.say(lambda: self.tr("At most {0} scenarios can be compared.").format(MAX_SCENARIOS))
            return False
        entry, names = Entry(name, scenario, origin), {e.name for e in self.entries}
        while entry.name in names:
            entry.copy += 1
        self.entries.append(entry)
        self._fill_table()
        return True

    def add_preset(self, name: str) -> bool:
        return self.add(lambda: labels.preset_label(name), presets.load_preset(name),
                        lambda: self.tr("preset"))

    def add_current(self) -> bool:
        doc = self._doc_name()
        return self.add(
            lambda: self.tr("{0}, as now").format(doc()),
            self.document.scenario(),
            lambda: self.tr("copy of this window"),
        )

    def _add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a scenario file"), "", self.tr("collabsim scenarios (*.collabsim)")
        )
        if not path:
            return
        try:
            s = load_scenario(path)
        except ScenarioError as exc:
            error = exc  # ``exc`` is unbound after the block; the message is made again later
            self.status.say(lambda: labels.error_message(error))
            return
        self.add(s.meta.title.get(self._lang) or path.rsplit("/", 1)[-1], s, path)

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def _remove_selected(self) -> None:
        i = self._selected()
        if 0 <= i < len(self.entries) and len(self.entries) > 1:
            del self.entries[i]
            self._fill_table()

    def _make_baseline(self) -> None:
        self.make_baseline(self._selected())

    def make_baseline(self, i: int) -> None:
        if 0 < i < len(self.entries):
            self.entries.insert(0, self.entries.pop(i))
            self._fill_table()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for i, e in enumerate(self.entries):
            name = QTableWidgetItem(e.name)
            name.setForeground(pg.mkColor(COLOURS[i % len(COLOURS)]))
            font = name.font()
            font.setBold(i == 0)
            name.setFont(font)
            origin = e.origin + (self.tr(" — baseline") if i == 0 else "")
            src = QTableWidgetItem(origin)
            src.setFlags(src.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 0, name)
            self.table.setItem(i, 1, src)
        self.table.blockSignals(False)

    def _renamed(self, item: QTableWidgetItem) -> None:
        i, text = item.row(), item.text().strip()
        if item.column() != 0 or not 0 <= i < len(self.entries):
            return
        others = {e.name for j, e in enumerate(self.entries) if j != i}
        if text and text != self.entries[i].name and text not in others:
            self.entries[i].label, self.entries[i].copy = text, 1  # typed: stays as it is
        self._fill_table()

    # ------------------------------------------------------------------ running
    def start(self) -> None:
        self._pending = [replace(e) for e in self.entries]  # as they are now (a rename comes later)
        items = [(name, e.scenario) for name, e in zip(_distinct(self.entries), self.entries, strict=True)]
        seed, reps = self.seed.value(), self.replicates.value()
        if len(items) < 2:
            self.status.say(lambda: self.tr("Add a second scenario to compare with."))
            return
        self.progress.setRange(0, len(items))
        self.progress.setValue(0)
        self.status.say(lambda:
            self.tr("Running {0} scenarios x {1} replicates on the same seeds…").format(len(items), reps)
        )

        def work(progress, cancelled):
            return compare(items, seed=seed, replicates=reps, progress=progress, cancelled=cancelled)

        self.job.start(work, (Cancelled, ExperimentError))

    def stop(self) -> bool:
        return self.job.stop(2.0)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _on_finished(self, comparison: Comparison) -> None:
        self.comparison, self._compared = comparison, self._pending
        names = self.shown_names
        self.status.say(lambda:
            self.tr("{0} scenarios, {1} replicates each, seeds {2}…{3}; baseline: {4}").format(
                len(comparison.names),
                comparison.replicates,
                comparison.seed,
                comparison.seed + comparison.replicates - 1,
                names()[0],
            )
        )
        self._show_results()

    # ------------------------------------------------------------------ results
    def shown_names(self) -> list[str]:
        """The compared scenarios' names in the current language (the app's own words follow a
        switch; typed names and names from files stay)."""
        c = self.comparison
        if c is None:
            return []
        if len(self._compared) != len(c.names):
            return list(c.names)
        return _distinct(self._compared)

    def _show_results(self) -> None:
        for item in self.plots.ci.items:
            if isinstance(item, pg.PlotItem):
                drop_plot_menus(item)
        self.plots.clear()
        c = self.comparison
        if c is None:
            return
        scenarios = [e.scenario for e in self._compared] if len(self._compared) == len(c.names) else []
        curves = [
            trajectories(r, scenarios[i] if scenarios else r.scenario, PLOTTED)
            for i, r in enumerate(c.results)
        ]
        shown = [name for name in PLOTTED if any(name in cv for cv in curves)]
        for k, name in enumerate(shown):
            plot = self.plots.addPlot(row=k // 3, col=k % 3, title=output_label(name))
            own_plot_menus(plot, self.plots)
            plot.setYRange(0, 1)
            plot.getAxis("left").enableAutoSIPrefix(False)
            for i, cv in enumerate(curves):
                if name not in cv:
                    continue
                med, lo, hi = cv[name]
                x = np.arange(len(med), dtype=float)
                colour = pg.mkColor(COLOURS[i % len(COLOURS)])
                band = pg.mkColor(colour)
                band.setAlpha(40)
                plot.addItem(
                    pg.FillBetweenItem(pg.PlotCurveItem(x, lo), pg.PlotCurveItem(x, hi), brush=band)
                )
                plot.plot(x, med, pen=pg.mkPen(colour, width=3))
        self._show_key()
        self._show_networks()
        self._show_differences()

    def _show_key(self) -> None:
        for label in self.key_labels:
            label.deleteLater()
        self.key_labels = []
        for i, name in enumerate(self.shown_names()):
            text = "■ " + name + (self.tr(" (baseline)") if i == 0 else "")
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet(
                f"color: {COLOURS[i % len(COLOURS)]}; font-weight: bold; font-size: 13pt;"
            )
            self.key.insertWidget(i, label)
            self.key_labels.append(label)

    def _show_networks(self) -> None:
        c = self.comparison
        for label, view in self.network_views:
            label.deleteLater()
            view.deleteLater()
        self.network_views = []
        if c is None:
            return
        cols = 2 if len(c.names) <= 4 else 3
        for i, (name, res) in enumerate(zip(self.shown_names(), c.results, strict=True)):
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet(f"color: {COLOURS[i % len(COLOURS)]}; font-weight: bold;")
            view = NetworkView(None, self._lang)
            view.setMinimumSize(200, 150)
            view.set_results(res)
            self.networks_layout.addWidget(label, 2 * (i // cols), i % cols)
            self.networks_layout.addWidget(view, 2 * (i // cols) + 1, i % cols)
            self.network_views.append((label, view))
        longest = max(int(r.steps[-1]) for r in c.results)
        self.step_slider.setRange(0, longest)
        self.step_slider.setValue(longest)
        self._set_step(longest)

    def _set_step(self, step: int) -> None:
        c = self.comparison
        if c is None:
            return
        longest = max(c.results, key=lambda r: int(r.steps[-1]))
        self.step_label.setText(
            labels.step_text(step, int(longest.steps[-1]), longest.scenario.task.step_unit)
        )
        for _, view in self.network_views:
            view.set_step(float(step))

    def _show_differences(self) -> None:
        c = self.comparison
        t = self.differences
        if c is None:
            t.setRowCount(0)
            return
        outputs = [o for o in c.outputs() if not o.startswith("half_")]
        others, shown = c.names[1:], self.shown_names()
        headers = [self.tr("Indicator (final, median)"), shown[0]]
        for name in shown[1:]:
            headers += [name, self.tr("{0} − {1}").format(name, shown[0])]
        t.setColumnCount(len(headers))
        t.setRowCount(len(outputs))
        t.setHorizontalHeaderLabels(headers)
        diffs = {(d.scenario, d.name): d for d in c.differences(outputs)}
        for row, name in enumerate(outputs):
            t.setItem(row, 0, QTableWidgetItem(output_label(name)))
            base = float(np.median(c.finals[0][name]))
            t.setItem(row, 1, _number(f"{base:.3f}"))
            for j, scen in enumerate(others):
                d = diffs[(scen, name)]
                t.setItem(row, 2 + 2 * j, _number(f"{d.value:.3f}"))
                cell = _number(f"{d.median:+.3f}  [{d.p10:+.3f}, {d.p90:+.3f}]")
                cell.setToolTip(self.tr("Median of the paired differences (same seeds), 10–90 % range"))
                t.setItem(row, 3 + 2 * j, cell)


def _distinct(entries: list[Entry]) -> list[str]:
    """The entries' names, kept apart (a typed name may equal the app's words in another language)."""
    out: list[str] = []
    for e in entries:
        name, k = e.name, 2
        while name in out:
            name, k = f"{e.name} ({k})", k + 1
        out.append(name)
    return out


def _number(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
