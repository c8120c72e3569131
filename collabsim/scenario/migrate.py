"""Migration chain for scenario files: ``migrate_vN_to_vN+1`` functions applied in order.

Version 2 (the model's second edition) states rates per month and scales them to the step: a
version-1 file's per-step check probability and task size (in steps) are converted to months when
its step is a week. Fields new in version 2 take their defaults. A version-1 sample file is kept in
tests/data/ and loaded by a test.

Version 3 (issue 10, the superior's side) adds the lead's choice of tier and strategy mode,
emergencies, rival tasks and party building (an extension). A version-2 file gets the values that
keep its behaviour as close as possible: strategies fixed by its levers, attention sought at the
government (逐级, no tier multipliers), no emergencies, no rival tasks, no party building. Its
``competing_demands`` keeps its meaning (the superior's other business). A version-2 sample file
is kept in tests/data/ and loaded by a test.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from collabsim.scenario.model import FORMAT_VERSION

Migration = Callable[[dict], dict]

WEEKS_PER_MONTH = 52.0 / 12.0


def migrate_v1_to_v2(body: dict) -> dict:
    """Version 1 -> 2: per-step rates of weekly scenarios become per-month rates."""
    body = copy.deepcopy(body)
    task = body.get("task")
    if not isinstance(task, dict) or task.get("step_unit") != "week":
        return body  # monthly steps (the default): the numbers mean the same per month
    assessment = body.get("assessment")
    if isinstance(assessment, dict) and _is_number(assessment.get("frequency")):
        f = min(max(float(assessment["frequency"]), 0.0), 1.0)
        assessment["frequency"] = round(1.0 - (1.0 - f) ** WEEKS_PER_MONTH, 6)
    if _is_number(task.get("size")):
        task["size"] = round(max(1.0, float(task["size"]) / WEEKS_PER_MONTH), 6)
    return body


#: what a version-2 file did not have, set to the values that keep its behaviour
V3_DEFAULTS = {
    "attention": {"emergencies": 0.0, "tier": "government", "mode": "fixed"},
    "rivals": {"count": 0},
    "party_building": {"intensity": 0.0},
}


def migrate_v2_to_v3(body: dict) -> dict:
    """Version 2 -> 3: the new fields explicitly at the values that keep a v2 file's behaviour."""
    body = copy.deepcopy(body)
    for section, values in V3_DEFAULTS.items():
        part = body.get(section)
        if part is None:
            body[section] = dict(values)
        elif isinstance(part, dict):  # anything else: the validator names it
            for name, value in values.items():
                part.setdefault(name, value)
    return body


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


#: MIGRATIONS[n] turns a version-n body into a version-(n+1) body.
MIGRATIONS: dict[int, Migration] = {1: migrate_v1_to_v2, 2: migrate_v2_to_v3}


def migrate(body: dict, version: int) -> dict:
    """Bring a file body of ``version`` up to ``FORMAT_VERSION``."""
    while version < FORMAT_VERSION:
        body = MIGRATIONS[version](body)
        version += 1
    return body
