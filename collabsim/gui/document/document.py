"""The open scenario as a document: the one owner of the scenario, its file, history and baselines.

Everything that shows or stores the scenario subscribes to a :class:`Document` (the window's
title, the controller that runs the ensemble, the levers, files, autosave, export) instead of
keeping its own copy, as napari's layers or glue's data collection. Several documents can exist
side by side (compared scenarios, stories, assignments); nothing here is global.

    doc = Document(scenario)
    doc.scenario_changed.connect(view.show_scenario)  # every change: edit, undo, reset, load
    doc.edit("assessment.weight", 0.6)                 # an undoable change (a QUndoCommand)
    doc.load(other, path)                              # a different scenario: history cleared
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from collabsim.gui.document.undo import ScenarioCommand
from collabsim.scenario import Department, Scenario


@dataclass(frozen=True)
class Baseline:
    """A pinned scenario, drawn beside the current one with the same seeds."""

    name: str  # '' : the app's own "Baseline", shown in the language set (it follows a switch)
    scenario: Scenario


class Document(QObject):
    """A scenario with its path, undo history, modified flag and named baselines."""

    #: the current scenario changed (any reason); argument: the new Scenario
    scenario_changed = Signal(object)
    #: a different scenario was loaded (open, new, preset, recovery): history and baselines reset
    loaded = Signal()
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)
    baselines_changed = Signal()
    #: the document is closed for good (its window closed): autosave removes its copy
    closed = Signal()

    def __init__(self, scenario: Scenario, path: str | Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scenario = scenario
        self._origin = scenario
        self._path = Path(path) if path is not None else None
        self._dirty = False  # modified without an undo entry (a recovered autosave)
        self._modified = False
        self._baselines: tuple[Baseline, ...] = ()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_modified)

    # ------------------------------------------------------------------ reading
    def scenario(self) -> Scenario:
        return self._scenario

    def origin(self) -> Scenario:
        """The scenario as opened (what "reset" goes back to)."""
        return self._origin

    def path(self) -> Path | None:
        return self._path

    def is_modified(self) -> bool:
        return self._modified

    def title(self, lang: str) -> str:
        """The file name, else the scenario's own title in ``lang`` ('' when it has none)."""
        return self._path.name if self._path is not None else self._origin.meta.title.get(lang)

    def baselines(self) -> tuple[Baseline, ...]:
        return self._baselines

    # ------------------------------------------------------------------ undoable edits
    def edit(self, path: str, value, text: str) -> None:
        """Set the field at dotted ``path``; consecutive edits of one field merge (a slider drag)."""
        self._push(self._scenario.with_changes(path, value), text, merge_key=path)

    def set_departments(self, departments: tuple[Department, ...], text: str) -> None:
        self._push(self._scenario.with_changes("departments", tuple(departments)), text)

    def change_to(self, new: Scenario, text: str, merge_key: str = "") -> None:
        """An undoable change to a whole new scenario (a story step: several levers at once)."""
        self._push(new, text, merge_key)

    def reset_to_origin(self, text: str) -> None:
        self._push(self._origin, text)

    def _push(self, new: Scenario, text: str, merge_key: str = "") -> None:
        if new != self._scenario:
            self.undo_stack.push(ScenarioCommand(self._apply, self._scenario, new, text, merge_key))

    def _apply(self, s: Scenario) -> None:
        """Make ``s`` current (undo commands call this; no history entry)."""
        self._scenario = s
        self.scenario_changed.emit(s)

    # ------------------------------------------------------------------ whole documents
    def load(self, s: Scenario, path: str | Path | None = None, modified: bool = False) -> None:
        """Show ``s`` as a freshly opened document: history and baselines cleared."""
        self.undo_stack.clear()
        self._origin = s
        self._dirty = modified
        self._set_path(path)
        if self._baselines:
            self._baselines = ()
            self.baselines_changed.emit()
        self._apply(s)
        self.loaded.emit()
        self._update_modified()

    def mark_saved(self, path: str | Path) -> None:
        """``path`` now holds the current scenario."""
        self._dirty = False
        self._set_path(path)
        self.undo_stack.setClean()
        self._update_modified()

    def close(self) -> None:
        """The document goes away for good (its window closed)."""
        self.closed.emit()

    def _set_path(self, path: str | Path | None) -> None:
        new = Path(path) if path is not None else None
        if new != self._path:
            self._path = new
            self.path_changed.emit(new)

    def _update_modified(self, *_clean) -> None:
        modified = self._dirty or not self.undo_stack.isClean()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # ------------------------------------------------------------------ baselines
    def pin_baseline(self, name: str) -> None:
        """Pin the current scenario as baseline ``name`` (replacing one of the same name)."""
        kept = tuple(b for b in self._baselines if b.name != name)
        self._baselines = (Baseline(name, self._scenario), *kept)
        self.baselines_changed.emit()

    def clear_baselines(self) -> None:
        if self._baselines:
            self._baselines = ()
            self.baselines_changed.emit()
