"""Event-loop responsiveness while a long ensemble computes in the controller's worker thread.

    python benchmarks/bench_responsiveness.py [replicates] [steps]    # default 2000 x 500

A precise QTimer fires every 10 ms on the GUI thread and records how late each tick is. Four
measurements: the idle loop; a bare SimulationController computing the ensemble; the whole
main window (levers, plots, network, event log) opening the scenario (new departments: the
plots rebuild their curves) and then a lever change (same departments), each including the
drawing of the results on the GUI thread.
Lateness = gap between ticks minus 10 ms; a user notices from ~100 ms, finds it sluggish from
~200 ms. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402

TICK_MS = 10


class Probe:
    """Records the lateness of a 10 ms timer until stopped."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> dict:
        self.timer.stop()
        late = np.maximum(np.array(self.gaps) - TICK_MS / 1000, 0.0) * 1000
        return {"ticks": len(late), "max_ms": float(late.max(initial=0.0)),
                "p99_ms": float(np.percentile(late, 99)) if len(late) else 0.0,
                "mean_ms": float(late.mean()) if len(late) else 0.0,
                "over_100ms": int((late > 100).sum())}

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


def spin_until(done, timeout_s: float = 600.0) -> float:
    t0 = time.perf_counter()
    while not done() and time.perf_counter() - t0 < timeout_s:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    replicates = int(argv[0]) if argv else 2000
    steps = int(argv[1]) if len(argv) > 1 else 500
    from collabsim.gui.app import create_application
    from collabsim.presets import load_preset

    create_application([])
    s = load_preset("case_c")
    s = s.with_changes("task.horizon", steps).with_changes("simulation.replicates", replicates)
    probe = Probe()
    print(f"ensemble {replicates} replicates x {steps} steps, {s.n_departments} departments; "
          f"timer every {TICK_MS} ms")

    probe.start()
    spin_until(lambda: False, timeout_s=2.0)
    _report("idle event loop (2 s)", probe.stop(), None)

    from collabsim.gui.controller import SimulationController

    probe.start()
    ctrl = SimulationController(s)
    seconds = spin_until(lambda: ctrl.results() is not None)
    _report("bare controller", probe.stop(), seconds)
    ctrl.shutdown()

    from collabsim.gui.main_window import MainWindow

    window = MainWindow()
    window._force_close = True
    window.show()
    assert window.controller.wait()
    probe.start()
    window.set_scenario(s)
    seconds = spin_until(lambda: window.controller.results() is not None
                         and window.controller.results().scenario == s)
    window.controller.draw_now()  # draw the new results
    spin_until(lambda: False, timeout_s=0.5)
    _report("window: open scenario", probe.stop(), seconds)

    probe.start()
    window._on_lever("assessment.weight", 0.37)  # what a lever's signal does
    changed = window.scenario()
    assert changed != s, "the lever change did not change the scenario"
    seconds = spin_until(lambda: window.controller.results() is not None
                         and window.controller.results().scenario == changed)
    window.controller.draw_now()
    spin_until(lambda: False, timeout_s=0.5)
    _report("window: lever change", probe.stop(), seconds)
    window.close()
    return 0


def _report(what: str, r: dict, seconds: float | None) -> None:
    took = f" run {seconds:6.2f} s," if seconds is not None else ""
    print(f"{what:30s}{took} ticks {r['ticks']:5d}, lateness max {r['max_ms']:6.1f} ms, "
          f"p99 {r['p99_ms']:5.1f} ms, mean {r['mean_ms']:4.1f} ms, ticks >100 ms late: {r['over_100ms']}",
          flush=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
