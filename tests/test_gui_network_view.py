"""The network view shows the animated replicate faithfully: nodes, colours, events, plain names."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QImage, QPainter  # noqa: E402

from collabsim.engine import codes as C  # noqa: E402
from collabsim.engine.simulation import run  # noqa: E402
from collabsim.gui import fonts  # noqa: E402
from collabsim.gui.network_layout import arc_angles, label_anchor  # noqa: E402
from collabsim.gui.network_view import NetworkView  # noqa: E402
from collabsim.presets import load_preset  # noqa: E402
from collabsim.scenario.model import Department  # noqa: E402


@pytest.fixture(scope="module")
def case_c():
    s = load_preset("case_c")
    return run(s, seed=s.simulation.seed, replicates=3)


@pytest.fixture
def view(qtbot, case_c):
    fonts.register_fonts()
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.set_results(case_c)
    return v


def _render(v: NetworkView) -> QImage:
    image = QImage(v.width(), v.height(), QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    v.render_frame(p)
    p.end()
    return image


def test_one_node_per_department_inside_the_widget(view, case_c):
    rects = view.node_rects()
    assert len(rects) == case_c.scenario.n_departments
    for r in rects:
        assert r.left() >= 0 and r.top() >= 0 and r.right() <= view.width() and r.bottom() <= view.height()
    # nodes do not overlap each other
    for i in range(len(rects)):
        for j in range(i + 1, len(rects)):
            assert not rects[i].intersects(rects[j])


def test_node_size_follows_resources(view, case_c):
    deps = case_c.scenario.departments
    rects = view.node_rects()
    rich = max(range(len(deps)), key=lambda j: deps[j].resources)
    poor = min(range(len(deps)), key=lambda j: deps[j].resources)
    assert deps[rich].resources > deps[poor].resources
    assert rects[rich].width() > rects[poor].width()


def test_lead_is_central_and_below_the_superior(view, case_c):
    lead = case_c.scenario.lead_index
    rect = view.node_rects()[lead]
    lay = view._layout
    assert abs(rect.center().x() - lay.centre[0]) < 1
    assert rect.top() > lay.superior[1] + lay.superior[3]


def test_colour_tracks_exposure(view, case_c):
    exposure = case_c.detail["exposure"][:, 0, :]
    t, j = np.unravel_index(np.argmax(exposure), exposure.shape)
    view.set_step(0)
    low = view.node_colour(j)
    view.set_step(float(t))
    high = view.node_colour(j)
    assert exposure[0, j] < 0.05 < exposure[t, j]
    assert high != low
    assert high.lightness() < low.lightness()  # darker red = more exposed


def test_fractional_step_interpolates(view, case_c):
    exposure = case_c.detail["exposure"][:, 0, 0]
    t = int(np.argmax(np.abs(np.diff(exposure))))
    view.set_step(t)
    a = view.node_colour(0).lightness()
    view.set_step(t + 1)
    b = view.node_colour(0).lightness()
    view.set_step(t + 0.5)
    mid = view.node_colour(0).lightness()
    assert min(a, b) <= mid <= max(a, b) and a != b
    view.set_step(1e9)  # clamped, never an IndexError
    assert view.step() == len(case_c.steps) - 1
    view.set_step(float("nan"))
    assert view.step() == 0.0


def test_events_of_the_step_are_shown(view, case_c):
    events = case_c.replicate_events(0)
    assert len(events)
    step = int(events["step"][0])
    expected = sorted((int(e["department"]), int(e["code"])) for e in events[events["step"] == step])
    view.set_step(step)
    assert sorted(view.current_events()) == expected
    view.set_step(step - 0.5)  # during the transition into the step its events are shown
    assert sorted(view.current_events()) == expected
    view.set_step(0)
    assert view.current_events() == []
    assert not _render(view).isNull()


def test_department_names_are_plain_text(qtbot, case_c):
    fonts.register_fonts()
    html = "<b>农业</b> &amp;"
    deps = list(case_c.scenario.departments)
    deps[1] = replace(deps[1], name=html, name_en="<script>x</script>")
    results = run(replace(case_c.scenario, departments=tuple(deps)), seed=1, replicates=1)
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.set_results(results)
    assert v.label_texts()[1] == html
    from PySide6.QtCore import Qt

    assert all(s.textFormat() == Qt.TextFormat.PlainText for s in v._labels)
    v.set_language("en")
    assert v.label_texts()[1] == "<script>x</script>"
    assert v.label_texts()[0] == case_c.scenario.departments[0].name_en


def test_twenty_departments_and_small_size(qtbot, case_c):
    base = case_c.scenario
    partners = tuple(Department(name=f"部门{k}", resources=k / 19) for k in range(19))
    s = replace(base, departments=(base.departments[base.lead_index], *partners))
    results = run(s, seed=2, replicates=1)
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(700, 480)
    v.set_results(results)
    assert len(v.node_rects()) == 20
    for step in (0.0, 3.3, 10.5, float(len(results.steps) - 1)):
        v.set_step(step)
        assert not _render(v).isNull()


def test_empty_view_and_language_switch(qtbot):
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(800, 600)
    v.set_step(3.5)
    v.set_language("en")
    assert v.node_rects() == [] and v.current_events() == []
    image = _render(v)
    assert image.pixelColor(5, 5).lightness() == 255  # white background painted


def test_layout_helpers():
    angles = np.degrees(arc_angles(19))
    assert len(angles) == 19 and angles.min() > 140 and angles.max() < 400
    assert np.degrees(arc_angles(1))[0] == pytest.approx(270)
    left, top = label_anchor(100, 100, 1.0, 0.0, 20, 50, 10)
    assert (left, top) == (120, 95)
    left, top = label_anchor(100, 100, 0.0, 1.0, 20, 50, 10)
    assert (left, top) == (75, 120)


def test_screenshot_has_the_event_tag_colours(view, case_c):
    """An event tag is really painted in its colour near the superior."""
    from collabsim.gui.network_legend import EVENT_COLOURS

    events = case_c.replicate_events(0)
    visits = events[(events["code"] == C.UNANNOUNCED_VISIT)]
    if not len(visits):
        pytest.skip("no unannounced visit in this run")
    view.set_step(int(visits["step"][0]))
    image = _render(view)
    target = EVENT_COLOURS[C.UNANNOUNCED_VISIT]
    sx, sy, sw, sh = view._layout.superior
    found = any(
        image.pixelColor(int(x), int(y)) == target
        for x in range(int(sx + sw), min(view.width(), int(sx + sw + 200)), 2)
        for y in range(int(sy), int(sy + 60), 2)
    )
    assert found


def test_legend_can_be_hidden_to_give_the_network_more_room(qtbot, view):
    from PySide6.QtCore import QPoint, Qt

    width_with_legend = max(r.right() for r in view.node_rects())
    assert view.legend_visible()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() - 20, 40))
    assert not view.legend_visible()
    assert max(r.right() for r in view.node_rects()) > width_with_legend
    assert not _render(view).isNull()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() - 20, 20))
    assert view.legend_visible()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(40, 300))  # the network: no toggle
    assert view.legend_visible()


def test_legend_folds_away_in_a_narrow_view_until_chosen(qtbot, case_c):
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(500, 420)
    v.set_results(case_c)
    assert not v.legend_visible()
    v.resize(1000, 700)
    assert v.legend_visible()
    v.set_legend_visible(False)
    v.resize(1100, 700)
    assert not v.legend_visible()  # the user's choice sticks
