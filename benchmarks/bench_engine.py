"""Engine speed benchmark: this engine and the first edition (git tag ``engine-v1``) in one run.

    python benchmarks/bench_engine.py [PRESET] [--ref REV [--ref REV2 ...]] [--rounds N]

For preset C (default) over its horizon: a 100-replicate ensemble (full recording, as the app
runs it, with the per-step summaries of every indicator the app draws) and a 10,000-replicate
ensemble (summary recording, memory bounded), reported as median,
worst and best time (wall clock, and the median CPU time) and as department-steps per second.
Each reference engine (``engine-v1`` unless ``--ref`` names others, e.g. the previous commit) is
checked out with ``git worktree`` into a temporary directory. Every engine runs in its own
long-lived process, and the processes take turns run by run (A, B, C, A, B, C, ...), so that a
busy machine slows all alike. One thread each. Reports the load (``os.getloadavg``) before and
after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
SIZES = ((100, 5), (10_000, 1))  # (replicates, runs of each engine per round)

#: a child process whose sys.path starts with the engine's source tree: reads a replicate count
#: per line, runs that ensemble once and answers with its wall and CPU time
CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from collabsim.engine import Simulation
from collabsim.presets import load_preset
from collabsim.scenario import load_scenario
# the preset as this tree ships it (an installed collabsim may point its resources at another tree)
own = Path(sys.argv[1]) / "resources" / "scenarios" / (sys.argv[2] + ".collabsim")
s = load_scenario(own) if own.is_file() else load_preset(sys.argv[2])
Simulation(s, seed=0, replicates=100).run()  # warm up
print(json.dumps({"n": s.n_departments, "t": s.task.horizon}), flush=True)
for line in sys.stdin:
    reps = int(line)
    record = "auto" if reps <= 2000 else "summary"
    t0, c0 = time.perf_counter(), time.process_time()
    res = Simulation(s, seed=0, replicates=reps, record=record).run()
    for name in res.summaries:  # what the app shows (computed on first use since the second edition)
        res.summaries[name]
    print(json.dumps([time.perf_counter() - t0, time.process_time() - c0]), flush=True)
"""


class Engine:
    """One engine's long-lived process."""

    def __init__(self, tree: Path, preset: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tree), preset], cwd=tree,
                                     env=ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        shape = json.loads(self.proc.stdout.readline())
        self.shape = (shape["n"], shape["t"])
        self.wall: dict[int, list[float]] = {reps: [] for reps, _ in SIZES}
        self.cpu: dict[int, list[float]] = {reps: [] for reps, _ in SIZES}

    def run(self, reps: int) -> None:
        self.proc.stdin.write(f"{reps}\n")
        self.proc.stdin.flush()
        wall, cpu = json.loads(self.proc.stdout.readline())
        self.wall[reps].append(wall)
        self.cpu[reps].append(cpu)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def report(engines: dict[str, Engine], refs: list[str]) -> None:
    for name, e in engines.items():
        n, t = e.shape
        a, b = e.wall[100], e.wall[10_000]
        ca, cb = statistics.median(e.cpu[100]), statistics.median(e.cpu[10_000])
        print(f"{name:>12}: 100 replicates    median {statistics.median(a) * 1e3:7.1f} ms, "
              f"worst {max(a) * 1e3:7.1f} ms, best {min(a) * 1e3:5.1f} ms (CPU median {ca * 1e3:.1f} ms)"
              f"  ({n} departments, {t} steps)")
        print(f"{'':>12}  10,000 replicates median {statistics.median(b) * 1e3:7.0f} ms, "
              f"worst {max(b) * 1e3:7.0f} ms = {1e4 * n * t / statistics.median(b) / 1e6:5.2f} "
              f"(worst {1e4 * n * t / max(b) / 1e6:5.2f}) million department-steps/s (CPU median "
              f"{cb * 1e3:.0f} ms)")
    mine = engines["this engine"]
    for rev in refs:
        ref = engines[rev]
        for reps, _ in SIZES:
            a, b = mine.wall[reps], ref.wall[reps]
            print(f"ratio this / {rev} at {reps:,} replicates: median "
                  f"{statistics.median(a) / statistics.median(b):.2f}x, worst {max(a) / max(b):.2f}x, "
                  f"best {min(a) / min(b):.2f}x, CPU median "
                  f"{statistics.median(mine.cpu[reps]) / statistics.median(ref.cpu[reps]):.2f}x")


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
        engines: dict[str, Engine] = {}
        try:
            for rev, tree in zip(refs, trees, strict=True):
                subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), rev], cwd=ROOT,
                               check=True)
            for name, tree in {"this engine": ROOT, **dict(zip(refs, trees, strict=True))}.items():
                engines[name] = Engine(tree, args.preset)
            for _ in range(args.rounds):
                for reps, runs in SIZES:
                    for _ in range(runs):
                        for e in engines.values():  # take turns run by run
                            e.run(reps)
        finally:
            for e in engines.values():
                e.close()
            for tree in trees:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    print(f"preset {args.preset}; {args.rounds} interleaved rounds; one thread")
    report(engines, refs)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
