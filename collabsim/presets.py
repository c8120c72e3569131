"""The preset scenarios shipped in resources/scenarios/ (the article's three cases, a default and
two leads competing for one superior, §四)."""

from __future__ import annotations

from pathlib import Path

from collabsim.paths import resource_dir
from collabsim.scenario import FILE_SUFFIX, Scenario, load_scenario

#: preset names in menu order
PRESET_NAMES = ("default", "case_a", "case_b", "case_c", "competing_leads")


def preset_path(name: str) -> Path:
    if name not in PRESET_NAMES:
        raise KeyError(f"unknown preset {name!r}; choose one of {', '.join(PRESET_NAMES)}")
    return resource_dir() / "scenarios" / f"{name}{FILE_SUFFIX}"


def load_preset(name: str) -> Scenario:
    return load_scenario(preset_path(name))


def default_scenario() -> Scenario:
    return load_preset("default")
