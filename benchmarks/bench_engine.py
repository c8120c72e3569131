"""Engine speed benchmark: prints figures for the README (run with one thread).

    python benchmarks/bench_engine.py

Measures, for preset C over its horizon: one run; a 100-replicate ensemble; and department-steps
per second at 10,000 replicates (summary recording, memory bounded). Best of several repeats.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from collabsim.engine import Simulation  # noqa: E402
from collabsim.presets import load_preset  # noqa: E402


def best_of(repeats: int, fn) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    name = sys.argv[1] if len(sys.argv) > 1 else "case_c"
    s = load_preset(name)
    T, N = s.task.horizon, s.n_departments
    one = best_of(20, lambda: Simulation(s, seed=0, replicates=1).run())
    ens = best_of(10, lambda: Simulation(s, seed=0, replicates=100).run())
    big = best_of(3, lambda: Simulation(s, seed=0, replicates=10_000, record="summary").run())
    print(f"preset {name}: {N} departments, {T} steps")
    print(f"single run:                 {one * 1000:7.1f} ms")
    print(f"ensemble of 100:            {ens * 1000:7.1f} ms")
    print(f"ensemble of 10,000:         {big * 1000:7.1f} ms "
          f"= {10_000 * N * T / big / 1e6:5.2f} million department-steps/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
