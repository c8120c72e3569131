"""The network view shows the animated replicate faithfully: nodes, colours, events, plain names."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402

from collabsim.engine import codes as C  # noqa: E402
from collabsim.engine.simulation import run  # noqa: E402
from collabsim.gui.common import fonts  # noqa: E402
from collabsim.gui.network.layout import arc_angles  # noqa: E402
from collabsim.gui.network.view import NetworkView  # noqa: E402
from collabsim.scenario.model import Department  # noqa: E402


@pytest.fixture(scope="module")
def case_c(ensemble):
    return ensemble("case_c", replicates=3)


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
    lay = view.scene().layout
    assert abs(rect.center().x() - lay.centre[0]) < 1
    assert rect.top() > lay.superior[1] + lay.superior[3]


def test_colour_tracks_exposure(view, case_c):
    exposure = case_c.detail["exposure"][:, 0, :]
    t, j = np.unravel_index(np.argmax(exposure), exposure.shape)
    view.set_step(0)
    low = view.node_colour(j)
    view.set_step(float(t))
    high = view.node_colour(j)
    assert exposure[0, j] < 0.01 < exposure[t, j]
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

    assert all(s.textFormat() == Qt.TextFormat.PlainText for s in v.scene().labels)
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


def test_screenshot_has_the_event_tag_colours(view, case_c):
    """An event tag is really painted in its colour, in its slot clear of labels and nodes."""
    from collabsim.gui.common.colours import EVENT_COLOURS

    events = case_c.replicate_events(0)
    visits = events[(events["code"] == C.UNANNOUNCED_VISIT)]
    assert len(visits), "case C's animated run has unannounced visits (暗访): pick a run that has one"
    view.set_step(int(visits["step"][0]))
    image = _render(view)
    target = EVENT_COLOURS[C.UNANNOUNCED_VISIT]
    slot = view.scene().event_slots[C.UNANNOUNCED_VISIT]
    found = any(
        image.pixelColor(int(x), int(y)) == target
        for x in range(int(slot.left()), int(slot.right()), 2)
        for y in range(int(slot.top()), int(slot.bottom()), 2)
    )
    assert found
    assert not any(slot.intersects(r) for r in view.label_rects() + view.node_rects())
    assert not slot.intersects(QRectF(*view.scene().layout.superior))


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


@pytest.fixture(scope="module")
def preset_results(ensemble):
    return {name: ensemble(name) for name in ("case_a", "case_b", "case_c")}


@pytest.mark.parametrize("size", [(420, 560), (1280, 760)])
@pytest.mark.parametrize("preset", ["case_a", "case_b", "case_c"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_labels_never_overlap_and_stay_inside(qtbot, preset_results, preset, size, lang):
    fonts.register_fonts()
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(*size)
    v.set_language(lang)
    v.set_results(preset_results[preset])
    labels = v.label_rects()
    assert len(labels) == preset_results[preset].scenario.n_departments
    widget = QRectF(0, 0, *size)
    for k, rect in enumerate(labels):
        assert widget.contains(rect), (k, rect)
    sc = v.scene()
    others = labels + [QRectF(*sc.layout.superior), sc.step_rect, sc.values_rect, sc.legend_rect]
    for i, a in enumerate(labels):
        for j, b in enumerate(others):
            assert i == j or not a.intersects(b), (i, j, a, b)
    for a in labels:  # no label on a department's disc
        assert not any(a.intersects(node) for node in v.node_rects())
    # the step counter is drawn where nothing else is
    assert not v.scene().step_rect.intersects(QRectF(*v.scene().layout.superior))
    assert not v.scene().step_rect.intersects(v.scene().legend_rect)
    for slot in v.scene().event_slots.values():
        assert widget.contains(slot) and not any(slot.intersects(r) for r in labels)


def test_label_font_scales_with_the_view_within_bounds(qtbot, case_c):
    v = NetworkView()
    qtbot.addWidget(v)
    v.set_results(case_c)
    sizes = []
    for w, h in ((360, 300), (420, 560), (700, 600), (1280, 760), (2400, 1600)):
        v.resize(w, h)
        v.set_step(1)
        _render(v)
        sizes.append(v.scene().fonts.point_size)
    assert all(12.0 <= s <= 16.0 for s in sizes)
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_long_names_are_elided_with_the_full_name_as_tooltip(qtbot, case_c):
    fonts.register_fonts()
    long_name = "Municipal bureau of very long names and extended administrative titles"
    deps = list(case_c.scenario.departments)
    deps[3] = replace(deps[3], name_en=long_name)
    results = run(replace(case_c.scenario, departments=tuple(deps)), seed=1, replicates=1)
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(420, 560)
    v.set_language("en")
    v.set_results(results)
    text = v.label_texts()[3]
    assert text != long_name and text.endswith("\u2026")
    rect = v.label_rects()[3]
    assert QRectF(0, 0, 420, 560).contains(rect)
    assert v.name_at(rect.center()) == long_name
    assert v.name_at(v.node_rects()[3].center()) == long_name
    assert v.name_at(QPointF(2, 550)) == ""


def test_legend_tag_toggles_only_where_it_is_drawn(qtbot, case_c):
    from PySide6.QtCore import QPoint, Qt

    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(420, 560)
    v.set_results(case_c)
    assert not v.legend_visible()
    tag = v.scene().legend_rect
    qtbot.mouseClick(v, Qt.MouseButton.LeftButton, pos=QPoint(int(tag.center().x()), 400))
    assert not v.legend_visible()  # below the tag: the network, not a toggle
    qtbot.mouseClick(v, Qt.MouseButton.LeftButton, pos=tag.center().toPoint())
    assert v.legend_visible()


def test_another_run_of_the_same_departments_keeps_the_geometry(view, case_c):
    """A lever change keeps nodes and labels in place; only the event tags are placed again."""
    nodes, labels = view.node_rects(), view.label_rects()
    other = run(case_c.scenario.with_changes("assessment.unpredictability", 0.0), seed=5, replicates=2)
    view.set_results(other)
    assert view.node_rects() == nodes and view.label_rects() == labels
    codes = {c for evs in view.scene().data.events.values() for d, c in evs if d < 0}
    assert set(view.scene().event_slots) >= codes
    for slot in view.scene().event_slots.values():
        assert not any(slot.intersects(r) for r in labels)
    fewer = replace(case_c.scenario, departments=case_c.scenario.departments[:4])
    view.set_results(run(fewer, seed=1, replicates=1))
    assert len(view.node_rects()) == 4  # other departments: laid out again


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("factor", [1.0, 1.5, 2.0])
def test_superiors_boxes_keep_their_titles_in_a_narrow_dock(qtbot, ensemble, lang, factor):
    """The network dock at 1024x768 (380 px wide) under View > Zoom: both tiers' boxes keep their
    (short) titles whole, below the step counter and the legend tag when there is no room
    beside them (they were cut to "Go…" and "…" at 150%)."""
    from collabsim.gui.common import zoom

    fonts.register_fonts()
    zoom.set_factor(factor, remember=False)
    try:
        v = NetworkView()
        qtbot.addWidget(v)
        v.resize(380, 340)
        v.set_language(lang)
        v.set_results(ensemble("default"))
        sc = v.scene()
        shorts = (sc.texts.government_short, sc.texts.party_short)
        fulls = (sc.texts.government, sc.texts.party)
        assert all(t in (s, f) for t, s, f in zip(sc.tier_titles, shorts, fulls, strict=True)), sc.tier_titles
        widget = QRectF(0, 0, 380, 340)
        for box in sc.tiers:
            assert widget.contains(box) and not box.intersects(sc.step_rect), (box, sc.step_rect)
            assert not box.intersects(sc.legend_rect), (box, sc.legend_rect)
            assert not any(box.intersects(r) for r in v.label_rects() + v.node_rects())
    finally:
        zoom.set_factor(1.0, remember=False)


def _segment_near(a: QPointF, bx: float, by: float, cx: float, cy: float, r: float) -> bool:
    dx, dy = bx - a.x(), by - a.y()
    t = min(1.0, max(0.0, ((cx - a.x()) * dx + (cy - a.y()) * dy) / (dx * dx + dy * dy)))
    return (a.x() + t * dx - cx) ** 2 + (a.y() + t * dy - cy) ** 2 < r * r


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("factor", [1.0, 1.5])
def test_route_tag_values_and_arrow_cover_no_department(qtbot, ensemble, lang, factor):
    """Case C: the 逐级 tag sat on Agriculture's node (the view at 1280x800), the attention arrow
    crossed it (1920x1080 at QT_SCALE_FACTOR=1.5) and the Attention/Authority box covered
    Partner D's node (a narrow dock at 150%). They take free places now, as the labels do."""
    from collabsim.gui.common import zoom
    from collabsim.gui.network.layout import circle_hits_rect

    fonts.register_fonts()
    zoom.set_factor(factor, remember=False)
    try:
        v = NetworkView()
        qtbot.addWidget(v)
        v.set_language(lang)
        v.set_results(ensemble("case_c"))
        for size in ((380, 340), (620, 540), (780, 580), (820, 700), (1200, 760)):
            v.resize(*size)
            _render(v)
            sc = v.scene()
            lead = sc.data.lead
            lx, ly = float(sc.layout.x[lead]), float(sc.layout.y[lead])
            for j, (cx, cy, r) in enumerate(sc.discs):
                for name, rect in (("route", sc.route_rect), ("values", sc.values_rect)):
                    box = (rect.x(), rect.y(), rect.width(), rect.height())
                    assert not circle_hits_rect(cx, cy, r, box), (size, name, j)
                if j != lead:  # the arrow's shaft (up to 18 px wide) passes by, not across
                    assert not _segment_near(sc.arrow_from, lx, ly, cx, cy, r + 9), (size, j)
            assert not sc.route_rect.intersects(sc.values_rect)
            assert not any(sc.route_rect.intersects(t) or sc.values_rect.intersects(t) for t in sc.tiers)
    finally:
        zoom.set_factor(1.0, remember=False)
