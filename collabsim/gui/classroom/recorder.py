"""Recording a story from the teacher's own changes: each undoable change becomes a step.

``start()`` remembers where the undo history stands; the teacher then moves levers as in class
(each change is one undo entry; a slider drag is one); ``stop()`` turns the entries made since
into story steps (their lever changes; their undo text as a first title), to be annotated in the
story editor and saved with the scenario the recording started from. Undoing below the start
moves the start back with it; loading another file cancels the recording.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from collabsim.classroom import stories
from collabsim.gui.document.document import Document
from collabsim.scenario import Scenario
from collabsim.scenario import classroom as K


class StoryRecorder(QObject):
    recording_changed = Signal(bool)
    steps_changed = Signal(int)  # how many changes are recorded so far

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._recording = False
        self._index = 0
        self._start: Scenario = document.scenario()
        document.undo_stack.indexChanged.connect(self._on_index)
        document.loaded.connect(self.cancel)

    def is_recording(self) -> bool:
        return self._recording

    def start_scenario(self) -> Scenario:
        return self._start

    def start(self) -> None:
        self._recording = True
        self._index = self.document.undo_stack.index()
        self._start = self.document.scenario()
        self.recording_changed.emit(True)
        self.steps_changed.emit(0)

    def cancel(self) -> None:
        if self._recording:
            self._recording = False
            self.recording_changed.emit(False)

    def entries(self) -> list[tuple[str, Scenario, Scenario]]:
        """(undo text, before, after) of each change since the start, oldest first."""
        stack = self.document.undo_stack
        out = []
        for i in range(self._index, stack.index()):
            cmd = stack.command(i)
            old, new = getattr(cmd, "old", None), getattr(cmd, "new", None)
            if isinstance(old, Scenario) and isinstance(new, Scenario):
                out.append((cmd.text(), old, new))
        return out

    def stop(self, title: str = "", lang: str = "en") -> K.Story:
        """Stop and return the recorded story (lever changes only; see stories.recorded_story)."""
        story = stories.recorded_story(self._start, self.entries(), title, lang)
        self.cancel()
        return story

    def _on_index(self, index: int) -> None:
        if not self._recording:
            return
        if index < self._index:  # undone below the start: the start moves back
            self._index = index
            self._start = self.document.scenario()
        self.steps_changed.emit(index - self._index)
