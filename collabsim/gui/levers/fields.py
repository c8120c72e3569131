"""Which levers the window shows, derived from the scenario's dataclasses (no hand-kept list).

Every section of :class:`~collabsim.scenario.Scenario` (a dataclass-typed field: task,
responsibility, assessment, ...) becomes a group of levers in the section's field order; a
tuple of dataclasses (the departments) becomes an editable table whose columns are the element's
fields. Each field's kind of lever comes from its metadata (``bool``, ``choices``, ``range``,
``text``). A field the GUI cannot show raises, so a new scenario field either appears as a lever
or fails the lever tests (``tests/test_gui_levers.py``); it is never silently left out.

Group and order come from the dataclass structure rather than from extra metadata: the sections
already are the article's grouping and the file's layout, so the file, its documentation and the
levers cannot disagree, and a field added to a section needs nothing else but its words
(:mod:`collabsim.gui.common.lever_texts`). No Qt here.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, fields, is_dataclass

from collabsim.scenario.model import Scenario

#: Scenario fields that are not levers: descriptive texts (title, description, teacher notes).
NOT_LEVERS = frozenset({"meta"})


@dataclass(frozen=True)
class LeverField:
    """One settable scenario field: where it is, what its metadata says, which widget shows it."""

    path: str  # dotted path in the scenario, e.g. "assessment.weight" (a column: "resources")
    name: str
    spec: dict
    kind: str  # "flag", "choice", "slider", "number" or "text"


@dataclass(frozen=True)
class Section:
    """A group of levers (``table`` False) or the columns of an editable table (``table`` True)."""

    name: str
    table: bool
    fields: tuple[LeverField, ...]


def lever_kind(spec: dict) -> str:
    """The widget kind for a field's metadata; raises ValueError for metadata it cannot show."""
    if spec.get("bool"):
        return "flag"
    if "choices" in spec:
        if not spec["choices"]:
            raise ValueError("a choice field without choices")
        return "choice"
    if "range" in spec:
        lo, hi = spec["range"]
        return "slider" if not spec.get("integer") and hi - lo <= 1 else "number"
    if "text" in spec:
        return "text"
    raise ValueError(f"no lever for a field with metadata {sorted(spec)}")


def _leaf_fields(cls: type, prefix: str) -> list[LeverField]:
    """The fields of dataclass ``cls`` in order; nested dataclasses are flattened (dotted)."""
    hints = typing.get_type_hints(cls)
    out: list[LeverField] = []
    for f in fields(cls):
        path = f"{prefix}{f.name}"
        if is_dataclass(hints[f.name]):
            out.extend(_leaf_fields(hints[f.name], f"{path}."))
        else:
            out.append(LeverField(path, f.name, dict(f.metadata), lever_kind(dict(f.metadata))))
    return out


def sections(cls: type = Scenario) -> tuple[Section, ...]:
    """The lever groups of scenario class ``cls``, in field order."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        if f.name in NOT_LEVERS or "section" in f.metadata:  # classroom sections: not levers
            continue
        hint = hints[f.name]
        if is_dataclass(hint):
            out.append(Section(f.name, False, tuple(_leaf_fields(hint, f"{f.name}."))))
        elif typing.get_origin(hint) is tuple and is_dataclass(typing.get_args(hint)[0]):
            out.append(Section(f.name, True, tuple(_leaf_fields(typing.get_args(hint)[0], ""))))
        else:
            raise TypeError(f"scenario field {f.name!r} ({hint}) is neither a section nor a table")
    return tuple(out)


def lever_fields(cls: type = Scenario) -> tuple[LeverField, ...]:
    """Every lever of the non-table sections, in display order."""
    return tuple(lf for s in sections(cls) if not s.table for lf in s.fields)


def table_columns(name: str = "departments", cls: type = Scenario) -> tuple[LeverField, ...]:
    """The columns of the table section ``name``."""
    return next(s.fields for s in sections(cls) if s.name == name and s.table)


def read_path(obj, path: str):
    """The value at dotted ``path`` of a scenario (or any nested dataclass)."""
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj
