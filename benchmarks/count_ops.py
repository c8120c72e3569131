"""Array operations per step: this engine and a reference revision (default ``engine-v1``).

    python benchmarks/count_ops.py [PRESET] [--ref REV] [--replicates N]

At small ensembles numpy's cost per call, not the arithmetic, sets the engine's time, so the
number of array operations a step makes is a measure of speed that the load of a shared machine
does not move. Every array the simulation holds is viewed as a counting ndarray subclass
(``__array_ufunc__`` / ``__array_function__``), so each numpy call on the state, and on whatever
is computed from it, is counted with the engine function that made it. Each engine runs in its
own process on its own source tree (the reference checked out with ``git worktree``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import collections, json, sys
sys.path.insert(0, sys.argv[1])
import numpy as np
from pathlib import Path
from collabsim.engine import Simulation
from collabsim.presets import load_preset
from collabsim.scenario import load_scenario

def preset(name):
    # the preset as this tree ships it (an installed collabsim may point its resources elsewhere)
    own = Path(sys.argv[1]) / "resources" / "scenarios" / (name + ".collabsim")
    return load_scenario(own) if own.is_file() else load_preset(name)

calls, where = collections.Counter(), collections.Counter()

def caller():
    f = sys._getframe(2)
    while f is not None and "collabsim" not in f.f_code.co_filename:
        f = f.f_back
    return f.f_code.co_name if f is not None else "?"

def plain(x):
    if isinstance(x, Counting):
        return x.view(np.ndarray)
    if isinstance(x, (list, tuple)):
        return type(x)(plain(i) for i in x)
    return x

def counting(x):
    if type(x) is np.ndarray:
        return x.view(Counting)
    if isinstance(x, tuple):
        return tuple(counting(i) for i in x)
    return x

class Counting(np.ndarray):
    def __array_ufunc__(self, ufunc, method, *inputs, **kw):
        calls[f"{ufunc.__name__}.{method}"] += 1
        where[caller()] += 1
        kw = {key: plain(value) for key, value in kw.items()}  # out=, where=
        return counting(getattr(ufunc, method)(*plain(inputs), **kw))

    def __array_function__(self, func, types, args, kwargs):
        calls[func.__name__] += 1
        where[caller()] += 1
        return counting(func(*plain(args), **{k: plain(v) for k, v in kwargs.items()}))

def convert(obj, depth=0):
    # the arrays an engine object holds, in dicts, and in engine objects it holds (one level)
    fields = getattr(obj, "__dataclass_fields__", None)
    names = list(fields) if fields else list(vars(obj))
    for name in names:
        value = getattr(obj, name)
        if type(value) is np.ndarray:
            object.__setattr__(obj, name, value.view(Counting))
        elif isinstance(value, dict):
            for k, x in list(value.items()):
                if type(x) is np.ndarray:
                    value[k] = x.view(Counting)
        elif depth == 0 and type(value).__module__.startswith("collabsim.engine") and name != "_recorder":
            convert(value, 1)

sim = Simulation(preset(sys.argv[2]), seed=0, replicates=int(sys.argv[3]))
convert(sim)
streams = getattr(sim, "_streams", None)
if streams is not None:
    draw = streams.next
    streams.next = lambda: draw().view(Counting)
steps = 0
while not sim.done:
    sim.step()
    steps += 1
print(json.dumps({"steps": steps, "calls": dict(calls), "where": dict(where)}))
"""


def count(tree: Path, preset: str, replicates: int) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), preset, str(replicates)], cwd=tree,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("preset", nargs="?", default="case_c")
    ap.add_argument("--ref", default="engine-v1", help="git revision of the reference engine")
    ap.add_argument("--replicates", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="collabsim-ref-") as tmp:
        ref = Path(tmp) / "ref"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(ref), args.ref], cwd=ROOT, check=True)
        try:
            found = {"this engine": count(ROOT, args.preset, args.replicates),
                     args.ref: count(ref, args.preset, args.replicates)}
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(ref)], cwd=ROOT, check=False)
    print(f"preset {args.preset}, {args.replicates} replicates: array operations per step")
    for name, r in found.items():
        n = r["steps"]
        total = sum(r["calls"].values()) / n
        parts = sorted(r["where"].items(), key=lambda kv: -kv[1])
        print(f"{name:>12}: {total:5.0f}  ({', '.join(f'{k} {v / n:.0f}' for k, v in parts[:12])})")
    mine, ref_ = (sum(r["calls"].values()) / r["steps"] for r in found.values())
    print(f"ratio this / {args.ref}: {mine / ref_:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
