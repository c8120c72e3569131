"""Crash handler: exceptions are logged with their traceback, one dialog, the app goes on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from collabsim import logs
from collabsim.gui import crash

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup_logging(folder=tmp_path / "logs", qt=False)
    yield path
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, logs._MARK, False)]:
        root.removeHandler(h)
        h.close()


@pytest.fixture
def dialogs(qapp):
    seen: list[tuple[str, str, str]] = []
    return seen


@pytest.fixture
def handler(qapp, dialogs):
    clock = Clock()
    h = crash.CrashHandler(dialog=lambda *texts: dialogs.append(texts), clock=clock)
    h.clock = clock
    yield h
    h.deleteLater()


def _raise(exc: BaseException):
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def _fail_here(n: int = 0):
    return _raise(ValueError(f"broken lever {n}"))


def test_logged_with_traceback_and_one_dialog(qtbot, handler, dialogs, log_file):
    handler.excepthook(*_fail_here())
    assert dialogs == []  # never shown from inside the failing call
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    title, text, details = dialogs[0]
    assert title == "Unexpected error"
    assert str(log_file) in text and "keeps running" in text
    assert "ValueError: broken lever 0" in details and "in _raise" in details
    content = log_file.read_text("utf-8")
    assert "unexpected error in thread MainThread" in content
    assert "Traceback (most recent call last)" in content and "broken lever 0" in content


def test_storm_of_the_same_error_gives_one_dialog(qtbot, handler, dialogs, log_file):
    for i in range(200):
        handler.excepthook(*_fail_here(i))
        handler.clock.now += 1.0  # even spread out over minutes
    qtbot.wait(50)
    assert len(dialogs) == 1
    assert handler.suppressed == 199
    text = log_file.read_text("utf-8")
    assert text.count("Traceback") == crash.LOG_REPEATS + 2  # 20 in full, then the 100th and 200th


def test_different_errors_are_rate_limited(qtbot, handler, dialogs):
    handler.excepthook(*_raise(ValueError("a")))
    handler.excepthook(*_raise(KeyError("b")))  # a different error, 0 s later
    qtbot.wait(50)
    assert len(dialogs) == 1
    handler.clock.now += crash.MIN_INTERVAL + 1
    handler.excepthook(*_raise(TypeError("c")))
    qtbot.waitUntil(lambda: len(dialogs) == 2)
    assert "TypeError: c" in dialogs[1][2]


def test_one_dialog_at_a_time(qtbot, qapp, dialogs):
    """An error raised while the dialog is open (nested event loop) does not open a second one."""
    clock = Clock()

    def dialog(*texts):
        dialogs.append(texts)
        clock.now += 100  # time passes while the user reads
        h.excepthook(*_raise(RuntimeError("during the dialog")))
        qapp.processEvents()  # the nested loop delivers the queued report now

    h = crash.CrashHandler(dialog=dialog, clock=clock)
    h.excepthook(*_raise(ValueError("first")))
    qtbot.wait(50)
    assert len(dialogs) == 1 and h.suppressed == 1
    h.deleteLater()


def test_a_failing_dialog_is_survived(qtbot, qapp, caplog):
    def broken(*texts):
        raise OSError("no display")

    h = crash.CrashHandler(dialog=broken)
    h.excepthook(*_fail_here())
    qtbot.wait(50)
    assert "the error dialog itself failed" in caplog.text
    h.deleteLater()


def test_worker_thread_errors_show_on_the_gui_thread(qtbot, handler, dialogs):
    gui = QThread.currentThread()
    shown_on = []
    handler._dialog = lambda *texts: (dialogs.append(texts), shown_on.append(QThread.currentThread()))

    def work():
        raise ZeroDivisionError("in the worker")

    t = threading.Thread(target=lambda: handler.threading_hook(_thread_args(work)), name="worker-1")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert shown_on == [gui]
    assert "ZeroDivisionError: in the worker" in dialogs[0][2]


def _thread_args(fn):
    try:
        fn()
    except BaseException:
        et, ev, tb = sys.exc_info()
    return threading.ExceptHookArgs((et, ev, tb, threading.current_thread()))


def test_keyboard_interrupt_and_system_exit_are_not_reported(qtbot, handler, dialogs, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: seen.append(a[0]))
    handler.excepthook(*_raise(KeyboardInterrupt()))
    handler.threading_hook(threading.ExceptHookArgs((SystemExit, SystemExit(0), None, None)))
    qtbot.wait(50)
    assert dialogs == [] and seen == [KeyboardInterrupt]


def test_install_keeps_a_foreign_hook_unless_forced(qapp, monkeypatch):
    def foreign(*args):
        pass

    monkeypatch.setattr(sys, "excepthook", foreign)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    monkeypatch.setattr(crash, "_handler", None)
    monkeypatch.setattr(crash, "_previous", None)
    h = crash.install(dialog=lambda *t: None)
    assert sys.excepthook is foreign  # pytest-qt, a debugger, an IDE: left alone
    assert threading.excepthook == h.threading_hook
    crash.install(force=True)
    assert sys.excepthook == h.excepthook
    crash.uninstall()
    assert sys.excepthook is foreign and threading.excepthook is threading.__excepthook__


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_handler_and_the_app_goes_on(qtbot, qapp, monkeypatch):
    """The real path: PySide6 hands an exception in a timer slot to sys.excepthook."""
    dialogs = []
    monkeypatch.setattr(crash, "_handler", None)
    monkeypatch.setattr(crash, "_previous", None)
    crash.install(dialog=lambda *t: dialogs.append(t), force=True)
    try:
        ticks = []

        def bad_slot():
            raise RuntimeError("boom in a slot")

        QTimer.singleShot(0, bad_slot)
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(5)
        qtbot.waitUntil(lambda: bool(dialogs) and len(ticks) > 5, timeout=5000)
        timer.stop()
        assert "boom in a slot" in dialogs[0][2]
    finally:
        crash.uninstall()


def test_real_dialog_is_plain_text_with_details(qapp, monkeypatch):
    seen = {}

    def fake_exec(box):
        seen.update(text=box.text(), fmt=box.textFormat(), details=box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    crash.show_dialog("t", "<b>not bold</b>", "Traceback ...")
    from PySide6.QtCore import Qt

    assert seen == {"text": "<b>not bold</b>", "fmt": Qt.TextFormat.PlainText, "details": "Traceback ..."}
    assert QApplication.activeModalWidget() is None
