"""Scenario formats: a version-1 file migrates (rates per step become per month); a version-2 file
migrates to version 3 (issue 10) keeping its behaviour."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from collabsim.engine import run
from collabsim.scenario import FORMAT_VERSION, dumps, load_scenario, loads
from collabsim.scenario.migrate import WEEKS_PER_MONTH, migrate_v1_to_v2, migrate_v2_to_v3

V1 = Path(__file__).parent / "data" / "case_b_v1.collabsim"
V2 = Path(__file__).parent / "data" / "case_b_v2.collabsim"


def test_the_current_format_is_version_3():
    assert FORMAT_VERSION == 3


def test_every_preset_is_stored_in_the_current_format_as_saving_writes_it():
    """The presets are current files (older versions are tested with the files in tests/data):
    each one is exactly what saving its scenario writes, so tools/make_presets.py changes nothing."""
    folder = Path(__file__).resolve().parents[1] / "resources" / "scenarios"
    files = sorted(folder.glob("*.collabsim"))
    assert {f.stem for f in files} >= {"default", "case_a", "case_b", "case_c", "competing_leads"}
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert json.loads(text)["format_version"] == FORMAT_VERSION, path.name
        assert dumps(loads(text)) == text, path.name


def test_a_version_2_file_loads_and_runs_as_it_did():
    """The superiors' fields take the values of a v2 file: the government, fixed strategies, no
    rival tasks, emergencies or party building; the run equals the same scenario written as v3."""
    raw = json.loads(V2.read_text(encoding="utf-8"))
    assert raw["format_version"] == 2 and "rivals" not in raw
    s = load_scenario(V2)
    assert s.attention.tier == "government" and s.attention.mode == "fixed"
    assert s.attention.emergencies == 0.0 and s.rivals.count == 0
    assert s.party_building.intensity == 0.0
    assert s.attention.competing_demands == raw["attention"]["competing_demands"]
    again = loads(dumps(s))
    assert again == s and json.loads(dumps(s))["format_version"] == 3
    a, b = run(s, seed=1, replicates=5), run(again, seed=1, replicates=5)
    for name in a.series:
        np.testing.assert_array_equal(a.series[name], b.series[name])


def test_the_v2_migration_keeps_values_it_finds_and_leaves_odd_ones_to_the_validator():
    body = {"attention": {"tier": "party"}, "rivals": "many"}
    out = migrate_v2_to_v3(body)
    assert body == {"attention": {"tier": "party"}, "rivals": "many"}  # input untouched
    assert out["attention"] == {"tier": "party", "emergencies": 0.0, "mode": "fixed"}
    assert out["rivals"] == "many" and out["party_building"] == {"intensity": 0.0}
    with pytest.raises(Exception) as err:
        loads(json.dumps({"format_version": 2, **body}))
    assert "rivals" in str(err.value)


def test_a_version_1_weekly_file_loads_with_rates_per_month():
    raw = json.loads(V1.read_text(encoding="utf-8"))
    assert raw["format_version"] == 1 and raw["task"]["step_unit"] == "week"
    s = load_scenario(V1)
    f1, size1 = raw["assessment"]["frequency"], raw["task"]["size"]
    assert s.assessment.frequency == pytest.approx(1 - (1 - f1) ** WEEKS_PER_MONTH, abs=1e-6)
    assert s.task.size == pytest.approx(size1 / WEEKS_PER_MONTH, abs=1e-6)
    # the same checks per week as before: per-step probability recovered from the monthly one
    per_week = 1 - (1 - s.assessment.frequency) ** (1 / WEEKS_PER_MONTH)
    assert per_week == pytest.approx(f1, abs=1e-5)
    # fields new in version 2 take their defaults; everything else is kept
    assert s.assessment.standard == 0.5 and s.simulation.initial_effort == 0.2
    assert all(d.quota_gap == 0.2 and d.initial_effort == -1.0 for d in s.departments)
    assert [d.name for d in s.departments] == [d["name"] for d in raw["departments"]]
    assert s.task.horizon == raw["task"]["horizon"]
    res = run(s, seed=0, replicates=3)
    assert np.isfinite(res.series["effort"]).all()


def test_a_version_1_monthly_file_keeps_its_numbers():
    body = {"task": {"step_unit": "month", "size": 30}, "assessment": {"frequency": 0.25}}
    assert migrate_v1_to_v2(body) == body
    s = loads(json.dumps({"format_version": 1, **body}))
    assert s.assessment.frequency == 0.25 and s.task.size == 30


def test_migration_does_not_touch_its_input_and_tolerates_odd_values():
    body = {"task": {"step_unit": "week", "size": "big"}, "assessment": {"frequency": True}}
    assert migrate_v1_to_v2(body) == body  # left for the validator to reject with a message
    with pytest.raises(Exception) as err:
        loads(json.dumps({"format_version": 1, **body}))
    assert "task.size" in str(err.value) or "assessment.frequency" in str(err.value)
