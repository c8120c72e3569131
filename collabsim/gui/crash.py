"""Unexpected exceptions: logged with their traceback, reported in a dialog, and the app goes on.

    from collabsim.gui import crash
    crash.install()          # app.create_application does it

``install`` sets ``sys.excepthook`` (PySide6 hands exceptions raised in slots and event handlers
to it) and ``threading.excepthook`` (worker threads). The dialog is always shown later from the
event loop, never from inside the failing call (which may be a paint event), and never in a
storm: one dialog at a time, at most one per :data:`MIN_INTERVAL` seconds, and the same error
(type and place) only once per session; everything else goes to the log only. Native crashes
(segfaults) are written by :mod:`faulthandler` to ``crash-native.log`` beside the log file.

Tests replace the dialog: ``install(dialog=fake)`` or ``monkeypatch.setattr(crash, "show_dialog", fake)``;
``dialog(title, text, details)`` gets plain text.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from collabsim import logs

MIN_INTERVAL = 10.0  # seconds between two dialogs
LOG_REPEATS = 20  # identical errors logged in full; after that every 100th only

log = logging.getLogger("collabsim.crash")
Dialog = Callable[[str, str, str], None]


def show_dialog(title: str, text: str, details: str) -> None:
    """The real dialog: a critical message box with the traceback under "Show Details"."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.exec()


def _signature(exc_type: type, tb) -> tuple:
    """Identity of an error for de-duplication: its type and the innermost frame."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    last = frames[-1] if frames else None
    return (exc_type.__name__, last.filename if last else "", last.lineno if last else 0)


class CrashHandler(QObject):
    """Receives uncaught exceptions from any thread; shows dialogs on the GUI thread."""

    _report = Signal(object, str)  # signature, details

    def __init__(self, dialog: Dialog | None = None, min_interval: float = MIN_INTERVAL,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialog = dialog
        self.min_interval = min_interval
        self._clock = clock
        self._showing = False
        self._last_shown = -float("inf")
        self._shown: set[tuple] = set()
        self._counts: dict[tuple, int] = {}
        self.suppressed = 0  # dialogs not shown (storm guard), for tests and the log
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ hooks
    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, threading.current_thread().name)

    def threading_hook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def handle(self, exc_type, exc, tb, thread: str = "") -> None:
        """Log the exception and queue a dialog; never raises."""
        try:
            sig = _signature(exc_type, tb)
            n = self._counts[sig] = self._counts.get(sig, 0) + 1
            if n <= LOG_REPEATS or n % 100 == 0:
                log.error("unexpected error in thread %s (occurrence %d)", thread, n,
                          exc_info=(exc_type, exc, tb))
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            self._report.emit(sig, details)
        except Exception:  # noqa: BLE001 - the last line of defence must not fail
            sys.__excepthook__(exc_type, exc, tb)

    # ------------------------------------------------------------------ dialog (GUI thread)
    def _show(self, sig: tuple, details: str) -> None:
        now = self._clock()
        if self._showing or sig in self._shown or now - self._last_shown < self.min_interval:
            self.suppressed += 1
            log.info("error dialog suppressed (%d so far)", self.suppressed)
            return
        if QCoreApplication.instance() is None:
            return
        self._showing = True
        self._shown.add(sig)
        try:
            (self._dialog or show_dialog)(*self.texts(details))
        except Exception:  # noqa: BLE001
            log.exception("the error dialog itself failed")
        finally:
            self._showing = False
            self._last_shown = self._clock()

    @staticmethod
    def texts(details: str) -> tuple[str, str, str]:
        title = QCoreApplication.translate("Crash", "Unexpected error")
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong inside collabsim. The program keeps running, but to be safe "
            "save your scenario under a new name.\n\nThe details were written to the log file:\n{0}",
        ).format(str(logs.log_path()))
        return title, text, details


_handler: CrashHandler | None = None
_previous: tuple | None = None
_fault_file = None


def install(dialog: Dialog | None = None, force: bool = False) -> CrashHandler:
    """Install the hooks (again: the same handler, with ``dialog`` if given).

    A hook someone else already installed (a debugger, an IDE, pytest-qt failing tests on
    exceptions in Qt callbacks) is kept unless ``force``: only Python's defaults are replaced.
    """
    global _handler, _previous
    if _handler is None:
        _handler = CrashHandler(dialog, parent=QCoreApplication.instance())
        _previous = (sys.excepthook, threading.excepthook)
        _enable_faulthandler()
    elif dialog is not None:
        _handler._dialog = dialog
    if force or sys.excepthook in (sys.__excepthook__, _handler.excepthook):
        sys.excepthook = _handler.excepthook
    if force or threading.excepthook in (threading.__excepthook__, _handler.threading_hook):
        threading.excepthook = _handler.threading_hook
    return _handler


def uninstall() -> None:
    """Restore the previous hooks (tests)."""
    global _handler, _previous
    if _previous is not None:
        sys.excepthook, threading.excepthook = _previous
    if _handler is not None:
        _handler.deleteLater()
    _handler = None
    _previous = None


def _enable_faulthandler() -> None:
    """Write native crashes (segfaults, aborts) next to the log file; silently skip if impossible."""
    global _fault_file
    if _fault_file is not None or faulthandler.is_enabled():  # keep an existing set-up (pytest)
        return
    try:
        path = logs.log_path().with_name("crash-native.log")
        path.parent.mkdir(parents=True, exist_ok=True)
        _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - must stay open
        faulthandler.enable(_fault_file)
    except (OSError, ValueError, RuntimeError):
        _fault_file = None
