"""Undo/redo of scenario changes: each command holds the scenario before and after.

Consecutive changes of the same lever within a short time (dragging a slider) merge into one
command, so one undo takes the slider back to where the drag started.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from collabsim.scenario import Scenario

MERGE_SECONDS = 1.5
MERGE_ID = 4711


class ScenarioCommand(QUndoCommand):
    def __init__(self, apply: Callable[[Scenario], None], old: Scenario, new: Scenario,
                 text: str, merge_key: str = "") -> None:
        super().__init__(text)
        self._apply = apply
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
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
