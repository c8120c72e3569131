"""Loader benchmark: how long the scenario loader takes on the largest and most hostile inputs.

    python benchmarks/bench_loader.py [--repeat N]

Each input is the worst of its kind that fits under the loader's limits (or just over them):
a file of nearly MAX_FILE_BYTES, nesting at and beyond MAX_DEPTH, integers of MAX_INT_DIGITS and
more, 50 departments with the longest names, many duplicate keys. Prints the median and worst
time per input over the repeats, and whether it loaded or was refused. (This replaces the 2 s
wall-clock assertion the bad-input tests had: speed is measured here, not in unit tests.)
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from collabsim.presets import load_preset
from collabsim.scenario import ScenarioError, dumps, loads
from collabsim.scenario.io import MAX_DEPTH, MAX_FILE_BYTES, MAX_INT_DIGITS
from collabsim.scenario.model import MAX_DEPARTMENTS, MAX_NAME


def inputs() -> dict[str, bytes]:
    """name -> file contents (bytes, as read from disk)."""
    base = json.loads(dumps(load_preset("default")))
    text = json.dumps(base, ensure_ascii=False)
    many = dict(base)
    dep = base["departments"][1]
    many["departments"] = [dict(dep, name=f"{i:02d}" + "部" * (MAX_NAME - 2), lead=i == 0)
                           for i in range(MAX_DEPARTMENTS)]
    notes = dict(base["meta"], teacher_notes={"zh": "", "en": "x" * 19_000})
    noted = json.dumps(dict(base, meta=notes), ensure_ascii=False)
    long_int, huge_int = f'"seed": {"9" * MAX_INT_DIGITS}', f'"seed": {"9" * 1_000_000}'
    cases = {
        "preset (default)": text,
        "file just under the size limit (a long note, then spaces)":
            noted + " " * (MAX_FILE_BYTES - len(noted.encode("utf-8")) - 1),
        "file over the size limit": text + " " * MAX_FILE_BYTES,
        f"{MAX_DEPARTMENTS} departments with the longest names": json.dumps(many, ensure_ascii=False),
        f"nesting one level deeper than {MAX_DEPTH}": text[:-1] + ', "x": ' + "[" * MAX_DEPTH
        + "]" * MAX_DEPTH + "}",
        "nesting 100,000 deep": "[" * 100_000 + "]" * 100_000,
        f"an integer of {MAX_INT_DIGITS} digits": text.replace('"seed": 1', long_int),
        "an integer of 1,000,000 digits": text.replace('"seed": 1', huge_int),
        "100,000 duplicate keys": "{" + ", ".join('"k": 1' for _ in range(100_000)) + "}",
    }
    return {name: raw.encode("utf-8") for name, raw in cases.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    print(f"{'input':60s} {'result':8s} {'median ms':>10s} {'worst ms':>10s}")
    for name, raw in inputs().items():
        times, outcome = [], "loaded"
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            try:
                loads(raw)
            except ScenarioError:
                outcome = "refused"
            times.append((time.perf_counter() - t0) * 1000)
        print(f"{name:60s} {outcome:8s} {statistics.median(times):10.2f} {max(times):10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
