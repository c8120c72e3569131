"""Levers: scenario fields addressed by dotted path, with ranges and choices read from the fields' metadata.

Nothing here names a scenario field: a lever is whatever numeric, boolean or choice field the
scenario model declares (``collabsim.scenario.model``), so when the model gains or renames fields
the levers follow. Department fields are addressed as ``departments.2.resources`` (or
``departments[2].resources``); ``departments.*.resources`` sets the field of every department.
"""

from __future__ import annotations

import math
import re
from dataclasses import MISSING, dataclass, fields, is_dataclass
from typing import Any

from collabsim.scenario import errors as E
from collabsim.scenario.model import Department, Scenario

from .errors import UNKNOWN_LEVER, ExperimentError

_INDEX = re.compile(r"\[(\d+|\*)\]")


@dataclass(frozen=True)
class Lever:
    """One scenario field that an experiment varies."""

    path: str  # normalised dotted path, e.g. 'assessment.weight', 'departments.1.resources'
    kind: str  # 'number', 'integer', 'bool' or 'choice'
    low: float = 0.0
    high: float = 1.0
    choices: tuple = ()
    meaning: str = ""

    @property
    def discrete(self) -> bool:
        return self.kind in ("bool", "choice")

    def levels(self) -> tuple:
        """Every value of a discrete lever (False, True for a switch)."""
        return (False, True) if self.kind == "bool" else self.choices

    def check(self, value: Any, where: str) -> Any:
        """``value`` converted to the field's type, or ExperimentError naming ``where``."""
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise ExperimentError(E.WRONG_TYPE, where, value, "true or false")
            return value
        if self.kind == "choice":
            if not isinstance(value, str) or value not in self.choices:
                raise ExperimentError(E.BAD_CHOICE, where, value, ", ".join(self.choices))
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ExperimentError(E.WRONG_TYPE, where, value, "a number")
        if isinstance(value, float) and not math.isfinite(value):
            raise ExperimentError(E.NOT_FINITE, where, value)
        if not self.low <= value <= self.high:
            raise ExperimentError(E.OUT_OF_RANGE, where, value, f"{self.low:g} to {self.high:g}")
        if self.kind == "integer":
            if float(value) != int(value):
                raise ExperimentError(E.WRONG_TYPE, where, value, "an integer")
            return int(value)
        return float(value)

    def from_unit(self, u: float) -> Any:
        """Map u in [0, 1) to a value: linear for numbers (rounded for integers), bins otherwise."""
        if self.discrete:
            levels = self.levels()
            return levels[min(int(u * len(levels)), len(levels) - 1)]
        value = self.low + u * (self.high - self.low)
        return int(round(value)) if self.kind == "integer" else float(value)


def normalise(path: str) -> str:
    """'departments[2].resources' -> 'departments.2.resources'."""
    return _INDEX.sub(lambda m: "." + m.group(1), path.strip())


def resolve(path: Any, base: Scenario, where: str = "field") -> Lever:
    """The lever at dotted ``path`` of ``base``; ExperimentError (naming ``where``) if there is none."""
    if not isinstance(path, str) or not path.strip():
        raise ExperimentError(
            E.WRONG_TYPE, where, path, "a dotted field path such as 'assessment.weight'"
        )
    norm = normalise(path)
    parts = norm.split(".")
    cls: type = Scenario
    for i, part in enumerate(parts):
        if cls is _DEPARTMENTS:
            if part != "*" and not (part.isdigit() and int(part) < base.n_departments):
                raise ExperimentError(
                    E.OUT_OF_RANGE, where, path, f"department index 0 to {base.n_departments - 1} or *"
                )
            cls = Department
            continue
        f = _field(cls, part)
        if f is None:
            allowed = ", ".join(x.name for x in fields(cls))
            raise ExperimentError(
                UNKNOWN_LEVER,
                where,
                path,
                detail=part,
                allowed=f"{'.'.join(parts[:i]) or 'the scenario'} ({allowed})",
            )
        if f.name == "departments":
            cls = _DEPARTMENTS
            continue
        sub = _dataclass_of(f)
        if sub is not None:
            cls = sub
            continue
        if i != len(parts) - 1:
            raise ExperimentError(UNKNOWN_LEVER, where, path, detail=parts[i + 1], allowed=part)
        return _lever(norm, dict(f.metadata), where, path)
    raise ExperimentError(E.WRONG_TYPE, where, path, "a path to a number, switch or choice field")


_DEPARTMENTS = object  # marker: the next part is a department index


def _field(cls: type, name: str):
    return next((f for f in fields(cls) if f.name == name), None) if is_dataclass(cls) else None


def _dataclass_of(f) -> type | None:
    default = f.default_factory() if f.default_factory is not MISSING else f.default
    return type(default) if is_dataclass(default) else None


def _lever(norm: str, spec: dict, where: str, path: str) -> Lever:
    meaning = spec.get("meaning", "")
    if "bool" in spec:
        return Lever(norm, "bool", meaning=meaning)
    if "choices" in spec:
        return Lever(norm, "choice", choices=tuple(spec["choices"]), meaning=meaning)
    if "range" in spec:
        lo, hi = spec["range"]
        return Lever(
            norm, "integer" if spec.get("integer") else "number", float(lo), float(hi), meaning=meaning
        )
    raise ExperimentError(E.WRONG_TYPE, where, path, "a number, switch or choice field (not text)")


def apply(base: Scenario, values: dict[str, Any], where: str = "") -> Scenario:
    """``base`` with each lever path set to its value (``*`` = every department).

    Each value has been checked against its field; what a single field cannot show (exactly one
    lead department, distinct names) is checked here when a department field changed, and
    reported as ExperimentError naming ``where`` (the design point)."""
    s = base
    for path, value in values.items():
        if ".*." in path:
            head, _, tail = path.partition(".*.")
            for j in range(s.n_departments):
                s = s.with_changes(f"{head}.{j}.{tail}", value)
        else:
            s = s.with_changes(path, value)
    if any(p.startswith("departments.") for p in values):
        from collabsim.scenario import ScenarioError, scenario_from_dict

        try:
            scenario_from_dict(s.to_dict())
        except ScenarioError as exc:
            shown = ", ".join(f"{p}={v!r}" for p, v in values.items())
            raise ExperimentError(exc.code, f"{where or 'design point'} ({shown}): {exc.path}", exc.value,
                                  exc.allowed, exc.detail) from None
    return s


def all_levers(base: Scenario) -> list[Lever]:
    """Every lever of ``base`` (scenario-wide fields, then each department's), in model order."""
    out: list[Lever] = []

    def walk(cls: type, prefix: str) -> None:
        for f in fields(cls):
            path = f"{prefix}{f.name}"
            if f.name == "departments":
                for j in range(base.n_departments):
                    walk(Department, f"departments.{j}.")
                continue
            sub = _dataclass_of(f)
            if sub is not None:
                walk(sub, path + ".")
            elif "text" not in f.metadata and "section" not in f.metadata and f.metadata:
                out.append(_lever(path, dict(f.metadata), path, path))

    walk(Scenario, "")
    return out
