"""Scenario model and files: what users save, share and open again (no Qt, no numpy)."""

from collabsim.scenario.errors import ScenarioError
from collabsim.scenario.io import dumps, load_scenario, loads, save_scenario, scenario_from_dict
from collabsim.scenario.model import (
    FILE_SUFFIX,
    FORMAT_VERSION,
    Assessment,
    Attention,
    Controls,
    Department,
    LocalText,
    Meta,
    PartyBuilding,
    Responsibility,
    Rivals,
    Scenario,
    SimulationSettings,
    Task,
)

__all__ = [
    "FILE_SUFFIX", "FORMAT_VERSION", "Assessment", "Attention", "Controls", "Department",
    "LocalText", "Meta", "PartyBuilding", "Responsibility", "Rivals", "Scenario", "ScenarioError",
    "SimulationSettings", "Task", "dumps", "load_scenario", "loads", "save_scenario", "scenario_from_dict",
]
