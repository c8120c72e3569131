"""Presentation mode (F11) and the interface zoom (View > Zoom), as a teacher uses them.

The presentation window opens full screen with every text at least 20 pt, the story's question
and the levers the step uses; Esc leaves it. With two screens it goes to the other one. The zoom
scales the whole interface's text and is remembered for the next start.
"""

from __future__ import annotations

import pytest
from gui_helpers import reset_window, settle
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from collabsim.classroom import stories
from collabsim.gui.classroom import fit
from collabsim.gui.classroom import presentation as PR
from collabsim.gui.common import zoom

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


@pytest.fixture
def window(shared_window):
    w = reset_window(shared_window)
    yield w
    if w.classroom.room.presentation is not None:
        w.classroom.room.presentation.close()
    zoom.set_factor(1.0, remember=False)


def _texts_below(root: QWidget, points: float) -> list[tuple[str, float]]:
    return [(w.text(), w.font().pointSizeF()) for w in root.findChildren(QWidget)
            if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible() and w.text()
            and w.font().pointSizeF() < points]


def _all_texts(root: QWidget) -> list[str]:
    return [w.text() for w in root.findChildren(QWidget)
            if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(root)]


def test_presentation_enter_and_leave(window, qtbot):
    window.document.load(stories.load_story("case_c"))
    settle(window)
    window.classroom.player.next()
    window.classroom.player.next()  # step 2 changes "Responsibility lies with"
    settle(window)
    window.controller.seek(20)
    settle(window)
    window.classroom.room.presentation_action.trigger()  # F11 / the toolbar button
    p = window.classroom.room.presentation
    assert p is not None and p.isVisible()
    # it shows the run and the step the main window shows, before any new frame
    assert p.plots._shown[0] is window.controller.results()
    assert p.network.step() == pytest.approx(window.controller.position())
    assert p.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.waitUntil(lambda: p.plots.view.width() > 0)
    # readable from the back of the room: nothing below 20 pt
    assert _texts_below(p, PR.MIN_POINT_SIZE) == []
    assert p.network.scene().fonts.font.pointSizeF() >= PR.MIN_POINT_SIZE
    assert p.network.scene().fonts.small.pointSizeF() >= PR.MIN_POINT_SIZE
    assert p.plots.charts_point_size() >= PR.MIN_POINT_SIZE
    assert p.plots._sparse  # 0, 0.5, 1 on the value axes: large text in small charts
    # the levers are folded away: only the step's lever, in a strip
    assert list(p.levers.levers) == ["responsibility.attribution"]
    assert p.story.question.text() == window.document.scenario().story.steps[1].question.en
    # the teacher notes stay on the presenter's screen, in the normal window, never on the wall
    notes = window.document.scenario().story.steps[1].notes.en
    assert not p.story.notes_box.isVisibleTo(p) and notes not in _all_texts(p)
    panel = window.classroom.story_panel
    assert panel.notes.text().startswith(notes) and not panel.notes_box.isHidden()
    lever = p.levers.levers["responsibility.attribution"]
    lever.combo.setCurrentIndex(lever.combo.findData("lead"))
    settle(window)
    assert window.document.scenario().responsibility.attribution == "lead"
    window.document.undo_stack.undo()
    assert lever.value() == "ambiguous"  # the strip follows undo
    # a presenter's clicker: Page Down is the next step
    p.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is p)
    qtbot.keyClick(p, Qt.Key.Key_PageDown)
    settle(window)
    assert window.classroom.player.index() == 2
    qtbot.keyClick(p, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.classroom.room.presentation is None
    assert not window.classroom.room.presentation_action.isChecked()


def test_a_second_screen_gets_the_presentation():
    class Screen:  # stands in for QScreen
        pass

    laptop, projector = Screen(), Screen()
    assert PR.presentation_screen(laptop, [laptop, projector]) is projector
    assert PR.presentation_screen(projector, [laptop, projector]) is laptop
    assert PR.presentation_screen(laptop, [laptop]) is laptop
    only = QGuiApplication.primaryScreen()
    assert PR.point_size(only) >= PR.MIN_POINT_SIZE


def test_zoom_scales_the_interface_and_persists(window):
    base_app = QApplication.font().pointSizeF()
    form = window.indicators.form_value.font().pointSizeF()
    window.classroom.room.zoom_in_action.trigger()
    f = zoom.factor()
    assert f > 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base_app * f)
    assert window.indicators.form_value.font().pointSizeF() == pytest.approx(form * f, rel=0.02)
    assert window.plots.charts_point_size() == pytest.approx(11 * f)
    assert window.network.scene().fonts.point_size >= 12 * f - 1e-6
    assert float(QSettings().value(zoom.SETTINGS_KEY)) == pytest.approx(f)  # remembered
    # the next start applies it
    zoom.set_factor(1.0, remember=False)
    from collabsim.gui.app import create_application

    create_application([])
    assert zoom.factor() == pytest.approx(f)
    window.classroom.room.zoom_reset_action.trigger()
    assert zoom.factor() == 1.0 and QApplication.font().pointSizeF() == pytest.approx(zoom.BASE_POINT_SIZE)
    window.classroom.room.zoom_out_action.trigger()
    assert zoom.factor() < 1.0


def test_shortcuts():
    assert zoom.STEPS[0] < 1.0 < zoom.STEPS[-1]


def test_reset_layout_brings_a_stray_dock_back(window):
    w = window
    w.removeDockWidget(w.network_dock)  # a stray drag: the network floats away
    w.network_dock.setFloating(True)
    w.levers_dock.hide()
    w.classroom.room.reset_layout_action.trigger()
    assert not w.network_dock.isFloating() and w.network_dock.isVisibleTo(w)
    assert w.levers_dock.isVisibleTo(w)
    # where the window's layout for its width puts it: on the right beside the centre, or (a
    # narrow window, e.g. the 800 px offscreen screen) in the side column's tabs with the levers
    if w.classroom.room.fit.mode == fit.STANDARD:
        assert w.dockWidgetArea(w.network_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    else:
        assert w.dockWidgetArea(w.network_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert w.network_dock in w.tabifiedDockWidgets(w.levers_dock)
    w.classroom.room.fit.arrange(fit.STANDARD, width=1280, height=800)
    w.removeDockWidget(w.network_dock)
    w.network_dock.setFloating(True)
    w.classroom.room.reset_layout_action.trigger()
    assert not w.network_dock.isFloating() and w.network_dock.isVisibleTo(w)


def test_dock_tabs_show_whole_titles_in_any_layout(window):
    """Tab bars the main window makes later (a restored layout, docks tabbed together) do not
    elide their titles ("模型…", "S…") but scroll."""
    w = window
    w.classroom.room.fit.fit_to_screen(restored=True)
    w.classroom.room.fit.arrange(fit.STANDARD, width=1280, height=800)  # levers, network apart
    QApplication.processEvents()
    before = set(w.findChildren(QTabBar))
    w.tabifyDockWidget(w.levers_dock, w.network_dock)  # a new tab group on the left
    QApplication.processEvents()
    bars = w.findChildren(QTabBar)
    assert set(bars) - before, "no new tab bar was made"
    assert all(b.elideMode() == Qt.TextElideMode.ElideNone and b.usesScrollButtons() for b in bars)
    w.classroom.room.reset_layout()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_presentation_network_labels_cover_no_label_and_no_other_node(window, qtbot, size, lang):
    """Case C's eight departments at the presentation's 20 pt: a label covers no other label,
    box or department (the lead's may lie on its own authority halo, not on its disc); at
    1280x800 and up long English names go on two lines before they are cut."""
    from collabsim.gui.common import i18n
    from collabsim.gui.network.layout import RING_GAP, circle_hits_rect

    reset_window(window, lang=lang)
    try:
        window.document.load(stories.load_story("case_c"))
        settle(window)
        p = PR.PresentationWindow(window, None)
        qtbot.addWidget(p)
        p.resize(*size)
        p.show()
        qtbot.waitUntil(lambda: p.network.scene().layout is not None and p.network.width() > 300)
        v = p.network
        assert v.scene().fonts.point_size >= PR.MIN_POINT_SIZE
        sc, lay = v.scene(), v.scene().layout
        rects = v.label_rects()
        boxes = [QRectF(*lay.superior), sc.step_rect, sc.values_rect, sc.legend_rect]
        for i, a in enumerate(rects):
            assert not any(a.intersects(b) for b in boxes), (i, a)
            assert not any(a.intersects(b) for k, b in enumerate(rects) if k != i), (i, v.label_texts())
            for k, (x, y, r) in enumerate(sc.discs):
                own = lay.radius[k] + RING_GAP + lay.ring_width  # the disc with its rings
                box = (a.x(), a.y(), a.width(), a.height())
                assert not circle_hits_rect(x, y, own if k == i else r, box), (i, k, v.label_texts())
        if lang == "en" and size[0] >= 1280:
            assert sum(t.endswith("…") for t in v.label_texts()) <= 2, v.label_texts()
        p.close()
    finally:
        i18n.install_language("en")


def test_presentation_lists_the_group_and_superior_events_beside_the_network(window, qtbot, monkeypatch):
    """At 20 pt the group's and the superiors' event tags covered half the network (a story step
    at month 27: four tags over the nodes); the presentation lists them beside it instead."""
    from collabsim.gui.common import labels
    from collabsim.gui.network.painter import NetworkPainter

    window.document.load(stories.load_story("case_c"))
    settle(window)
    window.classroom.room.presentation_action.trigger()
    p = window.classroom.room.presentation
    qtbot.waitUntil(lambda: p.network.scene().layout is not None)
    c = window.controller
    step = next(t for t in range(1, c.horizon() + 1)
                if (c.seek(t), window.controller.draw_now(), p.network.slot_events())[2])
    codes = p.network.slot_events()
    assert codes and c.step() == step
    for code in codes:
        assert labels.event_label(code) in p.events.text()
    assert p.events.text().startswith("This month:") and p.events.font().pointSizeF() >= PR.MIN_POINT_SIZE
    drawn = []
    monkeypatch.setattr(NetworkPainter, "_pill", lambda self, painter, x, y, code: drawn.append(code))
    p.network.grab()
    assert not set(codes) & set(drawn), drawn  # no such tag painted over the network
    window.network.grab()  # the main window's network still shows them in their slots
    assert set(codes) <= set(drawn), drawn
    c.seek(0)
    window.controller.draw_now()
    assert p.events.text() == "" or not p.network.slot_events()


def test_presentation_at_1024x768_keys_stay_in_their_chart_and_the_intro_shows_its_text(window, qtbot):
    """At 1024x768 the Progress chart's "■ Real ■ Reported" line (21.8 pt) was wider than the
    chart and ran into the Effort chart's axis; the names now wrap. At a story's introduction
    the strip showed only "Before we start" over blank space; it is as tall as what it shows."""
    window.document.load(stories.load_story("case_c"))
    settle(window)
    assert window.classroom.player.step() is None  # the introduction
    p = PR.PresentationWindow(window, None)
    qtbot.addWidget(p)
    p.resize(1024, 768)
    p.show()
    qtbot.waitUntil(lambda: p.plots.view.width() > 0)
    p.plots.refresh()
    qtbot.waitUntil(lambda: "Reported" in (p.plots.charts["progress"]._title_shown or ("",))[0])
    charts = list(p.plots.charts.values())
    assert p.plots.columns() == 2
    for k, chart in enumerate(charts):
        item = chart.plot.titleLabel.item
        title = item.mapRectToScene(item.boundingRect())
        own = chart.plot.sceneBoundingRect()
        assert title.left() >= own.left() - 2 and title.right() <= own.right() + 2, (chart.key, title, own)
        for other in charts[k + 1:]:
            axis = other.plot.getAxis("left").sceneBoundingRect()
            assert not title.intersects(axis), (chart.key, other.key)
    story = p.story
    assert story.step_title.text() == "Before we start"
    assert not story.text.isVisible()  # no text of its own in the strip: no window of its own
    inner = story.widget()
    shown = inner.layout().heightForWidth(story.viewport().width())
    assert story.height() <= shown + 2 * story.frameWidth() + 1, (story.height(), shown)
    assert story.height() < 0.6 * PR.MIN_POINT_SIZE * 9  # the cap it took whatever it showed
    window.classroom.player.next()  # a step with a question: taller, to what it shows
    settle(window)
    qtbot.waitUntil(lambda: story.question_box.isVisibleTo(p))
    qtbot.waitUntil(lambda: story.height() > story.step_title.height() + story.question.height())
    p.close()
