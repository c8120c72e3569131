"""Engine speed benchmark: this engine and the first edition (git tag ``engine-v1``) in one run.

    python benchmarks/bench_engine.py [PRESET] [--ref REV [--ref REV2 ...]] [--rounds N]

For preset C (default) over its horizon: a 100-replicate ensemble (full recording, as the app
runs it) and a 10,000-replicate ensemble (summary recording, memory bounded), reported as median
and worst time and as department-steps per second. Each reference engine (``engine-v1`` unless
``--ref`` names others, e.g. the previous commit) is checked out with ``git worktree`` into a
temporary directory and run in its own processes; the engines are interleaved round by round so
a busy machine slows all alike. One thread each. Reports the load (``os.getloadavg``) before and
after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

#: runs inside a child process whose sys.path starts with the engine's source tree
CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from collabsim.engine import Simulation
from collabsim.presets import load_preset
s = load_preset(sys.argv[2])
reps, repeats = int(sys.argv[3]), int(sys.argv[4])
record = "auto" if reps <= 2000 else "summary"
Simulation(s, seed=0, replicates=min(reps, 100), record=record).run()  # warm up
times, cpu = [], []
for _ in range(repeats):
    t0, c0 = time.perf_counter(), time.process_time()
    Simulation(s, seed=0, replicates=reps, record=record).run()
    times.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
print(json.dumps({"times": times, "cpu": cpu, "n": s.n_departments, "t": s.task.horizon}))
"""


def measure(tree: Path, preset: str, reps: int, repeats: int) -> dict:
    import json

    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), preset, str(reps), str(repeats)],
                         capture_output=True, text=True, env=ENV, cwd=tree, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("preset", nargs="?", default="case_c")
    ap.add_argument("--ref", action="append", help="git revision of a reference engine (repeatable; "
                    "default engine-v1)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds per engine")
    args = ap.parse_args()
    refs = args.ref or ["engine-v1"]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="collabsim-ref-") as tmp:
        trees = [Path(tmp) / f"ref{i}" for i in range(len(refs))]
        try:
            for rev, tree in zip(refs, trees, strict=True):
                subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), rev], cwd=ROOT,
                               check=True)
            engines = {"this engine": ROOT, **dict(zip(refs, trees, strict=True))}
            results = {name: {100: [], 10_000: []} for name in engines}
            cpu = {name: {100: [], 10_000: []} for name in engines}
            shape = {}
            for _ in range(args.rounds):
                for name, tree in engines.items():
                    for reps, repeats in ((100, 5), (10_000, 1)):
                        r = measure(tree, args.preset, reps, repeats)
                        results[name][reps] += r["times"]
                        cpu[name][reps] += r["cpu"]
                        shape[name] = (r["n"], r["t"])
        finally:
            for tree in trees:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    print(f"preset {args.preset}; {args.rounds} interleaved rounds; one thread")
    for name, by in results.items():
        n, t = shape[name]
        a, b = by[100], by[10_000]
        ca, cb = statistics.median(cpu[name][100]), statistics.median(cpu[name][10_000])
        print(f"{name:>12}: 100 replicates    median {statistics.median(a) * 1e3:7.1f} ms, "
              f"worst {max(a) * 1e3:7.1f} ms (CPU median {ca * 1e3:.1f} ms)  ({n} departments, {t} steps)")
        print(f"{'':>12}  10,000 replicates median {statistics.median(b) * 1e3:7.0f} ms, "
              f"worst {max(b) * 1e3:7.0f} ms = {1e4 * n * t / statistics.median(b) / 1e6:5.2f} "
              f"(worst {1e4 * n * t / max(b) / 1e6:5.2f}) million department-steps/s (CPU median "
              f"{cb * 1e3:.0f} ms)")
    mine = results["this engine"]
    for rev in refs:
        ref_ = results[rev]
        for reps in (100, 10_000):
            print(f"ratio this / {rev} at {reps:,} replicates: median "
                  f"{statistics.median(mine[reps]) / statistics.median(ref_[reps]):.2f}x, worst "
                  f"{max(mine[reps]) / max(ref_[reps]):.2f}x, CPU median "
                  f"{statistics.median(cpu['this engine'][reps]) / statistics.median(cpu[rev][reps]):.2f}x")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
