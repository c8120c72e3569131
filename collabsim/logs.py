"""Logging for the desktop app: a rotating log file in the user's log folder, warnings on the console.

    from collabsim import logs
    logs.setup_logging()      # once, at start-up (app.create_application does it)
    logs.log_path()           # the file to point users at when something went wrong

Qt's own messages (qWarning, "QPainter::begin: ..." and the like) are routed into Python logging
under the logger ``qt`` when PySide6 is importable; this module itself never needs Qt, so the
command line and the engine tests can use it too. Setting up twice does not duplicate handlers;
a log folder that cannot be written leaves the console handler only, never an error.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP = "collabsim"
LOG_NAME = "collabsim.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
#: Qt warnings that say nothing is wrong (the offscreen platform cannot size native windows)
HARMLESS = ("This plugin does not support propagateSizeHints()",)
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
#: marks the handlers this module added, so that a second call replaces instead of duplicating
_MARK = "_collabsim_handler"

_log_file: Path | None = None


def log_dir() -> Path:
    """The folder for log files (``COLLABSIM_LOG_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("COLLABSIM_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def log_path() -> Path:
    """The current log file (where it would be if logging has not been set up yet)."""
    return _log_file if _log_file is not None else log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO, console_level: int = logging.WARNING,
                  folder: str | os.PathLike | None = None, qt: bool = True) -> Path | None:
    """Log to a rotating file (1 MB x 5) and to stderr (warnings and worse).

    Returns the log file, or None when the folder cannot be written (console only then).
    """
    global _log_file
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(console_level)
    console.setFormatter(formatter)
    _add(root, console)
    path: Path | None = Path(folder) / LOG_NAME if folder is not None else log_dir() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False)
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s (%s)", path, exc)
        path = None
    else:
        handler.setLevel(level)
        handler.setFormatter(formatter)
        _add(root, handler)
    _log_file = path
    root.setLevel(min(level, console_level))
    logging.captureWarnings(True)
    if qt:
        install_qt_message_handler()
    logging.getLogger(__name__).info("collabsim started (pid %d, Python %s, log %s)",
                                     os.getpid(), sys.version.split()[0], path)
    return path


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _MARK, True)
    root.addHandler(handler)


# ---------------------------------------------------------------------------- Qt messages
def install_qt_message_handler() -> bool:
    """Route Qt's messages into the ``qt`` logger; False when PySide6 is not available.

    A message handler installed before ours (pytest-qt's, which fails tests on Qt warnings)
    still receives every message: ours passes them on.
    """
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:
        return False
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    logger = logging.getLogger("qt")
    previous = None

    def handler(mode, context, message) -> None:
        try:
            where = ""
            if context is not None and context.file:
                where = f" ({context.file}:{context.line})"
            level = levels.get(mode, logging.WARNING)
            if level == logging.WARNING and message.startswith(HARMLESS):
                level = logging.DEBUG  # known, harmless platform notes: kept in the log file only
            logger.log(level, "%s%s", message, where)
        except Exception:  # noqa: BLE001 - a message handler must never raise into Qt
            pass
        if previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)
    while getattr(previous, "_collabsim_previous", False) is not False:  # an earlier copy of ours
        previous = previous._collabsim_previous  # type: ignore[union-attr]
    handler._collabsim_previous = previous  # type: ignore[attr-defined]
    return True


def uninstall_qt_message_handler() -> None:
    """Give Qt back its default message output (tests)."""
    try:
        from PySide6.QtCore import qInstallMessageHandler
    except ImportError:
        return
    qInstallMessageHandler(None)
