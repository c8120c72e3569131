"""The desktop application: ``collabsim [FILE]`` opens the main window.

    create_application(argv) -> QApplication   # names, fonts, translator, services
    main(argv) -> int                          # optional scenario path; else the default preset

PySide6 is imported before pyqtgraph (``PYQTGRAPH_QT_LIB=PySide6``), see STYLE "Known pitfalls".
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QFont, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from collabsim import logs  # noqa: E402
from collabsim.gui import crash  # noqa: E402
from collabsim.gui.common import fonts, i18n, qtutil, zoom  # noqa: E402
from collabsim.paths import resource_dir  # noqa: E402

UI_POINT_SIZE = 11


def _apply_fonts(app: QApplication) -> None:
    """The shipped CJK-capable family (a missing font file is logged by register_fonts)."""
    fonts.register_fonts()
    font = QFont(app.font())
    font.setFamilies([fonts.ui_font_family(), *font.families()])
    if font.pointSizeF() < UI_POINT_SIZE:
        font.setPointSizeF(UI_POINT_SIZE)
    app.setFont(font)


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
    zoom.set_factor(zoom.saved_factor(), remember=False)  # View > Zoom, remembered per user
    i18n.install_language(i18n.preferred_language())
    logs.setup_logging()  # rotating file in the user log folder; Qt messages into logging
    crash.install()  # unexpected exceptions: logged, a dialog, the app goes on
    qtutil.collect_garbage_in_gui_thread()  # workers run Python: collections only here
    return app


def main(argv: list[str]) -> int:
    """Open the window (with the scenario file in ``argv``, if any) and run the event loop."""
    args = [a for a in argv if not a.startswith("-")]
    app = create_application(argv)
    from collabsim.gui.document import autosave
    from collabsim.gui.main_window import MainWindow

    window = MainWindow(autosave=True)
    window.show()
    # the window is up: what is alive now stays out of later collections (not if it is gone)
    QTimer.singleShot(3000, window, qtutil.freeze_long_lived)
    if args:
        QTimer.singleShot(0, lambda: window.open_path(args[0]))
    QTimer.singleShot(0, lambda: autosave.offer_recovery(window.document, manager=window.autosave,
                                                         parent=window))
    return app.exec()
