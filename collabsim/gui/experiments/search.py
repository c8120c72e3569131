"""The policy-design search in the app: the trade-off frontier of cost against the outcome, and the
truth table of configurations; both read an experiment file (the shipped examples by default).

They need the optional ``experiments`` packages (pandas, optuna); without them each panel says
what to install and stays usable otherwise. The work runs off the GUI thread and can be
cancelled. Clicking a design on the frontier (or a row of the truth table) asks to open that
scenario (``open_requested``). With "Use this window's scenario as the base" the file's levers,
targets and costs are applied to the document's scenario instead of the file's base.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabsim.experiments.errors import ExperimentError
from collabsim.experiments.runner import Interrupted
from collabsim.gui.common import i18n
from collabsim.gui.common.qtutil import own_plot_menus
from collabsim.gui.document.document import Document
from collabsim.gui.experiments.background import BackgroundJob
from collabsim.gui.experiments.status import StatusLabel
from collabsim.gui.experiments.texts import lever_label, output_label, stat_labels, value_label
from collabsim.paths import resource_dir
from collabsim.scenario import Scenario


def extra_missing() -> str | None:
    """The first missing package of the experiments extra, or None."""
    for module in ("pandas", "pyarrow", "optuna", "SALib"):
        if importlib.util.find_spec(module) is None:
            return module
    return None


class _ExperimentPanel(QWidget):
    """Common part: an experiment file, the base switch, run / cancel / progress, a status line."""

    open_requested = Signal(object, object)  # the scenario, its title (LocalText)
    DEFAULT = ""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path = resource_dir() / "experiments" / self.DEFAULT
        self.job = BackgroundJob(self)
        self._lang = i18n.short_code()
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._choose_file)
        self.use_document = QCheckBox()
        self.use_document.setChecked(True)
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.job.cancel)
        self.progress = QProgressBar()
        self.status = StatusLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.open_button)
        run = QHBoxLayout()
        run.addWidget(self.use_document)
        run.addWidget(self.run_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.progress, 1)
        self.body = QVBoxLayout(self)
        self.body.addLayout(top)
        self.body.addLayout(run)
        self.body.addWidget(self.status)
        self.job.progress.connect(
            lambda d, t: (self.progress.setMaximum(max(t, 1)), self.progress.setValue(d))
        )
        self.job.finished.connect(self._on_finished)
        self.job.cancelled.connect(
            lambda: self.status.say(lambda: QCoreApplication.translate("ExperimentPanel", "Cancelled."))
        )
        self.job.failed.connect(
            lambda m: self.status.say(lambda:
                QCoreApplication.translate("ExperimentPanel", "It failed: {0}").format(m)
            )
        )
        self.job.running_changed.connect(self._set_running)
        i18n.notifier().language_changed.connect(self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self._lang = i18n.short_code()
        self.file_label.setText(
            QCoreApplication.translate("ExperimentPanel", "Experiment: {0}").format(self.path.name)
        )
        self.open_button.setText(QCoreApplication.translate("ExperimentPanel", "Open experiment…"))
        self.use_document.setText(
            QCoreApplication.translate("ExperimentPanel", "Use this window's scenario as the base")
        )
        self.run_button.setText(QCoreApplication.translate("ExperimentPanel", "Run"))
        self.cancel_button.setText(QCoreApplication.translate("ExperimentPanel", "Cancel"))
        missing = extra_missing()
        if missing:
            self.status.say(lambda:
                QCoreApplication.translate(
                    "ExperimentPanel",
                    "This needs the optional package {0}: pip install 'collabsim[experiments]'",
                ).format(missing)
            )
        self._set_running(self.job.is_running())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ExperimentPanel", "Open an experiment"),
            str(self.path.parent),
            QCoreApplication.translate(
                "ExperimentPanel", "collabsim experiments (*.collabsim-experiment)"
            ),
        )
        if path:
            self.path = Path(path)
            self.retranslate_ui()

    def experiment(self):
        from collabsim.experiments import load_experiment

        exp = load_experiment(self.path)
        if self.use_document.isChecked():
            exp = _with_base(exp, self.document.scenario())
        return exp

    def start(self) -> None:
        if extra_missing():
            return
        try:
            exp = self.experiment()
        except ExperimentError as exc:
            message = str(exc)
            self.status.say(lambda: QCoreApplication.translate(
                "ExperimentPanel", "Cannot use this experiment: {0}").format(message))
            return
        self.progress.setValue(0)
        self.status.say(lambda: QCoreApplication.translate("ExperimentPanel", "Running…"))
        self.job.start(
            lambda progress, cancelled: self.work(exp, progress, cancelled),
            (Interrupted, ExperimentError),
        )

    def stop(self) -> bool:
        return self.job.stop(2.0)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running and extra_missing() is None)
        self.cancel_button.setEnabled(running)

    def open_design(self, design: dict, scenario: Scenario) -> None:
        s = self.document.scenario()
        title = i18n.in_each_language(lambda lang: ", ".join(
            f"{lever_label(p, s, lang)} = {value_label(p, v)}" for p, v in design.items()
        ))
        self.open_requested.emit(scenario, title)


def _with_base(exp, base: Scenario):
    """``exp`` with ``base`` (plus the file's fixed changes) as its base; levers re-checked on it."""
    from collabsim.experiments.levers import apply, resolve

    fixed = apply(base, exp.fixed)
    for s in exp.levers:
        resolve(s.path, fixed)  # a department index the document does not have is refused here
    return replace(exp, base=fixed, base_label="(this window)")


def _plain(value):
    return value.item() if hasattr(value, "item") else value


class SearchPanel(_ExperimentPanel):
    DEFAULT = "case_c_policy_search.collabsim-experiment"

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.result = None
        self.exp = None
        self.plot = pg.PlotWidget()
        own_plot_menus(self.plot.getPlotItem(), self.plot)
        self.plot.setMinimumHeight(300)
        self.scatter = pg.ScatterPlotItem()
        self.scatter.sigClicked.connect(self._clicked)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.hint = QLabel()
        self.body.addWidget(self.plot, 3)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.table, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(
            self.tr(
                "Click a design on the plot, or double-click a row, to open it in a new "
                "window. Grey: misses a target; blue: meets every target; red: the "
                "frontier (no cheaper design does as well)."
            )
        )
        self._show()

    def work(self, exp, progress, cancelled):
        from collabsim.experiments.search import run_search

        self.exp = exp
        return run_search(exp, on_batch=progress, cancelled=cancelled, progress=False)

    def _on_finished(self, result) -> None:
        self.result = result
        t = result.table

        def targets() -> str:  # in the current language (the status follows a switch)
            return "; ".join(
                f"{output_label(x.output)} ({stat_labels()[x.stat]}) {'≥' if x.at_least else '≤'} {x.bound:g}"
                for x in result.targets
            )

        self.status.say(lambda: self.tr("{0} designs evaluated, {1} meet every target: {2}").format(
            len(t), int(t["feasible"].sum()), targets()))
        self.progress.setValue(self.progress.maximum())
        self._show()

    def objective_column(self) -> str | None:
        r = self.result
        if r is None:
            return None
        if r.objectives:
            return r.objectives[0].column
        return r.targets[0].column

    def _show(self) -> None:
        plot = self.plot.getPlotItem()
        plot.clear()
        r = self.result
        if r is None:
            return
        col = self.objective_column()
        t = r.table
        name = col.split(".")[0]
        plot.setLabel("bottom", self.tr("Cost (points, as set in the experiment file)"))
        plot.setLabel("left", output_label(name))
        plot.setTitle(self.tr("Trade-off frontier"), size="14pt")
        plot.getAxis("left").enableAutoSIPrefix(False)
        brushes = [
            pg.mkBrush("#d62728")
            if f
            else pg.mkBrush("#1f77b4")
            if ok
            else pg.mkBrush(150, 150, 150, 120)
            for f, ok in zip(t["frontier"], t["feasible"], strict=True)
        ]
        sizes = [14 if f else 9 for f in t["frontier"]]
        self.scatter = pg.ScatterPlotItem(
            x=t["cost"].to_numpy(float),
            y=t[col].to_numpy(float),
            brush=brushes,
            size=sizes,
            pen=pg.mkPen("w"),
            data=list(range(len(t))),
        )
        self.scatter.sigClicked.connect(self._clicked)
        plot.addItem(self.scatter)
        front = r.frontier
        if len(front):
            plot.plot(
                front["cost"].to_numpy(float),
                front[col].to_numpy(float),
                pen=pg.mkPen("#d62728", width=2),
                stepMode=None,
            )
        for target in r.targets:
            if target.column == col:
                plot.addItem(
                    pg.InfiniteLine(
                        target.bound, angle=0, pen=pg.mkPen("#555", style=Qt.PenStyle.DashLine)
                    )
                )
        self._fill_table(front if len(front) else t.head(20))

    def _fill_table(self, rows) -> None:
        r = self.result
        s = self.document.scenario()
        cols = ["cost"] + list(
            dict.fromkeys([x.column for x in r.targets] + [o.column for o in r.objectives])
        )
        headers = [self.tr("Cost")] + [output_label(c.split(".")[0]) for c in cols[1:]]
        headers += [lever_label(p, s, self._lang) for p in r.levers]
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        self._rows = list(rows.index)
        for i, (_, row) in enumerate(rows.iterrows()):
            for j, c in enumerate(cols):
                self.table.setItem(i, j, QTableWidgetItem(f"{row[c]:.3g}"))
            for k, p in enumerate(r.levers):
                self.table.setItem(i, len(cols) + k, QTableWidgetItem(value_label(p, _plain(row[p]))))

    def _clicked(self, _item, points, *_args) -> None:
        if len(points):
            self.open_index(int(points[0].data()))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(getattr(self, "_rows", [])):
            self.open_index(int(self._rows[row]))

    def open_index(self, index: int) -> None:
        r = self.result
        if r is None or self.exp is None:
            return
        row = r.table.iloc[index]
        design = {p: _plain(row[p]) for p in r.levers}
        self.open_design(design, self.exp.scenario(design))


class ConfigurationsPanel(_ExperimentPanel):
    DEFAULT = "case_c_configurations.collabsim-experiment"

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.table_data = None
        self.exp = None
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self.open_row)
        self.export_button, self.qca_button = QPushButton(), QPushButton()
        self.export_button.clicked.connect(lambda: self.export(False))
        self.qca_button.clicked.connect(lambda: self.export(True))
        self.hint = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.qca_button)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(
            self.tr(
                "Click a column header to sort by it; double-click a row to open that "
                "configuration in a new window."
            )
        )
        self.export_button.setText(self.tr("Export table…"))
        self.qca_button.setText(self.tr("Export for QCA…"))
        self.export_button.setEnabled(self.table_data is not None)
        self.qca_button.setEnabled(self.table_data is not None)
        self._show()

    def work(self, exp, progress, cancelled):
        from collabsim.experiments.configurations import truth_table

        self.exp = exp
        return truth_table(exp, progress=False, on_progress=progress, cancelled=cancelled)

    def _on_finished(self, table) -> None:
        self.table_data = table
        self.status.say(lambda:
            self.tr("{0} configurations x {1} replicates").format(
                len(table), table.attrs.get("replicates")
            )
        )
        self.retranslate_ui()

    def _show(self) -> None:
        from collabsim.engine import codes
        from collabsim.gui.common import labels

        df = self.table_data
        if df is None:
            self.table.setRowCount(0)
            return
        s = self.document.scenario()
        paths = df.attrs["levers"]
        # outcomes first (visible without scrolling), tight before the others; then the levers
        order = sorted(codes.FORM_NAMES, key=lambda c: (codes.FORM_NAMES[c] != "tight", c))
        code_of = {n: c for c, n in codes.FORM_NAMES.items()}
        headers = [self.tr("Most frequent form")]
        headers += [self.tr("Share: {0}").format(labels.form_label(c)) for c in order]
        headers += [output_label("real_progress")] + [lever_label(p, s, self._lang) for p in paths]
        self.table.setSortingEnabled(False)
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(df))
        self.table.setHorizontalHeaderLabels(headers)
        for i, (index, row) in enumerate(df.iterrows()):
            first = QTableWidgetItem(labels.form_label(code_of[row["modal_form"]]))
            first.setData(Qt.ItemDataRole.UserRole, int(index))  # the row of the truth table
            self.table.setItem(i, 0, first)
            for k, c in enumerate(order):
                share = row[f"share_{codes.FORM_NAMES[c]}"]
                self.table.setItem(i, 1 + k, _Number(share, f"{share:.0%}"))
            real = row.get("mean_real_progress", float("nan"))
            self.table.setItem(i, 1 + len(order), _Number(real, f"{real:.3f}"))
            for j, p in enumerate(paths):
                self.table.setItem(
                    i, 2 + len(order) + j, QTableWidgetItem(value_label(p, _plain(row[p])))
                )
        self.table.setSortingEnabled(True)
        self.table.sortItems(1, Qt.SortOrder.DescendingOrder)  # by the share of tight collaboration

    def open_row(self, row: int, _col: int = 0) -> None:
        item = self.table.item(row, 0)
        if item is None or self.table_data is None or self.exp is None:
            return
        data = self.table_data.iloc[int(item.data(Qt.ItemDataRole.UserRole))]
        design = {p: _plain(data[p]) for p in self.table_data.attrs["levers"]}
        self.open_design(design, self.exp.scenario(design))

    def export(self, qca: bool) -> Path | None:
        from collabsim.experiments.configurations import qca_sets
        from collabsim.experiments.output import write_csv

        if self.table_data is None:
            return None
        default = "qca_sets.csv" if qca else "truth_table.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), default, self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        df = qca_sets(self.table_data, self.exp) if qca else self.table_data
        try:
            write_csv(df, path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {0}: {1}").format(path, str(exc)),
            )
            return None
        return Path(path)


class _Number(QTableWidgetItem):
    """A table cell shown as text but sorted by its number."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.value = float(value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other) -> bool:  # noqa: D105 - Qt's sorting
        return self.value < other.value if isinstance(other, _Number) else super().__lt__(other)


__all__ = ["ConfigurationsPanel", "SearchPanel", "extra_missing"]
