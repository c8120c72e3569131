"""Helpers shared by the GUI tests: a main window on a fresh app, settled results."""

from __future__ import annotations

import pytest

from collabsim.gui.app import create_application
from collabsim.gui.common import i18n
from collabsim.gui.main_window import MainWindow

#: Qt warnings fail the GUI tests, except the offscreen platform's harmless notice.
GUI_MARKS = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def make_window(qtbot, scenario=None, lang: str = "en") -> MainWindow:
    create_application([])
    i18n.install_language(lang)
    window = MainWindow(scenario)
    window._force_close = True  # teardown closes without the unsaved-changes prompt
    qtbot.addWidget(window)
    settle(window)
    return window


def settle(window: MainWindow) -> None:
    """Wait for the ensemble run and deliver the pending frame."""
    assert window.controller.wait(), "the ensemble run did not finish"
    window.controller.draw_now()


def set_lever(window: MainWindow, path: str, value) -> None:
    """Change a lever through its widget, as a user would."""
    lever = window.levers.levers[path]
    if hasattr(lever, "combo"):
        lever.combo.setCurrentIndex(lever.combo.findData(value))
    elif hasattr(lever, "check"):
        lever.check.setChecked(bool(value))
    elif hasattr(lever, "slider"):
        lo, hi = lever.lo, lever.hi
        lever.slider.setValue(round((value - lo) / (hi - lo) * 100))
    else:
        lever.box.setValue(value)
    settle(window)
