"""Help > About shows the version and the licence texts of what the app ships (issue 13 item 4)."""

from __future__ import annotations

import pytest
from gui_helpers import GUI_MARKS, make_window

from collabsim import __version__

pytestmark = [pytest.mark.gui, *GUI_MARKS]


def test_about_lists_every_licence_with_its_text(qtbot):
    from collabsim.gui.panels.about import AboutDialog

    w = make_window(qtbot)
    assert w.about_action in w.help_menu.actions() and w.about_action.text()
    dlg = AboutDialog(w)
    qtbot.addWidget(dlg)
    assert __version__ in dlg.header.text()
    rows = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    expect = {"Qt 6": ("LGPL-3.0-only", "GNU LESSER GENERAL PUBLIC LICENSE"),
              "PySide6": ("LGPL-3.0-only", "GNU LESSER GENERAL PUBLIC LICENSE"),
              "pyqtgraph": ("MIT", "Permission is hereby granted"),
              "NumPy": ("BSD-3-Clause", "OpenBLAS"),
              "Noto Sans SC": ("OFL-1.1", "SIL OPEN FONT LICENSE"),
              "collabsim": ("MIT", "Permission is hereby granted")}
    for name, (licence, phrase) in expect.items():
        row = next(i for i, r in enumerate(rows) if r.startswith(name))
        assert licence in rows[row]
        dlg.list.setCurrentRow(row)
        assert phrase in dlg.text.toPlainText(), name


def test_every_component_note_and_name_is_translated(qtbot):
    """The components' descriptions and notes follow the language (zh complete); the licence
    texts stay in their original English, and the dialog says so."""
    from collabsim import licenses
    from collabsim.gui.common import i18n
    from collabsim.gui.panels.about import AboutDialog, component_words

    comps = licenses.components()
    described = {c.name for c in comps if " " in c.name} | {c.note for c in comps if c.note}
    assert described - {"Qt 6"} <= set(component_words()), described - set(component_words())
    w = make_window(qtbot, lang="zh_CN")
    try:
        dlg = AboutDialog(w)
        qtbot.addWidget(dlg)
        for row, c in enumerate(comps):
            dlg.list.setCurrentRow(row)
            shown = dlg.list.item(row).text()
            head = "\n\n".join(dlg.text.toPlainText().split("\n\n")[:2])  # before the licence
            if c.name in component_words():
                assert c.name not in shown and c.name not in head, shown
            if c.note:
                assert c.note not in head and "动态链接" in head, head
            assert "原文" in head, head  # "the licence text, in its original English"
    finally:
        i18n.install_language("en")
