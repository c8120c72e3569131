"""File handling of the main window: New/Open/Save/Save As/Recent, drop, unsaved-changes prompt.

A mixin for :class:`~collabsim.gui.main_window.MainWindow` so that the window stays thin. Dialogs
are the static ``QMessageBox``/``QFileDialog`` functions (tests monkeypatch them).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from collabsim import presets
from collabsim.gui.common import labels
from collabsim.scenario import FILE_SUFFIX, ScenarioError, load_scenario, save_scenario

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


class DocumentMixin:
    """Needs: self.set_scenario, self.scenario, self.is_modified, self._path, self._mark_saved."""

    def _file_filter(self) -> str:
        return QCoreApplication.translate(
            "Documents", "collabsim scenarios (*{0});;All files (*)").format(FILE_SUFFIX)

    # ------------------------------------------------------------------ without dialogs
    def load_file(self, path) -> ScenarioError | None:
        try:
            s = load_scenario(path)
        except ScenarioError as err:
            return err
        self.set_scenario(s, Path(path))
        remember_recent(Path(path))
        self._rebuild_recent_menu()
        return None

    def save_file(self, path) -> ScenarioError | None:
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(FILE_SUFFIX)
        try:
            save_scenario(self.scenario(), path)
        except ScenarioError as err:
            return err
        self._path = path
        self._mark_saved()
        remember_recent(path)
        self._rebuild_recent_menu()
        return None

    # ------------------------------------------------------------------ interactive
    def open_path(self, path) -> bool:
        err = self.load_file(path)
        if err is not None:
            QMessageBox.critical(
                self, QCoreApplication.translate("Documents", "Cannot open the scenario"),
                QCoreApplication.translate("Documents", "The file {0} was not opened.").format(
                    Path(path).name) + "\n\n" + labels.error_message(err))
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("Documents", "Opened {0}").format(Path(path).name), 5000)
        return True

    def file_new(self) -> None:
        if self.confirm_discard():
            self.set_scenario(presets.default_scenario(), None)

    def file_open(self) -> None:
        if not self.confirm_discard():
            return
        start = str(self._path.parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("Documents", "Open scenario"), start, self._file_filter())
        if path:
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        if self.confirm_discard():
            self.open_path(path)

    def open_preset(self, name: str) -> None:
        if self.confirm_discard():
            self.set_scenario(presets.load_preset(name), None)
            self._preset_name = name
            self._update_title()

    def file_save(self) -> bool:
        if self._path is None:
            return self.file_save_as()
        return self._save_interactive(self._path)

    def file_save_as(self) -> bool:
        start = str(self._path) if self._path else ""
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Documents", "Save scenario as"), start, self._file_filter())
        if not path:
            return False
        return self._save_interactive(Path(path))

    def _save_interactive(self, path: Path) -> bool:
        err = self.save_file(path)
        if err is not None:
            QMessageBox.critical(self, QCoreApplication.translate("Documents", "Cannot save the scenario"),
                                 labels.error_message(err))
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("Documents", "Saved {0}").format(self._path.name), 5000)
        return True

    def confirm_discard(self) -> bool:
        """True when it is fine to drop the current scenario (saved, discarded or unmodified)."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self, QCoreApplication.translate("Documents", "Unsaved changes"),
            QCoreApplication.translate("Documents", "The scenario has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.file_save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.confirm_discard():
            event.acceptProposedAction()
            self.open_path(files[0])
