"""The story player: steps through the document's story, applying its lever changes and playing.

One player per document; the story panel (normal window) and the presentation strip both show
it. Going to the next step applies that step's changes to the current scenario as one undoable
edit (so Undo goes back step by step, to the start); Previous and Restart set the levers the
story had at that point (also undoable). After the changes the ensemble re-runs, and once its
results are in, playback starts at step 0 and stops at the step's ``play_to`` (or the end), or
earlier at the first ``pause_on`` event of the animated run.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from collabsim.classroom import stories
from collabsim.engine import codes as C
from collabsim.gui.controller import SimulationController
from collabsim.gui.document.document import Document
from collabsim.scenario import Scenario
from collabsim.scenario import classroom as K
from collabsim.scenario.classroom import model_part

#: what the player is doing (status codes; the panels translate them)
IDLE, WAITING, PLAYING, PAUSED_EVENT, DONE = "idle", "waiting", "playing", "paused_event", "done"
EVENT_CODES = {name: code for code, name in C.EVENT_NAMES.items()}


class StoryPlayer(QObject):
    changed = Signal()  # story, step or status changed

    def __init__(self, document: Document, controller: SimulationController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = controller
        self._story: K.Story | None = None
        self._start: Scenario = document.scenario()
        self._index = -1
        self._status = IDLE
        self._want: Scenario | None = None  # waiting for the results of this scenario
        self._play_to: int | None = None
        self._pause_steps: np.ndarray = np.zeros(0, int)
        self._event = ""
        self._busy = False  # True while the player makes its own edit
        self._reset(document.scenario())
        document.loaded.connect(lambda: self._reset(document.scenario()))
        document.scenario_changed.connect(self._on_scenario)
        controller.results_changed.connect(self._on_results)
        controller.step_changed.connect(self._on_step)
        controller.playing_changed.connect(self._on_playing)

    # ------------------------------------------------------------------ reading
    def story(self) -> K.Story | None:
        return self._story

    def start(self) -> Scenario:
        """The scenario the story started from (its step -1)."""
        return self._start

    def index(self) -> int:
        """The current step (-1: the introduction, before the first step)."""
        return self._index

    def count(self) -> int:
        return len(self._story.steps) if self._story is not None else 0

    def step(self) -> K.StoryStep | None:
        return self._story.steps[self._index] if self._story and 0 <= self._index < self.count() else None

    def status(self) -> str:
        return self._status

    def paused_event(self) -> str:
        """The event name playback paused on ('' when none)."""
        return self._event if self._status == PAUSED_EVENT else ""

    def lever_paths(self) -> tuple[str, ...]:
        """The levers the current step changes (for the presentation's lever strip)."""
        if self._story is None:
            return ()
        return stories.step_paths(self._story, max(self._index, 0))

    def can_next(self) -> bool:
        return self._story is not None and self._index < self.count() - 1

    def can_previous(self) -> bool:
        return self._story is not None and self._index >= 0

    def at_end(self) -> bool:
        return self._story is not None and self._index == self.count() - 1

    # ------------------------------------------------------------------ commands
    def next(self) -> None:
        if not self.can_next():
            return
        i = self._index + 1
        step = self._story.steps[i]
        target = stories.apply_changes(self.document.scenario(), step.changes)
        self._go(i, target)

    def previous(self) -> None:
        if self.can_previous():
            self._go(self._index - 1, stories.scenario_at(self._start, self._story, self._index - 1))

    def restart(self) -> None:
        if self._story is not None:
            self._go(-1, self._start)

    def go_to(self, index: int) -> None:
        """Jump to step ``index`` (the levers as the story has them there)."""
        if self._story is not None and -1 <= index < self.count():
            self._go(index, stories.scenario_at(self._start, self._story, index))

    def replay(self) -> None:
        """Play the current step again from step 0."""
        if self._story is not None:
            self._arm(self.document.scenario())

    # ------------------------------------------------------------------ internals
    def _go(self, index: int, target: Scenario) -> None:
        self._index = index
        text = (self.tr("Story: step {0}").format(index + 1) if index >= 0
                else self.tr("Story: back to the start"))
        self._busy = True  # our own edit: the story is not reset by it
        try:
            self.document.change_to(target, text)
        finally:
            self._busy = False
        if index >= 0:
            self._arm(target)
        else:
            self._disarm()
            self.controller.reset()
        self.changed.emit()

    def _arm(self, target: Scenario) -> None:
        step = self.step()
        self.controller.pause()
        self._play_to = None
        self._pause_steps = np.zeros(0, int)
        self._event = ""
        if step is None or step.play_to == 0:
            self._status = IDLE
            self.changed.emit()
            return
        self._play_to = step.play_to if step.play_to > 0 else None
        self._want = target
        self._status = WAITING
        res = self.controller.results()
        current = res is not None and model_part(res.scenario) == model_part(target)
        if current and not self.controller.is_busy():
            self._begin(res)
        self.changed.emit()

    def _disarm(self) -> None:
        self._want = None
        self._play_to = None
        self._pause_steps = np.zeros(0, int)
        self._status = IDLE

    def _begin(self, res) -> None:
        step = self.step()
        self._want = None
        if step is not None and step.pause_on:
            ev = res.replicate_events(0)
            steps = ev["step"][ev["code"] == EVENT_CODES[step.pause_on]]
            self._pause_steps = np.unique(steps[steps > 0])
        self._status = PLAYING
        self.controller.seek(0)
        self.controller.play()

    def _on_results(self, res) -> None:
        if self._want is not None and model_part(res.scenario) == model_part(self.document.scenario()):
            self._begin(res)

    def _on_step(self, t: int) -> None:
        if self._status != PLAYING:
            return
        if self._pause_steps.size and t >= int(self._pause_steps[0]):
            at = int(self._pause_steps[0])
            self._pause_steps = np.zeros(0, int)  # only the first: ▶ goes on from here
            self._event = self.step().pause_on
            self.controller.pause()
            self.controller.seek(at)
            self._status = PAUSED_EVENT
            self.changed.emit()
        elif self._play_to is not None and t >= self._play_to:
            self.controller.pause()
            self.controller.seek(self._play_to)
            self._status = DONE
            self.changed.emit()

    def _on_playing(self, playing: bool) -> None:
        if not playing and self._status == PLAYING:
            self._status = DONE
            self.changed.emit()
        elif playing and self._status in (PAUSED_EVENT, DONE) and self._play_to is not None:
            self._status = PLAYING  # ▶ pressed after a pause: still stop at play_to

    def _on_scenario(self, s: Scenario) -> None:
        if self._busy:
            return
        if s.story != self._story:  # a story recorded, removed by undo, or a new file
            self._reset(s)
            return
        if self._story is None:
            return
        # undo/redo through the story's own edits: follow to the step whose levers these are
        for k in range(-1, self.count()):
            if stories.scenario_at(self._start, self._story, k) == s:
                if k != self._index:
                    self._index = k
                    self._disarm()
                    self.changed.emit()
                return

    def _reset(self, s: Scenario) -> None:
        self._story = s.story if s.story is not None and s.story.steps else None
        self._start = s
        self._index = -1
        self._disarm()
        self.changed.emit()
