"""Experiment files: JSON and TOML, validated with messages that name the field; hostile files refused."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from collabsim.experiments import ExperimentError, all_levers, build, load_experiment, resolve
from collabsim.experiments.files import parse
from collabsim.presets import load_preset
from collabsim.scenario.model import Scenario

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "resources" / "experiments").glob("*.collabsim-experiment"))


def make(**parts) -> dict:
    return {"format_version": 1, "base": "default", **parts}


def error_of(data) -> str:
    with pytest.raises(ExperimentError) as info:
        build(data)
    assert "Traceback" not in str(info.value)
    return str(info.value)


def test_every_shipped_example_loads_and_runs_a_little():
    assert len(EXAMPLES) >= 4  # one per case at least, plus the default
    bases = set()
    for path in EXAMPLES:
        exp = load_experiment(path)
        bases.add(exp.base_label)
        assert exp.points(), path
        exp.scenario(exp.points()[-1])  # every design point builds a scenario
    assert {"case_a", "case_b", "case_c"} <= bases


def test_toml_and_json_give_the_same_experiment(tmp_path):
    toml = tmp_path / "x.collabsim-experiment"
    toml.write_text(
        'format_version = 1\nbase = "case_b"\n[[levers]]\nfield = "assessment.weight"\n'
        "values = [0.2, 0.6]\n[run]\nreplicates = 3\n",
        encoding="utf-8",
    )
    js = tmp_path / "y.collabsim-experiment"
    js.write_text(
        json.dumps(
            {
                "format_version": 1,
                "base": "case_b",
                "run": {"replicates": 3},
                "levers": [{"field": "assessment.weight", "values": [0.2, 0.6]}],
            }
        )
    )
    a, b = load_experiment(toml), load_experiment(js)
    assert a.points() == b.points() == [{"assessment.weight": 0.2}, {"assessment.weight": 0.6}]
    assert a.replicates == b.replicates == 3


def test_ranges_and_choices_come_from_the_field_metadata():
    base = load_preset("default")
    levers = {lv.path: lv for lv in all_levers(base)}
    # every numeric, switch and choice field of the scenario is a lever; text fields are not
    assert "assessment.weight" in levers and "meta.author" not in levers
    w = resolve("assessment.weight", base)
    assert (w.kind, w.low, w.high) == ("number", 0.0, 1.0)
    kind = resolve("task.kind", base)
    assert kind.kind == "choice" and "central" in kind.choices
    dept = resolve("departments[1].resources", base)
    assert dept.path == "departments.1.resources" and dept.kind == "number"
    exp = build(
        make(
            levers=[
                {"field": "task.kind"},
                {"field": "controls.supervision"},
                {"field": "assessment.weight", "steps": 3},
            ]
        )
    )
    assert len(exp.points()) == len(kind.choices) * 2 * 3


def test_every_department_at_once():
    exp = build(make(levers=[{"field": "departments.*.resources", "values": [0.1, 0.9]}]))
    s = exp.scenario(exp.points()[1])
    assert all(d.resources == 0.9 for d in s.departments)


@pytest.mark.parametrize(
    "data, needle",
    [
        (
            make(levers=[{"field": "assessment.wieght"}]),
            "levers[0].field: 'assessment.wieght' is not a scenario field",
        ),
        (
            make(levers=[{"field": "assessment.weight", "values": [2]}]),
            "levers[0].values[0]: value 2 is out of range",
        ),
        (
            make(levers=[{"field": "task.kind", "values": ["party"]}]),
            "levers[0].values[0]: value 'party' is not one of",
        ),
        (make(levers=[{"field": "meta.author"}]), "levers[0].field"),
        (make(levers=[{"field": "departments.9.resources"}]), "department index 0 to"),
        (make(levers=[{"field": "assessment.weight", "range": [0.9, 0.1]}]), "levers[0].range"),
        (make(levers=["assessment.weight", "assessment.weight"]), "levers[1].field"),
        (make(design={"method": "magic"}), "design.method: value 'magic' is not one of"),
        (make(run={"replicates": 0}), "run.replicates: value 0 is out of range"),
        (make(run={"replicatess": 3}), "run.replicatess: unknown field"),
        (
            make(outputs={"indicators": ["happiness"]}),
            "outputs.indicators[0]: 'happiness' is not an output",
        ),
        (make(fixed={"assessment.weight": "high"}), "fixed.assessment.weight: expected a number"),
        (make(base="nowhere.collabsim"), "base (nowhere.collabsim): file not found"),
        (make(base="/etc/passwd"), "base: value '/etc/passwd' is not one of"),
        (make(base={"format_version": 1, "assessment": {"weight": 5}}), "base.assessment.weight"),
        ({"base": "default"}, "format_version: required field is missing"),
        (make(format_version=99), "newer than this program"),
        (make(surprise=1), "surprise: unknown field"),
        (
            make(
                levers=[
                    {"field": "assessment.weight", "steps": 1000},
                    {"field": "assessment.frequency", "steps": 1000},
                ]
            ),
            "design: 1000000 scenarios",
        ),
        (
            make(run={"replicates": 100_000}, levers=[{"field": "assessment.weight", "steps": 200}]),
            "run.replicates",
        ),
    ],
)
def test_bad_experiments_name_the_field(data, needle):
    assert needle in error_of(data)


@pytest.mark.parametrize(
    "raw, needle",
    [
        (b"", "empty"),
        (b"\xff\xfe junk", "not UTF-8"),
        (b'{"format_version": 1, "format_version": 1}', "duplicate key"),
        (b'{"format_version": 1, "run": {"seed": NaN}}', "run.seed: value nan is not a finite number"),
        (b"format_version = 1\n[run]\nseed = inf\n", "run.seed: value inf is not a finite number"),
        (b'{"format_version": ' + b"9" * 5000 + b"}", "digits"),
        (b"format_version = " + b"9" * 5000 + b"\n", "digits"),
        (b"[" * 100_000, "neither JSON nor valid TOML"),
        (b"{" + b'"a":{' * 5000 + b"}" * 5001, "nested too deeply"),
        (b"format_version = 1\nwhen = 1979-05-27\n", "when: expected text"),
        (b"= = =", "neither JSON nor valid TOML"),
    ],
)
def test_hostile_files_are_refused_with_one_line(tmp_path, raw, needle):
    path = tmp_path / "h.collabsim-experiment"
    path.write_bytes(raw)
    with pytest.raises(ExperimentError) as info:
        load_experiment(path)
    assert needle in str(info.value) and "\n" not in str(info.value)


def test_large_and_missing_files(tmp_path):
    big = tmp_path / "big.collabsim-experiment"
    big.write_bytes(b" " * 1_000_001)
    with pytest.raises(ExperimentError, match="too large"):
        load_experiment(big)
    with pytest.raises(ExperimentError, match="file not found"):
        load_experiment(tmp_path / "none.collabsim-experiment")
    with pytest.raises(ExperimentError, match="not a regular file"):
        load_experiment(tmp_path)
    assert parse('{"format_version": 1}') == {"format_version": 1}


def test_lhs_and_sobol_designs_are_seeded_and_within_ranges():
    levers = [
        {"field": "assessment.weight", "range": [0.2, 0.4]},
        {"field": "controls.reporting"},
        {"field": "task.horizon", "range": [10, 20]},
    ]
    for method in ("lhs", "sobol"):
        a = build(make(levers=levers, design={"method": method, "samples": 16, "seed": 3}))
        b = build(make(levers=levers, design={"method": method, "samples": 16, "seed": 3}))
        c = build(make(levers=levers, design={"method": method, "samples": 16, "seed": 4}))
        pts = a.points()
        assert pts == b.points() and pts != c.points() and len(pts) == 16
        assert all(0.2 <= p["assessment.weight"] <= 0.4 for p in pts)
        assert all(isinstance(p["task.horizon"], int) and 10 <= p["task.horizon"] <= 20 for p in pts)
        assert {p["controls.reporting"] for p in pts} == {"none", "informal", "formal"}
    # Latin hypercube: each of 16 equal strata of the range holds exactly one sample
    lhs = build(make(levers=levers[:1], design={"method": "lhs", "samples": 16}))
    strata = sorted(int((p["assessment.weight"] - 0.2) / 0.2 * 16) for p in lhs.points())
    assert strata == list(range(16))


def test_zip_design_needs_equal_value_lists():
    ok = build(
        make(
            levers=[
                {"field": "assessment.weight", "values": [0.1, 0.2]},
                {"field": "controls.supervision", "values": [True, False]},
            ],
            design={"method": "zip"},
        )
    )
    assert ok.points() == [
        {"assessment.weight": 0.1, "controls.supervision": True},
        {"assessment.weight": 0.2, "controls.supervision": False},
    ]
    assert "same length" in error_of(
        make(
            levers=[{"field": "assessment.weight", "values": [0.1]}, {"field": "controls.supervision"}],
            design={"method": "zip"},
        )
    )


def test_scenario_is_a_plain_dataclass_tree():
    # the levers module walks dataclass fields: guard the assumption it relies on
    assert Scenario.__dataclass_fields__


def test_format_doc_names_every_key():
    from collabsim.experiments import search, sensitivity, spec

    doc = (ROOT / "resources" / "docs" / "experiment_format.md").read_text(encoding="utf-8")
    for key in spec.TOP_KEYS + sensitivity.KEYS + search.KEYS + spec.DESIGNS + spec.LEVELS:
        assert f"`{key}`" in doc, key
    for path in EXAMPLES:
        assert f"`{path.name.split('.')[0]}`" in doc, path.name


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name.split(".")[0])
def test_every_shipped_example_shows_its_outcomes_move(path):
    """A student who runs an example sees something: across its design points the outcomes it
    ranks ([sensitivity]) or the real progress and the form move (case C's assessment sweep
    was 1.00 'tight' in every cell, case B's collusion 0 everywhere, Morris gave 0)."""
    from collabsim.engine.batch import run_batch
    from collabsim.experiments.tidy import final_columns

    exp = load_experiment(path)
    points = exp.points()
    points = [points[i] for i in np.linspace(0, len(points) - 1, min(len(points), 40)).astype(int)]
    scenarios = [exp.scenario(p) for p in points]
    rows = [final_columns(r, s) for r, s in zip(run_batch(scenarios, seed=1, replicates=8, record="final"),
                                                scenarios, strict=True)]
    outcomes = list(exp.sensitivity.get("outcomes", ["real_progress"]))
    for name in outcomes:
        means = [float(np.mean(r[name])) for r in rows]
        assert max(means) - min(means) >= 0.05, (name, min(means), max(means))
    tight = [float(np.mean(r["form"] == "tight")) for r in rows]
    progress = [float(np.mean(r["real_progress"])) for r in rows]
    assert max(tight) - min(tight) >= 0.2 or max(progress) - min(progress) >= 0.1, (tight, progress)
