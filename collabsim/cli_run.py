"""``collabsim run``: one ensemble headless, bounded by this machine's memory, with progress.

Before anything is allocated the run is sized (:mod:`collabsim.engine.budget`): when recording
every trajectory would not fit, it records summaries instead and says so; when not even that
fits, it refuses with the largest ensemble that would. A run expected to take more than a few
seconds shows its progress on stderr; Ctrl-C stops it between two steps, with nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import fields, replace
from pathlib import Path

from collabsim.cli_text import CliError, exists, os_reason, pad, text_width
from collabsim.engine import Simulation, budget, codes
from collabsim.engine.results import Results
from collabsim.presets import PRESET_NAMES, load_preset
from collabsim.scenario import FILE_SUFFIX, Scenario, ScenarioError, load_scenario
from collabsim.scenario.model import MAX_HORIZON, SimulationSettings

#: the largest seed a scenario file may hold (the field's range)
MAX_SEED = int(next(f for f in fields(SimulationSettings) if f.name == "seed").metadata["range"][1])
#: runs expected to take longer than this show their progress
PROGRESS_AFTER_S = 3.0


def _load(spec: str) -> Scenario:
    if spec in PRESET_NAMES and not exists(spec):
        return load_preset(spec)
    try:
        return load_scenario(spec)
    except ScenarioError as exc:
        raise CliError(f"{spec}: {exc}") from None


def _bounded(lo: int, hi: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{value} is out of range; allowed {lo} to {hi:,}")
        return value
    return parse


def configure_run(r: argparse.ArgumentParser) -> None:
    r.add_argument("file", help=f"scenario file ({FILE_SUFFIX}) or preset name")
    r.add_argument("--seed", type=_bounded(0, MAX_SEED), help="base seed (default: the file's)")
    r.add_argument("--replicates", type=_bounded(1, 100_000), help="ensemble size (default: the file's)")
    r.add_argument("--steps", type=_bounded(1, MAX_HORIZON), help="override the horizon")
    r.add_argument("--record", choices=("auto", "full", "summary"), default="auto",
                   help="keep every trajectory (full), per-step medians and bands (summary), or "
                        "full when it fits and up to 2,000 replicates (auto, the default)")
    r.add_argument("--csv", metavar="OUT", help="write the per-step summary table as CSV")
    r.add_argument("--json", action="store_true", help="print JSON instead of a readable summary")
    r.add_argument("--no-progress", action="store_true", help="do not show progress on stderr")
    from collabsim.experiments.cli import add_run_options  # tidy tables (issue 11)

    add_run_options(r)


def size(n: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n / 1e3:.0f} kB"


def check_budget(s: Scenario, replicates: int, record: str) -> budget.Plan:
    """The plan for this run; refuses (CliError) when it cannot fit, tells when it switches."""
    n, steps = len(s.departments), s.task.horizon
    plan = budget.plan(n, steps, replicates, record)
    if plan.status == budget.TOO_BIG:
        most = budget.max_replicates(n, steps, plan.limit or 0, record=plan.record)
        hint = (f"at most {most:,} replicates would fit (--replicates {most})" if most
                else "not even one replicate fits: try fewer --steps")
        if plan.record == "full" and record == "full":
            hint = "--record summary keeps medians and bands in far less memory, or " + hint
        raise CliError(f"this run ({n} departments x {steps:,} steps x {replicates:,} replicates, "
                       f"{plan.record} recording) would need about {size(plan.asked.bytes)} of "
                       f"memory, more than the {size(plan.limit or 0)} available; {hint}")
    if plan.status == budget.SWITCHED:
        print(f"collabsim: recording every trajectory would need about {size(plan.asked.bytes)} "
              f"of memory, more than the {size(plan.limit or 0)} available; recording per-step "
              f"medians, 10-90% bands and means instead (about {size(plan.estimate.bytes)})",
              file=sys.stderr)
    return plan


class Progress:
    """Progress on stderr: an updating line on a terminal, a line per 10 % elsewhere."""

    def __init__(self, total: int, expected_s: float, enabled: bool = True) -> None:
        self.total, self.start = total, time.perf_counter()
        self.enabled = enabled
        self.shown = False
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.next_tenth = 1
        if enabled and expected_s > PROGRESS_AFTER_S:
            print(f"collabsim: running {total:,} steps, about {expected_s:.0f} s "
                  "(Ctrl-C stops)", file=sys.stderr, flush=True)

    def update(self, step: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        elapsed = now - self.start
        if elapsed < PROGRESS_AFTER_S:
            return
        left = elapsed / max(step, 1) * (self.total - step)
        text = (f"collabsim: step {step:,} of {self.total:,} ({step / self.total:.0%}), "
                f"about {left:.0f} s left")
        if self.tty and now - self.last > 0.2:
            print(f"\r{text}\x1b[K", end="", file=sys.stderr, flush=True)
            self.last, self.shown = now, True
        elif not self.tty and step * 10 >= self.next_tenth * self.total:
            print(text, file=sys.stderr, flush=True)
            self.next_tenth = step * 10 // self.total + 1

    def done(self) -> None:
        if self.shown:
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)


def cmd_run(args: argparse.Namespace) -> int:
    s = _load(args.file)
    if args.steps:
        s = replace(s, task=replace(s.task, horizon=args.steps))
    seed = s.simulation.seed if args.seed is None else args.seed
    reps = args.replicates or s.simulation.replicates
    if args.per_replicate or args.per_step:  # tidy tables, in blocks of replicates (issue 11)
        from collabsim.experiments.cli import run_table

        return run_table(args, s, seed, reps)
    fmt = args.format or ("json" if args.json else "text")
    if fmt == "parquet":
        raise CliError("--format parquet needs --per-replicate or --per-step")
    plan = check_budget(s, reps, args.record)
    progress = Progress(s.task.horizon, plan.estimate.seconds, enabled=not args.no_progress)
    sim = Simulation(s, seed=seed, replicates=reps, record=plan.record)
    try:
        while not sim.done:
            sim.step()
            progress.update(sim.t)
    except KeyboardInterrupt:
        progress.done()
        raise CliError(f"interrupted at step {sim.t:,} of {s.task.horizon:,}; nothing was written",
                       status=130) from None
    progress.done()
    res = sim.results()
    if args.csv:
        try:
            Path(args.csv).write_text(res.to_csv(), encoding="utf-8")
        except (OSError, ValueError) as exc:
            raise CliError(f"{args.csv}: cannot write CSV ({os_reason(exc)})") from None
    text = {"json": lambda: json.dumps(summary_dict(res, seed), ensure_ascii=False, indent=2),
            "csv": lambda: res.to_csv().rstrip("\n"), "text": lambda: summary_text(res, seed)}[fmt]()
    if args.out:
        try:
            Path(args.out).write_text(text + "\n", encoding="utf-8")
        except (OSError, ValueError) as exc:
            raise CliError(f"{args.out}: cannot write {fmt} ({os_reason(exc)})", status=1) from None
    else:
        print(text)
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
    width = max(10, *(text_width(n) for n in names))
    lines.append(f"  {pad('department', width)}  effort  contribution  exposure  extra_load")
    for j, d in enumerate(s.departments):
        mark = "*" if d.lead else " "
        row = [fin[n]["median"][j] for n in ("effort", "contribution", "exposure", "extra_load")]
        lines.append(f" {mark}{pad(names[j], width)}  {row[0]:6.3f}  {row[1]:12.3f}  "
                     f"{row[2]:8.3f}  {row[3]:10.3f}")
    lines.append("  (* lead department)")
    return "\n".join(lines)
