"""The superiors' side in the app (issue 10 item 5): levers, the network's superior box and
attention bar, the event log's rival tasks, the explanation of an adaptive lead's strategies."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from gui_helpers import GUI_MARKS, reset_window, set_lever  # noqa: E402

from collabsim.engine import codes as C  # noqa: E402
from collabsim.gui.common import labels  # noqa: E402
from collabsim.presets import load_preset  # noqa: E402

pytestmark = GUI_MARKS


@pytest.fixture
def window(shared_window):
    return reset_window(shared_window, load_preset("competing_leads"))


def test_the_superiors_levers_appear_and_change_the_scenario(window):
    for path in ("attention.tier", "attention.mode", "attention.emergencies", "rivals.count",
                 "rivals.delivery", "party_building.intensity"):
        assert path in window.levers.levers, path
    set_lever(window, "attention.tier", "party")
    assert window.scenario().attention.tier == "party"
    set_lever(window, "rivals.count", 3)
    assert window.scenario().rivals.count == 3


def test_network_shows_the_tier_sought_and_where_its_attention_goes(window):
    scene = window.network.scene()
    data = scene.data
    assert data.tier == "government" and data.rivals == 1
    assert scene.texts.government == "Government"
    assert data.shares.shape == (len(data.attention), 1 + 1 + len(C.OTHER_CLAIMS))
    # the bar is the tier's budget: shares sum to at most 1; this task's share is the arrow's
    assert (data.shares.sum(axis=1) <= 1.0 + 1e-5).all()
    np.testing.assert_allclose(data.shares[:, 0], data.attention, atol=1e-6)
    assert data.shares[1:, 1].max() > 0  # the rival task takes part of it
    set_lever(window, "attention.tier", "party")
    assert window.network.scene().data.tier == "party"
    window.network.grab()  # paints the box title and the bar without warnings


def test_event_log_names_the_rival_task_and_the_new_events(window):
    window.controller.seek(window.controller.results().steps[-1])
    rows = window.event_log.rows()
    rival = [r for r in rows if r[2] == labels.event_label(C.RIVAL_BACKFIRE)]
    assert rival and all(r[1] == "Rival task 1" for r in rival)
    assert any(r[2] == labels.event_label(C.REPORT) for r in rows)


def test_explanation_shows_the_adaptive_leads_weighing(window, shared_window):
    shared_window.explain_dock.raise_()
    panel = window.explain
    lead = window.scenario().lead_index
    panel.set_department(lead)
    window.controller.seek(6)
    assert not panel.strategy.isVisibleTo(panel)  # fixed mode: the levers decide, nothing to weigh
    set_lever(window, "attention.mode", "adaptive")
    window.controller.seek(6)
    assert panel.strategy.isVisibleTo(panel)
    text = panel.strategy.text()
    assert "借势" in text and "backfire risk" in text and "net" in text
    parts = window.controller.results().mean_strategy[6]
    assert parts[1, 0] > 0  # the benefit of 借势 the lead sees
    panel.set_department(next(i for i in range(window.scenario().n_departments) if i != lead))
    assert not panel.strategy.isVisibleTo(panel)  # a partner does not choose strategies
