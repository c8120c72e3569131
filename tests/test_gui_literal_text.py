"""Names and titles from scenario files are shown literally, never interpreted as HTML.

A student's file may name a department '<b>bold</b><img src=x>'; the window must show exactly
those characters (table cells, window title, labels, tooltips, network and event log), not
bold text or a broken image. Every QLabel in the window is scanned: one that renders rich text
and contains the name must show the markup characters (today only the plots' colour key carries
names; panels/plots.py escapes them).
"""

from __future__ import annotations

import html
import json

import pytest
from gui_helpers import GUI_MARKS, reset_window
from PySide6.QtGui import (
    Qt,  # QtGui.Qt also has mightBeRichText
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QWidget

from collabsim.presets import load_preset
from collabsim.scenario import loads

pytestmark = GUI_MARKS

NAME = "<b>bold</b><img src=x>"
NAME_EN = "<script>alert(1)</script>&amp;"
TITLE = "<i>x</i> & <u>y</u>"


@pytest.fixture
def window(qtbot, shared_window, tmp_path):
    data = load_preset("case_b").to_dict()
    data["departments"][1]["name"] = NAME
    data["departments"][1]["name_en"] = NAME_EN
    data["meta"]["title"] = {"zh": TITLE, "en": TITLE}
    path = tmp_path / "markup.collabsim"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    w = reset_window(shared_window, loads(path.read_bytes()))  # untitled: the title shows meta.title
    w.controller.run_to_end()
    w.controller.draw_now()
    w.show()
    qtbot.waitExposed(w)
    return w


def _rendered(label: QLabel) -> str:
    """What a label shows, as plain text."""
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _interpreting(labels, needles=(NAME, NAME_EN, TITLE)) -> list[str]:
    """Labels that carry a needle (raw or HTML-escaped) but do not show its characters."""
    bad = []
    for label in labels:
        text, shown = label.text(), _rendered(label)
        for needle in needles:
            if (needle in text or html.escape(needle) in text) and needle not in shown:
                bad.append(f"{type(label.parent()).__name__}: {text[:80]!r} shows {shown[:60]!r}")
    return bad


def test_window_title_is_literal(window):
    assert TITLE in window.windowTitle()


def test_departments_table_cells_are_literal(window):
    table = window.levers.findChild(QWidget, "departments_table") or _find_table(window)
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(2)
             if table.item(r, c) is not None]
    assert NAME in texts and NAME_EN in texts


def _find_table(window):
    from PySide6.QtWidgets import QTableWidget

    tables = [t for t in window.findChildren(QTableWidget)
              if any(t.item(r, 0) is not None and t.item(r, 0).text() == NAME for r in range(t.rowCount()))]
    assert tables, "no table shows the department name"
    return tables[0]


def test_event_log_and_network_use_plain_text(window):
    from PySide6.QtGui import QStaticText

    log = window.event_log
    assert log.rows(), "the run to the end shows events"
    assert log.model.department_text(1) == NAME_EN  # the English interface: name_en, as typed
    window.set_language("zh_CN")
    try:
        assert log.model.department_text(1) == NAME
        assert window.network.scene().full_names[1] == NAME
    finally:
        window.set_language("en")
    net = window.network
    assert net.scene().full_names[1] == NAME_EN  # the tooltip; the label may be elided in a dock
    assert NAME_EN.startswith(net.label_texts()[1].rstrip("\u2026"))
    statics = net.scene().labels
    assert statics and all(isinstance(st, QStaticText) and st.textFormat() == Qt.TextFormat.PlainText
                           for st in statics)


def test_labels_outside_the_plot_key_do_not_interpret_names(window):
    key = getattr(window.plots, "key", None)
    labels = [lab for lab in window.findChildren(QLabel) if lab is not key]
    assert labels
    assert _interpreting(labels) == [], "labels render names/titles as HTML"


def test_plot_key_shows_names_literally(window):
    key = window.plots.key
    assert any(n in key.text() for n in (NAME, html.escape(NAME), NAME_EN, html.escape(NAME_EN)))
    assert _interpreting([key]) == []


def test_tooltips_do_not_interpret_names(window):
    for w in window.findChildren(QWidget):
        tip = w.toolTip()
        if ("bold" in tip or "alert" in tip) and Qt.mightBeRichText(tip):
            doc = QTextDocument()
            doc.setHtml(tip)
            assert NAME in doc.toPlainText() or NAME_EN in doc.toPlainText(), (type(w).__name__, tip)
