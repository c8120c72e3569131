"""Helpers shared by the GUI tests: a main window (fresh or shared per module), settled results.

Most tests take the ``window`` fixture of their module, which resets the module's one window
(``shared_window`` in conftest.py) with :func:`reset_window` instead of building a new one;
tests that close the window or need a pristine one use :func:`make_window`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from collabsim import presets
from collabsim.gui.app import create_application
from collabsim.gui.common import i18n
from collabsim.gui.controller import DEFAULT_SPEED
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
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # and deletes it (conftest)
    qtbot.addWidget(window)
    settle(window)
    return window


def make_shared_window() -> MainWindow:
    """The window behind the ``shared_window`` fixture (no qtbot: it outlives single tests)."""
    create_application([])
    i18n.install_language("en")
    window = MainWindow()
    window._force_close = True
    settle(window)
    return window


def reset_window(window: MainWindow, scenario=None, lang: str = "en") -> MainWindow:
    """Bring a shared window back to a freshly opened state: ``scenario`` (default preset) just
    opened (no history, no baseline, no path), playback at step 0 and default speed, ``lang``."""
    i18n.install_language(lang)
    window._force_close = True
    window.controller.pause()
    window.controller.set_speed(DEFAULT_SPEED)
    window.set_scenario(scenario if scenario is not None else presets.default_scenario())
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


def run_app_main(argv, inspect, qtbot, monkeypatch, ready=lambda w: True) -> tuple[int, dict]:
    """Run the real ``gui.app.main`` with ``QApplication.exec`` replaced; returns (code, inspect(w)).

    The fake ``exec`` spins the event loop (so main's queued calls run) until the window main
    built has results and ``ready(w)`` holds, then inspects and closes it. The window is the one
    ``MainWindow`` constructed during the call, recorded here; scanning ``topLevelWidgets()``
    instead can meet the stale wrappers of earlier tests' windows (a segfault seen once in a full
    run). A real exec()/quit() cycle would leave the shared test QApplication closing, which
    breaks later tests' event loops.
    """
    from PySide6.QtWidgets import QApplication

    import collabsim.gui.main_window as main_window_module
    from collabsim.gui import app as gui_app

    built: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            built.append(self)

    seen: dict = {}

    def fake_exec(_app=None):
        assert len(built) == 1, "app.main should build exactly one window"
        w = built[0]
        qtbot.waitUntil(lambda: w.isVisible() and w.controller.results() is not None and ready(w),
                        timeout=15_000)
        seen.update(inspect(w))
        w._force_close = True
        w.close()
        w.deleteLater()
        return 0

    monkeypatch.setattr(main_window_module, "MainWindow", Recorded)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return gui_app.main(argv), seen

