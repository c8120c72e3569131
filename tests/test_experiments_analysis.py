"""Sensitivity (SALib Morris), policy-design search (exhaustive and NSGA-II) and the truth table."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from collabsim.experiments import ExperimentError, build
from collabsim.experiments.configurations import qca_sets, truth_table
from collabsim.experiments.search import cost_of, run_search
from collabsim.experiments.sensitivity import analyse
from collabsim.scenario import load_scenario


def experiment(levers, replicates=4, horizon=10, **sections):
    return build(
        {
            "format_version": 1,
            "base": "case_c",
            "fixed": {"task.horizon": horizon},
            "levers": levers,
            "run": {"replicates": replicates, "seed": 3},
            **sections,
        }
    )


def test_morris_ranks_a_lever_that_does_nothing_last():
    # a sweep passes seed and replicates to the engine itself, so the scenario's own
    # simulation.replicates (the app's ensemble size) cannot change a run: its elementary effects
    # are exactly zero, while weight and a coordination team change what departments do
    exp = experiment(
        ["assessment.weight", "simulation.replicates", "controls.coordination_team"],
        sensitivity={"trajectories": 4, "outcomes": ["real_progress", "half_coop_effort"]},
    )
    table = analyse(exp, progress=False)
    assert len(table) == 3 * 2 and table.attrs["scenarios"] == 4 * 4
    for outcome, part in table.groupby("outcome"):
        dummy = part[part["lever"] == "simulation.replicates"].iloc[0]
        assert dummy["mu_star"] == 0.0 and dummy["rank"] == 3, outcome
        assert (part[part["lever"] != "simulation.replicates"]["mu_star"] > 1e-3).all(), outcome


def test_sobol_indices_through_salib():
    exp = experiment(
        ["assessment.weight", "simulation.replicates"],
        replicates=2,
        horizon=6,
        sensitivity={"method": "sobol", "samples": 8, "outcomes": ["real_progress"]},
    )
    table = analyse(exp, progress=False)
    weight = table[table["lever"] == "assessment.weight"].iloc[0]
    dummy = table[table["lever"] == "simulation.replicates"].iloc[0]
    assert table.attrs["scenarios"] == 8 * (2 + 2)  # Saltelli: N (D + 2) without second order
    assert dummy["ST"] == 0.0 and weight["ST"] > 0.5 and weight["rank"] == 1


SEARCH = {
    "targets": [{"output": "real_progress", "at_least": 0.15}, {"output": "gap", "at_most": 0.02}],
    "objectives": [{"output": "real_progress", "goal": "max"}],
    "costs": {
        "controls.supervision": {"true": 2.0, "note": "inspectors"},
        "controls.coordination_team": {"true": 3.0},
        "controls.reporting": {"informal": 0.5, "formal": 1.5},
        "assessment.third_party": {"per_unit": 2.5},
    },
}
GRID = [
    "controls.supervision",
    "controls.coordination_team",
    "controls.reporting",
    {"field": "assessment.third_party", "values": [0.0, 0.5, 1.0]},
]


@pytest.fixture(scope="module")
def enumerated():
    exp = experiment(GRID, search=dict(SEARCH, method="exhaustive"))
    return exp, run_search(exp)


def test_exhaustive_search_enumerates_and_prices_every_design(enumerated):
    exp, res = enumerated
    t = res.table
    assert len(t) == 2 * 2 * 3 * 3
    assert 0 < t["feasible"].sum() < len(t)  # the targets bite: some designs fail them
    row = t[
        (t["controls.supervision"])
        & (t["controls.reporting"] == "formal")
        & (t["assessment.third_party"] == 0.5)
        & (~t["controls.coordination_team"])
    ].iloc[0]
    assert row["cost"] == pytest.approx(2.0 + 1.5 + 1.25)
    assert (
        cost_of(
            {
                "controls.supervision": False,
                "controls.coordination_team": False,
                "controls.reporting": "none",
                "assessment.third_party": 0.0,
            },
            res_costs(exp),
        )
        == 0
    )
    feasible = t[t["feasible"]]
    cheapest = res.cheapest
    assert (cheapest["cost"] == feasible["cost"].min()).all() and feasible["cost"].min() > 0
    assert (feasible["real_progress.mean"] >= 0.15).all() and (feasible["gap.mean"] <= 0.02).all()
    # the frontier: feasible, and no feasible design is cheaper and at least as good
    for _, f in res.frontier.iterrows():
        better = feasible[
            (feasible["cost"] <= f["cost"])
            & (feasible["real_progress.mean"] >= f["real_progress.mean"])
            & (
                (feasible["cost"] < f["cost"])
                | (feasible["real_progress.mean"] > f["real_progress.mean"])
            )
        ]
        assert better.empty
    assert res.frontier["cost"].iloc[0] == cheapest["cost"].iloc[0]


def res_costs(exp):
    from collabsim.experiments.search import costs

    return costs(exp, exp.search["costs"])


def brute_force_cheapest(exp) -> float:
    """Enumerate the grid with the engine directly (not through the search code)."""
    import itertools

    from collabsim.engine import Simulation

    prices = {
        "controls.supervision": {True: 2.0},
        "controls.coordination_team": {True: 3.0},
        "controls.reporting": {"informal": 0.5, "formal": 1.5},
    }
    best = np.inf
    for sup, team, rep, tp in itertools.product(
        [False, True], [False, True], ["none", "informal", "formal"], [0.0, 0.5, 1.0]
    ):
        s = exp.base.with_changes("controls.supervision", sup).with_changes(
            "controls.coordination_team", team
        )
        s = s.with_changes("controls.reporting", rep).with_changes("assessment.third_party", tp)
        res = Simulation(s, seed=3, replicates=4).run()
        real, reported = res.final["real_progress"], res.final["reported_progress"]
        if real.mean() >= 0.15 and (reported.astype(float) - real).mean() <= 0.02:
            cost = prices["controls.supervision"].get(sup, 0) + prices["controls.coordination_team"].get(
                team, 0
            )
            best = min(best, cost + prices["controls.reporting"].get(rep, 0) + 2.5 * tp)
    return best


def test_nsga2_finds_the_known_cheapest_design(enumerated):
    exp, res = enumerated
    known = brute_force_cheapest(exp)
    assert res.cheapest["cost"].iloc[0] == pytest.approx(known) and 0 < known < 9
    found = run_search(experiment(GRID, search=dict(SEARCH, method="nsga2", trials=32, population=8)))
    assert found.method == "nsga2" and len(found.table) <= 32
    assert found.cheapest["cost"].iloc[0] == pytest.approx(known)


@pytest.mark.parametrize(
    "search, needle",
    [
        ({"targets": []}, "search.targets: required field is missing"),
        (
            dict(SEARCH, costs={"controls.supervision": {"yes": 1}}),
            "search.costs.controls.supervision.yes",
        ),
        (dict(SEARCH, costs={"controls.meetings": {"per_unit": 1}}), "not a lever of this experiment"),
        (dict(SEARCH, targets=[{"output": "happiness", "at_least": 1}]), "search.targets[0].output"),
        (dict(SEARCH, targets=[{"output": "gap"}]), "exactly one of at_least and at_most"),
        (dict(SEARCH, method="genetic"), "search.method"),
    ],
)
def test_search_settings_are_checked(search, needle):
    with pytest.raises(ExperimentError, match=None) as info:
        run_search(experiment(GRID, search=search))
    assert needle in str(info.value)


def test_truth_table_and_qca_sets():
    exp = experiment(
        [
            "responsibility.attribution",
            "controls.coordination_team",
            {"field": "assessment.third_party", "values": [0.0, 1.0]},
        ],
        replicates=6,
        horizon=12,
    )
    table = truth_table(exp, progress=False)
    assert len(table) == 3 * 2 * 2 and (table["replicates"] == 6).all()
    shares = table[[c for c in table.columns if c.startswith("share_")]]
    np.testing.assert_allclose(shares.sum(axis=1), 1.0)
    assert table["share_tight"].is_monotonic_decreasing
    qca = qca_sets(table, exp)
    assert list(qca.columns[:4]) == [
        "case",
        "RESPONSIBILITY_ATTRIBUTION_AMBIGUOUS",
        "RESPONSIBILITY_ATTRIBUTION_LEAD",
        "RESPONSIBILITY_ATTRIBUTION_INDIVIDUAL",
    ]
    assert set(qca["CONTROLS_COORDINATION_TEAM"]) == {0, 1}
    # fuzzy calibration of a number: the ends of its range are (nearly) full non-/membership
    assert set(qca["ASSESSMENT_THIRD_PARTY"]) == {0.047, 0.953}
    assert {"LOOSE", "IRREGULAR", "TIGHT", "COLLUSIVE", "N"} <= set(qca.columns)
    assert (qca.filter(like="RESPONSIBILITY_").sum(axis=1) == 1).all()
    with pytest.raises(ExperimentError, match="a number without values"):
        truth_table(experiment(["assessment.weight"]), progress=False)


def test_cli_search_best_and_help(tmp_path):
    exp = tmp_path / "s.collabsim-experiment"
    exp.write_text(
        """format_version = 1
base = "case_c"
levers = ["controls.supervision", "controls.coordination_team"]
[fixed]
"task.horizon" = 8
[run]
replicates = 3
[search]
targets = [{ output = "real_progress", at_least = 0.1 }]
[search.costs]
"controls.supervision" = { true = 1.0 }
"controls.coordination_team" = { true = 2.0 }
""",
        encoding="utf-8",
    )
    best = tmp_path / "best.collabsim"
    cmd = [sys.executable, "-m", "collabsim"]
    res = subprocess.run(
        cmd + ["search", str(exp), "--best", str(best), "--out", str(tmp_path / "all.csv")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert "cheapest design(s):" in res.stdout and "trade-off frontier" in res.stdout
    assert load_scenario(best).n_departments > 0
    for command in ("sweep", "sensitivity", "search", "configurations"):
        h = subprocess.run(cmd + [command, "--help"], capture_output=True, text=True, timeout=60)
        assert h.returncode == 0 and "--workers" in h.stdout and "--scheduler" in h.stdout
