"""Kill the real app mid-session; the next start offers the autosave and restores the changes.

A subprocess runs the real entry point (``collabsim.__main__.main``) offscreen with its user
folders in this test's temporary directories and a 200 ms autosave interval, opens a scenario
file, changes two levers through their widgets and reports when the autosave is on disk. While
it runs, its autosave is not offered to anyone else; then it is SIGKILLed, and an in-process
second start (the real ``app.main`` with its event loop driven by the test, and the manager
functions directly) offers and restores it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from gui_helpers import run_app_main

from collabsim import presets
from collabsim.gui.document import autosave
from collabsim.scenario import load_scenario

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints"),
              pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]

CHILD = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def drive():
        from collabsim.gui.main_window import MainWindow
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not wins or wins[0].current_path() is None or not hasattr(wins[0], "autosave"):
            QTimer.singleShot(50, drive)
            return
        w = wins[0]
        w.levers.levers["assessment.weight"].slider.setValue(90)
        w.levers.levers["controls.supervision"].check.setChecked(True)
        def wait_for_autosave():
            path = w.autosave.scenario_path
            if w.is_modified() and path.is_file() and b'"supervision": true' in path.read_bytes():
                print("AUTOSAVED", path, flush=True)
                return
            QTimer.singleShot(50, wait_for_autosave)
        wait_for_autosave()

    QTimer.singleShot(0, drive)
    from collabsim.__main__ import main
    sys.exit(main([sys.argv[1]]))
""")


@pytest.fixture
def killed_session(tmp_path, _fresh_user_settings):
    """Run the app in a subprocess, wait for its autosave, check it is private, then SIGKILL it."""
    doc = tmp_path / "lesson.collabsim"
    doc.write_bytes(presets.preset_path("case_b").read_bytes())
    original_bytes = doc.read_bytes()
    env = dict(os.environ, HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               COLLABSIM_AUTOSAVE_MS="200")
    (tmp_path / "home").mkdir()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(doc)], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = _read_marker(proc, timeout=90)
        saved = Path(line.split(" ", 1)[1])
        assert saved.is_file()
        assert autosave.find_leftovers() == [], "a running session's autosave was offered"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert saved.is_file(), "the autosave did not survive the kill"
    return doc, original_bytes, saved, load_scenario(saved)


def _read_marker(proc, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("AUTOSAVED"):
            return line.strip()
        if not line and proc.poll() is not None:
            raise AssertionError(f"the app exited early ({proc.returncode}):\n{proc.stderr.read()[-3000:]}")
    raise AssertionError("no autosave within the timeout")


def test_killed_session_is_offered_and_restored(qtbot, killed_session):
    doc, original_bytes, saved, autosaved = killed_session
    assert doc.read_bytes() == original_bytes  # autosave never touches the user's file
    from collabsim.gui.app import create_application
    from collabsim.gui.main_window import MainWindow

    create_application([])
    window = MainWindow()
    window._force_close = True
    qtbot.addWidget(window)
    manager = autosave.AutosaveManager(window.document, interval_ms=10_000)
    asked = []

    def ask(parent, leftover):
        asked.append(leftover)
        return True

    assert autosave.offer_recovery(window.document, ask=ask, manager=manager)
    assert len(asked) == 1
    assert asked[0].original == doc and asked[0].pid > 0
    s = window.scenario()
    assert s.assessment.weight == pytest.approx(0.9)
    assert s.controls.supervision is True
    assert s == autosaved
    assert s == presets.load_preset("case_b").with_changes("assessment.weight", 0.9).with_changes(
        "controls.supervision", True)
    assert window.is_modified()
    assert window.current_path() == doc
    assert not saved.parent.exists(), "the recovered autosave was not removed"
    assert manager.scenario_path.is_file(), "the recovered work is not protected by the new session"
    assert autosave.find_leftovers() == []  # offered once only
    window.controller.wait()
    manager.close()


def test_real_app_start_offers_recovery(qtbot, killed_session, monkeypatch):
    """The second start is the real ``app.main``: its wiring offers the leftover."""
    doc, _, _, autosaved = killed_session
    asked = []
    monkeypatch.setattr(autosave, "ask_recover", lambda parent, left: asked.append(left) or True)
    code, seen = run_app_main([], lambda w: {"scenario": w.scenario(), "modified": w.is_modified(),
                                              "path": w.current_path()},
                              qtbot, monkeypatch, ready=lambda w: bool(asked))
    assert code == 0
    assert len(asked) == 1
    assert seen["scenario"] == autosaved
    assert seen["modified"] and seen["path"] == doc
    assert autosave.find_leftovers() == []
