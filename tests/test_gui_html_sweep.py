"""Text from files is plain text everywhere (issue 13 item 8): every text field of a scenario and
the file's own name carry HTML; every widget, item, action and tooltip of the window is checked
for markup that Qt would render (a local image, a heading, a link)."""

from __future__ import annotations

import pytest
from gui_helpers import GUI_MARKS, make_window, settle
from PySide6.QtGui import QAction, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from collabsim.presets import load_preset
from collabsim.scenario import save_scenario

pytestmark = [pytest.mark.gui, *GUI_MARKS]

PAYLOAD = "<img src='/any/local.svg' width=300><h1>Agri"
LINK = "<a href=https:evil.example>click me"


def hostile_scenario():
    s = load_preset("case_c")
    for path in ("meta.title.zh", "meta.title.en", "meta.description.zh", "meta.description.en",
                 "meta.author", "meta.teacher_notes.zh", "meta.teacher_notes.en"):
        s = s.with_changes(path, f"{PAYLOAD} {path}")
    deps = tuple(d.__class__(**{**d.__dict__, "name": f"{PAYLOAD}{i}", "name_en": f"{LINK}{i}"})
                 for i, d in enumerate(s.departments))
    return s.with_changes("departments", deps)


def _renders_markup(text: str, fmt=Qt.TextFormat.AutoText) -> bool:
    """True when Qt would render ``text`` as rich text containing our raw markup."""
    if "<img" not in text and "<a href" not in text:
        return False
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or Qt.mightBeRichText(text)


def offenders(window: QWidget) -> list[str]:
    found = []
    widgets = [window, *window.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if _renders_markup(w.toolTip()):
            found.append(f"{name} tooltip")
        if isinstance(w, QLabel) and _renders_markup(w.text(), w.textFormat()):
            found.append(f"{name} text")
        if isinstance(w, QAbstractButton) and "<img" in w.text():
            pass  # buttons draw plain text
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                if _renders_markup(str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")):
                    found.append(f"{name} item {i} tooltip")
        if isinstance(w, (QTableWidget,)):
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None and _renders_markup(item.toolTip()):
                        found.append(f"{name} cell {r},{c} tooltip")
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                if _renders_markup(w.item(i).toolTip()):
                    found.append(f"{name} item {i} tooltip")
        if isinstance(w, QTreeWidget):
            pass
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if _renders_markup(item.toolTip()):
                    found.append(f"{name} scene item {type(item).__name__} tooltip")
    for act in window.findChildren(QAction):
        if _renders_markup(act.toolTip()):
            found.append(f"action {act.text()!r} tooltip")
    return found


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_html_in_every_text_field_and_the_file_name_is_shown_as_text(qtbot, tmp_path, lang):
    path = tmp_path / f"{LINK}.collabsim"
    save_scenario(hostile_scenario(), path)
    w = make_window(qtbot, lang=lang)
    w.show()
    assert w.load_file(path) is None
    settle(w)
    w.controller.run_to_end()
    w.controller.draw_now()
    w.files.recent_changed.emit()  # the recent-files menu now names the hostile file
    bad = offenders(w)
    assert not bad, bad


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_network_view_tooltips_show_names_as_text(qtbot, monkeypatch, lang):
    """Hover tooltips are built on the fly (QToolTip.showText): sweep the view with help events."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    w = make_window(qtbot, hostile_scenario(), lang=lang)
    w.show()
    settle(w)
    view = w.network
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda pos, text, *a, **k: shown.append(text)))
    for x in range(0, view.width(), 8):
        for y in range(0, view.height(), 8):
            view.event(QHelpEvent(QEvent.Type.ToolTip, QPoint(x, y), view.mapToGlobal(QPoint(x, y))))
    assert shown, "no tooltip was shown over any department"
    assert any("local.svg" in t or "evil.example" in t for t in shown)  # a name from the file
    assert not [t for t in shown if _renders_markup(t)], shown[:3]
