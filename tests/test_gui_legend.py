"""Legible symbols (issue 12 item 6): the network's legend in full, a node's values and reasons.

The legend panel lists every symbol of the view (the dashed joint-operation arc too) without
eliding a word, wraps in a narrow dock and scrolls in a short one; hovering over a node shows the
department's values at the step shown and why it works or not; clicking it opens its
explanation; the start page says what to press.
"""

from __future__ import annotations

import pytest
from gui_helpers import GUI_MARKS, reset_window, settle
from PySide6.QtCore import QPointF, QRectF

from collabsim import presets
from collabsim.gui.common import i18n
from collabsim.gui.network import legend as L
from collabsim.gui.network.legend_panel import LegendPanel, legend_entries

pytestmark = GUI_MARKS


@pytest.fixture
def window(shared_window):
    return reset_window(shared_window, presets.load_preset("case_b"))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_legend_shows_every_symbol_in_full_and_wraps(window, lang, qtbot):
    i18n.install_language(lang)
    panel = window.network_panel
    panel.set_legend_shown(True)
    legend = panel.legend
    texts = [lab.text() for lab in legend.texts]
    wanted = [t for _k, t in legend_entries()] + [window.network._texts.events[c]
                                                  for c in L.EVENT_ORDER]
    assert texts == wanted  # every row, nothing elided
    assert not any("…" in t for t in texts)
    arc = legend_entries()[-1][1]
    assert ("arc" in arc.lower()) if lang == "en" else ("弧" in arc)
    # a narrow dock: the rows wrap instead of being cut; a short one: the panel scrolls
    narrow = LegendPanel()
    qtbot.addWidget(narrow)
    narrow.resize(180, 120)
    narrow.show()
    qtbot.waitExposed(narrow)
    assert all(lab.wordWrap() for lab in narrow.texts)
    assert narrow.widget().width() <= narrow.viewport().width() + 1
    assert narrow.horizontalScrollBar().maximum() == 0 and narrow.verticalScrollBar().maximum() > 0
    longest = max(narrow.texts, key=lambda lab: len(lab.text()))
    assert longest.height() > 1.5 * longest.fontMetrics().height()  # wrapped onto more lines
    i18n.install_language("en")


def test_the_tag_folds_the_legend_away_and_back(window):
    panel = window.network_panel
    panel.set_legend_shown(True)
    view = window.network
    assert view.scene().legend is None  # not painted over the network any more
    panel.toggle_legend()
    assert not panel.legend.isVisibleTo(panel)
    view.legend_requested.emit()  # what a click on the "Legend" tag does
    assert panel.legend.isVisibleTo(panel)


def test_hovering_a_node_shows_its_values_and_reasons(window):
    c = window.controller
    c.seek(8)
    settle(window)
    view = window.network
    view.resize(600, 500)
    view.set_step(8)
    rect = view.node_rects()[1]
    j = view.department_at(rect.center())
    assert j == 1
    text = view.details(1)
    res = c.results()
    effort = float(res.trajectory("effort", 0)[8, 1])
    for caption in ("Effort", "Contribution", "Accountability exposure", "Resources", "Own workload"):
        assert caption in text
    assert f"{effort:.2f}" in text
    assert "Pushed most by" in text or "held back most by" in text
    assert "Week 8" in text


def test_clicking_a_node_opens_its_explanation(window, qtbot):
    view = window.network
    view.resize(600, 500)
    window.explain.set_department(0)
    center = view.node_rects()[2].center()
    qtbot.mouseClick(view, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton,
                     pos=center.toPoint())
    assert window.explain.department() == 2
    assert window.explain_dock.isVisibleTo(window)
    assert view.department_at(QPointF(-5, -5)) == -1


def test_a_name_with_markup_is_shown_literally_in_the_tooltip(window):
    s = window.document.scenario()
    deps = list(s.departments)
    deps[1] = deps[1].__class__(**{**deps[1].__dict__, "name": "<b>X</b>", "name_en": "<b>X</b>"})
    window.document.set_departments(tuple(deps), "rename")
    settle(window)
    assert "&lt;b&gt;X&lt;/b&gt;" in window.network.details(1)


def test_the_start_page_says_what_to_press(window):
    text = window.start_page.intro.text()
    assert "▶" in text and "Space" in text and "F11" in text


def test_a_chart_title_wider_than_its_chart_puts_the_series_key_on_a_second_line(window):
    settle(window)
    chart = window.plots.charts["attention"]  # "Attention and authority ■ Attention ■ Authority"
    chart.fit_title(1200)
    assert "<br>" not in chart.plot.titleLabel.text
    chart.fit_title(220)
    assert "<br>" in chart.plot.titleLabel.text and "Authority" in chart.plot.titleLabel.text
    assert chart.plot.titleLabel.maximumHeight() > 30  # two lines, not clipped to pyqtgraph's 30 px
    chart.fit_title(1200)


@pytest.mark.parametrize("width", [360, 460, 620])
def test_the_superior_and_the_event_tags_keep_clear_of_the_legend_tag(window, width):
    i18n.install_language("en")  # "Superior (task assigner)": the longer name
    settle(window)
    view = window.network
    view.resize(width, 380)
    view.set_step(9)
    sc = view.scene()
    superior = QRectF(*sc.layout.superior)
    assert not superior.intersects(sc.legend_rect), (superior, sc.legend_rect)
    assert superior.left() >= sc.step_rect.right()
    for rect in sc.event_slots.values():
        assert not rect.intersects(sc.legend_rect) and not rect.intersects(superior)


def test_a_long_preset_name_goes_on_two_lines_on_a_narrow_start_page():
    from collabsim.gui.panels.start_page import two_lines

    long = "Case A: a joint volunteer-service platform"
    assert two_lines(long) == "Case A:\na joint volunteer-service platform"
    assert two_lines("案例A：志愿服务信息平台联合建设") == "案例A：\n志愿服务信息平台联合建设"
    assert two_lines("Default scenario") == "Default\nscenario"
