"""The desktop application: ``collabsim [FILE]`` opens the main window.

    create_application(argv) -> QApplication   # names, fonts, translator, services
    main(argv) -> int                          # optional scenario path; else the default preset

PySide6 is imported before pyqtgraph (``PYQTGRAPH_QT_LIB=PySide6``), see STYLE "Known pitfalls".
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QFont, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from collabsim.gui.common import i18n  # noqa: E402
from collabsim.paths import resource_dir  # noqa: E402

UI_POINT_SIZE = 11
#: perf_counter at import time of this module: the launch reference for the window-shown time
LAUNCHED_AT = time.perf_counter()


def _apply_fonts(app: QApplication) -> None:
    family = ""
    try:
        from collabsim.gui.common import fonts

        fonts.register_fonts()
        family = fonts.ui_font_family()
    except Exception:  # noqa: BLE001 - fonts are a nicety; the app must start anyway
        family = ""
    font = QFont(app.font())
    if family:
        font.setFamilies([family, *font.families()])
    if font.pointSizeF() < UI_POINT_SIZE:
        font.setPointSizeF(UI_POINT_SIZE)
    app.setFont(font)


def _install_services(app: QApplication) -> None:
    """Hook for application-wide services (logging, crash handler) wired in by their owners."""
    from collabsim import logs
    from collabsim.gui import crash

    logs.setup_logging()  # rotating file in the user log folder; Qt messages into logging
    crash.install()  # unexpected exceptions: logged, a dialog, the app goes on


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with names, fonts and the user's language set (reuses an existing one)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "collabsim", *argv])
    app.setOrganizationName("collabsim")
    app.setApplicationName("collabsim")
    app.setApplicationDisplayName("collabsim")
    from collabsim import APP_ID

    app.setDesktopFileName(APP_ID)  # Wayland matches the window to its menu entry by this name
    icon = resource_dir() / "icons" / "collabsim.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    _apply_fonts(app)
    i18n.install_language(i18n.preferred_language())
    _install_services(app)
    return app


def main(argv: list[str]) -> int:
    """Open the window (with the scenario file in ``argv``, if any) and run the event loop."""
    args = [a for a in argv if not a.startswith("-")]
    app = create_application(argv)
    from collabsim.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if args:
        QTimer.singleShot(0, lambda: window.open_path(args[0]))
    from collabsim.gui.document import autosave

    window.autosave = autosave.AutosaveManager(window)
    QTimer.singleShot(0, lambda: autosave.offer_recovery(window, manager=window.autosave))
    return app.exec()
