"""Explanation panel: a department's effort decision split into its parts, per step and department."""

from __future__ import annotations

import math

import numpy as np
import pytest

pytest.importorskip("PySide6")

from gui_helpers import GUI_MARKS, reset_window, set_lever, settle  # noqa: E402

from collabsim.engine import DEFAULT_CONSTANTS  # noqa: E402
from collabsim.engine import codes as C  # noqa: E402
from collabsim.engine.simulation import effort_change  # noqa: E402
from collabsim.gui.common import labels  # noqa: E402
from collabsim.presets import load_preset  # noqa: E402

pytestmark = GUI_MARKS


@pytest.fixture
def window(shared_window):
    shared_window.explain_dock.raise_()  # the user opens the Explanation tab
    w = reset_window(shared_window, load_preset("case_b"))
    sc = w.scenario()
    w.explain.set_department(next(i for i in range(sc.n_departments) if i != sc.lead_index))
    w.controller.seek(12)
    return w


def _credit_row_width(panel) -> float:
    return panel.bars.bar_rect(C.COMPONENTS.index("credit")).width()


def test_case_b_cooperating_department_is_passive_and_gets_less_credit(window):
    panel = window.explain
    sc = window.scenario()
    lead = sc.lead_index
    coop = next(i for i in range(sc.n_departments) if i != lead)
    assert panel.department() == coop  # opens on a cooperating department: why is it passive?
    # by step 12 it has settled at its low best response: a little effort, pushes and drags balance
    settled = panel.shown()
    assert settled["step"] == 12 and abs(settled["change"]) < 0.1
    assert panel.reading.text().endswith(
        "Pushes and drags nearly balance: its effort stays about where it is.")
    assert 0.0 < window.controller.results().summary("effort").median[12, coop] < 0.3
    # at the start (effort 0.2, above what the task pays it) it lowers its effort
    window.controller.seek(1)
    s_coop = panel.shown()
    assert s_coop["step"] == 1 and s_coop["department"] == coop
    assert s_coop["total"] < 0
    assert s_coop["change"] < 0
    assert s_coop["total"] == pytest.approx(sum(s_coop["mean"].values()))
    assert "−" in panel.total_label.text()  # the negative total is what is shown
    assert panel.reading.text().endswith(
        "The drags outweigh the pushes, so this department lowers its effort or stays passive.")
    # the bars show the ensemble mean, the diamonds the animated run
    res = window.controller.results()
    assert list(panel.bars.mean) == pytest.approx(res.mean_components[1, coop].tolist())
    assert list(panel.bars.replicate) == pytest.approx(res.components[1, 0, coop].tolist())
    start_total = s_coop["total"]
    window.controller.seek(12)  # settled: the lead still gets more credit
    s_coop = panel.shown()
    coop_width = _credit_row_width(panel)
    panel.set_department(lead)
    s_lead = panel.shown()
    assert s_lead["department"] == lead
    assert s_lead["mean"]["credit"] > s_coop["mean"]["credit"]
    # (bar widths are not compared across departments: each keeps its own scale over the run)
    assert _credit_row_width(panel) > 0 and coop_width > 0
    window.controller.seek(1)
    assert panel.shown()["total"] > start_total  # at the start the lead is pushed, the partner not
    assert panel.department_combo.currentText().endswith("(lead)")


def test_case_c_gives_cooperating_departments_more_credit(window):
    panel = window.explain
    coop = panel.department()
    before = panel.shown()["mean"]["credit"]
    total_before = panel.shown()["total"]
    width_before = _credit_row_width(panel)
    window.open_preset("case_c")
    settle(window)
    window.controller.seek(12)
    assert window.controller.results().scenario == window.scenario()
    after = panel.shown()
    assert after["department"] == coop  # the chosen department index is kept
    assert window.scenario().lead_index != coop
    assert after["mean"]["credit"] > before + 0.2  # joint assessment with a heavy weight
    # held near its best response instead of pushed down to no effort as in case B
    assert after["total"] > total_before and after["change"] > effort_change(total_before)
    assert _credit_row_width(panel) > width_before
    assert panel.department_combo.count() == window.scenario().n_departments


def test_joint_assessment_scope_raises_a_cooperating_departments_credit(window):
    panel = window.explain
    before = panel.shown()["mean"]["credit"]
    set_lever(window, "assessment.scope", "joint")
    assert window.scenario().assessment.scope == "joint"
    after = panel.shown()["mean"]["credit"]
    assert after > before  # J = 1: each department is credited with a share of the joint task


def test_step_changes_update_bars_series_and_text(window):
    panel = window.explain
    res = window.controller.results()
    j = panel.department()
    window.controller.seek(1)
    first = list(panel.bars.mean)
    assert first == pytest.approx(res.mean_components[1, j].tolist())
    assert panel.vline.value() == 1
    text_1 = panel.step_label.text()
    last = int(res.steps[-1])
    window.controller.seek(last)
    assert list(panel.bars.mean) == pytest.approx(res.mean_components[last, j].tolist())
    assert list(panel.bars.mean) != pytest.approx(first)  # authority pressure builds up in case B
    assert panel.vline.value() == last
    assert panel.step_label.text() != text_1
    assert len(panel.curves) == len(C.COMPONENTS)  # every part has its line, the last one too
    assert panel.curves[-1].getData()[1] == pytest.approx(res.mean_components[1:, j, -1])
    x, y = panel.curves[C.COMPONENTS.index("authority")].getData()
    assert x[0] == 1 and x[-1] == last  # step 0 (no decision) is left out of the series
    assert y == pytest.approx(res.mean_components[1:, j, C.COMPONENTS.index("authority")])
    window.controller.seek(0)
    assert panel.reading.text() == "Step 0 is the starting state; departments first decide at step 1."


def test_total_and_effort_change_match_the_model(window):
    s = window.explain.shown()
    k = DEFAULT_CONSTANTS
    assert s["change"] == pytest.approx(k.adjust * math.tanh(k.gain * s["total"]))
    assert effort_change(0.0) == 0.0
    assert "points a month" in window.explain.total_label.text()


def test_reading_names_largest_push_and_drag(window):
    panel = window.explain
    parts = dict.fromkeys(C.COMPONENTS, 0.0)
    parts.update(credit=0.9, authority=0.3, cost=-0.2, remit=-0.4)
    text = panel.reading_text(parts, 0.6)
    assert text.startswith("Largest push: Credit (+0.90); "
                           "largest drag: Reluctance outside the remit (−0.40).")
    assert text.endswith("raises its effort or stays fully engaged.")
    parts.update(credit=0.0, authority=0.0)
    assert panel.reading_text(parts, -0.6).startswith("Nothing pushes towards effort")
    assert panel.reading_text(dict.fromkeys(C.COMPONENTS, 0.0), 0.0) == (
        "No part of the decision weighs anything at this step.")


def test_chinese_labels_after_switching_language(window):
    panel = window.explain
    window.set_language("zh_CN")
    assert panel.bars.names[0] == labels.component_label("credit") == "功劳（考核收益）"
    assert "职责外的抵触（基础倾向）" in panel.bars.names
    assert panel.department_caption.text() == "部门："
    sc = window.scenario()
    assert panel.department_combo.currentText() == sc.departments[panel.department()].display_name("zh")
    assert panel.reading.text().startswith("最大推力：")
    assert " " not in panel.reading.text().split("。")[1][:1]  # no space between Chinese sentences
    assert window.explain_dock.windowTitle() == "原因解释"
    window.set_language("en")
    assert panel.bars.names[0] == "Credit"
    assert window.explain_dock.toggleViewAction() in window.view_menu.actions()


@pytest.mark.parametrize("width", [380, 900])
def test_bars_fit_narrow_and_wide_docks(window, width):
    window.set_language("zh_CN")
    res, j = window.controller.results(), window.explain.department()
    window.controller.seek(int(np.abs(res.mean_components[:, j]).max(axis=1).argmax()))  # largest bar
    bars = window.explain.bars
    bars.resize(width, bars.heightForWidth(width))
    assert bars.compact_at(width) == (width == 380)  # narrow: names above their bars
    fm = bars.fontMetrics()
    room = width - 12 if width == 380 else bars._label_width()
    for i, name in enumerate(bars.names):
        assert fm.horizontalAdvance(name) + fm.height() < room  # names are not cut off
        rect = bars.bar_rect(i)
        assert bars.rect().toRectF().contains(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    widths = [bars.bar_rect(i).width() for i in range(len(bars.names))]
    assert max(widths) > width * 0.3  # the bars get the room, not the names


def test_a_hidden_panel_draws_when_it_is_shown(qtbot, window):
    """Behind another tab the panel does no work; opened, it shows the current results."""
    panel = window.explain
    window.show()
    qtbot.waitExposed(window)
    window.start_dock.raise_()
    qtbot.waitUntil(lambda: panel.visibleRegion().isEmpty(), timeout=2000)  # a tab behind
    set_lever(window, "assessment.scope", "joint")
    window.controller.seek(5)
    hidden_step = panel.step_label.text()
    assert "12" in hidden_step  # nothing was redrawn off screen: still the fixture's step 12
    window.explain_dock.raise_()
    qtbot.waitUntil(lambda: panel.step_label.text() != hidden_step, timeout=2000)
    assert "5" in panel.step_label.text()
    res = window.controller.results()
    assert res.scenario.assessment.scope == "joint"
    assert list(panel.bars.mean) == pytest.approx(res.mean_components[5, panel.department()].tolist())
    assert panel.step_label.text() != hidden_step
