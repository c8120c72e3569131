"""Autosave and crash recovery: unsaved work survives a killed app or a laptop losing power.

While a :class:`~.document.Document` has unsaved changes, :class:`AutosaveManager` writes its
scenario every ``interval_ms`` (default 60 s; ``COLLABSIM_AUTOSAVE_MS`` overrides it) into its
own session folder under ``user_data_dir("collabsim")/autosave/``::

    autosave/<session>/scenario.collabsim   # atomic, via save_scenario
    autosave/<session>/info.json            # original path, time, pid (small sidecar)
    autosave/<session>.lock                 # QLockFile held while the app runs

The session is cleared when the document becomes clean (saved, or undone back to the saved
state) and when the document is closed (its window closed normally) or the app quits. After a
crash the lock is stale (QLockFile records pid, process name and boot id, so pid reuse after a
reboot is recognised) and on the next start :func:`offer_recovery` asks whether to restore the
newest leftover; the restored scenario opens as modified, with its original path. Autosave never
raises: failures are logged.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from collabsim.atomic import atomic_write
from collabsim.gui.document.document import Document
from collabsim.scenario import ScenarioError, load_scenario, save_scenario

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 60_000
SCENARIO_NAME = "scenario.collabsim"
INFO_NAME = "info.json"


def default_folder() -> Path:
    return Path(platformdirs.user_data_dir("collabsim", appauthor=False)) / "autosave"


#: the first autosave after the document becomes modified comes this soon (not at the next tick)
FIRST_DELAY_MS = 3000
#: corrupt or too-new autosaves are moved here (inside the autosave folder), never deleted unasked
KEPT_NAME = "kept"


def first_delay_from_env(default: int = FIRST_DELAY_MS) -> int:
    try:
        return max(10, int(os.environ.get("COLLABSIM_AUTOSAVE_FIRST_MS", default)))
    except ValueError:
        return default


def interval_from_env(default: int = DEFAULT_INTERVAL_MS) -> int:
    try:
        return max(50, int(os.environ.get("COLLABSIM_AUTOSAVE_MS", default)))
    except ValueError:
        return default


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when the owner is gone, never by age
    return lock


class AutosaveManager(QObject):
    """Periodically saves ``document``'s scenario while it has unsaved changes.

    ``failed`` carries a translated sentence the first time autosaving fails (or cannot start),
    once per streak of failures: the window shows it; the log has every one.
    """

    failed = Signal(str)

    def __init__(self, document: Document, interval_ms: int | None = None,
                 folder: str | os.PathLike | None = None, start: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = Path(folder) if folder is not None else default_folder()
        self.session = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.session_dir = self.folder / self.session
        self.last_error: str | None = None
        self._written = None  # the scenario last written (skip identical writes)
        self._lock: QLockFile | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = _lock(self.folder / f"{self.session}.lock")
            if lock.tryLock(0):
                self._lock = lock
            else:
                self.last_error = f"cannot lock {self.session} ({lock.error().name})"
        except OSError as exc:
            self.last_error = f"cannot create {self.folder} ({exc.strerror or exc})"
        if self.last_error:
            log.warning("autosave disabled: %s", self.last_error)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms if interval_ms is not None else interval_from_env())
        self.timer.timeout.connect(self.autosave_now)
        self.first_timer = QTimer(self)
        self.first_timer.setSingleShot(True)
        self.first_timer.setInterval(first_delay_from_env())
        self.first_timer.timeout.connect(self.autosave_now)
        self._reported = False  # the current streak of failures was shown in the window
        document.modified_changed.connect(self._on_modified_changed)
        document.closed.connect(self.close)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        self._hooked = True
        if start and self.enabled:
            self.timer.start()

    @property
    def enabled(self) -> bool:
        return self._lock is not None

    @property
    def scenario_path(self) -> Path:
        return self.session_dir / SCENARIO_NAME

    # ------------------------------------------------------------------ writing
    def autosave_now(self, force: bool = False) -> bool:
        """Write the scenario if it has unsaved changes (clear the session if not); never raises."""
        if not self.enabled:
            return False
        if not self.document.is_modified():
            self.clear()
            return False
        scenario = self.document.scenario()
        if scenario == self._written and not force and self.scenario_path.is_file():
            return False
        try:
            self.session_dir.mkdir(parents=True, exist_ok=True)
            save_scenario(scenario, self.scenario_path, backup=False)
            original = self.document.path()
            _write_json(self.session_dir / INFO_NAME, {
                "original": str(original) if original is not None else None,
                "saved_at": time.time(),
                "pid": os.getpid(),
                "session": self.session,
            })
        except (ScenarioError, OSError) as exc:
            self.last_error = str(exc)
            log.warning("autosave failed: %s", exc)
            self._report(exc)
            return False
        self._written = scenario
        self.last_error = None
        self._reported = False
        log.info("autosaved to %s", self.scenario_path)
        return True

    def clear(self) -> None:
        """Remove this session's autosave (the lock stays while the app runs)."""
        self._written = None
        if self.session_dir.exists():
            shutil.rmtree(self.session_dir, ignore_errors=True)

    def close(self) -> None:
        """Normal end of the session: stop, remove the autosave, release the lock."""
        self.abandon()
        self.clear()

    def abandon(self) -> None:
        """Stop and release the lock but keep the files, as a killed process leaves them.

        The next start offers them for recovery. Calling it (or :meth:`close`) again does nothing.
        """
        self.timer.stop()
        self.first_timer.stop()  # (a running timer must not outlive the session, nor be
        # destroyed by a garbage collection that happens to run in the worker thread)
        if not self._hooked:
            return
        self._hooked = False
        for signal, slot in ((self.document.modified_changed, self._on_modified_changed),
                             (self.document.closed, self.close)):
            signal.disconnect(slot)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.close)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.first_timer.stop()
            self.clear()
        elif not self.enabled:
            self._report(None)  # autosave could not start: say so at the first unsaved change
        elif not self.scenario_path.is_file():
            self.first_timer.start()  # the first copy a few seconds after the first change

    def _report(self, exc) -> None:
        if self._reported:
            return
        self._reported = True
        from collabsim.gui.common import labels

        if exc is None:
            reason = self.last_error or ""
        elif isinstance(exc, ScenarioError):
            reason = labels.error_problem(exc)
        else:
            reason = exc.strerror or str(exc)
        self.failed.emit(QCoreApplication.translate(
            "Autosave", "Unsaved changes are not being saved automatically ({0}). Save the "
            "scenario yourself to keep them. The folder: {1}").format(reason, self.folder))


def _write_json(path: Path, data: dict) -> None:
    """The sidecar, written with the one atomic write (:func:`collabsim.atomic.atomic_write`)."""
    atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


# ---------------------------------------------------------------------------- recovery
@dataclass
class Leftover:
    """The autosave of a session whose process is gone (its lock is held by us while open)."""

    folder: Path
    original: Path | None
    saved_at: float
    pid: int
    lock: QLockFile

    @property
    def scenario_path(self) -> Path:
        return self.folder / SCENARIO_NAME

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.lock.unlock()

    def release(self) -> None:
        self.lock.unlock()


def find_leftovers(folder: str | os.PathLike | None = None) -> list[Leftover]:
    """Autosaves of dead sessions, newest first. Live sessions (other open windows) are skipped."""
    root = Path(folder) if folder is not None else default_folder()
    found: list[Leftover] = []
    try:
        entries = list(root.iterdir())
    except OSError:
        return []
    candidates = [p for p in entries if p.is_dir() and p.name != KEPT_NAME]
    for stale in entries:  # locks of dead sessions that never wrote anything
        if stale.suffix == ".lock" and not stale.with_suffix("").is_dir():
            lock = _lock(stale)
            if lock.tryLock(0):
                lock.unlock()
    for sub in candidates:
        lock = _lock(root / f"{sub.name}.lock")
        if not lock.tryLock(0):
            continue  # its app is still running
        if not (sub / SCENARIO_NAME).is_file():
            shutil.rmtree(sub, ignore_errors=True)  # killed before the first write finished
            lock.unlock()
            continue
        info = _read_info(sub / INFO_NAME)
        original = info.get("original")
        found.append(Leftover(
            folder=sub, original=Path(original) if isinstance(original, str) and original else None,
            saved_at=_number(info.get("saved_at"), (sub / SCENARIO_NAME).stat().st_mtime),
            pid=int(_number(info.get("pid"), 0)), lock=lock))
    found.sort(key=lambda x: x.saved_at, reverse=True)
    return found


def _read_info(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _number(value, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def ask_recover(parent: QWidget | None, leftover: Leftover) -> bool:
    """The real question (tests pass ``ask=`` instead)."""
    name = leftover.original.name if leftover.original else QCoreApplication.translate(
        "Autosave", "an unsaved scenario")
    when = datetime.fromtimestamp(leftover.saved_at).strftime("%Y-%m-%d %H:%M")
    text = QCoreApplication.translate(
        "Autosave", "collabsim was not closed normally. Changes to {0} were saved automatically "
        "at {1}.\n\nRecover them?").format(name, when)
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Autosave", "Recover unsaved changes"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def offer_recovery(document: Document, folder: str | os.PathLike | None = None,
                   ask: Callable[[QWidget | None, Leftover], bool] | None = None,
                   manager: AutosaveManager | None = None, parent: QWidget | None = None,
                   tell: Callable[[QWidget | None, Path | None, ScenarioError], None] | None = None,
                   ) -> bool:
    """Ask about leftover autosaves, newest first; restore the first one accepted into ``document``.

    The question's dialog is parented to ``parent``.
    A declined autosave is deleted; one that cannot be read (corrupt, or written by a newer
    collabsim) is moved to ``autosave/kept/`` and the user is told where (``tell``; tests pass
    their own); the others stay for the next start. Returns True when a scenario was restored.
    """
    ask = ask or ask_recover
    if folder is None and manager is not None:
        folder = manager.folder
    leftovers = find_leftovers(folder)
    try:
        for i, left in enumerate(leftovers):
            try:
                scenario = load_scenario(left.scenario_path)
            except ScenarioError as err:  # corrupt, or from a newer collabsim: keep it aside
                kept = keep_aside(left)
                log.warning("kept aside unreadable autosave %s as %s: %s", left.folder, kept, err)
                (tell or _tell)(parent, kept, err)
                continue
            if not ask(parent, left):
                log.info("autosave %s declined", left.folder)
                left.discard()
                continue
            document.load(scenario, path=left.original, modified=True)
            if manager is not None:
                manager.autosave_now(force=True)  # safe again before the old copy goes
            left.discard()
            log.info("recovered autosave %s (original %s)", left.folder, left.original)
            for rest in leftovers[i + 1:]:
                rest.release()
            return True
        return False
    except BaseException:
        for left in leftovers:
            left.release()
        raise


def keep_aside(left: Leftover) -> Path | None:
    """Move an unreadable autosave to ``<autosave>/kept/<session>`` (None if that fails)."""
    target = left.folder.parent / KEPT_NAME / left.folder.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(left.folder, target)
    except OSError:
        log.warning("could not keep %s aside", left.folder)
        left.release()
        return None
    left.release()
    return target


def _tell(parent: QWidget | None, kept: Path | None, err: ScenarioError) -> None:
    from collabsim.gui.common import labels

    translate = QCoreApplication.translate
    where = str(kept / SCENARIO_NAME) if kept else translate("Autosave", "(it could not be moved)")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Autosave", "An autosave could not be read"),
                      translate("Autosave", "An automatic copy of unsaved changes could not be opened: "
                                "{0}\n\nIt was kept, not deleted: {1}").format(
                                    labels.error_problem(err), where),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
