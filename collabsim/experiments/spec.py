"""Experiment definitions: what ``.collabsim-experiment`` files hold, validated field by field.

An experiment names a base scenario (a preset, a ``.collabsim`` file beside it or an inline
scenario), fixed changes to it, the levers to vary and how (values, ranges, a sampling design),
replicates and seeds, and the outputs; optional ``sensitivity`` and ``search`` sections configure
``collabsim sensitivity`` and ``collabsim search``. The format is documented in
resources/docs/experiment_format.md.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from collabsim.presets import PRESET_NAMES, load_preset
from collabsim.scenario import FILE_SUFFIX as SCENARIO_SUFFIX
from collabsim.scenario import Scenario, ScenarioError, load_scenario, scenario_from_dict
from collabsim.scenario import errors as E

from . import files
from .errors import INCONSISTENT, TOO_MUCH_WORK, ExperimentError
from .levers import Lever, apply, resolve

FORMAT_VERSION = 1
DESIGNS = ("factorial", "zip", "lhs", "sobol")
LEVELS = ("final", "steps")
MAX_SCENARIOS = 100_000
MAX_REPLICATES = 100_000
MAX_LEVERS = 64
MAX_RUNS = 10_000_000  # scenarios x replicates
TOP_KEYS = (
    "format_version",
    "kind",
    "title",
    "description",
    "base",
    "fixed",
    "levers",
    "design",
    "run",
    "outputs",
    "sensitivity",
    "search",
)


@dataclass(frozen=True)
class LeverSpec:
    """A lever and the values the design takes it through."""

    lever: Lever
    values: tuple = ()  # explicit values (empty: a range or all levels)
    low: float | None = None
    high: float | None = None
    steps: int | None = None

    @property
    def path(self) -> str:
        return self.lever.path

    def grid(self) -> tuple:
        """The values a full factorial design uses."""
        if self.values:
            return self.values
        if self.lever.discrete:
            return self.lever.levels()
        lo, hi, n = self.bounds()[0], self.bounds()[1], self.steps or 5
        pts = [lo + (hi - lo) * i / (n - 1) for i in range(n)] if n > 1 else [lo]
        if self.lever.kind == "integer":
            return tuple(dict.fromkeys(int(round(v)) for v in pts))
        return tuple(round(v, 12) for v in pts)

    def bounds(self) -> tuple[float, float]:
        lo = self.lever.low if self.low is None else self.low
        hi = self.lever.high if self.high is None else self.high
        return lo, hi

    def from_unit(self, u: float) -> Any:
        """A value for u in [0, 1): from the explicit values or levels by bins, else the range."""
        if self.values or self.lever.discrete:
            vals = self.values or self.lever.levels()
            return vals[min(int(u * len(vals)), len(vals) - 1)]
        lo, hi = self.bounds()
        v = lo + u * (hi - lo)
        return int(round(v)) if self.lever.kind == "integer" else float(v)


@dataclass(frozen=True)
class Experiment:
    base: Scenario
    base_label: str
    levers: tuple[LeverSpec, ...]
    design: str = "factorial"
    samples: int = 0
    design_seed: int = 0
    replicates: int = 100
    seed: int = 1
    level: str = "final"
    every: int = 1
    indicators: tuple[str, ...] = ()
    title: dict = field(default_factory=dict)
    description: dict = field(default_factory=dict)
    fixed: dict = field(default_factory=dict)
    sensitivity: dict = field(default_factory=dict)
    search: dict = field(default_factory=dict)
    source: str = ""
    explicit: tuple = ()  # design points given directly (sensitivity, search), overriding the design

    def with_replicates(self, n: int) -> Experiment:
        return replace(self, replicates=int(n))

    def points(self) -> list[dict[str, Any]]:
        """The design points: one {lever path: value} per scenario, in order."""
        from .design import points

        return [dict(p) for p in self.explicit] if self.explicit else points(self)

    def with_points(self, pts: list[dict[str, Any]]) -> Experiment:
        """The same experiment run on the given design points instead of its own design."""
        return replace(self, explicit=tuple(dict(p) for p in pts), design="list")

    def scenario(self, point: dict[str, Any]) -> Scenario:
        return apply(self.base, point)

    def fingerprint(self, version: str, constants: dict) -> str:
        """A hash of everything that determines the results (for resuming interrupted runs)."""
        blob = json.dumps(
            {
                "base": self.base.to_dict(),
                "points": self.points(),
                "replicates": self.replicates,
                "seed": self.seed,
                "level": self.level,
                "every": self.every,
                "indicators": list(self.indicators),
                "version": version,
                "constants": constants,
            },
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:32]


def load_experiment(path: str | os.PathLike) -> Experiment:
    data, resolved = files.read_file(path)
    return build(data, resolved.parent, source=str(path))


def build(data: dict, folder: Path | None = None, source: str = "") -> Experiment:
    """Validate the plain dict of an experiment file and build the :class:`Experiment`."""
    _keys(data, "", TOP_KEYS)
    if "format_version" not in data:
        raise ExperimentError(E.MISSING_FIELD, "format_version")
    version = data["format_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExperimentError(E.WRONG_TYPE, "format_version", version, "an integer")
    if version > FORMAT_VERSION:
        raise ExperimentError(E.FUTURE_VERSION, "format_version", version, FORMAT_VERSION)
    if version < 1:
        raise ExperimentError(E.BAD_VERSION, "format_version", version, f"1..{FORMAT_VERSION}")
    if data.get("kind", "collabsim-experiment") != "collabsim-experiment":
        raise ExperimentError(E.BAD_CHOICE, "kind", data["kind"], "collabsim-experiment")
    base, label = _base(data.get("base", "default"), folder)
    fixed = _table(data.get("fixed", {}), "fixed")
    checked_fixed = {}
    for path, value in fixed.items():
        lever = resolve(path, base, where=f"fixed.{path}")
        checked_fixed[lever.path] = lever.check(value, f"fixed.{path}")
    base = _valid(apply(base, checked_fixed), "fixed")
    levers = _levers(data.get("levers", []), base)
    design = _table(data.get("design", {}), "design")
    _keys(design, "design", ("method", "samples", "seed"))
    method = design.get("method", "factorial")
    if method not in DESIGNS:
        raise ExperimentError(E.BAD_CHOICE, "design.method", method, ", ".join(DESIGNS))
    samples = _int(
        design.get("samples", 0 if method in ("factorial", "zip") else 32),
        "design.samples",
        0 if method in ("factorial", "zip") else 1,
        MAX_SCENARIOS,
    )
    run = _table(data.get("run", {}), "run")
    _keys(run, "run", ("replicates", "seed"))
    outputs = _table(data.get("outputs", {}), "outputs")
    _keys(outputs, "outputs", ("level", "every", "indicators"))
    level = outputs.get("level", "final")
    if level not in LEVELS:
        raise ExperimentError(E.BAD_CHOICE, "outputs.level", level, ", ".join(LEVELS))
    exp = Experiment(
        base=base,
        base_label=label,
        levers=levers,
        design=method,
        samples=samples,
        design_seed=_int(design.get("seed", 0), "design.seed", 0, 2**32 - 1),
        replicates=_int(
            run.get("replicates", base.simulation.replicates), "run.replicates", 1, MAX_REPLICATES
        ),
        seed=_int(run.get("seed", base.simulation.seed), "run.seed", 0, 2**32 - 1),
        level=level,
        every=_int(outputs.get("every", 1), "outputs.every", 1, 10_000),
        indicators=_names(outputs.get("indicators", []), "outputs.indicators"),
        title=_local(data.get("title", {}), "title"),
        description=_local(data.get("description", {}), "description"),
        fixed=checked_fixed,
        sensitivity=_table(data.get("sensitivity", {}), "sensitivity"),
        search=_table(data.get("search", {}), "search"),
        source=source,
    )
    if method == "zip":
        lengths = {len(s.values) for s in levers}
        if any(not s.values for s in levers) or len(lengths) > 1:
            raise ExperimentError(
                INCONSISTENT,
                "levers",
                detail="design 'zip' needs explicit values of the same length for every lever",
            )
    check_size(exp)
    from .tidy import check_indicators

    check_indicators(exp.indicators, "outputs.indicators")
    return exp


def check_size(exp: Experiment) -> None:
    """Refuse designs too large for one machine before any work starts."""
    from .design import count

    n = count(exp)
    if n > MAX_SCENARIOS:
        raise ExperimentError(TOO_MUCH_WORK, "design", detail=f"{n} scenarios", allowed=MAX_SCENARIOS)
    if n * exp.replicates > MAX_RUNS:
        raise ExperimentError(
            TOO_MUCH_WORK,
            "run.replicates",
            detail=f"{n} scenarios x {exp.replicates} replicates",
            allowed=f"{MAX_RUNS} runs",
        )


def _base(spec: Any, folder: Path | None) -> tuple[Scenario, str]:
    if isinstance(spec, dict):
        try:
            return scenario_from_dict(spec), "(inline)"
        except ScenarioError as exc:
            raise ExperimentError(
                exc.code, _join("base", exc.path), exc.value, exc.allowed, exc.detail
            ) from None
    if not isinstance(spec, str) or not spec:
        raise ExperimentError(E.WRONG_TYPE, "base", spec, "a preset name, a .collabsim file or a table")
    if spec in PRESET_NAMES:
        return load_preset(spec), spec
    if not spec.endswith(SCENARIO_SUFFIX):
        raise ExperimentError(
            E.BAD_CHOICE,
            "base",
            spec,
            f"{', '.join(PRESET_NAMES)} or a file ending in {SCENARIO_SUFFIX}",
        )
    path = Path(spec) if folder is None or Path(spec).is_absolute() else folder / spec
    try:
        return load_scenario(path), spec
    except ScenarioError as exc:
        raise ExperimentError(
            exc.code,
            f"base ({spec}){': ' + exc.path if exc.path else ''}",
            exc.value,
            exc.allowed,
            exc.detail,
        ) from None


def _levers(items: Any, base: Scenario) -> tuple[LeverSpec, ...]:
    if not isinstance(items, list):
        raise ExperimentError(E.WRONG_TYPE, "levers", type(items).__name__, "a list of levers")
    if len(items) > MAX_LEVERS:
        raise ExperimentError(E.TOO_MANY, "levers", detail=str(len(items)), allowed=MAX_LEVERS)
    out, seen = [], set()
    for i, item in enumerate(items):
        where = f"levers[{i}]"
        if isinstance(item, str):
            item = {"field": item}
        item = _table(item, where)
        _keys(item, where, ("field", "values", "range", "steps"))
        if "field" not in item:
            raise ExperimentError(E.MISSING_FIELD, f"{where}.field")
        lever = resolve(item["field"], base, where=f"{where}.field")
        if lever.path in seen:
            raise ExperimentError(E.DUPLICATE_NAME, f"{where}.field", item["field"])
        seen.add(lever.path)
        values = item.get("values", [])
        if not isinstance(values, list):
            raise ExperimentError(E.WRONG_TYPE, f"{where}.values", type(values).__name__, "a list")
        if len(values) > 10_000:
            raise ExperimentError(E.TOO_MANY, f"{where}.values", detail=str(len(values)), allowed=10_000)
        checked = tuple(
            dict.fromkeys(lever.check(v, f"{where}.values[{j}]") for j, v in enumerate(values))
        )
        low = high = None
        if "range" in item:
            rng = item["range"]
            if lever.discrete:
                raise ExperimentError(
                    E.WRONG_TYPE, f"{where}.range", rng, "values (the field is not a number)"
                )
            if not isinstance(rng, list) or len(rng) != 2:
                raise ExperimentError(E.WRONG_TYPE, f"{where}.range", rng, "[low, high]")
            low = float(lever.check(rng[0], f"{where}.range[0]"))
            high = float(lever.check(rng[1], f"{where}.range[1]"))
            if low > high:
                raise ExperimentError(E.OUT_OF_RANGE, f"{where}.range", rng, "low <= high")
        if checked and "range" in item:
            raise ExperimentError(INCONSISTENT, where, detail="give either values or range, not both")
        steps = item.get("steps")
        if steps is not None:
            steps = _int(steps, f"{where}.steps", 1, 10_000)
        out.append(LeverSpec(lever, checked, low, high, steps))
    return tuple(out)


def _valid(s: Scenario, where: str) -> Scenario:
    try:
        return scenario_from_dict(s.to_dict())
    except ScenarioError as exc:
        raise ExperimentError(
            exc.code, _join(where, exc.path), exc.value, exc.allowed, exc.detail
        ) from None


def _table(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise ExperimentError(E.WRONG_TYPE, where, type(value).__name__, "a table (object)")
    return value


def _keys(table: dict, where: str, allowed: tuple[str, ...]) -> None:
    for key in table:
        if key not in allowed:
            shown = key if str(key).isprintable() and len(str(key)) <= 60 else repr(key)[:60]
            raise ExperimentError(E.UNKNOWN_FIELD, _join(where, shown), allowed=", ".join(allowed))


def _int(value: Any, where: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ExperimentError(E.WRONG_TYPE, where, value, "an integer")
    if not lo <= value <= hi:
        raise ExperimentError(E.OUT_OF_RANGE, where, value, f"{lo} to {hi}")
    return value


def _names(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ExperimentError(E.WRONG_TYPE, where, value, "a list of names")
    return tuple(value)


def _local(value: Any, where: str) -> dict:
    if isinstance(value, str):
        value = {"en": value}
    value = _table(value, where)
    _keys(value, where, ("zh", "en"))
    for k, v in value.items():
        if not isinstance(v, str) or len(v) > 20_000:
            raise ExperimentError(
                E.WRONG_TYPE, f"{where}.{k}", type(v).__name__, "text up to 20,000 characters"
            )
    return dict(value)


def _join(a: str, b: str) -> str:
    return f"{a}.{b}" if a and b else a or b
