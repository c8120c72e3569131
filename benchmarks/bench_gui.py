"""GUI speed: window shown after launch; lever change -> re-run ensemble -> plots redrawn; frame time.

    python benchmarks/bench_gui.py

1. Launch: a fresh interpreter imports the app, creates the window with the default preset and
   shows it; measured from process start (wall clock in the parent) to the window being exposed.
2. Lever change to redrawn plots, per preset: a slider moves (as a user would), the ensemble is
   re-run on the worker thread with the same seeds, and the plots are updated and repainted.
   Median and worst of 15 changes (the first change after a preset loads is not counted).
3. Animation frame time with 20 departments: one display frame during playback (plots' cursor,
   indicators, network view) including a synchronous repaint of the window.
Runs offscreen unless QT_QPA_PLATFORM is set; uses a temporary settings folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = r"""
import sys, time
from PySide6.QtCore import QSettings, QStandardPaths
QStandardPaths.setTestModeEnabled(True)
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, sys.argv[1])
from collabsim.gui.app import create_application
app = create_application([])
from collabsim.gui.main_window import MainWindow
w = MainWindow()
w.show()
while not w.windowHandle() or not w.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print("SHOWN", flush=True)
w.controller.wait()
w._force_close = True
w.close()
"""


def launch_times(repeats: int = 3) -> list[float]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeats):
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-c", CHILD, tmp], cwd=ROOT, text=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            for line in proc.stdout:
                if line.startswith("SHOWN"):
                    out.append(time.perf_counter() - t0)
                    break
            proc.wait()
    return out


def lever_latencies(window, app, name: str, changes: int = 15) -> list[float]:
    """Slider moved -> (worker) ensemble -> frame -> plots updated -> synchronous repaint."""
    from PySide6.QtCore import QEventLoop, QTimer

    from collabsim import presets

    window.set_scenario(presets.load_preset(name))
    window.controller.wait()
    lever = window.levers.levers["assessment.frequency"]
    loop = QEventLoop()

    def on_frame() -> None:  # connected after the plots, so they have redrawn
        res = window.controller.results()
        if res is not None and res.scenario == window.scenario() and window.plots._shown[0] is res:
            loop.quit()

    window.controller.frame.connect(on_frame)
    out = []
    for k in range(changes + 1):
        t0 = time.perf_counter()
        lever.slider.setValue(20 + (k % 2) * 30 + k)  # a new value each time
        QTimer.singleShot(5000, loop.quit)
        loop.exec()  # idle in the event loop as the app does
        window.plots.view.viewport().repaint()
        if k:
            out.append(time.perf_counter() - t0)
        time.sleep(0.05)
    window.controller.frame.disconnect(on_frame)
    return out


def frame_times(window, app, departments: int = 20, frames: int = 60) -> list[float]:
    from collabsim import presets
    from collabsim.scenario import Department

    base = presets.load_preset("case_c")
    deps = list(base.departments)
    while len(deps) < departments:
        k = len(deps)
        deps.append(Department(name=f"部门{k}", name_en=f"Department {k}", resources=0.5))
    window.set_scenario(replace(base, departments=tuple(deps)))
    window.controller.run_to_end()
    c = window.controller
    c.seek(0)
    c._playing = True
    c._clock.start()
    out = []
    for _ in range(frames):
        time.sleep(1 / 60)
        t0 = time.perf_counter()
        c._on_frame()
        window.repaint()
        out.append(time.perf_counter() - t0)
    c.pause()
    return out


def main() -> int:
    launches = launch_times()
    print(f"window shown after launch: median {statistics.median(launches):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in launches)}; target < 2 s)")

    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    tmp = tempfile.mkdtemp()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, tmp)
    from collabsim import presets
    from collabsim.gui.app import create_application
    from collabsim.gui.main_window import MainWindow

    app = create_application([])
    window = MainWindow()
    window._force_close = True
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    print("lever change -> ensemble re-run -> plots redrawn (target <= 100 ms):")
    for name in presets.PRESET_NAMES:
        s = presets.load_preset(name)
        lat = lever_latencies(window, app, name)
        print(f"  {name:8s} {s.n_departments:2d} departments, {s.task.horizon:3d} steps, "
              f"{s.simulation.replicates} replicates: median {statistics.median(lat) * 1000:5.1f} ms, "
              f"worst {max(lat) * 1000:5.1f} ms")
    ft = frame_times(window, app)
    print(f"animation frame with 20 departments (plots + indicators + network + window repaint): "
          f"median {statistics.median(ft) * 1000:.1f} ms, worst {max(ft) * 1000:.1f} ms "
          f"(budget 33 ms at 30 Hz)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
