"""Bit-for-bit check of this engine against a reference revision, over random scenarios.

    python benchmarks/same_results.py [--ref REV] [--scenarios N] [--seed S]

Speed work that must not change results (the engine's speed checks of issues 9 and 10) is
checked here: random scenarios (from the presets, each lever drawn at random with probability
0.3 — weekly steps, rival tasks, the party committee, the adaptive lead, party building,
deadlines... — and the departments in random order, so the lead is on any row), each run by
both engines at 1, 64 and 2,100 replicates (full, summary and final recording) and in batches
(``run_batch``); every array of every Results is hashed. Prints how many cases differ. The
reference is checked out with ``git worktree`` and must read the current scenario format
(issue 10 onward); default ``origin/main``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: run by each engine on its own source tree: the hash of every Results, by case
CHILD = r"""
import dataclasses, hashlib, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import numpy as np
from collabsim.engine import Simulation
from collabsim.engine.batch import groups, run_batch
from collabsim.scenario import load_scenario

def feed(obj, m):
    if isinstance(obj, np.ndarray):
        m.update(f"{obj.dtype}{obj.shape}".encode())
        m.update(np.ascontiguousarray(obj).tobytes())
    elif hasattr(obj, "keys") and hasattr(obj, "__getitem__"):
        for k in sorted(obj.keys()):
            m.update(str(k).encode())
            feed(obj[k], m)
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            feed(getattr(obj, f.name), m)
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            feed(x, m)
    else:
        m.update(repr(obj).encode())

def digest(res):
    m = hashlib.sha1()
    for f in dataclasses.fields(res):
        if f.name != "scenario":
            feed(getattr(res, f.name), m)
    return m.hexdigest()

files = json.loads(sys.argv[2])
ss = [load_scenario(f) for f in files]
out = {}
for f, s in zip(files, ss):
    for reps, rec in ((1, "auto"), (64, "auto"), (2100, "summary"), (40, "final")):
        out[f"{Path(f).stem} {reps} {rec}"] = digest(Simulation(s, seed=7, replicates=reps, record=rec).run())
for g in groups(ss):
    for i, r in zip(g, run_batch([ss[i] for i in g], seed=3, replicates=6)):
        out[f"{Path(files[i]).stem} batch"] = digest(r)
print(json.dumps(out))
"""

# bounds that keep the runs short where a field's own range is wide
SHORT = {"horizon": (5, 40), "deadline": (0, 40), "size": (3, 60), "count": (0, 3)}


def random_scenarios(seed: int, count: int, folder: Path) -> list[str]:
    """``count`` random scenarios saved in ``folder``; their paths."""
    from collabsim.presets import PRESET_NAMES, load_preset
    from collabsim.scenario import save_scenario

    rng = random.Random(seed)
    base = [load_preset(name) for name in PRESET_NAMES]
    paths = []
    for i in range(count):
        s = rng.choice(base)
        for section in ("task", "responsibility", "assessment", "controls", "attention", "rivals",
                        "party_building", "simulation"):
            for f in dataclasses.fields(type(getattr(s, section))):
                md = f.metadata
                if rng.random() > 0.3 or f.name in ("seed", "replicates"):
                    continue
                if "choices" in md:
                    value = rng.choice(md["choices"])
                elif md.get("bool"):
                    value = rng.random() < 0.5
                elif "range" in md:
                    lo, hi = SHORT.get(f.name, md["range"])
                    value = (rng.randint(int(lo), int(hi)) if md.get("integer")
                             else rng.choice([lo, hi, rng.uniform(lo, hi)]))
                else:
                    continue
                s = s.with_changes(f"{section}.{f.name}", value)
        departments = list(s.departments)
        rng.shuffle(departments)
        path = folder / f"random{i}.collabsim"
        save_scenario(dataclasses.replace(s, departments=tuple(departments)), path)
        paths.append(str(path))
    return paths


def hashes(tree: Path, files: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), json.dumps(files)], cwd=tree,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", default="origin/main", help="git revision of the reference engine")
    ap.add_argument("--scenarios", type=int, default=14)
    ap.add_argument("--seed", type=int, default=1, help="seed of the random scenarios")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="collabsim-same-") as tmp:
        ref = Path(tmp) / "ref"
        files = random_scenarios(args.seed, args.scenarios, Path(tmp))
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(ref), args.ref], cwd=ROOT, check=True)
        try:
            mine, theirs = hashes(ROOT, files), hashes(ref, files)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(ref)], cwd=ROOT, check=False)
    differ = [case for case in mine if mine[case] != theirs.get(case)]
    print(f"{len(mine)} cases ({args.scenarios} random scenarios, seed {args.seed}) against {args.ref}: "
          f"{len(differ)} differ")
    for case in differ[:20]:
        print("  differs:", case)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
