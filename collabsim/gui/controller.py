"""SimulationController: runs a document's ensemble off the GUI thread; owns playback and display timers.

It subscribes to a :class:`~collabsim.gui.document.document.Document`: every scenario change
re-runs the ensemble (``scenario.simulation.replicates`` replicates, seeds
``seed, seed+1, ...``: common random numbers, so two scenarios differ only by their levers), and
the document's first baseline is run with the same seeds. Runs happen on one worker thread.

The engine's cost is mostly per step, not per replicate (20 replicates of the default preset take
about 13 ms of CPU, 100 take 16 ms; with 20 departments 17 and 25 ms), so a change is answered
in one pass unless the whole ensemble is estimated (:func:`~collabsim.engine.budget.estimate`)
to take at least :data:`PREVIEW_GAIN_S` longer than :data:`PREVIEW_REPLICATES` runs: then first
those runs (replicate k is the same in both passes, so the animated run does not change), drawn
at once and marked provisional (:meth:`SimulationController.is_provisional`), then the whole
ensemble, started only after that first answer has been painted, so the worker does not compete
with painting for the interpreter. A newer change cancels the run in progress at its next step,
and a result that is no longer current is dropped. A failed run is logged with its traceback and
reported by ``run_failed``.

Whole ensembles are kept (the last :data:`CACHE_ENTRIES`, at most :data:`CACHE_BYTES`) by the
scenario's model part: undo, redo, a lever moved back or a reset to a scenario shown before is
answered from them at once, with no run.

Before a run its memory and time are estimated (:mod:`collabsim.engine.budget`): a run that
would not fit this machine's memory is refused (``run_refused``), one whose full recording would
not fit records summaries instead (``switched_to_summary``). A run reports ``progress`` and stops between two
steps when cancelled (:meth:`cancel`, a newer change, closing the window), so nothing waits for
a long run to finish. Results of a scenario other than the document's are marked ``stale``.

Views never redraw on every signal: they connect to :attr:`frame`, which the display timer emits
at most ~30 times a second when something changed (results, baseline or playback position);
new results are framed at once when no frame came in the last FRAME_MS, so what their handlers
changed and the views' updates are painted together.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QThreadPool, QTimer, Signal

from collabsim.engine import Results, budget
from collabsim.gui.common.qtutil import collect_garbage_in_gui_thread, hold_garbage_collection
from collabsim.gui.document.document import Document
from collabsim.scenario import Scenario
from collabsim.scenario.classroom import model_part

log = logging.getLogger(__name__)

FRAME_MS = 33
SPEEDS = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
DEFAULT_SPEED = 4.0  # steps per second


#: replicates of a provisional first answer (see two_passes)
PREVIEW_REPLICATES = 20
#: a change is answered twice only when its first answer comes at least this much sooner (the
#: estimate's seconds): the second pass costs a whole run and a redraw more (a redraw is about
#: 15-30 ms of the GUI thread), and its provisional badge would only flicker
PREVIEW_GAIN_S = 0.020
#: whole ensembles kept for scenarios shown before (undo, redo, reset, a lever moved back)
CACHE_ENTRIES = 8
CACHE_BYTES = 200_000_000
#: posted after a first answer's frame, below the priority of Qt's paint requests
_FULL_RUN = QEvent.Type(QEvent.registerEventType())


def run_ensemble(scenario: Scenario, replicates: int | None = None, record: str = "auto",
                 cancel=None, progress=None) -> Results:
    """The ensemble the app shows: the scenario's seeds and replicates, or its first
    ``replicates`` replicates (the same runs). Raises budget.Cancelled once ``cancel`` is set;
    ``progress(step, horizon)`` after each step."""
    sim = scenario.simulation
    return budget.run_bounded(scenario, sim.seed, replicates or sim.replicates, record, cancel, progress)


def two_passes(scenario: Scenario) -> bool:
    """Whether a change is answered first with PREVIEW_REPLICATES runs, then with all of them:
    when the whole ensemble is estimated to take PREVIEW_GAIN_S longer than those runs."""
    sim = scenario.simulation
    if sim.replicates <= 2 * PREVIEW_REPLICATES:
        return False
    n, steps = len(scenario.departments), scenario.task.horizon
    whole = budget.estimate(n, steps, sim.replicates).seconds
    return whole - budget.estimate(n, steps, PREVIEW_REPLICATES).seconds >= PREVIEW_GAIN_S


def plan_for(scenario: Scenario) -> budget.Plan:
    sim = scenario.simulation
    return budget.plan(len(scenario.departments), scenario.task.horizon, sim.replicates)


def _nbytes(res: Results) -> int:
    """About how much memory a Results holds (its arrays)."""
    arrays = [*(res.series or {}).values(), *res.detail.values(), *res.final.values(),
              *res.half_means.values(), res.components, res.mean_components, res.ties, res.flows,
              res.events]
    return sum(a.nbytes for a in arrays)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it (queued connection)."""

    done = Signal(int, bool, object, object, float)  # generation, whole?, results, baseline, seconds
    progress = Signal(int, int, int)  # generation, step, steps in all (both runs)


class SimulationController(QObject):
    results_changed = Signal(object)
    baseline_changed = Signal(object)
    step_changed = Signal(int)
    position_changed = Signal(float)  # fractional playback position, for smooth animation
    playing_changed = Signal(bool)
    speed_changed = Signal(float)
    busy_changed = Signal(bool)
    frame = Signal()  # redraw now (≤ 30 Hz)
    run_failed = Signal(str)
    #: the run was not started: it would not fit this machine's memory (argument: budget.Plan)
    run_refused = Signal(object)
    #: the run records summaries instead of every trajectory (argument: budget.Plan)
    switched_to_summary = Signal(object)
    progress = Signal(int, int)  # steps done, steps in all, of the running ensemble(s)
    cancelled = Signal()
    #: True while the results shown are not those of the document's scenario
    stale_changed = Signal(bool)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._results: Results | None = None
        self._baseline: Results | None = None
        self._generation = 0
        self._running = False
        self._pos = 0.0
        self._step = 0
        self._playing = False
        self._speed = DEFAULT_SPEED
        self.last_run_seconds = 0.0
        collect_garbage_in_gui_thread()  # the worker runs Python: no collections there
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.progress.connect(self._on_progress)
        self._cancel = threading.Event()
        self._full_due = False  # a first answer is shown; the whole ensemble runs after its paint
        self._shut = False
        self._cache: OrderedDict[Scenario, Results] = OrderedDict()  # by model_part(scenario)
        self._stale = True
        self.plan: budget.Plan | None = None  # of the newest run asked for
        self._clock = QElapsedTimer()
        self._frame_timer = QTimer(self)
        self._frame_timer.setSingleShot(True)
        self._frame_timer.timeout.connect(self._on_frame)
        self._last_frame = QElapsedTimer()
        self._last_frame.start()
        self._dirty = False
        document.scenario_changed.connect(self._on_scenario)
        document.baselines_changed.connect(self._on_baselines)
        document.loaded.connect(self.reset)
        self._start_run()

    # ------------------------------------------------------------------ scenario and runs
    def scenario(self) -> Scenario:
        """The document's current scenario (the controller keeps no copy)."""
        return self.document.scenario()

    def results(self) -> Results | None:
        return self._results

    def baseline(self) -> Results | None:
        return self._baseline

    def is_busy(self) -> bool:
        """A run is going, or the whole ensemble is still to come after a first answer."""
        return self._running or self._full_due

    def is_provisional(self) -> bool:
        """True while the results shown are a first answer from fewer runs than the scenario's,
        its whole ensemble still to come."""
        res = self._results
        return res is not None and res.replicates < res.scenario.simulation.replicates

    def is_stale(self) -> bool:
        """True when the results shown are not the document's scenario's (or there are none)."""
        return self._stale

    def _set_stale(self, stale: bool) -> None:
        if stale != self._stale:
            self._stale = stale
            self.stale_changed.emit(stale)

    def _on_scenario(self, s: Scenario) -> None:
        """Re-run the ensemble for ``s`` without blocking the event loop."""
        if (not self._running and self._results is not None
                and model_part(self._results.scenario) == model_part(s)):
            self._set_stale(False)
            return  # e.g. a student's answers or a story's texts changed: the same runs
        self._start_run()  # while a run is going: it is cancelled, the newest scenario runs next
        self._set_stale(not self._current())  # after the run is started: an answer is coming

    def cancel(self) -> None:
        """Stop the running ensemble between two steps; the results shown stay marked stale
        (after a first answer: that answer stays, the whole ensemble is not run)."""
        if self._running:
            self._cancel.set()
        elif self._full_due:
            self._full_due = False
            self.busy_changed.emit(False)
            self.cancelled.emit()

    def _baseline_wanted(self) -> Scenario | None:
        """The document's first baseline with the current seeds and replicates (None: none)."""
        pinned = self.document.baselines()
        if not pinned:
            return None
        return replace(pinned[0].scenario, simulation=self.scenario().simulation)

    def _baseline_needed(self) -> Scenario | None:
        """The baseline scenario if it must be (re)run."""
        want = self._baseline_wanted()
        if want is None or (self._baseline is not None and self._baseline.scenario == want):
            return None
        return want

    def _start_run(self) -> None:
        """A new generation: cancel what runs (at its next step) and answer the newest state."""
        self._generation += 1
        hold_garbage_collection()  # a collection now would delay this answer's paint
        was_due, self._full_due = self._full_due, False
        if self._running:
            self._cancel.set()  # the running one stops at its next step; the newest runs then
        cached = self._cache.get(model_part(self.scenario()))
        if cached is not None and self._baseline_needed() is None:
            self._cache.move_to_end(model_part(self.scenario()))
            if was_due and not self._running:  # a first answer's whole ensemble is not needed now
                self.busy_changed.emit(False)
            self._accept(cached, None, 0.0)  # shown before: no run at all
        elif not self._running:
            self._launch(full=not two_passes(self.scenario()))

    def _remember(self, res: Results) -> None:
        """Keep a whole ensemble for later (the oldest go beyond CACHE_ENTRIES or CACHE_BYTES)."""
        self._cache[model_part(res.scenario)] = res
        self._cache.move_to_end(model_part(res.scenario))
        while len(self._cache) > CACHE_ENTRIES or (
                len(self._cache) > 1 and sum(_nbytes(r) for r in self._cache.values()) > CACHE_BYTES):
            self._cache.popitem(last=False)

    def _current(self) -> bool:
        """The results shown are the document's scenario's (and the baseline needs no run)."""
        return (self._results is not None and self._baseline_needed() is None
                and model_part(self._results.scenario) == model_part(self.scenario()))

    def _launch(self, full: bool) -> None:
        """Run the current generation's first answer, or (``full``) its whole ensemble."""
        gen, scenario = self._generation, self.scenario()
        first = not full or not two_passes(scenario)
        if first:  # the budget is the whole ensemble's, decided once per change
            self.plan = plan_for(scenario)
            if not self.plan.runnable:
                self.run_refused.emit(self.plan)
                return
            if self.plan.status == budget.SWITCHED:
                self.switched_to_summary.emit(self.plan)
        base = self._baseline_needed() if full else None
        replicates = None if full else PREVIEW_REPLICATES
        self._running = True
        if first:
            self.busy_changed.emit(True)
        self._cancel = cancel = threading.Event()
        relay, record = self._relay, self.plan.record
        total = scenario.task.horizon * (2 if base is not None else 1)
        last = [0.0]

        def report(step: int, offset: int) -> None:
            now = time.perf_counter()
            if now - last[0] > 0.1:
                last[0] = now
                relay.progress.emit(gen, offset + step, total)

        def work() -> None:
            t0 = time.perf_counter()
            try:
                res = run_ensemble(scenario, replicates, record, cancel, lambda s, _h: report(s, 0))
                bres = run_ensemble(base, None, record, cancel,
                                    lambda s, _h: report(s, scenario.task.horizon)) if base else None
            except budget.Cancelled as exc:
                relay.done.emit(gen, full, exc, None, 0.0)
                return
            except Exception as exc:  # noqa: BLE001 - logged and reported, the app goes on
                log.exception("the ensemble run failed")
                relay.done.emit(gen, full, exc, None, 0.0)
                return
            relay.done.emit(gen, full, res, bres, time.perf_counter() - t0)

        self._pool.start(work)

    def _on_progress(self, gen: int, step: int, total: int) -> None:
        if gen == self._generation and self._running:
            self.progress.emit(step, total)

    def _on_done(self, gen: int, full: bool, res: object, bres: object, seconds: float) -> None:
        self._running = False
        if self._shut:
            return
        if gen != self._generation:  # overtaken by a newer change: answer the newest
            if full and isinstance(res, Results):  # still a whole ensemble of its scenario
                self._remember(res)
                if isinstance(bres, Results):
                    self._remember(bres)
            if self._current():  # (already answered from the cache)
                self.busy_changed.emit(False)
            else:
                self._launch(full=not two_passes(self.scenario()))
            return
        if isinstance(res, Exception):
            self.busy_changed.emit(False)
            if isinstance(res, budget.Cancelled):
                self.cancelled.emit()
            elif isinstance(res, MemoryError):  # the estimate was too low for this machine
                self.run_refused.emit(self.plan)
            else:
                self.run_failed.emit(f"{type(res).__name__}: {res}")
            return
        if full:
            self._remember(res)
            if bres is not None:
                self._remember(bres)
        else:
            self._full_due = True  # started by the event posted after this answer's frame
        self._accept(res, bres, seconds)
        if full:  # after the results: "not busy" with the old results shown would fade the views
            self.busy_changed.emit(False)

    def event(self, event: QEvent) -> bool:
        if event.type() == _FULL_RUN:
            if self._full_due and not self._running:
                self._full_due = False
                self._launch(full=True)
            return True
        return super().event(event)

    def _accept(self, res: Results, bres: Results | None, seconds: float) -> None:
        self.last_run_seconds = seconds
        self._results = res
        if bres is not None:
            self._baseline = bres
            self.baseline_changed.emit(bres)
        horizon = int(res.steps[-1])
        if self._pos > horizon:
            self._set_position(float(horizon))
        self._set_stale(model_part(res.scenario) != model_part(self.scenario()))
        self.results_changed.emit(res)
        self._dirty = True
        if not self._frame_timer.isActive() and self._last_frame.elapsed() >= FRAME_MS:
            self._on_frame()  # at once: the views' updates and what the handlers changed
        else:  # (a fade lifted) are painted together, in one repaint
            self._request_frame()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until no run is pending (tests, benchmarks, shutdown); delivers the result."""
        deadline = time.perf_counter() + timeout_ms / 1000
        while self.is_busy() and time.perf_counter() < deadline:
            if self._full_due and not self._running:  # no frame to wait for: start it now
                self._full_due = False
                self._launch(full=True)
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self.is_busy()

    def shutdown(self) -> None:
        """Stop everything (closing the window): a running ensemble stops at its next step."""
        self.pause()
        self._frame_timer.stop()
        self._full_due = False
        self._shut = True
        self._cancel.set()
        self._pool.waitForDone()

    def run_to_end(self) -> None:
        """Synchronous: make sure results are current, then move playback to the last step."""
        self.wait()
        if self._results is None or model_part(self._results.scenario) != model_part(self.scenario()):
            self._generation += 1
            base = self._baseline_needed()
            self._accept(run_ensemble(self.scenario()),
                         run_ensemble(base) if base is not None else None, 0.0)
        self.pause()
        self._set_position(float(self.horizon()))

    # ------------------------------------------------------------------ baseline
    def _on_baselines(self) -> None:
        """The document's baselines changed: reuse current results, run, or clear."""
        want = self._baseline_wanted()
        if want is None:
            if self._baseline is not None:
                self._baseline = None
                self.baseline_changed.emit(None)
                self._request_frame()
        elif self._results is not None and self._results.scenario == want:
            self._baseline = self._results
            self.baseline_changed.emit(self._baseline)
            self._request_frame()
        elif self._baseline is None or self._baseline.scenario != want:
            self._baseline = None
            self._start_run()

    # ------------------------------------------------------------------ playback
    def horizon(self) -> int:
        return self.scenario().task.horizon

    def step(self) -> int:
        return self._step

    def position(self) -> float:
        return self._pos

    def is_playing(self) -> bool:
        return self._playing

    def speed(self) -> float:
        return self._speed

    def set_speed(self, steps_per_second: float) -> None:
        self._speed = max(0.1, float(steps_per_second))
        self.speed_changed.emit(self._speed)

    def play(self) -> None:
        if self._playing:
            return
        if self._step >= self.horizon():
            self._set_position(0.0)
        self._playing = True
        self._clock.start()
        self.playing_changed.emit(True)
        self._request_frame()

    def pause(self) -> None:
        if not self._playing:
            return
        self._playing = False
        self._set_position(float(self._step))  # settle on a whole step
        self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self._playing else self.play()

    def step_forward(self) -> None:
        self.pause()
        self.seek(self._step + 1)

    def step_back(self) -> None:
        self.pause()
        self.seek(self._step - 1)

    def reset(self) -> None:
        self.pause()
        self.seek(0)

    def seek(self, step: int) -> None:
        self._set_position(float(min(max(int(step), 0), self.horizon())))

    def _set_position(self, pos: float) -> None:
        self._pos = pos
        step = int(pos)
        self.position_changed.emit(pos)
        if step != self._step:
            self._step = step
            self.step_changed.emit(step)
        self._request_frame()

    # ------------------------------------------------------------------ display timer
    def draw_now(self) -> None:
        """Deliver a pending frame at once (tests, benchmarks and screenshots)."""
        self._frame_timer.stop()
        self._on_frame()

    def _request_frame(self) -> None:
        self._dirty = True
        if not self._frame_timer.isActive():
            wait = max(0, FRAME_MS - self._last_frame.elapsed())
            self._frame_timer.start(wait)

    def _on_frame(self) -> None:
        if self._playing:
            dt = self._clock.restart() / 1000.0
            pos = min(self._pos + dt * self._speed, float(self.horizon()))
            self._set_position(pos)
            if pos >= self.horizon():
                self.pause()
        self._last_frame.restart()
        if self._dirty:
            self._dirty = False
            self.frame.emit()
        if self._full_due:  # after the first answer is painted (paint requests come first)
            QCoreApplication.postEvent(self, QEvent(_FULL_RUN), Qt.EventPriority.LowEventPriority.value - 1)
        if self._playing:
            self._frame_timer.start(FRAME_MS)
