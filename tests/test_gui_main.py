"""Main window: presets, levers with the article's predicted direction, undo/redo, playback."""

from __future__ import annotations

import pytest
from gui_helpers import GUI_MARKS, reset_window, set_lever, settle

from collabsim import presets
from collabsim.engine import codes as C
from collabsim.gui.document import undo
from collabsim.gui.panels.indicators import key_values

pytestmark = GUI_MARKS


def coop_effort(window) -> float:
    res = window.controller.results()
    return key_values(res, int(res.steps[-1]))["coop_effort"]


@pytest.mark.parametrize("name", presets.PRESET_NAMES)
def test_each_preset_opens_and_shows_its_results(shared_window, name):
    w = reset_window(shared_window)
    w.open_preset(name)
    settle(w)
    s = presets.load_preset(name)
    assert w.scenario() == s
    res = w.controller.results()
    assert res.scenario == s and res.replicates == s.simulation.replicates
    assert w.plots.redraw_count > 0
    assert w.indicators.form_value.text() != ""
    assert w.levers.levers["task.horizon"].value() == s.task.horizon
    assert not w.is_modified()


def test_joint_assessment_raises_cooperating_effort(shared_window):
    """Article §三(四): with responsibility on the lead, assessing the joint result (with C's other
    levers) makes partners work ("缺乏针对整体协作效果的绩效考核机制" is what leaves them idle)."""
    start = presets.load_preset("case_c").with_changes("assessment.scope", "own")
    start = start.with_changes("responsibility.attribution", "lead")
    w = reset_window(shared_window, start)
    before = coop_effort(w)
    set_lever(w, "assessment.scope", "joint")
    assert w.scenario().assessment.scope == "joint"
    after = coop_effort(w)
    assert after > before + 0.1
    assert w.controller.results().modal_form() == C.TIGHT
    assert w.is_modified() and w.isWindowModified()


def test_responsibility_to_individuals_is_what_makes_case_c_tight(shared_window):
    """Without joint assessment, responsibility to individuals is what keeps case C tight (§三(四):
    responsibility on one department and no joint assessment leave the partners 忙而不动)."""
    w = reset_window(shared_window, presets.load_preset("case_c").with_changes("assessment.scope", "own"))
    tight = coop_effort(w)
    set_lever(w, "responsibility.attribution", "lead")
    assert coop_effort(w) < tight - 0.2
    set_lever(w, "responsibility.attribution", "individual")
    assert coop_effort(w) == pytest.approx(tight)  # same seeds: the same ensemble again


def test_undo_redo_and_reset_restore_values(shared_window):
    w = reset_window(shared_window, presets.load_preset("case_b"))
    original = w.scenario()
    set_lever(w, "assessment.third_party", 0.8)
    set_lever(w, "controls.supervision", True)
    changed = w.scenario()
    assert changed.assessment.third_party == pytest.approx(0.8)
    assert changed.controls.supervision is True
    w.undo_action.trigger()
    settle(w)
    assert w.scenario().controls.supervision is False
    assert w.levers.levers["controls.supervision"].value() is False
    w.undo_action.trigger()
    settle(w)
    assert w.scenario() == original
    assert w.levers.levers["assessment.third_party"].value() == pytest.approx(original.assessment.third_party)
    assert not w.is_modified()
    w.redo_action.trigger()
    w.redo_action.trigger()
    settle(w)
    assert w.scenario() == changed
    assert w.controller.results().scenario == changed
    w.reset_action.trigger()
    settle(w)
    assert w.scenario() == original
    w.undo_action.trigger()  # the reset itself can be undone
    assert w.scenario() == changed


def test_slider_drag_merges_into_one_undo_step(shared_window, monkeypatch):
    # the merge window is wall-clock time; the clock is the test's, so a slow run under load
    # (set_lever waits for each answer) does not split the drag
    now = [1000.0]
    monkeypatch.setattr(undo.time, "monotonic", lambda: now[0])
    w = reset_window(shared_window)
    before = w.scenario().assessment.weight
    for v in (0.4, 0.5, 0.6, 0.7):
        now[0] += 0.1
        set_lever(w, "assessment.weight", v)
    assert w.undo_stack.count() == 1
    now[0] += undo.MERGE_SECONDS + 0.5  # a pause, then the same lever again: a new step
    set_lever(w, "assessment.weight", 0.3)
    assert w.undo_stack.count() == 2
    w.undo_action.trigger()
    assert w.scenario().assessment.weight == pytest.approx(0.7)
    w.undo_action.trigger()
    assert w.scenario().assessment.weight == pytest.approx(before)


def test_departments_table_edits_are_validated(shared_window):
    w = reset_window(shared_window)
    table = w.levers.departments
    n = w.scenario().n_departments
    table.add_button.click()
    settle(w)
    assert w.scenario().n_departments == n + 1
    assert w.controller.results().summary("effort").median.shape[1] == n + 1
    # a duplicate name is refused with a message naming the problem; nothing changes
    first = w.scenario().departments[0].name
    table.table.item(1, 0).setText(first)
    assert w.scenario().departments[1].name != first
    assert first in table.message.text()
    # making another department lead leaves exactly one lead
    table.table.item(2, 2).setCheckState(table.table.item(2, 2).checkState().__class__.Checked)
    assert [d.lead for d in w.scenario().departments].count(True) == 1
    assert w.scenario().lead_index == 2
    # removing down to two departments, then no further
    while w.scenario().n_departments > 2:
        row = next(i for i, d in enumerate(w.scenario().departments) if not d.lead)
        table.table.selectRow(row)
        table.remove_button.click()
    assert w.scenario().n_departments == 2
    assert not table.remove_button.isEnabled()


def test_the_step_counter_shows_the_new_horizon_while_the_runs_are_computed(shared_window):
    """A new horizon shows at once, not the old one under "Computing…" until the runs come."""
    w = reset_window(shared_window, presets.load_preset("case_c"))
    c = w.controller
    old = w.scenario().task.horizon
    c.seek(old)
    assert w.playback.step_label.text() == f"Month {old} of {old}"
    w.levers.levers["task.horizon"].box.setValue(24)  # as a user types it; no waiting
    assert c.is_busy() and c.is_stale()  # the new runs are being computed
    assert w.playback.step_label.text() == "Month 24 of 24"
    assert w.playback.timeline.maximum() == 24
    settle(w)
    assert c.step() == 24 and w.playback.step_label.text() == "Month 24 of 24"
    w.levers.levers["task.horizon"].box.setValue(48)
    assert c.is_busy() and w.playback.step_label.text() == "Month 24 of 48"
    settle(w)


def test_playback_and_timeline_reach_the_last_step(qtbot, shared_window):
    w = reset_window(shared_window, presets.load_preset("case_b"))
    c = w.controller
    horizon = w.scenario().task.horizon
    w.playback.forward_action.trigger()
    assert c.step() == 1
    w.playback.back_action.trigger()
    assert c.step() == 0
    c.set_speed(200.0)
    w.playback.play_action.trigger()
    assert c.is_playing()
    qtbot.waitUntil(lambda: c.step() == horizon and not c.is_playing(), timeout=5000)
    assert w.playback.timeline.value() == horizon
    assert str(horizon) in w.playback.step_label.text()
    w.playback.reset_action.trigger()
    assert c.step() == 0 and w.playback.timeline.value() == 0
    w.playback.timeline.setValue(7)
    assert c.step() == 7
    c.run_to_end()
    assert c.step() == horizon
    settle(w)
    assert all(ch.vline.value() == horizon for ch in w.plots.charts.values())


def test_space_and_arrow_shortcuts_drive_playback(qtbot, shared_window):
    from PySide6.QtCore import Qt

    w = reset_window(shared_window)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    w.plots.setFocus()
    qtbot.keyClick(w.plots, Qt.Key.Key_Right)
    assert w.controller.step() == 1
    qtbot.keyClick(w.plots, Qt.Key.Key_Left)
    assert w.controller.step() == 0
    qtbot.keyClick(w.plots, Qt.Key.Key_Space)
    assert w.controller.is_playing()
    qtbot.keyClick(w.plots, Qt.Key.Key_Space)
    assert not w.controller.is_playing()


def test_baseline_is_drawn_dashed_with_the_same_seeds(shared_window):
    w = reset_window(shared_window, presets.load_preset("case_c"))
    w.pin_action.trigger()
    settle(w)
    base = w.controller.baseline()
    assert base is w.controller.results()
    set_lever(w, "responsibility.attribution", "lead")
    assert w.controller.baseline() is base
    effort = w.plots.charts["effort"]
    x, y = effort.drawn("baseline", 0)
    assert len(x) == len(base.steps)
    assert y == pytest.approx(base.summary("effort").median[:, base.scenario.lead_index])
    assert "baseline" in w.indicators.values["coop_effort"].text()
    # a new seed re-runs the baseline with the same (new) seeds
    set_lever(w, "simulation.seed", 7)
    assert w.controller.baseline().seed == 7
    w.clear_baseline_action.trigger()
    settle(w)
    assert w.controller.baseline() is None and effort.drawn("baseline", 0) is None


def test_lever_change_never_blocks_and_stale_runs_are_dropped(shared_window):
    w = reset_window(shared_window, presets.load_preset("case_a"))
    for v in (0.1, 0.2, 0.3, 0.4, 0.5):
        w.levers.levers["assessment.frequency"].slider.setValue(round(v * 100))
    assert w.controller.is_busy()  # the event loop returned while runs are going
    settle(w)
    res = w.controller.results()
    assert res.scenario == w.scenario()
    assert res.scenario.assessment.frequency == pytest.approx(0.5)


def test_every_lever_has_a_tooltip_citing_the_article(shared_window):
    w = reset_window(shared_window)
    for path, lever in w.levers.levers.items():
        tip = lever.toolTip()
        assert len(tip) > 40, path
        if lever.spec.get("article", "—") not in ("", "—"):
            assert "§" in tip, path


def test_evenness_says_no_risk_when_no_department_is_exposed(ensemble):
    import math

    from collabsim.engine import run
    from collabsim.gui.panels.indicators import IndicatorsPanel, key_values

    quiet = ensemble("case_a", seed=0, replicates=20)  # no checks yet: nobody exposed at month 10
    assert quiet.summary("exposure").mean[10].max() < 0.001
    assert math.isnan(key_values(quiet, 10)["exposure_evenness"])
    assert IndicatorsPanel._fmt("exposure_evenness", float("nan")) == "no risk"
    # case B with heavier sanctions: the lead's exposure is well above the threshold
    busy = run(presets.load_preset("case_b").with_changes("assessment.sanction", 0.8), seed=0, replicates=20)
    value = key_values(busy, int(busy.steps[-1]))["exposure_evenness"]
    assert 0.0 <= value < 0.6  # exposure concentrated on the lead (as in tests/test_validation.py)


def test_case_c_with_individual_responsibility_shows_its_even_spread(shared_window):
    """Case C (responsibility to individuals) ends with most runs hardly exposed and a few carrying
    a lot: the median exposure hid the spread ("—"); the panel shows it, high (§三(三) 一荣俱荣)."""
    s = presets.load_preset("case_c")
    assert s.responsibility.attribution == "individual"
    w = reset_window(shared_window, s)
    settle(w)
    res = w.controller.results()
    last = int(res.steps[-1])
    assert res.summary("exposure").median[last].max() < 0.02  # what the old gate looked at
    text = w.indicators.values["exposure_evenness"].text()
    assert text.endswith("%") and int(text[:-1]) >= 90, text
    from collabsim.classroom.debrief import key_numbers

    assert key_numbers(res)["exposure_evenness"] >= 0.9  # the debrief card and handout agree


