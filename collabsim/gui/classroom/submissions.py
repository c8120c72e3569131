"""The teacher's table of handed-in files: one row per student, sortable, exported as CSV.

Open a folder of ``.collabsim`` files: each is read and validated (a broken one is a row saying
why) and its ensemble is run on a worker thread, so the table fills in while the teacher looks.
Columns: file, name, student number, levers changed, form, real progress, cooperating effort,
reported − real, control cost, target met, answers. Double-clicking a row opens that student's
scenario in the main window. Names and answers are shown as plain text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabsim.atomic import atomic_write
from collabsim.classroom import assignments as A
from collabsim.gui.classroom.texts import change_text, form_text, number_text
from collabsim.gui.common import labels
from collabsim.gui.common.plain import literal
from collabsim.gui.document import dialogs

log = logging.getLogger(__name__)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("file", "name", "number", "changed", "form", "real_progress", "coop_effort", "reported_gap",
           "cost", "met", "answers")


class _Relay(QObject):
    row = Signal(int, int, object)  # generation, index, Row


class SubmissionsWindow(QWidget):
    open_requested = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("submissions")
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_row)
        self.folder_label = QLabel()
        self.status = QLabel()
        self.open_button = QPushButton()
        self.csv_button = QPushButton()
        self.open_button.clicked.connect(self.ask_folder)
        self.csv_button.clicked.connect(self.ask_csv)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.csv_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        self.rows: list[A.Row] = []
        self._generation = 0
        self._pending = 0
        self._folder: Path | None = None
        self._relay = _Relay(self)
        self._relay.row.connect(self._on_row)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the engine is single-threaded; the GUI keeps a core
        self.retranslate_ui()
        self.resize(1100, 600)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Handed-in assignments"))
        self.model.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Name"), self.tr("Student number"), self.tr("Levers changed"),
            self.tr("Form"), self.tr("Real progress"), self.tr("Cooperating effort"),
            self.tr("Reported − real"), self.tr("Control cost"), self.tr("Target met"), self.tr("Answers")])
        self.open_button.setText(self.tr("Open a folder…"))
        self.csv_button.setText(self.tr("Export as CSV…"))
        self.table.setToolTip(self.tr("Click a column to sort; double-click a row to open that scenario."))

    # ------------------------------------------------------------------ loading
    def ask_folder(self) -> None:
        folder = dialogs.open_folder(self, self.tr("Folder of handed-in files"))
        if folder is not None:
            self.load_folder(folder)

    def load_folder(self, folder: str | Path) -> None:
        """Read every scenario file of ``folder`` and evaluate it on the worker thread."""
        self._generation += 1
        gen = self._generation
        self._folder = Path(folder)
        self.folder_label.setText(self.tr("Folder: {0}").format(str(self._folder)))
        self.model.removeRows(0, self.model.rowCount())
        try:
            files = A.folder_files(folder)
        except OSError as exc:
            self.status.setText(self.tr("The folder cannot be read ({0}).").format(exc.strerror or exc))
            return
        self.rows = [A.read_row(p) for p in files]
        self.table.setSortingEnabled(False)
        for k, r in enumerate(self.rows):
            self.model.appendRow(self._items(r, k))
        self.table.setSortingEnabled(True)
        self._pending = sum(1 for r in self.rows if r.scenario is not None)
        self._show_progress()
        relay = self._relay
        for k, r in enumerate(self.rows):
            if r.scenario is None:
                continue

            def work(k=k, r=r) -> None:
                try:
                    out = A.evaluated(r)
                except Exception:  # noqa: BLE001 - logged; the row says it failed
                    log.exception("evaluating %s failed", r.path)
                    out = r
                relay.row.emit(gen, k, out)

            self._pool.start(work)

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until every row is evaluated (tests)."""
        from PySide6.QtCore import QCoreApplication

        self._pool.waitForDone(timeout_ms)
        QCoreApplication.processEvents()
        return self._pending == 0

    def _on_row(self, gen: int, k: int, row: A.Row) -> None:
        if gen != self._generation:
            return
        self.rows[k] = row
        self._pending -= 1
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).data(PATH_ROLE) == k:
                for c, item in enumerate(self._items(row, k)):
                    self.model.setItem(r, c, item)
                break
        self._show_progress()

    def _show_progress(self) -> None:
        done = sum(1 for r in self.rows if r.outcome is not None)
        bad = sum(1 for r in self.rows if r.error is not None)
        text = self.tr("{0} files, {1} evaluated, {2} could not be read.").format(len(self.rows), done, bad)
        if self._pending:
            text += " " + self.tr("Running the students' scenarios…")
        self.status.setText(text)

    def _items(self, r: A.Row, k: int) -> list[QStandardItem]:
        o = r.outcome
        changed = r.changed
        cells: list[tuple[str, object, str]] = [
            (r.path.name, r.path.name.lower(), str(r.path)),
            (r.name, r.name.lower(), ""),
            (r.student_number, r.student_number, ""),
            (str(len(changed)) if r.scenario is not None else "", len(changed),
             "\n".join(change_text(p, a, b, r.scenario) for p, a, b in changed)),
        ]
        if r.error is not None:
            msg = labels.error_message(r.error)
            cells.append((self.tr("cannot be read"), -1, msg))
            cells += [("", -1.0, msg)] * 5
        elif o is None:
            cells += [("…", -1, "")] + [("…", -1.0, "")] * 5
        else:
            cells.append((form_text(o.form), o.form, ""))
            for key in ("real_progress", "coop_effort", "reported_gap"):
                cells.append((number_text(key, o.numbers[key]), o.numbers[key], ""))
            cells.append((f"{o.cost:g}", o.cost, ""))
            cells.append((self.tr("yes") if o.met else self.tr("no"), int(o.met), ""))
        answers = " | ".join(a.replace("\n", " ") for a in r.answers)
        cells.append((answers[:200], answers.lower(), "\n\n".join(r.answers)))
        items = []
        for text, sort, tip in cells:
            item = QStandardItem(text)  # plain text: QStandardItem never renders markup
            item.setData(sort, SORT_ROLE)
            if tip:
                item.setToolTip(literal(tip))  # students' answers: text, never markup
            items.append(item)
        items[0].setData(k, PATH_ROLE)
        return items

    # ------------------------------------------------------------------ output
    def row_at(self, view_row: int) -> A.Row:
        """The row shown at ``view_row`` (after sorting)."""
        return self.rows[self.model.item(view_row, 0).data(PATH_ROLE)]

    def _open_row(self, index) -> None:
        row = self.row_at(index.row())
        if row.scenario is not None:
            self.open_requested.emit(row.path)

    def ask_csv(self) -> Path | None:
        if not self.rows:
            return None
        name = dialogs.clean_name(self._folder.name if self._folder else "") or "assignments"
        path = dialogs.save_path(self, self.tr("Export the table"), name, "csv", self.tr("CSV table (*.csv)"))
        if path is None:
            return None
        try:
            # utf-8-sig: spreadsheet programs then read the Chinese names correctly
            atomic_write(path, A.rows_csv(self.rows).encode("utf-8-sig"))
        except (OSError, ValueError) as exc:
            QMessageBox.critical(self, self.tr("Cannot write the table"), str(exc))
            return None
        self.status.setText(self.tr("Wrote {0}").format(path.name))
        return path
