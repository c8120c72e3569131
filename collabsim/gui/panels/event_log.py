"""Event log: the animated replicate's events (replicate 0) up to the current step.

A table (step, department, event) backed by a small model over the engine's structured event
array; moving the playback only changes how many rows are visible (the events are sorted by
step), so it stays cheap when called at animation rate. Department names are plain text; event
labels are the translated labels of :func:`collabsim.gui.common.labels.event_label`, with the same
colours as the network view's event tags.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from collabsim.engine import codes as C
from collabsim.engine.results import Results
from collabsim.gui.common import i18n, labels
from collabsim.gui.common.colours import EVENT_COLOURS
from collabsim.gui.controller import SimulationController

STEP, DEPARTMENT, EVENT = range(3)
_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows are the events of replicate 0 with step <= the current step."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._steps = np.zeros(0, dtype=int)
        self._departments = np.zeros(0, dtype=int)
        self._codes = np.zeros(0, dtype=int)
        self._names: list[str] = []
        self._visible = 0

    def set_events(self, events: np.ndarray, names: list[str], step: int) -> None:
        self.beginResetModel()
        order = np.argsort(events["step"], kind="stable")
        self._steps = events["step"][order].astype(int)
        self._departments = events["department"][order].astype(int)
        self._codes = events["code"][order].astype(int)
        self._names = names
        self._visible = self._count_up_to(step)
        self.endResetModel()

    def set_names(self, names: list[str]) -> None:
        self._names = names
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(self._visible - 1, EVENT))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, EVENT)

    def set_step(self, step: int) -> bool:
        """Show events up to ``step``; True if rows were added or removed."""
        count = self._count_up_to(step)
        if count > self._visible:
            self.beginInsertRows(QModelIndex(), self._visible, count - 1)
            self._visible = count
            self.endInsertRows()
        elif count < self._visible:
            self.beginRemoveRows(QModelIndex(), count, self._visible - 1)
            self._visible = count
            self.endRemoveRows()
        else:
            return False
        return True

    def _count_up_to(self, step: int) -> int:
        return int(np.searchsorted(self._steps, step, side="right"))

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._visible

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def department_text(self, department: int) -> str:
        if 0 <= department < len(self._names):
            return self._names[department]
        rival = C.rival_index(department)
        if rival is not None:
            return self.tr("Rival task {0}").format(rival + 1)
        return self.tr("All departments")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._visible:
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STEP:
                return str(int(self._steps[row]))
            if col == DEPARTMENT:
                return self.department_text(int(self._departments[row]))
            return labels.event_label(int(self._codes[row]))
        if role == Qt.ItemDataRole.DecorationRole and col == EVENT:
            return EVENT_COLOURS[int(self._codes[row])]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == STEP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return int(self._codes[row])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Step"), self.tr("Department"), self.tr("Event"))[section]


class EventLog(QWidget):
    """API: set_results(results), set_step(step), set_language(lang).

    Given a controller it follows the controller's results and playback position itself; it
    always follows the interface language (department names in ``lang`` until it changes).
    """

    def __init__(self, controller: SimulationController | None = None, lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: Results | None = None
        self._lang = "en" if lang.startswith("en") else "zh"
        self._step = 0
        self.model = EventTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEPARTMENT, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(DEPARTMENT, 160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        i18n.notifier().language_changed.connect(self.set_language)
        if controller is not None:
            controller.results_changed.connect(self.set_results)
            controller.position_changed.connect(self.set_step)
            if controller.results() is not None:
                self.set_results(controller.results())

    def set_results(self, results: Results | None) -> None:
        """Show the events of ``results`` (replicate 0); None empties the log."""
        self._results = results
        if results is None:
            self.model.set_events(np.zeros(0, dtype=[("step", "i4"), ("department", "i2"), ("code", "i1")]),
                                  [], 0)
            return
        self.model.set_events(results.replicate_events(0), self._names(), self._step)
        self.table.scrollToBottom()

    def set_step(self, step: float) -> None:
        """Show events up to ``step`` (a fractional step shows the events of the step being entered)."""
        step = int(math.ceil(float(step) - 1e-9)) if math.isfinite(step) else 0
        self._step = max(0, step)
        bar = self.table.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        if self.model.set_step(self._step) and at_bottom:
            self.table.scrollToBottom()

    def set_language(self, lang: str) -> None:
        """'zh' or 'en' for department names (event labels follow the installed translator)."""
        self._lang = "en" if str(lang).startswith("en") else "zh"
        self.model.set_names(self._names())

    def rows(self) -> list[tuple[int, str, str]]:
        """(step, department, event label) of the visible rows, as displayed."""
        m = self.model
        return [(int(m.data(m.index(r, STEP))), m.data(m.index(r, DEPARTMENT)), m.data(m.index(r, EVENT)))
                for r in range(m.rowCount())]

    def _names(self) -> list[str]:
        if self._results is None:
            return []
        return [d.display_name(self._lang) for d in self._results.scenario.departments]
