"""Policy-design search: the cheapest combinations of controls and assessment settings that reach
the targets, and the trade-off frontier of cost against the objectives.

A design sets every lever of the experiment; its cost is the sum of the documented costs of its
lever values (``[search.costs]``: a cost per switch, per choice, or per unit of a number; each with
a note saying what it stands for: staff, meetings, the political cost of 一把手工程). A design is
feasible when every target holds for its ensemble (e.g. mean real progress >= 0.8, mean
cooperating effort >= 0.6, mean reported - real progress <= 0.02). The search is exhaustive when
the grid of lever values is small enough, otherwise NSGA-II (optuna's NSGAIISampler with the
targets as constraints, Deb et al. 2002) over the same designs; both return every evaluated
design, the feasible ones, and the Pareto frontier of (cost, objectives) among them.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from collabsim.engine import codes

from .errors import INCONSISTENT, ExperimentError, need
from .runner import Sweep
from .spec import Experiment
from .tidy import available

KEYS = ("method", "trials", "population", "seed", "targets", "objectives", "costs")
STATS = ("mean", "median", "p10", "p90")
BATCH = 64  # designs evaluated together in an exhaustive search
SHARES = tuple(f"share_{codes.FORM_NAMES[i]}" for i in sorted(codes.FORM_NAMES))


@dataclass(frozen=True)
class Target:
    output: str
    stat: str
    bound: float
    at_least: bool

    @property
    def column(self) -> str:
        return self.output if self.output in SHARES else f"{self.output}.{self.stat}"

    def slack(self, value: float) -> float:
        """<= 0 when met (optuna's constraint convention)."""
        return self.bound - value if self.at_least else value - self.bound

    def __str__(self) -> str:
        return f"{self.column} {'>=' if self.at_least else '<='} {self.bound:g}"


@dataclass(frozen=True)
class Objective:
    output: str
    stat: str
    maximise: bool

    @property
    def column(self) -> str:
        return self.output if self.output in SHARES else f"{self.output}.{self.stat}"


@dataclass
class SearchResult:
    table: Any  # DataFrame: every evaluated design
    targets: list[Target]
    objectives: list[Objective]
    method: str
    levers: list[str]

    @property
    def feasible(self):
        return self.table[self.table["feasible"]]

    @property
    def frontier(self):
        return self.table[self.table["frontier"]].sort_values("cost", kind="stable")

    @property
    def cheapest(self):
        """The feasible designs of the lowest cost (several when they tie)."""
        f = self.feasible
        return f[np.isclose(f["cost"], f["cost"].min(), rtol=0, atol=1e-9)] if len(f) else f


def config(exp: Experiment, method: str | None, trials: int | None) -> dict:
    cfg = dict(exp.search)
    for key in cfg:
        if key not in KEYS:
            raise ExperimentError("unknown_field", f"search.{key}", allowed=", ".join(KEYS))
    if not exp.levers:
        raise ExperimentError(INCONSISTENT, "levers", detail="a search needs levers to choose")
    outputs = set(available()[1]) - {"form"} | set(SHARES)
    targets = [_target(t, f"search.targets[{i}]", outputs) for i, t in enumerate(_list(cfg, "targets"))]
    if not targets:
        raise ExperimentError("missing_field", "search.targets")
    objectives = [
        _objective(o, f"search.objectives[{i}]", outputs) for i, o in enumerate(_list(cfg, "objectives"))
    ]
    method = method or cfg.get("method", "auto")
    if method not in ("auto", "exhaustive", "nsga2"):
        raise ExperimentError("bad_choice", "search.method", method, "auto, exhaustive, nsga2")
    trials = trials or _int(cfg.get("trials", 200), "search.trials", 1, 100_000)
    grid = math.prod(len(s.grid()) for s in exp.levers)
    if method == "auto":
        method = "exhaustive" if grid <= trials else "nsga2"
    return {
        "targets": targets,
        "objectives": objectives,
        "method": method,
        "trials": trials,
        "grid": grid,
        "population": _int(cfg.get("population", 16), "search.population", 2, 10_000),
        "seed": _int(cfg.get("seed", 0), "search.seed", 0, 2**32 - 1),
        "costs": costs(exp, cfg.get("costs", {})),
    }


def _list(cfg: dict, key: str) -> list:
    value = cfg.get(key, [])
    if not isinstance(value, list):
        raise ExperimentError("wrong_type", f"search.{key}", type(value).__name__, "a list of tables")
    return value


def _int(value, where: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ExperimentError("out_of_range", where, value, f"an integer from {lo} to {hi}")
    return value


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ExperimentError("wrong_type", where, value, "a finite number")
    return float(value)


def _output(item: dict, where: str, outputs: set) -> tuple[str, str]:
    if not isinstance(item, dict) or "output" not in item:
        raise ExperimentError("missing_field", f"{where}.output")
    name, stat = item["output"], item.get("stat", "mean")
    if name not in outputs:
        raise ExperimentError("unknown_indicator", f"{where}.output", name, ", ".join(sorted(outputs)))
    if stat not in STATS:
        raise ExperimentError("bad_choice", f"{where}.stat", stat, ", ".join(STATS))
    return name, stat


def _target(item: Any, where: str, outputs: set) -> Target:
    name, stat = _output(item, where, outputs)
    for key in item:
        if key not in ("output", "stat", "at_least", "at_most"):
            raise ExperimentError(
                "unknown_field", f"{where}.{key}", allowed="output, stat, at_least, at_most"
            )
    if ("at_least" in item) == ("at_most" in item):
        raise ExperimentError(INCONSISTENT, where, detail="give exactly one of at_least and at_most")
    key = "at_least" if "at_least" in item else "at_most"
    return Target(name, stat, _number(item[key], f"{where}.{key}"), key == "at_least")


def _objective(item: Any, where: str, outputs: set) -> Objective:
    name, stat = _output(item, where, outputs)
    goal = item.get("goal", "max")
    if goal not in ("max", "min"):
        raise ExperimentError("bad_choice", f"{where}.goal", goal, "max, min")
    return Objective(name, stat, goal == "max")


def costs(exp: Experiment, table: Any) -> dict[str, dict]:
    """Checked cost tables, one per lever path (levers without costs cost nothing)."""
    if not isinstance(table, dict):
        raise ExperimentError("wrong_type", "search.costs", type(table).__name__, "a table")
    by_path = {s.path: s for s in exp.levers}
    out: dict[str, dict] = {}
    for path, spec in table.items():
        where = f"search.costs.{path}"
        lever = by_path.get(path) or by_path.get(path.replace("[", ".").replace("]", ""))
        if lever is None:
            raise ExperimentError(INCONSISTENT, where, detail="not a lever of this experiment")
        if not isinstance(spec, dict):
            raise ExperimentError("wrong_type", where, type(spec).__name__, "a table of costs")
        kind = lever.lever.kind
        keys = {"bool": ("true", "false"), "choice": lever.lever.choices}.get(kind, ("per_unit",))
        entry = {}
        for key, value in spec.items():
            if key == "note":
                continue
            if key not in keys:
                raise ExperimentError(
                    "unknown_field", f"{where}.{key}", allowed=", ".join((*keys, "note"))
                )
            entry[key] = _number(value, f"{where}.{key}")
        out[lever.path] = entry
    return out


def cost_of(design: dict[str, Any], table: dict[str, dict]) -> float:
    total = 0.0
    for path, entry in table.items():
        value = design[path]
        if isinstance(value, bool):
            total += entry.get("true" if value else "false", 0.0)
        elif isinstance(value, str):
            total += entry.get(value, 0.0)
        else:
            total += entry.get("per_unit", 0.0) * float(value)
    return total


# ------------------------------------------------------------------ evaluation
class Evaluator:
    """Runs designs (in batches, through the sweep runner) and remembers them."""

    def __init__(self, exp: Experiment, cfg: dict, runner: dict) -> None:
        self.exp, self.cfg, self.runner = exp, cfg, runner
        self.paths = [s.path for s in exp.levers]
        self.rows: dict[tuple, dict] = {}
        self.report: Callable[[], None] | None = None

    def key(self, design: dict) -> tuple:
        return tuple(design[p] for p in self.paths)

    def evaluate(self, designs: list[dict]) -> list[dict]:
        new = list({self.key(d): d for d in designs if self.key(d) not in self.rows}.values())
        if new:
            df = Sweep(self.exp.with_points(new), **self.runner).run()
            for i, group in df.groupby("scenario", sort=True):
                self.rows[self.key(new[i])] = self.row(new[i], group)
            if self.report is not None:
                self.report()
        return [self.rows[self.key(d)] for d in designs]

    def row(self, design: dict, group) -> dict:
        row = dict(design)
        row["cost"] = cost_of(design, self.cfg["costs"])
        needed = {(t.output, t.stat) for t in self.cfg["targets"]} | {
            (o.output, o.stat) for o in self.cfg["objectives"]
        }
        for name, stat in sorted(needed):
            if name in SHARES:
                row[name] = float((group["form"] == name.removeprefix("share_")).mean())
            else:
                v = group[name].to_numpy(dtype=float)
                row[f"{name}.{stat}"] = float(
                    {
                        "mean": np.mean,
                        "median": np.median,
                        "p10": lambda a: np.quantile(a, 0.1),
                        "p90": lambda a: np.quantile(a, 0.9),
                    }[stat](v)
                )
        slacks = [t.slack(row[t.column]) for t in self.cfg["targets"]]
        row["slack"] = max(slacks)
        row["feasible"] = all(s <= 1e-12 for s in slacks)
        row["_slacks"] = slacks
        return row


def run_search(
    exp: Experiment,
    method: str | None = None,
    trials: int | None = None,
    on_batch: Callable[[int, int], None] | None = None,
    **runner,
) -> SearchResult:
    """Search ``exp``'s designs; ``on_batch(evaluated, planned)`` after each batch of designs;
    ``runner`` goes to the sweeps (workers, scheduler, cancelled, ...)."""
    pd = need("pandas")
    cfg = config(exp, method, trials)
    runner.setdefault("progress", False)
    ev = Evaluator(exp, cfg, runner)
    planned = cfg["grid"] if cfg["method"] == "exhaustive" else cfg["trials"]
    ev.report = (lambda: on_batch(len(ev.rows), planned)) if on_batch else None
    if cfg["method"] == "exhaustive":
        import itertools

        grids = [s.grid() for s in exp.levers]
        designs = [dict(zip(ev.paths, c, strict=True)) for c in itertools.product(*grids)]
        for start in range(0, len(designs), BATCH):  # batches: progress and cancelling between them
            ev.evaluate(designs[start:start + BATCH])
    else:
        _nsga2(exp, cfg, ev)
    table = pd.DataFrame([{k: v for k, v in r.items() if k != "_slacks"} for r in ev.rows.values()])
    table["frontier"] = _pareto(table, cfg["objectives"])
    table = table.sort_values(
        ["feasible", "cost"], ascending=[False, True], kind="stable", ignore_index=True
    )
    return SearchResult(table, cfg["targets"], cfg["objectives"], cfg["method"], ev.paths)


def _nsga2(exp: Experiment, cfg: dict, ev: Evaluator) -> None:
    optuna = need("optuna")
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    dist = optuna.distributions
    space = {}
    for s in exp.levers:
        if s.values or s.lever.discrete or s.steps:
            space[s.path] = dist.CategoricalDistribution(list(s.grid()))
        elif s.lever.kind == "integer":
            space[s.path] = dist.IntDistribution(int(s.bounds()[0]), int(s.bounds()[1]))
        else:
            space[s.path] = dist.FloatDistribution(*s.bounds())
    # the targets are constraints: optuna >= 5 takes them per trial (Trial.set_constraint), older
    # versions through the sampler's constraints_func
    per_trial = hasattr(optuna.trial.Trial, "set_constraint")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        extra = {} if per_trial else {"constraints_func": lambda t: t.user_attrs["slacks"]}
        sampler = optuna.samplers.NSGAIISampler(
            population_size=cfg["population"], seed=cfg["seed"], **extra
        )
        directions = ["minimize"] + ["maximize" if o.maximise else "minimize" for o in cfg["objectives"]]
        study = optuna.create_study(directions=directions, sampler=sampler)
        done = 0
        while done < cfg["trials"]:
            batch = [study.ask(space) for _ in range(min(cfg["population"], cfg["trials"] - done))]
            rows = ev.evaluate([dict(t.params) for t in batch])
            for trial, row in zip(batch, rows, strict=True):
                trial.set_user_attr("slacks", row["_slacks"])
                if per_trial:
                    for j, slack in enumerate(row["_slacks"]):
                        trial.set_constraint(f"target{j}", slack)
                study.tell(trial, [row["cost"]] + [row[o.column] for o in cfg["objectives"]])
            done += len(batch)


def _pareto(table, objectives: list[Objective]) -> np.ndarray:
    """Feasible designs that no other feasible design beats on cost and every objective."""
    if not len(table):
        return np.zeros(0, dtype=bool)
    cols = [table["cost"].to_numpy(dtype=float)]
    cols += [(-1 if o.maximise else 1) * table[o.column].to_numpy(dtype=float) for o in objectives]
    M = np.column_stack(cols)  # all minimised
    feasible = table["feasible"].to_numpy()
    out = feasible.copy()
    idx = np.flatnonzero(feasible)
    for i in idx:
        others = M[idx]
        dominated = np.any(np.all(others <= M[i], axis=1) & np.any(others < M[i], axis=1))
        out[i] = not dominated
    return out


def report(result: SearchResult) -> str:
    t = result.table
    lines = [
        f"search ({result.method}): {len(t)} designs evaluated, {int(t['feasible'].sum())} meet "
        "the targets: " + "; ".join(str(x) for x in result.targets)
    ]
    if not len(result.feasible):
        best = t.sort_values("slack").iloc[0]
        lines.append(
            "no design meets every target; the closest (largest shortfall "
            f"{best['slack']:.3f}): " + _design(best, result.levers)
        )
        return "\n".join(lines)
    lines.append("")
    lines.append("cheapest design(s):")
    for _, row in result.cheapest.iterrows():
        lines.append(f"  cost {row['cost']:g}: " + _design(row, result.levers))
    lines.append("")
    cols = [x.column for x in result.targets] + [o.column for o in result.objectives]
    cols = list(dict.fromkeys(cols))
    against = ", ".join(o.column for o in result.objectives) or "targets"
    lines.append(f"trade-off frontier (cost vs {against}):")
    lines.append("  " + f"{'cost':>7s}  " + "  ".join(f"{c:>22s}" for c in cols) + "  design")
    for _, row in result.frontier.iterrows():
        lines.append(
            f"  {row['cost']:7.2f}  "
            + "  ".join(f"{row[c]:22.3f}" for c in cols)
            + "  "
            + _design(row, result.levers)
        )
    return "\n".join(lines)


def _design(row, levers: list[str]) -> str:
    return ", ".join(f"{p}={_fmt(row[p])}" for p in levers)


def _fmt(v) -> str:
    if isinstance(v, (bool, np.bool_)):
        return "on" if v else "off"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def save_best(result: SearchResult, exp: Experiment, path: str) -> str:
    """Write the cheapest feasible design as a scenario file (atomically); return a message."""
    from collabsim.scenario import ScenarioError, save_scenario

    if not len(result.cheapest):
        raise ExperimentError(
            INCONSISTENT, "--best", detail="no design meets the targets; nothing saved"
        )
    row = result.cheapest.iloc[0]
    design = {
        p: (
            bool(row[p])
            if isinstance(row[p], np.bool_)
            else row[p].item()
            if hasattr(row[p], "item")
            else row[p]
        )
        for p in result.levers
    }
    try:
        save_scenario(exp.scenario(design), path)
    except ScenarioError as exc:
        raise ExperimentError(exc.code, "--best", exc.value, exc.allowed, exc.detail) from None
    return f"wrote {path} (cost {row['cost']:g})"
