"""Stress benchmark: the largest scenarios a teacher can build (50 departments, long horizons).

    python benchmarks/bench_stress.py            # the standard configurations
    python benchmarks/bench_stress.py --big      # also 50 x 2000 steps x 10,000 replicates

Each configuration runs in a fresh subprocess so that peak resident memory (getrusage) belongs
to that run alone; "run MB" is the peak minus the resident size before the run (interpreter,
numpy, the scenario). tracemalloc is not used: it slows numpy-heavy code down some 50-fold.
Every run is checked for the engine invariants (finite, indicators in [0, 1]).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

#: (departments, steps, replicates, record)
CONFIGS = [
    (50, 1000, 1, "full"),
    (50, 1000, 20, "full"),
    (50, 1000, 20, "summary"),
    (50, 1000, 200, "full"),
    (50, 1000, 200, "summary"),
    (50, 2000, 1000, "summary"),
]
BIG = [(50, 2000, 10_000, "summary")]


def stress_scenario(n: int, steps: int):
    """A valid scenario with ``n`` departments of varied make-up over ``steps`` steps."""
    from collabsim.presets import load_preset
    from collabsim.scenario import Department, loads

    base = load_preset("case_c").to_dict()
    base["departments"] = [
        Department(name=f"部门{i:02d}", name_en=f"Dept {i}", lead=i == 0,
                   resources=(i * 37 % 101) / 100, kpi_credit=(i * 53 % 101) / 100,
                   own_workload=(i * 71 % 101) / 100).__dict__ for i in range(n)]
    base["task"]["horizon"] = steps
    base["task"]["deadline"] = steps // 2
    return loads(json.dumps(base, ensure_ascii=False))


def check(res) -> None:
    import numpy as np

    from collabsim.engine import codes

    for name in codes.INDICATORS:
        arr = res.series[name] if res.series is not None else res.detail[name]
        s = res.summaries[name]
        for a in (arr, s.median, s.p10, s.p90, s.mean):
            if not (np.isfinite(a).all() and a.min() >= 0.0 and a.max() <= 1.0):
                raise AssertionError(f"{name}: not finite or outside [0, 1]")


def child(n: int, steps: int, replicates: int, record: str) -> dict:
    import resource

    from collabsim.engine import run

    s = stress_scenario(n, steps)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    res = run(s, seed=1, replicates=replicates, record=record)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    check(res)
    return {"seconds": elapsed, "run_mb": (peak - before) / 1024, "rss_mb": peak / 1024}


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--child":
        print(json.dumps(child(int(argv[1]), int(argv[2]), int(argv[3]), argv[4])))
        return 0
    configs = CONFIGS + (BIG if "--big" in argv else [])
    print(f"{'depts':>5} {'steps':>5} {'reps':>6} {'record':>8} {'time s':>8} "
          f"{'run MB':>8} {'peak RSS MB':>12}  dept-steps/s")
    for n, steps, reps, record in configs:
        out = subprocess.run([sys.executable, __file__, "--child", str(n), str(steps), str(reps), record],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        rate = n * steps * reps / r["seconds"]
        print(f"{n:>5} {steps:>5} {reps:>6} {record:>8} {r['seconds']:>8.2f} "
              f"{r['run_mb']:>8.1f} {r['rss_mb']:>12.1f}  {rate:,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
