"""Guided stories: the stories shipped with collabsim, applying a story's steps, recording one.

A shipped story is a small JSON file in ``resources/stories/`` naming the preset it starts from
and holding the ``story`` section; :func:`load_story` returns that preset with the story
attached, validated exactly as a story in a scenario file (a lever that does not exist or a value
out of range is a :class:`~collabsim.scenario.ScenarioError` naming the field). A story's start is
the scenario it is saved with; step ``i`` applies the changes of steps ``0..i`` in order.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from collabsim import presets
from collabsim.paths import resource_dir
from collabsim.scenario import ScenarioError, classroom_io, scenario_from_dict
from collabsim.scenario import classroom as K
from collabsim.scenario import errors as E
from collabsim.scenario.model import Department, Scenario

#: the shipped stories, in menu order (files resources/stories/<name>.json)
STORY_NAMES = ("case_a", "case_b", "case_c", "a_to_c")
MAX_STORY_FILE = 500_000


def story_path(name: str) -> Path:
    if name not in STORY_NAMES:
        raise KeyError(f"unknown story {name!r}; choose one of {', '.join(STORY_NAMES)}")
    return resource_dir() / "stories" / f"{name}.json"


def load_story(name: str) -> Scenario:
    """The preset a shipped story starts from, with the story attached (validated)."""
    raw = story_path(name).read_bytes()
    if len(raw) > MAX_STORY_FILE:
        raise ScenarioError(E.TOO_LARGE, detail=f"{len(raw)} bytes", allowed=MAX_STORY_FILE)
    return story_from_dict(json.loads(raw.decode("utf-8")))


def story_from_dict(data: Any) -> Scenario:
    """``{"kind": "collabsim-story", "preset": NAME, "story": {...}}`` -> the scenario with its story."""
    if not isinstance(data, dict):
        raise ScenarioError(E.WRONG_TYPE, "", type(data).__name__, "a JSON object")
    for key in data:
        if key not in ("kind", "preset", "story"):
            raise ScenarioError(E.UNKNOWN_FIELD, str(key)[:60], allowed="kind, preset, story")
    if data.get("kind") != "collabsim-story":
        raise ScenarioError(E.BAD_CHOICE, "kind", data.get("kind"), "collabsim-story")
    if data.get("preset") not in presets.PRESET_NAMES:
        raise ScenarioError(E.BAD_CHOICE, "preset", data.get("preset"), ", ".join(presets.PRESET_NAMES))
    if not isinstance(data.get("story"), dict):
        raise ScenarioError(E.WRONG_TYPE, "story", data.get("story"), "an object")
    plain = presets.load_preset(data["preset"]).to_dict()
    scenario = scenario_from_dict({**plain, "story": data["story"]})  # validated as in a file
    check_playable(scenario)
    return scenario


def check_playable(s: Scenario) -> None:
    """Every step's scenario is valid (e.g. a change that breaks the file's rules is refused)."""
    if s.story is None:
        return
    for i in range(len(s.story.steps)):
        try:
            scenario_from_dict(scenario_at(s, s.story, i).to_dict())
        except ScenarioError as err:
            raise ScenarioError(err.code, f"story.steps[{i}] → {err.path}", err.value, err.allowed,
                                err.detail) from None


# ------------------------------------------------------------------ applying
def apply_changes(s: Scenario, changes: tuple[K.Change, ...]) -> Scenario:
    """``s`` with each change applied in order."""
    for change in changes:
        s = s.with_changes(change.path, change.value)
    return s


def scenario_at(start: Scenario, story: K.Story, index: int) -> Scenario:
    """The scenario after steps ``0..index`` of ``story`` (``index`` -1: ``start`` itself)."""
    s = start
    for step in story.steps[: index + 1]:
        s = apply_changes(s, step.changes)
    return s


def step_paths(story: K.Story, index: int) -> tuple[str, ...]:
    """The lever paths step ``index`` changes, in order, without repeats."""
    if not 0 <= index < len(story.steps):
        return ()
    return tuple(dict.fromkeys(c.path for c in story.steps[index].changes))


# ------------------------------------------------------------------ recording
def lever_values(s: Scenario) -> dict[str, Any]:
    """Every lever of ``s`` by path (sections' fields, then each department's numeric fields)."""
    out: dict[str, Any] = {}
    for name in classroom_io.section_names():
        part = getattr(s, name)
        for f in fields(part):
            if "text" not in f.metadata:
                out[f"{name}.{f.name}"] = getattr(part, f.name)
    for j, dep in enumerate(s.departments):
        for f in fields(Department):
            if f.name not in classroom_io.FIXED_DEPARTMENT_FIELDS and "text" not in f.metadata:
                out[f"departments.{j}.{f.name}"] = getattr(dep, f.name)
    return out


def lever_changes(old: Scenario, new: Scenario) -> tuple[K.Change, ...] | None:
    """The changes that turn ``old``'s levers into ``new``'s; None when that is not possible
    with lever changes alone (departments added, removed, renamed or a new lead)."""
    if len(old.departments) != len(new.departments):
        return None
    for a, b in zip(old.departments, new.departments, strict=True):
        if (a.name, a.name_en, a.lead) != (b.name, b.name_en, b.lead):
            return None
    before, after = lever_values(old), lever_values(new)
    return tuple(K.Change(p, v) for p, v in after.items() if before.get(p) != v)


def recorded_story(start: Scenario, steps: list[tuple[str, Scenario, Scenario]],
                   title: str = "", lang: str = "en") -> K.Story:
    """A story from recorded changes: ``(text, before, after)`` of each undoable change.

    Changes that are not lever changes (a department added) are left out; changes that set
    nothing (undone in between) too.
    """
    out = []
    for text, before, after in steps:
        changes = lever_changes(before, after)
        if not changes:
            continue
        out.append(K.StoryStep(title=_local(text, lang), changes=changes))
    return K.Story(title=_local(title, lang), steps=tuple(out))


def _local(text: str, lang: str):
    from collabsim.scenario.model import LocalText

    return LocalText(zh=text) if lang.startswith("zh") else LocalText(en=text)
