"""The controller answers a change once, or (a large ensemble) twice: the first runs at once,
marked provisional, the whole ensemble after the paint."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from gui_helpers import GUI_MARKS

from collabsim.engine import Simulation, budget
from collabsim.gui import controller as controller_module
from collabsim.gui.app import create_application
from collabsim.gui.controller import PREVIEW_REPLICATES, SimulationController, run_ensemble, two_passes
from collabsim.gui.document.document import Document
from collabsim.presets import PRESET_NAMES, load_preset

pytestmark = GUI_MARKS
#: replicates whose whole ensemble takes long enough to be answered twice
BIG = 600


def big_case_c():
    return load_preset("case_c").with_changes("simulation.replicates", BIG)


@pytest.fixture(autouse=True)
def app():
    return create_application([])


def test_run_ensemble_is_the_scenarios_ensemble_and_can_be_cancelled():
    s = load_preset("case_b")
    full = run_ensemble(s)
    direct = Simulation(s, seed=s.simulation.seed, replicates=s.simulation.replicates).run()
    assert np.array_equal(full.summary("effort").median, direct.summary("effort").median)
    first = run_ensemble(s, PREVIEW_REPLICATES)
    assert first.replicates == PREVIEW_REPLICATES
    assert np.array_equal(first.trajectory("effort", 0), full.trajectory("effort", 0))  # the same run 0
    cancel, steps = threading.Event(), []

    def progress(step, _horizon):
        steps.append(step)
        if step == 3:
            cancel.set()

    with pytest.raises(budget.Cancelled):
        run_ensemble(s, cancel=cancel, progress=progress)
    assert steps == [1, 2, 3]  # stopped before the step after it was told


def test_a_change_is_answered_first_quickly_then_with_the_whole_ensemble(qtbot, monkeypatch):
    log, lock = [], threading.Lock()
    real = controller_module.run_ensemble

    def logged(scenario, replicates=None, *args, **kwargs):
        with lock:
            log.append(("run", replicates or scenario.simulation.replicates))
        return real(scenario, replicates, *args, **kwargs)

    monkeypatch.setattr(controller_module, "run_ensemble", logged)
    doc = Document(big_case_c())
    ctrl = SimulationController(doc)
    shown = []
    ctrl.results_changed.connect(lambda r: shown.append((r.replicates, ctrl.is_provisional())))
    ctrl.frame.connect(lambda: log.append(("frame", ctrl.results().replicates)))
    try:
        assert ctrl.wait()
        log.clear()
        shown.clear()
        doc.edit("assessment.frequency", 0.9, "frequency")
        assert ctrl.is_busy()
        qtbot.waitUntil(lambda: not ctrl.is_busy(), timeout=20_000)
        assert shown == [(PREVIEW_REPLICATES, True), (BIG, False)]
        # the whole ensemble starts only after the first answer's frame
        assert log.index(("frame", PREVIEW_REPLICATES)) < log.index(("run", BIG))
        final = ctrl.results()
        assert final.scenario == doc.scenario() and final.replicates == BIG
        again = run_ensemble(doc.scenario())
        assert np.array_equal(final.summary("effort").median, again.summary("effort").median)
    finally:
        ctrl.shutdown()


def test_a_newer_change_cancels_the_run_in_progress(qtbot, monkeypatch):
    finished = []
    real = controller_module.run_ensemble

    def slow(scenario, replicates=None, *args, **kwargs):
        try:
            res = real(scenario.with_changes("task.horizon", 400), replicates, *args, **kwargs)
        except budget.Cancelled:
            finished.append((scenario.assessment.frequency, replicates, False))
            raise
        finished.append((scenario.assessment.frequency, replicates, True))
        return res

    monkeypatch.setattr(controller_module, "run_ensemble", slow)
    doc = Document(big_case_c())
    ctrl = SimulationController(doc)
    try:
        assert ctrl.wait()
        finished.clear()
        doc.edit("assessment.frequency", 0.5, "frequency")
        qtbot.waitUntil(lambda: (0.5, PREVIEW_REPLICATES, True) in finished, timeout=10_000)
        qtbot.wait(30)  # the whole ensemble of 0.5 is now running
        doc.edit("assessment.frequency", 0.7, "frequency")
        assert ctrl.wait()
        assert (0.5, None, False) in finished  # cancelled, not finished
        res = ctrl.results()
        assert res.scenario.assessment.frequency == 0.7 and res.replicates == BIG
    finally:
        ctrl.shutdown()


def test_small_ensembles_are_answered_once(qtbot):
    doc = Document(load_preset("default").with_changes("simulation.replicates", 2 * PREVIEW_REPLICATES))
    ctrl = SimulationController(doc)
    shown = []
    ctrl.results_changed.connect(lambda r: shown.append(r.replicates))
    try:
        assert ctrl.wait()
        doc.edit("assessment.weight", 0.9, "weight")
        assert ctrl.wait()
        assert shown == [40, 40]
    finally:
        ctrl.shutdown()


def test_the_presets_are_answered_in_one_pass(qtbot, monkeypatch):
    """The engine's cost is mostly per step: a first answer from 20 of a preset's 100 runs would
    come only a few ms sooner, for a second run and redraw. With the gain asked for set to 0,
    the same change is answered twice: the one pass comes from the estimate, not from the size."""
    assert not any(two_passes(load_preset(name)) for name in PRESET_NAMES)
    assert two_passes(big_case_c())
    for gain, expected in ((controller_module.PREVIEW_GAIN_S, [100]), (0.0, [PREVIEW_REPLICATES, 100])):
        monkeypatch.setattr(controller_module, "PREVIEW_GAIN_S", gain)
        doc = Document(load_preset("case_c"))
        ctrl = SimulationController(doc)
        shown = []
        ctrl.results_changed.connect(lambda r, shown=shown: shown.append(r.replicates))
        try:
            assert ctrl.wait()
            shown.clear()
            doc.edit("assessment.weight", 0.37, "weight")
            assert ctrl.wait()
            assert shown == expected and not ctrl.is_provisional()
        finally:
            ctrl.shutdown()


def test_garbage_is_collected_on_the_gui_thread_only(qtbot):
    """The worker runs Python; a collection there would destroy Qt objects on the wrong thread."""
    import gc

    from collabsim.gui.common import qtutil

    doc = Document(load_preset("default"))
    ctrl = SimulationController(doc)
    try:
        assert not gc.isenabled()  # no automatic collection, in any thread
        threads = []
        real = qtutil._collect
        qtutil._gc_timer.timeout.disconnect(real)

        def on_gui_thread():
            threads.append(threading.current_thread() is threading.main_thread())
            real()

        qtutil._gc_timer.timeout.connect(on_gui_thread)
        garbage = [[] for _ in range(10_000)]
        for g in garbage:
            g.append(g)  # cycles: only the collector frees them
        del garbage
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)
        assert all(threads)
        qtutil._gc_timer.timeout.disconnect(on_gui_thread)
        qtutil._gc_timer.timeout.connect(real)
    finally:
        ctrl.shutdown()


def test_a_scenario_shown_before_is_answered_without_a_run(qtbot, monkeypatch):
    """Undo, redo, reset or a lever moved back: the whole ensemble kept from before, at once."""
    runs = []
    real = controller_module.run_ensemble

    def counted(scenario, replicates=None, *args, **kwargs):
        runs.append((scenario.assessment.weight, replicates))
        return real(scenario, replicates, *args, **kwargs)

    monkeypatch.setattr(controller_module, "run_ensemble", counted)
    doc = Document(load_preset("case_c"))
    ctrl = SimulationController(doc)
    try:
        assert ctrl.wait()
        first = ctrl.results()
        doc.edit("assessment.weight", 0.2, "weight")
        assert ctrl.wait()
        changed = ctrl.results()
        runs.clear()
        doc.undo_stack.undo()
        assert ctrl.results() is first and not ctrl.is_busy() and not ctrl.is_stale()
        doc.undo_stack.redo()
        assert ctrl.results() is changed and runs == []  # both answered without running
        doc.edit("assessment.weight", 0.25, "weight")  # something new is run as before
        assert ctrl.is_busy() and ctrl.wait() and runs
    finally:
        ctrl.shutdown()


def test_returning_to_a_kept_scenario_while_the_whole_ensemble_is_due_ends_busy(qtbot):
    """A first answer is shown and its whole ensemble is still to come: moving back to a scenario
    kept from before drops that run and says so (busy_changed(False)), nothing left waiting."""
    doc = Document(big_case_c())
    ctrl = SimulationController(doc)
    try:
        assert ctrl.wait()
        first = ctrl.results()
        with qtbot.waitSignal(ctrl.results_changed, timeout=20_000) as got:
            doc.edit("assessment.weight", 0.2, "weight")
        assert got.args[0].replicates == PREVIEW_REPLICATES and ctrl.is_busy()
        with qtbot.waitSignal(ctrl.busy_changed, timeout=1_000) as busy:
            doc.undo_stack.undo()
        assert busy.args == [False] and not ctrl.is_busy() and ctrl.results() is first
        assert not ctrl.is_stale()
    finally:
        ctrl.shutdown()


def test_collections_wait_for_a_changes_answer_and_full_ones_are_rare(monkeypatch):
    """A full collection takes about as long as a lever change's answer: none while a change is
    being answered, and at most one every FULL_INTERVAL_S; what is alive once the window is up
    is frozen out of later collections."""
    import gc

    from collabsim.gui.common import qtutil

    done, clock = [], [1000.0]
    monkeypatch.setattr(qtutil.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(qtutil.gc, "collect", lambda generation=2: done.append(generation))
    monkeypatch.setattr(qtutil.gc, "get_count", lambda: (10**6, 10**6, 10**6))  # all overdue
    monkeypatch.setattr(qtutil, "_held_until", 0.0)
    monkeypatch.setattr(qtutil, "_last_full", float("-inf"))
    qtutil.hold_garbage_collection()
    qtutil._collect()
    assert done == []  # held: the change's answer comes first
    clock[0] += qtutil.HOLD_S + 0.01
    qtutil._collect()
    qtutil._collect()
    assert done == [2, 1]  # the second full one waits FULL_INTERVAL_S
    clock[0] += qtutil.FULL_INTERVAL_S
    qtutil._collect()
    assert done == [2, 1, 2]
    monkeypatch.undo()
    try:
        qtutil.freeze_long_lived()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_change_holds_collections(qtbot):
    import time

    from collabsim.gui.common import qtutil

    doc = Document(load_preset("default"))
    ctrl = SimulationController(doc)
    try:
        assert ctrl.wait()
        doc.edit("assessment.weight", 0.33, "weight")
        assert qtutil._held_until > time.monotonic()
        assert ctrl.wait()
    finally:
        ctrl.shutdown()
