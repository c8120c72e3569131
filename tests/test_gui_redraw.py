"""A lever change is redrawn once: one paint of the charts and of the network per answer, and a
provisional first answer (a large ensemble) is marked as such until the whole ensemble replaces it."""

from __future__ import annotations

import pytest
from gui_helpers import GUI_MARKS, reset_window
from PySide6.QtCore import QEvent, QObject

from collabsim.gui.panels.plots import provisional_note
from collabsim.presets import load_preset

pytestmark = GUI_MARKS


class PaintCounter(QObject):
    """Counts the paint events of some widgets."""

    def __init__(self, widgets: dict) -> None:
        super().__init__()
        self.widgets = widgets
        self.counts = dict.fromkeys(widgets, 0)
        for w in widgets.values():
            w.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            for name, w in self.widgets.items():
                if w is obj:
                    self.counts[name] += 1
        return False

    def reset(self) -> None:
        self.counts = dict.fromkeys(self.widgets, 0)

    def remove(self) -> None:
        for w in self.widgets.values():
            w.removeEventFilter(self)


@pytest.fixture
def window(shared_window, qtbot):
    w = reset_window(shared_window, load_preset("case_c"))
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.run_status._grace.setInterval(60_000)  # a busy test machine: no fading mid-change
    counter = PaintCounter({"plots": w.plots.view.viewport(), "network": w.network})
    updates = []
    for chart in w.plots.charts.values():
        real = chart.layer.set_strokes
        chart.layer.set_strokes = lambda *a, _real=real, **k: (updates.append(1), _real(*a, **k))
    _quiet(qtbot, counter)
    yield w, counter, updates
    counter.remove()
    for chart in w.plots.charts.values():
        del chart.layer.set_strokes
    w.run_status._grace.setInterval(300)
    w.hide()


def _quiet(qtbot, counter) -> None:
    """Wait until nothing has been painted for 200 ms (the window shown, resized, laid out)."""
    for _ in range(50):
        counter.reset()
        qtbot.wait(200)
        if not any(counter.counts.values()):
            return
    raise AssertionError(f"the window kept repainting: {counter.counts}")


def _change(qtbot, w, counter, updates, value: int) -> None:
    _quiet(qtbot, counter)
    updates.clear()
    w.levers.levers["assessment.frequency"].slider.setValue(value)
    qtbot.waitUntil(lambda: not w.controller.is_busy() and counter.counts["plots"] > 0, timeout=20_000)
    qtbot.wait(150)  # several display frames: any redundant redraw would have come by now


def test_a_lever_change_is_painted_once(qtbot, window):
    w, counter, updates = window
    for value in (23, 61, 88):
        _change(qtbot, w, counter, updates, value)
        assert w.controller.results().scenario == w.scenario()
        assert counter.counts == {"plots": 1, "network": 1}
        assert len(updates) == len(w.plots.charts)  # each chart's paths built once
    # back to a value shown before: answered from the ensembles kept, painted once too
    _change(qtbot, w, counter, updates, 61)
    assert counter.counts == {"plots": 1, "network": 1}


def test_a_provisional_first_answer_is_marked_until_the_whole_ensemble_comes(qtbot, window):
    w, counter, updates = window
    w.set_scenario(load_preset("case_c").with_changes("simulation.replicates", 600))
    assert w.controller.wait()
    before = w.controller.results()  # its frames may still come while _change waits for quiet
    seen = []

    def look():  # each answer, once its frame is drawn (the panels are connected before this)
        res = w.controller.results()
        if res is before:
            return
        if not seen or seen[-1][0] != res.replicates:
            notes = {c.layer.note for c in w.plots.charts.values()}
            seen.append((res.replicates, w.controller.is_provisional(), notes,
                         w.indicators.form_detail.text()))

    w.controller.frame.connect(look)
    try:
        _change(qtbot, w, counter, updates, 42)
    finally:
        w.controller.frame.disconnect(look)
    (first, provisional, notes, detail), (whole, final, final_notes, final_detail) = seen
    assert (first, whole) == (20, 600) and provisional and not final
    assert notes == {"Provisional: 20/600 runs"}
    assert provisional_note(w.controller.results()) == ""
    assert detail.startswith("Provisional:") and "20 of 600" in detail
    assert final_notes == {""} and not final_detail.startswith("Provisional")
    # the charts are drawn for both answers; the network shows replicate 0, the same in both
    assert counter.counts == {"plots": 2, "network": 1}
