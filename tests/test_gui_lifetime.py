"""A closed window leaves no widgets behind: pyqtgraph's context menus go with their plots."""

from __future__ import annotations

import gc

from gui_helpers import GUI_MARKS, make_shared_window
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMenu

pytestmark = GUI_MARKS


def _menus() -> int:
    return sum(isinstance(w, QMenu) for w in QApplication.allWidgets())


def test_a_closed_main_window_leaves_no_menus_or_widgets():
    """Without a garbage collection (the app collects rarely, on a timer): each window used to
    leave 77 menus and about 300 other widgets behind."""
    before_menus, before = _menus(), len(QApplication.allWidgets())
    w = make_shared_window()  # not handed to qtbot: this test deletes it
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert _menus() > before_menus  # the plots' context menus exist while the window is open
    enabled = gc.isenabled()
    gc.disable()
    try:
        w.controller.shutdown()
        w.close()
        del w
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()
        assert _menus() <= before_menus
        assert len(QApplication.allWidgets()) <= before
    finally:
        if enabled:
            gc.enable()
