"""``collabsim --self-test`` from the source tree: passes, fails clearly, never blocks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from timing import within

ROOT = Path(__file__).resolve().parent.parent


def run_self_test(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "collabsim", "--self-test", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=timeout)


@pytest.mark.gui
def test_self_test_passes_from_source():
    proc = run_self_test()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "collabsim self-test passed" in proc.stdout
    assert "window shown" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_self_test_fails_clearly_on_a_bad_preset():
    proc = run_self_test("--preset", "no_such_preset")
    assert proc.returncode == 1
    assert "collabsim self-test FAILED: unknown preset 'no_such_preset'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_watchdog_ends_a_hung_self_test():
    proc = run_self_test("--timeout", "0.05")
    assert proc.returncode == 3
    assert "no result after" in proc.stderr


@pytest.mark.gui
def test_dialog_guard_closes_a_modal_dialog_and_records_it(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from collabsim import selftest

    failures: list[str] = []
    guard = selftest._dialog_guard(QApplication.instance(), failures)
    box = QMessageBox(QMessageBox.Icon.Warning, "Title", "Unsaved changes")
    bound = within(2.5)
    QTimer.singleShot(int(bound * 1000) + 500, box.accept)  # safety net, should never be needed
    start = time.perf_counter()
    try:
        box.exec()  # blocks until the guard rejects it (~0.1 s)
    finally:
        guard.stop()
    assert time.perf_counter() - start < bound
    assert failures and "Unsaved changes" in failures[0]


def test_main_dispatches_the_flag_before_the_cli(monkeypatch):
    import collabsim.__main__ as entry
    import collabsim.selftest as selftest

    seen = []
    monkeypatch.setattr(selftest, "main", lambda argv: seen.append(argv) or 0)
    assert entry.main(["--self-test", "--preset", "case_a"]) == 0
    assert seen == [["--preset", "case_a"]]
