"""Engine speed benchmark: this engine and the first edition (git tag ``engine-v1``) in one run.

    python benchmarks/bench_engine.py [PRESET] [--ref REV] [--rounds N]

For preset C (default) over its horizon: a 100-replicate ensemble (full recording, as the app
runs it) and a 10,000-replicate ensemble (summary recording, memory bounded), reported as median
and worst time and as department-steps per second. The reference engine is checked out with
``git worktree`` into a temporary directory and run in its own processes; the two engines are
interleaved round by round so a busy machine slows both alike. One thread each. Reports the load
(``os.getloadavg``) before and after.
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
times = []
for _ in range(repeats):
    t0 = time.perf_counter()
    Simulation(s, seed=0, replicates=reps, record=record).run()
    times.append(time.perf_counter() - t0)
print(json.dumps({"times": times, "n": s.n_departments, "t": s.task.horizon}))
"""


def measure(tree: Path, preset: str, reps: int, repeats: int) -> dict:
    import json

    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), preset, str(reps), str(repeats)],
                         capture_output=True, text=True, env=ENV, cwd=tree, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("preset", nargs="?", default="case_c")
    ap.add_argument("--ref", default="engine-v1", help="git revision of the reference engine")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds per engine")
    args = ap.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="collabsim-ref-") as tmp:
        ref = Path(tmp) / "ref"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(ref), args.ref], cwd=ROOT, check=True)
        try:
            engines = {"this engine": ROOT, f"{args.ref}": ref}
            results = {name: {100: [], 10_000: []} for name in engines}
            shape = {}
            for _ in range(args.rounds):
                for name, tree in engines.items():
                    for reps, repeats in ((100, 5), (10_000, 1)):
                        r = measure(tree, args.preset, reps, repeats)
                        results[name][reps] += r["times"]
                        shape[name] = (r["n"], r["t"])
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(ref)], cwd=ROOT, check=False)
    print(f"preset {args.preset}; {args.rounds} interleaved rounds; one thread")
    for name, by in results.items():
        n, t = shape[name]
        a, b = by[100], by[10_000]
        print(f"{name:>12}: 100 replicates    median {statistics.median(a) * 1e3:7.1f} ms, "
              f"worst {max(a) * 1e3:7.1f} ms  ({n} departments, {t} steps)")
        print(f"{'':>12}  10,000 replicates median {statistics.median(b) * 1e3:7.0f} ms, "
              f"worst {max(b) * 1e3:7.0f} ms = {1e4 * n * t / statistics.median(b) / 1e6:5.2f} "
              f"(worst {1e4 * n * t / max(b) / 1e6:5.2f}) million department-steps/s")
    mine, ref_ = results["this engine"], results[args.ref]
    print(f"ratio this / {args.ref} at 100 replicates: median "
          f"{statistics.median(mine[100]) / statistics.median(ref_[100]):.2f}x, worst "
          f"{max(mine[100]) / max(ref_[100]):.2f}x")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
