"""Experiment speed: a 100-scenario x 100-replicate sweep batched vs one scenario at a time, and
throughput with 1 and 2 worker processes, and one ensemble of as many runs (what batching aims at).
Prints figures for the README.

    python benchmarks/bench_experiments.py [--repeats 3] [--scenarios 100] [--replicates 100]

The sweep is a Latin hypercube of case C's assessment settings (8 departments x 36 months), final
rows, through the same runner as ``collabsim sweep`` (no output file). The variants run
interleaved (A, B, A, B, ...) so that a busy machine slows them alike; each line gives the median
and the worst of the repeats, and the load (``os.getloadavg``) before and after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from collabsim.engine import Simulation  # noqa: E402
from collabsim.experiments import Sweep, build  # noqa: E402
from collabsim.experiments.runner import Workers, batch_key, horizon  # noqa: E402


def experiment(scenarios: int, replicates: int):
    return build({
        "format_version": 1, "base": "case_c",
        "levers": [{"field": f} for f in ("assessment.weight", "assessment.sanction",
                                          "assessment.unpredictability", "assessment.third_party")],
        "design": {"method": "lhs", "samples": scenarios, "seed": 1},
        "run": {"replicates": replicates, "seed": 1},
    })


def batched_available() -> bool:
    return batch_key() is not None


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def line(label: str, times: list[float], work: float) -> str:
    med, worst = statistics.median(times), max(times)
    return (f"{label:34s} median {med:6.2f} s, worst {worst:6.2f} s  "
            f"= {work / med / 1e6:5.2f} (worst {work / worst / 1e6:5.2f}) million department-steps/s")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--scenarios", type=int, default=100)
    ap.add_argument("--replicates", type=int, default=100)
    a = ap.parse_args()
    exp = experiment(a.scenarios, a.replicates)
    n, steps = exp.base.n_departments, horizon(exp.base)
    work = a.scenarios * a.replicates * n * steps
    print(f"sweep: {a.scenarios} scenarios x {a.replicates} replicates of case C ({n} departments x "
          f"{steps} steps) = {work / 1e6:.1f} million department-steps; load before "
          f"{os.getloadavg()[0]:.2f}")
    variants = {"one scenario at a time, 1 worker": lambda: Sweep(exp, progress=False, batch=False).run()}
    if batched_available():
        variants["batched, 1 worker"] = lambda: Sweep(exp, progress=False, batch=True).run()
    # what the batched sweep aims at: one ensemble of as many columns, no tidy table
    variants["one ensemble of as many runs"] = lambda: Simulation(
        exp.base, seed=1, replicates=a.scenarios * a.replicates, record="final").run()
    with Workers(2) as pool:
        Sweep(experiment(4, 2), progress=False, pool=pool).run()  # start the processes first
        variants["one at a time, 2 workers (started)"] = lambda: Sweep(
            exp, progress=False, pool=pool, batch=False).run()
        if batched_available():
            variants["batched, 2 workers (started)"] = lambda: Sweep(exp, progress=False, pool=pool).run()
        variants["2 workers incl. process start"] = lambda: Sweep(exp, progress=False, workers=2,
                                                                  batch=False).run()
        times: dict[str, list[float]] = {k: [] for k in variants}
        for _ in range(a.repeats):
            for label, fn in variants.items():
                times[label].append(timed(fn))
    for label, ts in times.items():
        print(line(label, ts, work))
    one = statistics.median(times["one scenario at a time, 1 worker"])
    if batched_available():
        batched = times["batched, 1 worker"]
        print(f"batched vs one-by-one: {one / statistics.median(batched):.1f}x "
              f"(median {statistics.median(batched):.2f} s vs {one:.2f} s; worst "
              f"{max(batched):.2f} s vs {max(times['one scenario at a time, 1 worker']):.2f} s = "
              f"{max(times['one scenario at a time, 1 worker']) / max(batched):.1f}x)")
    else:
        print("batched vs one-by-one: not available yet (the batched engine is not built)")
    two = statistics.median(times["one at a time, 2 workers (started)"])
    print(f"2 workers vs 1 (one at a time): {one / two:.2f}x")
    if batched_available():
        b1 = statistics.median(times["batched, 1 worker"])
        b2 = statistics.median(times["batched, 2 workers (started)"])
        print(f"2 workers vs 1 (batched): {b1 / b2:.2f}x")
    print(f"load after {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
