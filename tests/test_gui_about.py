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
