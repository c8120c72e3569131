"""AutosaveManager and recovery in-process: when it writes, when it clears, what it offers."""

from __future__ import annotations

import json

import pytest
from gui_helpers import make_window, reset_window

from collabsim import presets
from collabsim.gui.document import autosave
from collabsim.scenario import ScenarioError, load_scenario
from collabsim.scenario import errors as E

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(shared_window):
    return reset_window(shared_window)


@pytest.fixture
def own_window(qtbot):
    """A window of the test's own, for tests that close it."""
    return make_window(qtbot)


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "autosave"


def _modify(window, weight: float = 0.85):
    window.document.edit("assessment.weight", weight, "weight")  # what the lever does
    assert window.is_modified()


def _die(manager: autosave.AutosaveManager) -> None:
    """Make ``manager``'s session look like one whose process was killed (lock not held)."""
    manager.abandon()
    assert not manager.enabled


def test_writes_only_when_modified(window, folder):
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    assert m.enabled and m.timer.interval() == autosave.DEFAULT_INTERVAL_MS
    assert not m.autosave_now()
    assert not m.session_dir.exists()
    _modify(window)
    assert m.autosave_now()
    assert load_scenario(m.scenario_path) == window.scenario()
    info = json.loads((m.session_dir / autosave.INFO_NAME).read_text("utf-8"))
    assert info["original"] is None and info["pid"] > 0 and info["saved_at"] > 0
    assert not m.autosave_now(), "an unchanged scenario was written again"
    _modify(window, 0.5)
    assert m.autosave_now()
    assert load_scenario(m.scenario_path).assessment.weight == 0.5
    m.close()


def test_timer_writes(qtbot, window, folder):
    m = autosave.AutosaveManager(window.document, interval_ms=50, folder=folder)
    _modify(window)
    qtbot.waitUntil(m.scenario_path.is_file, timeout=5000)
    m.close()


def test_env_interval(monkeypatch):
    monkeypatch.setenv("COLLABSIM_AUTOSAVE_MS", "250")
    assert autosave.interval_from_env() == 250
    monkeypatch.setenv("COLLABSIM_AUTOSAVE_MS", "soon")
    assert autosave.interval_from_env() == autosave.DEFAULT_INTERVAL_MS


def test_cleared_by_a_clean_save(window, folder, tmp_path):
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window)
    m.autosave_now()
    assert window.save_file(tmp_path / "saved.collabsim") is None
    assert not m.session_dir.exists()
    m.close()


def test_cleared_by_undo_back_to_clean(window, folder):
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window)
    m.autosave_now()
    window.undo_stack.undo()
    assert not window.is_modified()
    assert not m.session_dir.exists()
    m.close()


def test_cleared_and_unlocked_on_close(qtbot, own_window, folder):
    window = own_window
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window)
    m.autosave_now()
    lock = folder / f"{m.session}.lock"
    assert lock.is_file()
    window.close()
    qtbot.waitUntil(lambda: not m.session_dir.exists() and not lock.exists(), timeout=3000)


def test_refused_close_keeps_the_autosave(qtbot, own_window, folder, monkeypatch):
    window = own_window
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    window.show()
    _modify(window)
    m.autosave_now()
    window._force_close = False
    monkeypatch.setattr(type(window), "confirm_discard", lambda self: False)  # user pressed Cancel
    window.close()
    qtbot.wait(50)
    assert window.isVisible() and m.scenario_path.is_file()
    window._force_close = True
    m.close()


def test_write_failure_is_logged_not_raised(window, folder, monkeypatch, caplog):
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window)

    def full(*args, **kwargs):
        raise ScenarioError(E.WRITE_FAILED, "x", detail="No space left on device")

    monkeypatch.setattr(autosave, "save_scenario", full)
    assert not m.autosave_now()
    assert "No space left" in m.last_error
    assert "autosave failed" in caplog.text
    m.close()


def test_unusable_folder_disables_autosave(window, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    m = autosave.AutosaveManager(window.document, folder=blocker / "autosave")
    assert not m.enabled and m.last_error
    _modify(window)
    assert not m.autosave_now()
    m.close()


def test_live_session_is_not_offered(window, folder):
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window)
    m.autosave_now()
    assert autosave.find_leftovers(folder) == []
    m.close()


def test_dead_session_is_offered_once_and_restored(qtbot, window, folder, tmp_path):
    path = tmp_path / "doc.collabsim"
    assert window.save_file(path) is None
    dead = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window, 0.77)
    dead.autosave_now()
    _die(dead)
    window.set_scenario(presets.default_scenario())  # a fresh start shows the default scenario
    asked = []
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    assert autosave.offer_recovery(window.document, ask=lambda w, left: asked.append(left) or True,
                                   manager=m)
    assert [a.original for a in asked] == [path]
    assert window.scenario().assessment.weight == 0.77
    assert window.is_modified() and window.current_path() == path
    assert not dead.session_dir.exists()
    assert m.scenario_path.is_file()
    assert autosave.find_leftovers(folder) == []
    m.close()


def test_declined_autosave_is_deleted(window, folder):
    dead = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window)
    dead.autosave_now()
    _die(dead)
    before = window.scenario()
    assert not autosave.offer_recovery(window.document, folder=folder, ask=lambda w, left: False)
    assert window.scenario() == before
    assert list(folder.iterdir()) == []


def test_newest_first_and_the_rest_kept_for_next_time(window, folder):
    sessions = []
    for weight in (0.61, 0.62, 0.63):
        m = autosave.AutosaveManager(window.document, folder=folder, start=False)
        _modify(window, weight)
        m.autosave_now()
        _die(m)
        sessions.append(m)
    left = autosave.find_leftovers(folder)
    assert [load_scenario(x.scenario_path).assessment.weight for x in left] == [0.63, 0.62, 0.61]
    for x in left:
        x.release()
    assert autosave.offer_recovery(window.document, folder=folder, ask=lambda w, x: True)
    assert window.scenario().assessment.weight == 0.63
    rest = autosave.find_leftovers(folder)
    assert len(rest) == 2
    for x in rest:
        x.release()


@pytest.mark.parametrize("content", [
    b'{"format_version": 1, "task": {"horizon": -',  # corrupt
    b'{"format_version": 99}',  # written by a newer collabsim
])
def test_an_unreadable_autosave_is_kept_aside_and_reported(window, folder, caplog, content):
    """Issue 13 item 14: it used to be deleted without asking."""
    dead = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window)
    dead.autosave_now()
    _die(dead)
    dead.scenario_path.write_bytes(content)
    asked, told = [], []
    assert not autosave.offer_recovery(window.document, folder=folder,
                                       ask=lambda w, x: asked.append(x) or True,
                                       tell=lambda w, kept, err: told.append((kept, err)))
    assert asked == [] and not dead.session_dir.exists()
    kept, err = told[0]
    assert kept == folder / autosave.KEPT_NAME / dead.session
    assert (kept / autosave.SCENARIO_NAME).read_bytes() == content  # kept, not deleted
    assert "kept aside" in caplog.text
    assert autosave.find_leftovers(folder) == []  # not offered again, and not deleted either
    assert (kept / autosave.SCENARIO_NAME).is_file()


def test_an_autosave_failure_is_shown_once(window, folder, monkeypatch):
    """Full disk, or a file where the autosave folder should be: said in the window, once."""
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    shown = []
    m.failed.connect(shown.append)
    _modify(window)
    m.session_dir.parent.mkdir(parents=True, exist_ok=True)
    m.session_dir.write_bytes(b"a file where the session folder should be")
    assert not m.autosave_now() and not m.autosave_now(force=True)
    assert len(shown) == 1 and "not being saved automatically" in shown[0]
    m.session_dir.unlink()
    assert m.autosave_now(force=True)  # works again: a later failure is shown again
    m.session_dir.joinpath(autosave.SCENARIO_NAME).unlink()
    import shutil

    shutil.rmtree(m.session_dir)
    m.session_dir.write_bytes(b"x")
    window.document.edit("assessment.weight", 0.55, "weight")
    assert window.is_modified() and not m.autosave_now()
    assert len(shown) == 2
    m.session_dir.unlink()
    m.close()


def test_a_folder_that_cannot_be_created_is_shown_at_the_first_change(window, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_bytes(b"x")
    m = autosave.AutosaveManager(window.document, folder=blocker / "autosave", start=False)
    shown = []
    m.failed.connect(shown.append)
    assert not m.enabled
    _modify(window)
    assert len(shown) == 1 and str(blocker) in shown[0]
    m.close()  # its timers stopped: garbage collection may run in the worker thread


def test_the_first_autosave_comes_a_few_seconds_after_the_first_change(window, folder, qtbot,
                                                                        monkeypatch):
    monkeypatch.setenv("COLLABSIM_AUTOSAVE_FIRST_MS", "200")
    m = autosave.AutosaveManager(window.document, folder=folder, interval_ms=600_000)
    assert m.first_timer.interval() == 200 and autosave.FIRST_DELAY_MS <= 5000
    _modify(window)
    qtbot.waitUntil(lambda: m.scenario_path.is_file(), timeout=3000)  # not after the 10-min tick
    assert load_scenario(m.scenario_path) == window.document.scenario()
    m.close()


def test_missing_or_broken_sidecar_still_recovers(window, folder):
    dead = autosave.AutosaveManager(window.document, folder=folder, start=False)
    _modify(window, 0.66)
    dead.autosave_now()
    _die(dead)
    (dead.session_dir / autosave.INFO_NAME).write_text("[not json", "utf-8")
    left = autosave.find_leftovers(folder)
    assert len(left) == 1 and left[0].original is None and left[0].saved_at > 0
    left[0].release()
    assert autosave.offer_recovery(window.document, folder=folder, ask=lambda w, x: True)
    assert window.scenario().assessment.weight == 0.66


def test_session_killed_before_its_first_write_leaves_nothing(window, folder):
    m = autosave.AutosaveManager(window.document, folder=folder, start=False)
    m.session_dir.mkdir()
    _die(m)
    assert autosave.find_leftovers(folder) == []
    assert list(folder.iterdir()) == []


def test_real_dialog_text(qtbot, window, folder, monkeypatch, tmp_path):
    """The default question names the file and time, as plain text."""
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def fake_exec(box):
        seen.update(text=box.text(), title=box.windowTitle(), fmt=box.textFormat())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    left = autosave.Leftover(folder=tmp_path, original=tmp_path / "<b>课<br>.collabsim", saved_at=0.0,
                             pid=1, lock=autosave._lock(tmp_path / "x.lock"))
    assert autosave.ask_recover(window, left) is False
    assert "<b>课<br>.collabsim" in seen["text"]
    from PySide6.QtCore import Qt

    assert seen["fmt"] == Qt.TextFormat.PlainText
