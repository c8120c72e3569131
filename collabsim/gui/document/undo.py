"""Undo/redo of scenario changes: each command holds the scenario before and after.

Consecutive changes of the same lever within a short time (dragging a slider) merge into one
command, so one undo takes the slider back to where the drag started.

A command holds its document's ``apply`` weakly: the document's undo stack owns the commands, so
a strong reference back would make a cycle, and the garbage collector freeing that cycle
destroyed the stack (and its commands) while a command's Python side was being freed — a
segmentation fault (seen in the test suite after a cancelled run).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from collabsim.scenario import Scenario

MERGE_SECONDS = 1.5
MERGE_ID = 4711


class ScenarioCommand(QUndoCommand):
    def __init__(self, apply: Callable[[Scenario], None], old: Scenario, new: Scenario,
                 text: str, merge_key: str = "") -> None:
        super().__init__(text)
        self._apply = weakref.WeakMethod(apply)  # see the module docstring
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003 - Qt API
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, ScenarioCommand) or other.merge_key != self.merge_key:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new = other.new
        self.stamp = other.stamp
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._call(self.new)

    def undo(self) -> None:
        self._call(self.old)

    def _call(self, s: Scenario) -> None:
        apply = self._apply()
        if apply is not None:  # (None: the document is gone)
            apply(s)
