"""The experiment windows driven like a user: Sweep (line, heat map, click a cell, cancel, close
while running), Compare (named scenarios on the same seeds, networks, differences), the search's
frontier and the configurations table."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from gui_helpers import GUI_MARKS, make_window
from PySide6.QtCore import QPointF, Qt

from collabsim.experiments.tidy import available
from collabsim.gui.experiments.sweep import colour_range
from collabsim.gui.experiments.texts import output_label
from collabsim.presets import load_preset

pytestmark = GUI_MARKS


@pytest.fixture
def window(qtbot):
    # a window of its own (it opens more windows); closing it stops the experiments' work
    w = make_window(qtbot, load_preset("case_c").with_changes("task.horizon", 6))
    yield w
    # the main windows opened from a cell or a design: closed too (each left open would follow
    # every later language switch of the test session: 3-4 s a switch with four of them)
    for opened in list(w.experiments.opened):
        opened._force_close = True
        opened.close()


def choose(row, path: str, steps: int | None = None) -> None:
    row.combo.setCurrentIndex(row.combo.findData(path))
    if steps is not None:
        row.steps.setValue(steps)


def click_view(qtbot, view, plot, x: float, y: float) -> None:
    """A left click at view coordinates (x, y) of ``plot``, through the real viewport."""
    qtbot.wait(100)  # let the new plot lay itself out (its range decides where (x, y) is)
    pos = view.mapFromScene(plot.vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_every_output_has_words():
    for name in available()[1]:
        if name != "form":
            assert output_label(name) != name, name


def test_heat_map_colours_of_a_constant_map():
    assert colour_range(np.array([[0.2, 0.9], [0.5, 0.4]])) == (0.2, 0.9)
    assert colour_range(np.ones((3, 2))) == (0.0, 1.0)  # all tight: the top colour, not the bottom
    assert colour_range(np.zeros((3, 2))) == (0.0, 1.0)
    lo, hi = colour_range(np.full((2, 2), 7.0))
    assert lo < 7.0 < hi and (7.0 - lo) == pytest.approx(hi - 7.0)


def test_sweep_line_then_heat_map_and_open_a_cell(qtbot, window):
    panel = window.experiments.show("sweep").panel
    choose(panel.first, "assessment.weight", steps=3)
    panel.replicates.setValue(3)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None and not panel.job.is_running(), timeout=20000)
    assert panel.result.shape == (3,) and panel.export_data_button.isEnabled()
    curves = [i for i in panel.plot.items if isinstance(i, pg.PlotDataItem)]
    assert len(curves) == 1 and list(curves[0].xData) == [0.0, 0.5, 1.0]
    np.testing.assert_allclose(curves[0].yData, panel.result.field("real_progress"))
    with qtbot.waitSignal(panel.open_requested) as opened:
        click_view(qtbot, panel.view, panel.plot, 0.52, float(curves[0].yData[1]))
    scenario, title = opened.args
    assert scenario.assessment.weight == 0.5 and "0.5" in title.en and "0.5" in title.zh
    # two levers: a heat map, one cell per combination, with a colour bar
    panel.use_second.setChecked(True)
    choose(panel.second, "controls.supervision")
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result.shape == (3, 2) and not panel.job.is_running(), timeout=20000)
    assert panel._image is not None and panel._image.image.shape == (3, 2) and panel._bar is not None
    panel.output.setCurrentIndex(panel.output.findData("share_tight"))
    np.testing.assert_allclose(panel._image.image, panel.result.field("share_tight"))
    assert panel._bar.levels() == pytest.approx(colour_range(panel._image.image))
    with qtbot.waitSignal(panel.open_requested) as opened:
        click_view(qtbot, panel.view, panel.plot, 2.1, 0.9)
    assert opened.args[0].assessment.weight == 1.0 and opened.args[0].controls.supervision is True
    new = window.experiments.open_scenario(*opened.args)
    assert new.document.scenario().controls.supervision is True and new.document.is_modified()
    new._force_close = True
    new.close()


def test_sweep_cancel_and_close_while_running(qtbot, window):
    tool = window.experiments.show("sweep")
    panel = tool.panel
    choose(panel.first, "assessment.weight", steps=40)
    panel.use_second.setChecked(True)
    choose(panel.second, "assessment.sanction", steps=40)
    panel.replicates.setValue(50)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.value() >= 1, timeout=20000)
    assert panel.cancel_button.isEnabled() and not panel.run_button.isEnabled()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.job.is_running(), timeout=10000)
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=5000)
    assert "Cancelled" in panel.status.text() and panel.result is None
    assert panel.progress.value() < 1600
    # closing the window while a sweep runs stops it without hanging
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.value() >= 1, timeout=20000)
    tool.close()
    assert not panel.job.is_running()


def test_compare_named_scenarios_on_the_same_seeds(qtbot, window):
    window.document.pin_baseline("Before the change")
    window.document.edit("assessment.scope", "own", "scope")
    panel = window.experiments.show("compare").panel
    names = [e.name for e in panel.entries]
    assert names[1] == "Before the change" and len(names) == 2  # the pinned baseline, by its name
    panel.add("<b>not bold</b>", load_preset("case_a").with_changes("task.horizon", 6), "test")
    panel.make_baseline(1)
    assert panel.entries[0].name == "Before the change"
    panel.replicates.setValue(4)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.comparison is not None and not panel.job.is_running(), timeout=20000)
    c = panel.comparison
    assert c.baseline == "Before the change" and [r.seed for r in c.results] == [c.seed] * 3
    assert [label.text() for label in panel.key_labels][2] == "■ <b>not bold</b>"
    assert panel.key_labels[2].textFormat() == Qt.TextFormat.PlainText
    assert len(panel.network_views) == 3 and panel.network_views[1][0].text() == panel.entries[1].name
    headers = [
        panel.differences.horizontalHeaderItem(i).text() for i in range(panel.differences.columnCount())
    ]
    assert headers[1] == "Before the change" and any("−" in h for h in headers)
    assert panel.differences.rowCount() >= 5
    panel.step_slider.setValue(3)
    assert all(view.step() == 3.0 for _, view in panel.network_views)
    # cancel: the comparison stops between scenarios
    panel.replicates.setValue(2000)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.job.is_running(), timeout=20000)
    qtbot.waitUntil(lambda: "Cancelled" in panel.status.text(), timeout=5000)


SEARCH = """format_version = 1
base = "case_c"
levers = ["controls.supervision", "controls.coordination_team"]
[fixed]
"task.horizon" = 6
[run]
replicates = 3
[search]
targets = [{ output = "real_progress", at_least = 0.05 }]
objectives = [{ output = "real_progress", goal = "max" }]
[search.costs]
"controls.supervision" = { true = 1.0 }
"controls.coordination_team" = { true = 2.0 }
"""


def test_search_frontier_and_configurations_table(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "s.collabsim-experiment"
    path.write_text(SEARCH, encoding="utf-8")
    panel = window.experiments.panel("search")
    panel.path = path
    panel.use_document.setChecked(False)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None and not panel.job.is_running(), timeout=30000)
    assert len(panel.scatter.points()) == 4 and panel.table.rowCount() >= 1
    point = panel.scatter.points()[0]
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel._clicked(panel.scatter, [point])
    row = panel.result.table.iloc[int(point.data())]
    assert opened.args[0].controls.supervision == bool(row["controls.supervision"])

    conf = window.experiments.panel("configurations")
    conf.path = path
    qtbot.mouseClick(conf.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conf.table_data is not None and not conf.job.is_running(), timeout=30000)
    assert conf.table.rowCount() == 4
    tight = [conf.table.item(r, 1).value for r in range(4)]
    assert tight == sorted(tight, reverse=True)
    with qtbot.waitSignal(conf.open_requested):
        conf.open_row(0)
    out = tmp_path / "qca.csv"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    assert conf.export(True) == out and "CONTROLS_SUPERVISION" in out.read_text(encoding="utf-8")


def test_experiment_windows_follow_a_language_switch_after_a_run(qtbot, window):
    """A sweep run in Chinese, then English set: its status line (and the heat map's words) are
    English too; before, the finished sweep's status stayed in the language it was run in."""
    import re

    from collabsim.gui.common import i18n

    def chinese(text: str) -> bool:
        return re.search(r"[\u4e00-\u9fff]", text) is not None

    i18n.install_language("zh_CN")
    try:
        sweep = window.experiments.show("sweep").panel
        choose(sweep.first, "assessment.weight", steps=2)
        sweep.replicates.setValue(2)
        qtbot.mouseClick(sweep.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: sweep.result is not None and not sweep.job.is_running(), timeout=20000)
        # a cell opened in Chinese: its window's title names the lever in each language (it kept
        # the Chinese words in its English title before), and Chinese stays set
        with qtbot.waitSignal(sweep.open_requested) as opened:
            sweep.open_cell((1,))
        title = opened.args[1]
        assert chinese(title.zh) and not chinese(title.en) and title.en.endswith("= 1"), title
        assert i18n.current_language() == "zh_CN" and chinese(sweep.tr("Run sweep"))
        new = window.experiments.open_scenario(*opened.args).document.scenario().meta.title
        assert new.en.endswith(f"({title.en})") and new.zh.endswith(f"（{title.zh}）")
        compare = window.experiments.show("compare").panel
        compare.add("A", load_preset("case_a").with_changes("task.horizon", 6), "test")
        compare.replicates.setValue(2)
        qtbot.mouseClick(compare.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: compare.comparison is not None and not compare.job.is_running(),
                        timeout=20000)
        for panel in (sweep, compare):
            assert chinese(panel.status.text()), panel.status.text()
        assert chinese(sweep.plot.titleLabel.text)
        i18n.install_language("en")
        for panel in (sweep, compare):
            words = panel.status.text().split("; baseline")[0]
            assert not chinese(words) and "scenarios" in words, words
        assert not chinese(sweep.plot.titleLabel.text)
        assert not chinese(window.experiments.windows["sweep"].windowTitle())
    finally:
        i18n.install_language("en")


def test_compared_names_the_app_made_follow_a_language_switch(qtbot, window):
    """Names the app made (the document's title, a preset's, "…, as now", the pinned "Baseline")
    are shown in the language set after a switch; typed names stay. Before, a comparison made in
    Chinese kept '基线' and '案例C…' in an English window."""
    from collabsim.gui.common import i18n, labels

    i18n.install_language("zh_CN")
    try:
        window.document.pin_baseline("")  # what Compare > Pin baseline does
        panel = window.experiments.show("compare").panel
        panel.reset_entries()
        assert panel.add_preset("case_a") and panel.add_current()
        panel.add("我的方案", load_preset("case_b").with_changes("task.horizon", 6), "test")
        zh = [e.name for e in panel.entries]
        assert zh[1] == "基线" and zh[2] == labels.preset_label("case_a"), zh
        panel.replicates.setValue(2)
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.comparison is not None and not panel.job.is_running(),
                        timeout=20000)
        i18n.install_language("en")
        title = load_preset("case_c").meta.title.en
        want = [title, "Baseline", "Case A: a joint volunteer-service platform", f"{title}, as now",
                "我的方案"]
        assert [e.name for e in panel.entries] == want
        assert [panel.table.item(i, 0).text() for i in range(5)] == want
        assert panel.table.item(1, 1).text() == "pinned baseline"
        assert panel.shown_names() == want
        assert [label.text() for label in panel.key_labels] == ["■ " + want[0] + " (baseline)"] + [
            "■ " + n for n in want[1:]]
        assert [label.text() for label, _ in panel.network_views] == want
        headers = [panel.differences.horizontalHeaderItem(i).text()
                   for i in range(panel.differences.columnCount())]
        assert headers[1] == title and headers[2] == "Baseline" and headers[3] == f"Baseline − {title}"
        assert panel.status.text().endswith("baseline: " + title), panel.status.text()
        win = window.experiments.windows["compare"]
        win.resize(1920, 1000)  # room to spare: the names stay side by side from the left
        qtbot.waitUntil(lambda: win.width() == 1920 and panel.key_labels[-1].isVisible(), timeout=5000)
        qtbot.wait(50)
        spare = [label.width() - label.sizeHint().width() for label in panel.key_labels]
        assert max(spare) <= 2, spare  # (they were spread over the width)
    finally:
        i18n.install_language("en")
