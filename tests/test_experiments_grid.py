"""The app's sweeps and comparisons without Qt: grids of one or two levers, cancelling, paired differences."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from collabsim.experiments import ExperimentError
from collabsim.experiments.compare import compare
from collabsim.experiments.grid import Cancelled, GridSweep, default_values
from collabsim.experiments.levers import resolve
from collabsim.experiments.tidy import simulate
from collabsim.presets import load_preset


@pytest.fixture(scope="module")
def base():
    return load_preset("case_c").with_changes("task.horizon", 8)


def test_one_lever_line_and_cells_match_the_engine(base, monkeypatch):
    from collabsim.engine import batch

    batches = []
    real = batch.run_batch
    monkeypatch.setattr(batch, "run_batch", lambda s, *a, **k: batches.append(len(s)) or real(s, *a, **k))
    sweep = GridSweep(base, [("assessment.weight", [0.1, 0.5, 0.9])], replicates=6, seed=4, batch_runs=1)
    seen = []
    res = sweep.run(progress=lambda d, t: seen.append((d, t)))
    assert res.shape == (3,) and seen == [(1, 3), (2, 3), (3, 3)]
    cols = simulate(base.with_changes("assessment.weight", 0.5), 4, 6, "final", 1, ())
    assert res.field("real_progress")[1] == pytest.approx(np.mean(cols["real_progress"].astype(float)))
    np.testing.assert_allclose(res.shares.sum(axis=-1), 1.0)
    assert res.field("share_tight").shape == (3,)
    assert sweep.scenario((2,)).assessment.weight == 0.9
    assert batches == []  # one cell per engine call
    together = GridSweep(base, [("assessment.weight", [0.1, 0.5, 0.9])], replicates=6, seed=4).run()
    assert batches == [3]  # the three cells in one batched engine call
    for name in res.stats:  # cells run together = one by one, bit for bit
        assert np.array_equal(together.stats[name], res.stats[name]), name


def test_two_levers_heat_map_and_csv(base):
    sweep = GridSweep(
        base,
        [("controls.supervision", [False, True]), ("controls.reporting", ["none", "formal"])],
        replicates=3,
    )
    res = sweep.run()
    assert res.shape == (2, 2) and res.field("gap", "median").shape == (2, 2)
    rows = list(csv.DictReader(io.StringIO(res.to_csv())))
    assert (
        len(rows) == 4
        and rows[3]["controls.supervision"] == "TRUE"
        and rows[3]["controls.reporting"] == "formal"
    )
    assert float(rows[0]["real_progress.mean"]) == pytest.approx(
        res.field("real_progress")[0, 0], rel=1e-5
    )


def test_cancel_stops_between_scenarios(base):
    sweep = GridSweep(base, [("assessment.weight", [0.1, 0.2, 0.3, 0.4])], replicates=2, batch_runs=1)
    calls = []
    with pytest.raises(Cancelled) as info:
        sweep.run(progress=lambda d, t: calls.append(d), cancelled=lambda: len(calls) >= 2)
    assert info.value.done == 2 and calls == [1, 2]


def test_bad_grids_are_refused(base):
    with pytest.raises(ExperimentError, match="levers\\[0\\].values\\[0\\]: value 3"):
        GridSweep(base, [("assessment.weight", [3])])
    with pytest.raises(ExperimentError, match="pick one or two levers"):
        GridSweep(base, [])
    with pytest.raises(ExperimentError, match="cells"):
        GridSweep(
            base,
            [
                ("assessment.weight", list(np.linspace(0, 1, 60))),
                ("assessment.sanction", list(np.linspace(0, 1, 60))),
            ],
        )
    assert default_values(resolve("controls.reporting", base)) == ["none", "informal", "formal"]
    assert default_values(resolve("assessment.weight", base), steps=3) == [0.0, 0.5, 1.0]


def test_compare_pairs_replicates_on_the_same_seeds(base):
    without = base.with_changes("assessment.scope", "own")
    cmp = compare(
        [("Case C", base), ("Case C without joint assessment", without), ("Case C again", base)],
        seed=2,
        replicates=8,
    )
    assert cmp.baseline == "Case C" and [r.seed for r in cmp.results] == [2, 2, 2]
    diffs = {(d.scenario, d.name): d for d in cmp.differences()}
    same = [d for (s, _), d in diffs.items() if s == "Case C again"]
    assert same and all(d.median == d.p10 == d.p90 == 0.0 for d in same)  # same seeds: no noise at all
    changed = diffs[("Case C without joint assessment", "effort_coop")]
    assert changed.median != 0.0 and changed.p10 <= changed.median <= changed.p90
    assert "real_progress" == cmp.outputs()[0]
    with pytest.raises(ExperimentError, match="two or more"):
        compare([("only", base)])
    with pytest.raises(ExperimentError, match="used twice"):
        compare([("a", base), ("a", without)])
