"""Validating the classroom sections of a scenario file (story, assignment, submission).

Files come from students and the internet, so every part is checked like the rest of the file:
plain text only (no control characters), size limits on every list and text, lever changes
naming a field that exists and a value in its range, and each ``ScenarioError`` names the field
path (``story.steps[2].changes[0].path``). :func:`build_section` is called by the loader for each
section; :func:`check_sections` then checks what needs the whole scenario (department indices).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any

from collabsim.scenario import classroom as K
from collabsim.scenario import errors as E
from collabsim.scenario.errors import ScenarioError
from collabsim.scenario.model import MAX_NAME, Department, LocalText, Scenario

#: Department fields a story or assignment may not change (names are text; the lead is structure)
FIXED_DEPARTMENT_FIELDS = frozenset({"name", "name_en", "lead"})


#: the loader's check of one value against a field's metadata (``io._check_value``: plain text,
#: ranges, choices, the same messages); the loader passes it in, so this module does not import io
CheckValue = Callable[[dict, Any, str], Any]
_check: list[CheckValue] = []


def _value(spec: dict, value: Any, path: str) -> Any:
    return _check[-1](spec, value, path)


# ------------------------------------------------------------------ levers by path
def section_names() -> tuple[str, ...]:
    """Scenario sections whose fields are levers (task, responsibility, ..., simulation)."""
    out = []
    for f in fields(Scenario):
        if f.name in ("meta", "departments") or "section" in f.metadata:
            continue
        out.append(f.name)
    return tuple(out)


def _leaf_specs(cls: type) -> dict[str, dict]:
    return {f.name: dict(f.metadata) for f in fields(cls)
            if "text" not in f.metadata and f.metadata and not is_dataclass(f.default)}


def lever_spec(path: Any, where: str) -> dict:
    """The metadata of the lever at dotted ``path``; ScenarioError at ``where`` if there is none.

    A department lever is ``departments.<index>.<field>`` (its index is checked against the
    scenario later, by :func:`check_sections`).
    """
    if not isinstance(path, str):
        raise ScenarioError(E.WRONG_TYPE, where, _short_type(path), "a dotted field path")
    if len(path) > K.MAX_PATH:
        raise ScenarioError(E.TOO_LONG, where, detail=str(len(path)), allowed=K.MAX_PATH)
    parts = path.split(".")
    sections = {f.name: f for f in fields(Scenario)}
    head = parts[0]
    if head == "departments":
        specs = {k: v for k, v in _leaf_specs(Department).items() if k not in FIXED_DEPARTMENT_FIELDS}
        if len(parts) != 3 or not parts[1].isdigit() or len(parts[1]) > 3:
            raise ScenarioError(E.UNKNOWN_FIELD, where, _printable(path),
                                "departments.<index>.(" + ", ".join(specs) + ")")
        name = parts[2]
    elif head in section_names():
        cls = type(sections[head].default_factory())
        specs = _leaf_specs(cls)
        name = parts[1] if len(parts) == 2 else ""
    else:
        raise ScenarioError(E.UNKNOWN_FIELD, where, _printable(path), ", ".join(
            ("departments.<index>", *section_names())))
    if name not in specs:
        raise ScenarioError(E.UNKNOWN_FIELD, where, _printable(path),
                            f"{head}.(" + ", ".join(specs) + ")")
    return specs[name]


def department_index(path: str) -> int | None:
    """The department index of a department lever path, else None."""
    parts = path.split(".")
    return int(parts[1]) if parts[0] == "departments" else None


# ------------------------------------------------------------------ generic pieces
def _obj(value: Any, path: str, allowed: set[str]) -> dict:
    if not isinstance(value, dict):
        raise ScenarioError(E.WRONG_TYPE, path, _short_type(value), "an object")
    for key in value:
        if key not in allowed:
            raise ScenarioError(E.UNKNOWN_FIELD, f"{path}.{_printable(str(key))}",
                                allowed=", ".join(sorted(allowed)))
    return value


def _list(value: Any, path: str, limit: int) -> list:
    if not isinstance(value, list):
        raise ScenarioError(E.WRONG_TYPE, path, _short_type(value), "a list")
    if len(value) > limit:
        raise ScenarioError(E.TOO_MANY, path, detail=str(len(value)), allowed=limit)
    return value


def _text(value: Any, path: str, limit: int) -> str:
    return _value({"text": limit}, value, path)


def _local(value: Any, path: str, limit: int = K.MAX_PASSAGE) -> LocalText:
    if isinstance(value, str):  # one text for both languages
        text = _text(value, path, limit)
        return LocalText(zh=text, en=text)
    data = _obj(value, path, {"zh", "en"})
    return LocalText(**{k: _text(v, f"{path}.{k}", limit) for k, v in data.items()})


def _number(value: Any, path: str, lo: float, hi: float, integer: bool = False):
    return _value({"range": (lo, hi), "integer": integer}, value, path)


def _choice(value: Any, path: str, choices: tuple[str, ...]) -> str:
    return _value({"choices": choices}, value, path)


def _flag(value: Any, path: str) -> bool:
    return _value({"bool": True}, value, path)


def _version(data: dict, path: str, current: int) -> int:
    if "version" not in data:
        return current
    v = data["version"]
    where = f"{path}.version"
    if isinstance(v, bool) or not isinstance(v, int):
        raise ScenarioError(E.WRONG_TYPE, where, v, "an integer")
    if v > current:
        raise ScenarioError(E.FUTURE_VERSION, where, v, current)
    if v < 1:
        raise ScenarioError(E.BAD_VERSION, where, v, f"1..{current}")
    return v


def _change(value: Any, path: str) -> K.Change:
    data = _obj(value, path, {"path", "value"})
    for key in ("path", "value"):
        if key not in data:
            raise ScenarioError(E.MISSING_FIELD, f"{path}.{key}")
    spec = lever_spec(data["path"], f"{path}.path")
    return K.Change(data["path"], _value(spec, data["value"], f"{path}.value"))


def _changes(value: Any, path: str) -> tuple[K.Change, ...]:
    items = _list(value, path, K.MAX_CHANGES)
    return tuple(_change(v, f"{path}[{i}]") for i, v in enumerate(items))


def _locals(value: Any, path: str) -> tuple[LocalText, ...]:
    items = _list(value, path, K.MAX_QUESTIONS)
    return tuple(_local(v, f"{path}[{i}]") for i, v in enumerate(items))


# ------------------------------------------------------------------ sections
def _step(value: Any, path: str) -> K.StoryStep:
    data = _obj(value, path, {f.name for f in fields(K.StoryStep)})
    kw: dict[str, Any] = {}
    for key in ("title", "text", "question", "notes"):
        if key in data:
            kw[key] = _local(data[key], f"{path}.{key}")
    if "changes" in data:
        kw["changes"] = _changes(data["changes"], f"{path}.changes")
    if "play_to" in data:
        kw["play_to"] = _number(data["play_to"], f"{path}.play_to", K.TO_THE_END, 2000, integer=True)
    if "pause_on" in data:
        kw["pause_on"] = _choice(data["pause_on"], f"{path}.pause_on", ("", *K.EVENTS))
    return K.StoryStep(**kw)


def build_story(value: Any, path: str = "story") -> K.Story:
    data = _obj(value, path, {f.name for f in fields(K.Story)})
    kw: dict[str, Any] = {"version": _version(data, path, K.STORY_VERSION)}
    if "title" in data:
        kw["title"] = _local(data["title"], f"{path}.title")
    if "steps" in data:
        items = _list(data["steps"], f"{path}.steps", K.MAX_STEPS)
        kw["steps"] = tuple(_step(v, f"{path}.steps[{i}]") for i, v in enumerate(items))
    if "questions" in data:
        kw["questions"] = _locals(data["questions"], f"{path}.questions")
    return K.Story(**kw)


def _target(value: Any, path: str) -> K.Target:
    data = _obj(value, path, {f.name for f in fields(K.Target)})
    kw: dict[str, Any] = {}
    if "form" in data:
        kw["form"] = _choice(data["form"], f"{path}.form", K.FORMS)
    if "no_collusion" in data:
        kw["no_collusion"] = _flag(data["no_collusion"], f"{path}.no_collusion")
    for key in ("max_gap", "min_real_progress", "min_coop_effort"):
        if key in data:
            kw[key] = _number(data[key], f"{path}.{key}", 0.0, 1.0)
    if "max_cost" in data:
        kw["max_cost"] = _number(data["max_cost"], f"{path}.max_cost", 0.0, 10_000.0)
    return K.Target(**kw)


def _cost(value: Any, path: str) -> K.Cost:
    data = _obj(value, path, {"path", "cost", "value"})
    for key in ("path", "cost"):
        if key not in data:
            raise ScenarioError(E.MISSING_FIELD, f"{path}.{key}")
    spec = lever_spec(data["path"], f"{path}.path")
    cost = _number(data["cost"], f"{path}.cost", 0.0, 1000.0)
    discrete = "bool" in spec or "choices" in spec
    if discrete and data.get("value") is None:
        raise ScenarioError(E.MISSING_FIELD, f"{path}.value")
    if not discrete and data.get("value") is not None:
        raise ScenarioError(E.WRONG_TYPE, f"{path}.value", data["value"],
                            "null (a number lever costs per unit)")
    value_ = None if not discrete else _value(spec, data["value"], f"{path}.value")
    return K.Cost(data["path"], cost, value_)


def build_assignment(value: Any, path: str = "assignment") -> K.Assignment:
    data = _obj(value, path, {f.name for f in fields(K.Assignment)})
    kw: dict[str, Any] = {"version": _version(data, path, K.ASSIGNMENT_VERSION)}
    for key in ("title", "instructions"):
        if key in data:
            kw[key] = _local(data[key], f"{path}.{key}")
    if "questions" in data:
        kw["questions"] = _locals(data["questions"], f"{path}.questions")
    if "target" in data:
        kw["target"] = _target(data["target"], f"{path}.target")
    if "costs" in data:
        items = _list(data["costs"], f"{path}.costs", K.MAX_COSTS)
        kw["costs"] = tuple(_cost(v, f"{path}.costs[{i}]") for i, v in enumerate(items))
    if "start" in data:
        kw["start"] = _changes(data["start"], f"{path}.start")
    return K.Assignment(**kw)


def build_submission(value: Any, path: str = "submission") -> K.Submission:
    data = _obj(value, path, {f.name for f in fields(K.Submission)})
    kw: dict[str, Any] = {"version": _version(data, path, K.SUBMISSION_VERSION)}
    if "name" in data:
        kw["name"] = _text(data["name"], f"{path}.name", MAX_NAME)
    if "student_number" in data:
        kw["student_number"] = _text(data["student_number"], f"{path}.student_number", 40)
    if "answers" in data:
        items = _list(data["answers"], f"{path}.answers", K.MAX_QUESTIONS)
        kw["answers"] = tuple(_text(v, f"{path}.answers[{i}]", K.MAX_ANSWER) for i, v in enumerate(items))
    if "saved_at" in data:
        kw["saved_at"] = _text(data["saved_at"], f"{path}.saved_at", 40)
    return K.Submission(**kw)


BUILDERS = {"story": build_story, "assignment": build_assignment, "submission": build_submission}


def build_section(name: str, value: Any, path: str, check_value: CheckValue):
    """The section ``name`` built from plain ``value`` (None: absent), checking values with
    ``check_value`` (the loader's)."""
    if value is None:
        return None
    _check.append(check_value)
    try:
        return BUILDERS[name](value, path)
    finally:
        _check.pop()


def check_sections(s: Scenario) -> None:
    """Checks that need the whole scenario: department levers name an existing department."""
    where: list[tuple[str, tuple[K.Change, ...]]] = []
    if s.story is not None:
        where += [(f"story.steps[{i}].changes", st.changes) for i, st in enumerate(s.story.steps)]
    if s.assignment is not None:
        where.append(("assignment.start", s.assignment.start))
        where.append(("assignment.costs", s.assignment.costs))
    for base, items in where:
        for k, item in enumerate(items):
            j = department_index(item.path)
            if j is not None and j >= s.n_departments:
                raise ScenarioError(E.OUT_OF_RANGE, f"{base}[{k}].path", item.path,
                                    f"departments.0 to departments.{s.n_departments - 1}")


def _short_type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "a boolean",
            type(None): "null"}.get(type(value), type(value).__name__)


def _printable(text: str) -> str:
    """A path fit for a message: control characters escaped, short."""
    text = text if text.isprintable() else repr(text)[1:-1]
    return text if len(text) <= 60 else text[:57] + "..."
