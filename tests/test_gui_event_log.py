"""The event log lists replicate 0's events up to the current step, with plain department names."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from collabsim.engine import codes as C  # noqa: E402
from collabsim.engine.simulation import run  # noqa: E402
from collabsim.gui.common import fonts, labels  # noqa: E402
from collabsim.gui.panels.event_log import EventLog  # noqa: E402
from collabsim.presets import load_preset  # noqa: E402


@pytest.fixture(scope="module")
def results():
    s = load_preset("case_c")
    deps = list(s.departments)
    lead = s.lead_index
    deps[lead] = replace(deps[lead], name="<b>牵头</b>", name_en="<i>Lead</i>")
    return run(replace(s, departments=tuple(deps)), seed=3, replicates=4)


@pytest.fixture
def log(qtbot, results):
    fonts.register_fonts()
    w = EventLog()
    qtbot.addWidget(w)
    w.resize(600, 400)
    w.set_results(results)
    return w


def test_rows_are_replicate_zero_events_up_to_the_step(log, results):
    events = results.replicate_events(0)
    assert len(events) > 3
    assert log.rows() == []  # step 0: nothing has happened yet
    step = int(np.median(events["step"]))
    log.set_step(step)
    expected = events[events["step"] <= step]
    rows = log.rows()
    assert len(rows) == len(expected)
    assert [r[0] for r in rows] == sorted(int(s) for s in expected["step"])
    assert all(r[0] <= step for r in rows)
    # other replicates' events are not listed
    assert len(results.events) > len(events)
    log.set_step(step - 1)
    assert len(log.rows()) == int((events["step"] <= step - 1).sum())
    log.set_step(step - 0.5)  # a fractional step shows the step being entered
    assert len(log.rows()) == len(expected)
    log.set_step(len(results.steps))
    assert len(log.rows()) == len(events)


def test_labels_and_department_names(log, results):
    events = results.replicate_events(0)
    log.set_step(len(results.steps) - 1)
    rows = log.rows()
    codes = [int(c) for c in events[np.argsort(events["step"], kind="stable")]["code"]]
    assert [r[2] for r in rows] == [labels.event_label(c) for c in codes]
    group = [r for r in rows if r[2] == labels.event_label(C.INSPECTION)]
    if group:
        assert group[0][1] == "All departments"
    lead_rows = [r for r, e in zip(rows, events[np.argsort(events["step"], kind="stable")], strict=True)
                 if e["department"] == results.scenario.lead_index]
    assert lead_rows, "case C's lead gets endorsements"
    assert all(r[1] == "<b>牵头</b>" for r in lead_rows)  # raw, never interpreted as HTML
    log.set_language("en")
    assert log.rows()[[k for k, r in enumerate(rows) if r in lead_rows][0]][1] == "<i>Lead</i>"


def test_colour_swatch_and_headers(log, results):
    log.set_step(len(results.steps) - 1)
    m = log.model
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Step"
    code = m.data(m.index(0, 2), Qt.ItemDataRole.UserRole)
    assert m.data(m.index(0, 2), Qt.ItemDataRole.DecorationRole) is not None
    assert code in C.EVENT_NAMES
    assert m.data(m.index(10_000, 0)) is None


def test_clearing_and_bad_steps(log):
    log.set_step(float("nan"))
    assert log.rows() == []
    log.set_results(None)
    log.set_step(10)
    assert log.rows() == []
    assert log.model.rowCount() == 0
