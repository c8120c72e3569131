"""``collabsim --self-test``: prove that an installed or frozen collabsim really works, headless.

Opens the main window offscreen, runs a preset to its end, saves the scenario to a temporary
file and reopens it, exports a plot as PNG, SVG and CSV (modules a frozen build tends to miss),
then exits 0. Any failure prints one clear ``collabsim self-test FAILED: ...`` line (after the
traceback when the cause is unexpected) and exits 1 at once (``os._exit``: run it as its own
process, as ``collabsim --self-test``). It never blocks: a dialog that opens is closed and
counted as a failure, and a watchdog ends the process (exit 3) if the whole test takes longer
than ``--timeout`` seconds.

    collabsim --self-test [--preset NAME] [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

_T0 = time.perf_counter()


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc, so it includes the frozen
    bootloader and interpreter start-up); elsewhere since this module was imported."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - start)
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _T0


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise SelfTestError(message)


def _watchdog(seconds: float) -> threading.Timer:
    def expire() -> None:
        print(f"collabsim self-test FAILED: no result after {seconds:.0f} s "
              "(blocked on a dialog or hung)", file=sys.stderr, flush=True)
        os._exit(3)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    return timer


def _dialog_guard(app, failures: list[str]):
    """A timer that closes any modal dialog (they would block) and records it as a failure.
    It fires inside a dialog's own event loop, so ``exec()`` returns."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    def sweep() -> None:
        for w in app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                text = getattr(w, "text", lambda: "")() or w.windowTitle()
                failures.append(f"a dialog opened: {type(w).__name__} {text!r}")
                w.reject()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(sweep)
    timer.start()
    return timer


def _check_exports(tmp: Path) -> None:
    """Build a plot with its menus and export it as the app does: PNG and CSV through
    pyqtgraph's exporters (modules imported by name), SVG through collabsim.gui.document.export (Qt's
    QSvgGenerator: pyqtgraph 0.14's SVGExporter fails on Qt 6.11+, pyqtgraph issue #3485)."""
    import numpy as np
    import pyqtgraph as pg
    import pyqtgraph.exporters as exporters

    from collabsim.gui.document import export

    plot = pg.PlotWidget()
    plot.plot(np.arange(10.0), np.linspace(0.0, 1.0, 10))
    plot.getPlotItem().getViewBox().menu  # noqa: B018 (built from a template module)
    for cls, name in ((exporters.ImageExporter, "plot.png"), (exporters.CSVExporter, "plot.csv")):
        target = tmp / name
        cls(plot.getPlotItem()).export(str(target))
        _check(target.exists() and target.stat().st_size > 0, f"pyqtgraph {cls.__name__} wrote nothing")
    export.export_svg(plot.getPlotItem(), tmp / "plot.svg")
    _check("<svg" in (tmp / "plot.svg").read_text(encoding="utf-8")[:2000], "the SVG export wrote no SVG")
    plot.close()
    plot.deleteLater()


def _sandbox(tmp: Path) -> None:
    """Keep the user's settings, recent files, logs and autosaves untouched: Qt settings and
    the XDG folders (platformdirs) point into ``tmp`` for this process."""
    from PySide6.QtCore import QSettings, QStandardPaths

    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))


def run_checks(preset: str, report: dict[str, float | str], tmp: Path) -> None:
    """The self-test proper, working in the folder ``tmp``; raises SelfTestError (or anything
    else) on failure."""
    from collabsim import __version__
    from collabsim.paths import missing_resources, resource_dir
    from collabsim.presets import PRESET_NAMES, load_preset
    from collabsim.scenario import FILE_SUFFIX, load_scenario

    report["version"] = __version__
    _check("unknown" not in __version__, "the version is unknown (package metadata not bundled)")
    _check(preset in PRESET_NAMES, f"unknown preset {preset!r}; choose one of {', '.join(PRESET_NAMES)}")
    _check(not missing_resources(),
           f"resources missing in {resource_dir()}: {', '.join(missing_resources())}")
    try:
        from collabsim.gui.app import create_application
        from collabsim.gui.main_window import MainWindow
    except ImportError as exc:
        traceback.print_exc()  # which import, from where: what a broken build needs fixing
        raise SelfTestError(f"the desktop app cannot be imported ({exc})") from exc

    _sandbox(tmp)
    app = create_application([])
    report["platform"] = app.platformName()
    _check(not app.windowIcon().pixmap(32, 32).isNull(),
           "the window icon does not render (resources/icons or Qt's SVG plugins missing)")
    failures: list[str] = []
    guard = _dialog_guard(app, failures)
    window = MainWindow()
    window.show()
    app.processEvents()
    report["window_shown_s"] = process_age()
    _check(window.isVisible(), "the main window did not show")

    scenario = load_preset(preset)
    t = time.perf_counter()
    window.set_scenario(scenario)
    window.controller.run_to_end()
    app.processEvents()
    report["run_s"] = time.perf_counter() - t
    results = window.controller.results()
    _check(results is not None, "run_to_end() produced no results")
    _check(int(results.steps[-1]) == scenario.task.horizon,
           f"the run stopped at step {int(results.steps[-1])}, not the horizon {scenario.task.horizon}")

    path = tmp / f"selftest{FILE_SUFFIX}"
    error = window.save_file(path)
    _check(error is None, f"save_file failed: {error}")
    _check(path.is_file(), f"save_file reported success but {path} does not exist")
    saved = load_scenario(path)
    _check(saved == window.scenario(), "the saved file differs from the window's scenario")
    _check(saved.departments == scenario.departments and saved.task == scenario.task,
           "saving changed the preset's departments or task")
    other = next(n for n in PRESET_NAMES if n != preset)
    window.set_scenario(load_preset(other))
    _check(window.scenario() != saved, f"preset {other!r} equals preset {preset!r}")
    error = window.load_file(path)
    _check(error is None, f"load_file failed: {error}")
    _check(window.scenario() == saved, "the reopened scenario differs from the saved one")
    _check(window.current_path() is not None and Path(window.current_path()) == path,
           f"current_path() is {window.current_path()}, expected {path}")
    _check(not window.is_modified(), "a freshly opened file is marked modified")
    _check_exports(tmp)
    app.processEvents()

    window.close()  # unmodified, so nothing to ask
    window.deleteLater()
    app.processEvents()
    guard.stop()
    _check(not failures, "; ".join(failures))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="collabsim --self-test",
                                     description="check that collabsim works (headless)")
    parser.add_argument("--preset", default="default", help="preset to run (default: default)")
    parser.add_argument("--timeout", type=float, default=180.0, help="give up after this many seconds")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    watchdog = _watchdog(args.timeout)
    report: dict[str, float | str] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="collabsim-selftest-") as tmp:
            run_checks(args.preset, report, Path(tmp))
    except Exception as exc:  # noqa: BLE001 (any failure is reported in one line, never a traceback)
        if not isinstance(exc, SelfTestError):  # unexpected: the traceback helps fix a build
            traceback.print_exc()
        kind = "" if isinstance(exc, SelfTestError) else f"{type(exc).__name__}: "
        print(f"collabsim self-test FAILED: {kind}{exc}", file=sys.stderr, flush=True)
        sys.stdout.flush()
        # half-built Qt objects can crash the interpreter's final garbage collection (seen with
        # PySide6 6.12.0: "bool_dealloc"), which would turn exit status 1 into 134; leave at once.
        os._exit(1)
    finally:
        watchdog.cancel()
    print(f"collabsim self-test passed: version {report['version']}, platform {report['platform']}, "
          f"window shown {report['window_shown_s']:.2f} s after start, preset {args.preset!r} "
          f"run to the end in {report['run_s']:.2f} s, saved and reopened", flush=True)
    return 0
