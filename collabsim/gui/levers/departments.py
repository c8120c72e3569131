"""The departments lever: an editable table (add, remove, rename, resources, KPI credit, own
workload, which one leads), validated before anything changes.

The columns are the fields of :class:`~collabsim.scenario.Department`, in order (a field added
there appears as a column). Rules (the file validator's): 2–50 departments, exactly one lead,
unique non-empty names. An edit that breaks a rule is refused with a message naming the problem,
and the table shows the last valid departments again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabsim.gui.common import labels
from collabsim.gui.common.lever_texts import department_texts
from collabsim.gui.common.qtutil import blocked
from collabsim.gui.document.document import Document
from collabsim.gui.levers.fields import LeverField, table_columns
from collabsim.scenario import Department, Scenario, ScenarioError, scenario_from_dict
from collabsim.scenario.model import MAX_DEPARTMENTS

COLUMNS: tuple[LeverField, ...] = table_columns("departments")
LEAD = "lead"  # the one flag column with a rule: exactly one department leads
NUMERIC = ("slider", "number")
MIN_DEPARTMENTS = 2


def validate(s: Scenario) -> ScenarioError | None:
    """The file validator's verdict on ``s`` (None when valid)."""
    try:
        scenario_from_dict(s.to_dict())
    except ScenarioError as err:
        return err
    return None


class _NumberDelegate(QStyledItemDelegate):
    """Edits a number in the column's range with a spin box."""

    def __init__(self, column: LeverField, parent=None) -> None:
        super().__init__(parent)
        self.lo, self.hi = (float(x) for x in column.spec["range"])
        self.integer = bool(column.spec.get("integer"))

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        box = QDoubleSpinBox(parent)
        box.setRange(self.lo, self.hi)
        box.setSingleStep(1.0 if self.integer else 0.05)
        box.setDecimals(0 if self.integer else 2)
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, f"{editor.value():.2f}", Qt.ItemDataRole.EditRole)


class DepartmentsTable(QWidget):
    """Shows the document's departments; a valid edit becomes an undoable document edit."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._shown: tuple[Department, ...] | None = None  # what the table cells show
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        for col, column in enumerate(COLUMNS):
            if column.kind in NUMERIC:
                self.table.setItemDelegateForColumn(col, _NumberDelegate(column, self.table))
        self.table.setMinimumHeight(180)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b03a2e;")
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # narrow: stacked
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.add_button.clicked.connect(self.add_department)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._on_item_changed)
        self.retranslate_ui()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A narrow levers panel: the two buttons one above the other, not cut off."""
        super().resizeEvent(event)
        need = self.add_button.sizeHint().width() + self.remove_button.sizeHint().width() + 12
        D = QBoxLayout.Direction
        self.buttons.setDirection(D.TopToBottom if self.width() < need else D.LeftToRight)

    # ------------------------------------------------------------------ display
    def retranslate_ui(self) -> None:
        texts = department_texts()
        for col, column in enumerate(COLUMNS):
            header, tip = texts[column.name]
            item = QTableWidgetItem(header)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(col, item)
        self.add_button.setText(self.tr("Add department"))
        self.add_button.setToolTip(self.tr("Add a cooperating department (at most 50)."))
        self.remove_button.setText(self.tr("Remove department"))
        self.remove_button.setToolTip(self.tr("Remove the selected department (at least 2 remain)."))
        self.show_scenario(self.document.scenario(), force=True)

    def show_scenario(self, s: Scenario, force: bool = False) -> None:
        """Show the departments of ``s`` (the table is rebuilt only when they changed)."""
        if s.departments == self._shown and not force:
            return
        self._shown = s.departments
        tips = department_texts()
        with blocked(self.table):
            self.table.setRowCount(len(s.departments))
            for row, dep in enumerate(s.departments):
                for col, column in enumerate(COLUMNS):
                    item = QTableWidgetItem()
                    value = getattr(dep, column.name)
                    if column.kind == "flag":
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                    elif column.kind in NUMERIC:
                        item.setData(Qt.ItemDataRole.EditRole, f"{value:.2f}")
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    elif column.kind == "text":
                        item.setText(value)
                    else:
                        raise TypeError(f"no table cell for {column.path} ({column.kind})")
                    item.setToolTip(tips[column.name][1])
                    self.table.setItem(row, col, item)
        n = len(s.departments)
        self.add_button.setEnabled(n < MAX_DEPARTMENTS)
        self.remove_button.setEnabled(n > MIN_DEPARTMENTS)

    # ------------------------------------------------------------------ edits
    def _cell_value(self, item: QTableWidgetItem, column: LeverField, base: Department):
        """The value of one edited cell. A number whose shown (rounded) text did not change
        keeps its exact value: 0.125 shown as 0.12 stays 0.125 (issue 13 item 9)."""
        if column.kind == "flag":
            return item.checkState() == Qt.CheckState.Checked
        if column.kind not in NUMERIC:
            return item.text().strip()
        exact = getattr(base, column.name)
        text = item.text().strip()
        if text == f"{exact:.2f}":
            return exact
        lo, hi = column.spec["range"]
        try:
            number = min(float(hi), max(float(lo), float(text)))
        except ValueError:
            return exact
        return int(round(number)) if column.spec.get("integer") else number

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        column = COLUMNS[item.column()]
        deps = list(self.document.scenario().departments)
        row = item.row()
        deps[row] = replace(deps[row], **{column.name: self._cell_value(item, column, deps[row])})
        if column.name == LEAD:
            if item.checkState() == Qt.CheckState.Checked:  # the clicked one becomes the only lead
                deps = [replace(d, lead=(i == item.row())) for i, d in enumerate(deps)]
            else:  # a lead cannot be unset directly: choose another lead instead
                self.message.setText(self.tr("Exactly one department leads: tick another one instead."))
                self.show_scenario(self.document.scenario(), force=True)
                return
        self._propose(tuple(deps))

    def add_department(self) -> None:
        deps = self.document.scenario().departments
        if len(deps) >= MAX_DEPARTMENTS:
            return
        names = {d.name for d in deps} | {d.name_en for d in deps}
        k = len(deps)
        while f"部门{k}" in names or f"Department {k}" in names:
            k += 1
        self._propose(deps + (Department(name=f"部门{k}", name_en=f"Department {k}"),))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentRow()
        deps = list(self.document.scenario().departments)
        if row < 0 or row >= len(deps):
            self.message.setText(self.tr("Select a department to remove."))
            return
        if deps[row].lead:
            self.message.setText(
                self.tr("The lead department cannot be removed: make another one lead first."))
            return
        del deps[row]
        self._propose(tuple(deps))

    def _propose(self, deps: tuple[Department, ...]) -> None:
        current = self.document.scenario()
        err = validate(replace(current, departments=deps))
        if err is not None:
            self.message.setText(labels.error_message(err))
            self.show_scenario(current, force=True)
            return
        self.message.clear()
        self.document.set_departments(deps, self.tr("Edit departments"))
