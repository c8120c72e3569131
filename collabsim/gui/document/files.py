"""Files of a document: New/Open/Save/Save As/Recent/presets, dropped files, the unsaved-changes prompt.

:func:`load_file` and :func:`save_file` work on a :class:`~.document.Document` without dialogs;
:class:`FileCommands` adds the dialogs (parented to the window) for the File menu. Dialogs are
the static ``QMessageBox``/``QFileDialog`` functions (tests monkeypatch them).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from collabsim import presets
from collabsim.gui.common import labels
from collabsim.gui.document import dialogs
from collabsim.gui.document.document import Document
from collabsim.scenario import FILE_SUFFIX, ScenarioError, load_scenario, save_scenario
from collabsim.scenario import errors as E

translate = QCoreApplication.translate
RECENT_KEY = "files/recent"
MAX_RECENT = 8


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    items = [p for p in recent_files() if p != text]
    QSettings().setValue(RECENT_KEY, [text] + items[: MAX_RECENT - 1])


def load_file(document: Document, path: str | Path) -> ScenarioError | None:
    """Open ``path`` into ``document``; on failure nothing changes and the error is returned."""
    try:
        s = load_scenario(path)
    except ScenarioError as err:
        return err
    document.load(s, Path(path))
    remember_recent(Path(path))
    return None


def save_file(document: Document, path: str | Path, overwrite_readonly: bool = False,
              reports: list | None = None) -> ScenarioError | None:
    """Save ``document`` to ``path`` (``.collabsim`` added when there is no suffix); the
    atomic write's report (e.g. a backup that could not be written) is appended to ``reports``."""
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(FILE_SUFFIX)
    try:
        report = save_scenario(document.scenario(), path, overwrite_readonly=overwrite_readonly)
    except ScenarioError as err:
        return err
    if reports is not None:
        reports.append(report)
    document.mark_saved(path)
    remember_recent(path)
    return None


class FileCommands(QObject):
    """The File menu's commands for ``document``, with dialogs parented to ``window``."""

    message = Signal(str)  # a short status message ("Saved mine.collabsim")
    recent_changed = Signal()

    def __init__(self, document: Document, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.last_report = None  # of the last save (collabsim.atomic.WriteReport)

    def _file_filter(self) -> str:
        return translate(
            "Documents", "collabsim scenarios (*{0});;All files (*)").format(FILE_SUFFIX)

    # ------------------------------------------------------------------ without dialogs
    def load_file(self, path) -> ScenarioError | None:
        err = load_file(self.document, path)
        if err is None:
            self.recent_changed.emit()
        return err

    def save_file(self, path, overwrite_readonly: bool = False) -> ScenarioError | None:
        reports: list = []
        err = save_file(self.document, path, overwrite_readonly, reports)
        self.last_report = reports[0] if reports else None
        if err is None:
            self.recent_changed.emit()
        return err

    def _box(self, icon, title: str, text: str, buttons=QMessageBox.StandardButton.Ok,
             default=QMessageBox.StandardButton.NoButton) -> int:
        """A message box showing ``text`` literally: file names and values from files may contain
        markup («<a href=...>»), which QMessageBox would otherwise render as rich text."""
        literal = Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
        if icon == QMessageBox.Icon.Question:
            return QMessageBox.question(self.window, title, literal, buttons, default)
        return QMessageBox.critical(self.window, title, literal, buttons, default)

    # ------------------------------------------------------------------ interactive
    def open_path(self, path) -> bool:
        err = self.load_file(path)
        if err is not None:
            self._box(QMessageBox.Icon.Critical, translate("Documents", "Cannot open the scenario"),
                      translate("Documents", "The file {0} was not opened.").format(Path(path).name)
                      + "\n\n" + labels.error_message(err))
            return False
        self.message.emit(translate("Documents", "Opened {0}").format(Path(path).name))
        return True

    def new(self) -> None:
        if self.confirm_discard():
            self.document.load(presets.default_scenario())

    def open(self) -> None:
        if not self.confirm_discard():
            return
        current = self.document.path()
        start = str(current.parent) if current else str(dialogs.start_dir())  # documents folder
        path, _ = QFileDialog.getOpenFileName(self.window, translate("Documents", "Open scenario"), start,
                                              self._file_filter())
        if path:
            dialogs.remember_folder(Path(path))
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        if self.confirm_discard():
            self.open_path(path)

    def open_preset(self, name: str) -> None:
        if self.confirm_discard():
            self.document.load(presets.load_preset(name))

    def save(self) -> bool:
        if self.document.path() is None:
            return self.save_as()
        return self._save_interactive(self.document.path())

    def save_as(self) -> bool:
        current = self.document.path()
        if current is not None:
            start = current
        else:  # the documents folder (or the last one used), named after the title and author
            name = dialogs.suggested_name(self.document.scenario(), translate("Documents", "scenario"))
            start = dialogs.start_dir() / f"{name}{FILE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Documents", "Save scenario as"),
                                              str(start), self._file_filter())
        if not path:
            return False
        path = dialogs.with_suffix(path, FILE_SUFFIX.lstrip("."))  # "homework.week3" too
        dialogs.remember_folder(path)
        return self._save_interactive(path)

    def _save_interactive(self, path: Path) -> bool:
        err = self.save_file(path)
        if err is not None and err.code == E.READ_ONLY:
            yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
            answer = self._box(
                QMessageBox.Icon.Question, translate("Documents", "Read-only file"),
                translate("Documents", "The file {0} is read-only. Overwrite it anyway?").format(
                    Path(path).name), yes | no, no)
            if answer != yes:
                return False
            err = self.save_file(path, overwrite_readonly=True)
        if err is not None:
            self._box(QMessageBox.Icon.Critical, translate("Documents", "Cannot save the scenario"),
                      labels.error_message(err))
            return False
        name = self.document.path().name
        report = self.last_report
        if report is not None and report.backup_error:
            self.message.emit(translate(
                "Documents", "Saved {0}, but its backup {1} could not be written ({2}); the "
                "backup holds an older version.").format(name, name + ".bak", report.backup_error))
        else:
            self.message.emit(translate("Documents", "Saved {0}").format(name))
        return True

    def confirm_discard(self) -> bool:
        """True when it is fine to drop the current scenario (saved, discarded or unmodified)."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self.window, translate("Documents", "Unsaved changes"),
            translate("Documents", "The scenario has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
