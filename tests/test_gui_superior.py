"""The superiors' side in the app (issue 10 item 5): levers, the network's two tiers, their
attention bars and the route, the event log's rival tasks, the explanation of an adaptive lead."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from gui_helpers import GUI_MARKS, reset_window, set_lever  # noqa: E402
from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from collabsim.engine import codes as C  # noqa: E402
from collabsim.gui.common import labels  # noqa: E402
from collabsim.gui.network.details import tier_details  # noqa: E402
from collabsim.gui.network.legend_panel import legend_entries  # noqa: E402
from collabsim.gui.network.painter import DIMMED, DIMMED_FILL, SUPERIOR_FILL  # noqa: E402
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


def _pixel(image, x: float, y: float) -> QColor:
    return image.pixelColor(int(x), int(y))


def _over_white(colour: QColor, opacity: float) -> QColor:
    return QColor(*(round(255 + (c - 255) * opacity) for c in colour.getRgb()[:3]))


def _near(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 3 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_network_shows_both_tiers_the_route_and_each_tiers_attention(window):
    """Both tiers are drawn (政府 and 党委, the one not sought pale, each with its own attention
    bar); the arrow leaves the sought tier's box and its tag names the route (逐级 / 越级)."""
    view = window.network
    scene = view.scene()
    gov, party = scene.tiers
    for title, names in zip(scene.tier_titles, (("Government", "Gov't"), ("Party committee", "Party")),
                            strict=True):  # short titles, maybe elided, in a narrow dock
        assert title and any(name.startswith(title.rstrip("…")) for name in names)
    assert not gov.intersects(party) and gov.right() < party.left()
    assert QRectF(*scene.layout.superior).contains(gov.united(party))
    # 逐级: the arrow starts at the government's box, its tag says so, clear of every label
    assert gov.contains(scene.arrow_from - QPointF(0, 1)) and not party.contains(scene.arrow_from)
    assert scene.data.tier == "government"
    route = scene.route_rect
    assert not route.isEmpty() and not route.intersects(scene.values_rect)
    assert not any(route.intersects(r) for r in scene.label_rects + (gov, party))
    # each tier's bar is its own budget: the government's carries this task and the rival task
    # (both seek it), the party committee's neither (nobody seeks it) but its own claims
    gov_shares, party_shares = scene.data.tier_shares
    for shares in (gov_shares, party_shares):
        assert (shares.sum(axis=1) <= 1.0 + 1e-5).all() and shares.sum(axis=1).min() > 0.5
    assert gov_shares[1:, 0].min() > 0 and gov_shares[1:, 1].max() > 0
    assert party_shares[:, :2].max() == 0 and party_shares[:, -1].min() > 0
    # painted: the sought box in its fill, the other one paler (at a point left of its title)
    window.controller.seek(6)
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    sought = _pixel(image, (gov.left() + 6) * ratio, gov.center().y() * ratio)
    pale = _pixel(image, (party.left() + 6) * ratio, party.center().y() * ratio)
    assert _near(sought, SUPERIOR_FILL) and _near(pale, _over_white(DIMMED_FILL, DIMMED))
    # 越级: the arrow moves to the party committee's box, the tag changes, the government pales
    set_lever(window, "attention.tier", "party")
    scene = view.scene()
    gov, party = scene.tiers
    assert party.contains(scene.arrow_from - QPointF(0, 1)) and not gov.contains(scene.arrow_from)
    assert scene.texts.route_skip.startswith("越级") and scene.texts.route_step.startswith("逐级")
    gov_shares, party_shares = scene.data.tier_shares
    assert party_shares[1:, 0].min() > 0 and gov_shares[:, 0].max() == 0  # this task moved tier
    assert gov_shares[1:, 1].max() > 0  # the rival task still seeks the government
    image = view.grab().toImage()
    sought = _pixel(image, (party.left() + 6) * ratio, party.center().y() * ratio)
    pale = _pixel(image, (gov.left() + 6) * ratio, gov.center().y() * ratio)
    assert _near(sought, SUPERIOR_FILL) and _near(pale, _over_white(DIMMED_FILL, DIMMED))


def test_a_tiers_tooltip_says_where_its_attention_goes(window):
    view = window.network
    window.controller.seek(6)
    gov, party = view.scene().tiers
    assert view.tier_at(gov.center()) == 0 and view.tier_at(party.center()) == 1
    assert view.tier_at(QPointF(1, view.height() - 1)) == -1
    text = tier_details(view.scene(), 0, 6)
    share = 100 * view.scene().data.tier_shares[0][6]
    assert text.startswith("Government\nThis task's lead seeks its attention (逐级)")
    assert f"this task: {share[0]:.0f}%" in text and f"rival task 1: {share[1]:.0f}%" in text
    assert "does not seek" in tier_details(view.scene(), 1, 6)


def test_the_legend_explains_the_pale_tier_and_the_route(window):
    texts = [t for _k, t in legend_entries()]
    assert any(t.startswith("Pale box") for t in texts)
    assert any(t.startswith("逐级 / 越级") for t in texts)


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
