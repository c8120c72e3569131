"""Command-line interface for researchers: run, validate, list and export presets, headless.

    collabsim run FILE [--seed N] [--replicates N] [--steps N] [--csv OUT] [--json]
    collabsim validate FILE [FILE ...]
    collabsim presets                 list the presets
    collabsim preset NAME OUT         write a preset out as a scenario file to start from

FILE may also be a preset name (default, case_a, case_b, case_c). Bad input gives a one-line
message on stderr and exit status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

from collabsim import __version__
from collabsim.engine import Simulation, codes
from collabsim.engine.results import Results
from collabsim.presets import PRESET_NAMES, load_preset, preset_path
from collabsim.scenario import FILE_SUFFIX, Scenario, ScenarioError, load_scenario, save_scenario
from collabsim.scenario.model import MAX_HORIZON

COMMANDS = ("run", "validate", "presets", "preset")

class CliError(Exception):
    """A user error: printed as one line, exit status 2."""

def _load(spec: str) -> Scenario:
    path = Path(spec)
    if not path.exists() and spec in PRESET_NAMES:
        return load_preset(spec)
    try:
        return load_scenario(path)
    except ScenarioError as exc:
        raise CliError(f"{spec}: {exc}") from None

def _positive(lo: int, hi: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{value} is out of range; allowed {lo} to {hi}")
        return value
    return parse

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="collabsim",
        description="collabsim — 部门间协作模拟器. Without a command, opens the desktop app.",
    )
    p.add_argument("--version", action="version", version=f"collabsim {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run a scenario headless and print the final indicators")
    r.add_argument("file", help=f"scenario file ({FILE_SUFFIX}) or preset name")
    r.add_argument("--seed", type=_positive(0, 2**32 - 1), help="base seed (default: the file's)")
    r.add_argument("--replicates", type=_positive(1, 100_000),
                   help="ensemble size (default: the file's)")
    r.add_argument("--steps", type=_positive(1, MAX_HORIZON), help="override the horizon")
    r.add_argument("--csv", metavar="OUT", help="write the per-step summary table as CSV")
    r.add_argument("--json", action="store_true", help="print JSON instead of a readable summary")
    v = sub.add_parser("validate", help="check scenario files; exit 0 if all are valid")
    v.add_argument("files", nargs="+")
    sub.add_parser("presets", help="list the presets")
    w = sub.add_parser("preset", help="write a preset out as a scenario file")
    w.add_argument("name", choices=PRESET_NAMES)
    w.add_argument("out", help=f"output file (e.g. mine{FILE_SUFFIX})")
    w.add_argument("--force", action="store_true", help="overwrite an existing file")
    return p

def cmd_run(args: argparse.Namespace) -> int:
    s = _load(args.file)
    if args.steps:
        s = replace(s, task=replace(s.task, horizon=args.steps))
    seed = s.simulation.seed if args.seed is None else args.seed
    reps = args.replicates or s.simulation.replicates
    res = Simulation(s, seed=seed, replicates=reps, record="auto").run()
    if args.csv:
        try:
            Path(args.csv).write_text(res.to_csv(), encoding="utf-8")
        except OSError as exc:
            raise CliError(f"{args.csv}: cannot write CSV ({exc.strerror or exc})") from None
    if args.json:
        print(json.dumps(summary_dict(res, seed), ensure_ascii=False, indent=2))
    else:
        print(summary_text(res, seed))
    return 0

def summary_dict(res: Results, seed: int) -> dict:
    s = res.scenario
    return {
        "title": {"zh": s.meta.title.zh, "en": s.meta.title.en},
        "seed": seed, "replicates": res.replicates, "steps": int(res.steps[-1]),
        "step_unit": s.task.step_unit,
        "departments": [d.name or d.name_en for d in s.departments],
        "lead": s.lead_index,
        "form": codes.FORM_NAMES[res.modal_form()],
        "form_shares": res.form_shares(),
        "final": res.final_indicators(),
    }

def summary_text(res: Results, seed: int) -> str:
    s = res.scenario
    title = s.meta.title.en or s.meta.title.zh or "(untitled)"
    lines = [
        f"{title}",
        f"{res.replicates} replicates, seeds {seed}..{seed + res.replicates - 1}, "
        f"{int(res.steps[-1])} {s.task.step_unit}s",
        f"collaboration form: {codes.FORM_NAMES[res.modal_form()]}  ("
        + ", ".join(f"{k} {v:.0%}" for k, v in res.form_shares().items() if v) + ")",
        "",
        "final indicators: median [10%–90%]",
    ]
    fin = res.final_indicators()
    for name, per_dept in codes.INDICATORS.items():
        if per_dept:
            continue
        v = fin[name]
        lines.append(f"  {name:20s} {v['median']:6.3f}  [{v['p10']:.3f}–{v['p90']:.3f}]")
    lines.append("")
    names = [d.name or d.name_en for d in s.departments]
    width = max(10, *(_width(n) for n in names))
    lines.append(f"  {_pad('department', width)}  effort  contribution  exposure  extra_load")
    for j, d in enumerate(s.departments):
        mark = "*" if d.lead else " "
        row = [fin[n]["median"][j] for n in ("effort", "contribution", "exposure", "extra_load")]
        lines.append(f" {mark}{_pad(names[j], width)}  {row[0]:6.3f}  {row[1]:12.3f}  "
                     f"{row[2]:8.3f}  {row[3]:10.3f}")
    lines.append("  (* lead department)")
    return "\n".join(lines)

def _width(text: str) -> int:
    """Terminal columns of ``text``: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def cmd_validate(args: argparse.Namespace) -> int:
    bad = 0
    for f in args.files:
        try:
            load_scenario(f)
            print(f"{f}: ok")
        except ScenarioError as exc:
            print(f"{f}: {exc}", file=sys.stderr)
            bad += 1
    return 2 if bad else 0

def cmd_presets(args: argparse.Namespace) -> int:
    for name in PRESET_NAMES:
        s = load_preset(name)
        print(f"{name:10s} {s.meta.title.zh}  |  {s.meta.title.en}")
    return 0

def cmd_preset(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix != FILE_SUFFIX:
        out = out.with_name(out.name + FILE_SUFFIX)
    if out.exists() and not args.force:
        raise CliError(f"{out}: already exists (use --force to overwrite)")
    try:
        save_scenario(load_scenario(preset_path(args.name)), out)
    except ScenarioError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {out}")
    return 0

def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = {"run": cmd_run, "validate": cmd_validate, "presets": cmd_presets,
                  "preset": cmd_preset}[args.command](args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handler below
        return status
    except CliError as exc:
        print(f"collabsim: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("collabsim: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `collabsim run ... | head`: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush cannot fail
        return 0
    except MemoryError:
        print("collabsim: not enough memory; try fewer replicates or --steps", file=sys.stderr)
        return 2
