"""The batched engine: scenarios stacked along the columns give each scenario's run alone, bit for bit."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pytest

from collabsim.engine import Simulation
from collabsim.engine import batch as B
from collabsim.engine import rng as U
from collabsim.engine.batch import BatchSimulation, batch_key, groups, run_batch
from collabsim.experiments.levers import all_levers, apply
from collabsim.presets import load_preset

FIXED = ("task.step_unit", "task.horizon", "simulation.seed", "simulation.replicates", "rivals.count")


def variants(name: str, count: int, seed: int = 0, horizons=(4, 12), rivals: int = 0) -> list:
    """``count`` valid scenarios of preset ``name`` with every numeric, switch and choice lever
    drawn at random, the lead and the horizon too (department count, step unit and the number of
    rival tasks, ``rivals``, kept)."""
    base = load_preset(name).with_changes("rivals.count", rivals)
    levers = [lv for lv in all_levers(base) if not lv.path.endswith(".lead") and lv.path not in FIXED]
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        values = {lv.path: lv.from_unit(float(rng.random())) for lv in levers}
        lead = int(rng.integers(base.n_departments))
        values.update({f"departments.{j}.lead": j == lead for j in range(base.n_departments)})
        values["task.horizon"] = int(rng.integers(horizons[0], horizons[1] + 1))
        out.append(apply(base, values))
    return out


def same(a, b, path: str = "") -> None:
    """Assert ``a`` and ``b`` (Results, dicts, arrays, summaries) are equal, bit for bit."""
    if isinstance(a, Mapping):
        assert a.keys() == b.keys(), path
        for k in a:
            same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b), path
    elif hasattr(a, "median"):  # a Summary
        for stat in ("median", "p10", "p90", "mean"):
            same(getattr(a, stat), getattr(b, stat), f"{path}.{stat}")
    else:
        assert a == b, path


def assert_alone(part, scenario, seed: int, replicates: int, record: str) -> None:
    alone = Simulation(scenario, seed=seed, replicates=replicates, record=record).run()
    assert part.scenario is scenario
    for name in ("seed", "replicates", "steps", "series", "summaries", "detail", "components",
                 "mean_components", "ties", "flows", "events", "final", "half_means", "forms",
                 "shares", "mean_shares", "strategy", "mean_strategy"):
        mine, theirs = getattr(part, name), getattr(alone, name)
        if theirs is None:
            assert mine is None, name
        else:
            same(mine, theirs, name)


@pytest.mark.parametrize(("preset", "record", "replicates"), [
    ("case_a", "auto", 6), ("case_b", "summary", 5), ("case_c", "full", 1), ("case_c", "summary", 4),
])
def test_each_scenario_of_a_batch_is_its_run_alone(preset, record, replicates):
    scenarios = variants(preset, 5, seed=len(preset) + replicates)
    assert len({s.task.horizon for s in scenarios}) > 1 and len({s.lead_index for s in scenarios}) > 1
    parts = run_batch(scenarios, seed=7, replicates=replicates, record=record)
    assert len(parts) == len(scenarios)
    for s, part in zip(scenarios, parts, strict=True):
        assert_alone(part, s, 7, replicates, record)


@pytest.mark.parametrize(("preset", "record"), [("default", "auto"), ("case_b", "summary")])
def test_the_superiors_side_batches_bit_for_bit(preset, record):
    """Rival tasks, tiers, adaptive strategies, emergencies and party building drawn at random:
    each part still equals its run alone."""
    scenarios = variants(preset, 4, seed=3, rivals=2)
    assert len({(s.attention.tier, s.attention.mode) for s in scenarios}) > 1
    for s, part in zip(scenarios, run_batch(scenarios, seed=5, replicates=4, record=record), strict=True):
        assert_alone(part, s, 5, 4, record)


def test_scenarios_with_different_numbers_of_rival_tasks_do_not_share_a_batch():
    """The rival tasks are structural (their rows of events and shares): a batch declines a mix."""
    none, two = variants("default", 1, horizons=(4, 4))[0], variants("default", 1, rivals=2)[0]
    assert batch_key(none) != batch_key(two) and groups([none, two, none]) == [[0, 2], [1]]
    with pytest.raises(ValueError, match="share"):
        BatchSimulation([none, two], seed=0, replicates=2)
    for s, part in zip([none, two], run_batch([none, two], seed=1, replicates=3), strict=True):
        assert_alone(part, s, 1, 3, "auto")


def test_mixed_structures_are_grouped_and_order_kept():
    a, c = variants("case_a", 2, horizons=(3, 6)), variants("case_c", 2, horizons=(3, 6))
    scenarios = [a[0], c[0], a[1], c[1]]
    assert groups(scenarios) == [[0, 2], [1, 3]]
    for s, part in zip(scenarios, run_batch(scenarios, seed=3, replicates=3), strict=True):
        assert_alone(part, s, 3, 3, "auto")
    with pytest.raises(ValueError, match="share"):
        BatchSimulation([a[0], c[0]], seed=0, replicates=2)
    weekly = a[0].with_changes("task.step_unit", "week" if a[0].task.step_unit == "month" else "month")
    assert batch_key(weekly) != batch_key(a[0])


def test_a_group_too_big_for_one_batch_runs_in_several(monkeypatch):
    scenarios = variants("case_b", 5, seed=11, horizons=(3, 5))
    monkeypatch.setattr(B, "FULL_VALUES", 1)  # one scenario per batch
    made = []
    real = B.BatchSimulation
    monkeypatch.setattr(B, "BatchSimulation", lambda s, *a: made.append(len(s)) or real(s, *a))
    for s, part in zip(scenarios, run_batch(scenarios, seed=2, replicates=2), strict=True):
        assert_alone(part, s, 2, 2, "auto")
    assert made == [1] * 5


def test_the_check_fails_when_a_batch_is_not_each_scenarios_own(monkeypatch):
    """The comparison can fail: with one scenario's parameters in another's columns, or with the
    replicates of later scenarios numbered on (seed + R, ...), the later parts differ."""
    s1, s2 = variants("case_c", 2, seed=5, horizons=(8, 8))
    assert_alone(run_batch([s1, s2], seed=1, replicates=3)[1], s2, 1, 3, "auto")
    wrong = run_batch([s1, s1], seed=1, replicates=3)[1]
    with pytest.raises(AssertionError):
        assert_alone(wrong, s2, 1, 3, "auto")
    real = U.Streams

    def numbered_on(seeds, n, horizon=None, copies=1):  # part j's replicate k gets seed + j * R + k
        return real(seeds[0] + np.arange(len(seeds) * copies), n, horizon)

    monkeypatch.setattr(U, "Streams", numbered_on)
    shifted = run_batch([s1, s2], seed=1, replicates=3)
    assert_alone(shifted[0], s1, 1, 3, "auto")  # the first part keeps its seeds
    with pytest.raises(AssertionError):
        assert_alone(shifted[1], s2, 1, 3, "auto")


def _chains(func, name: str) -> set[str]:
    """Attribute paths read from the variable ``name`` in ``func`` (``scenario.task.horizon`` ->
    'task.horizon'); the longest path of each chain."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    out, inner = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            parts, v = [], node
            while isinstance(v, ast.Attribute):
                parts.append(v.attr)
                v = v.value
            if isinstance(v, ast.Name) and v.id == name:
                out.add(".".join(reversed(parts)))
                if isinstance(node.value, ast.Attribute):
                    inner.add(".".join(reversed(parts[1:])))
    return out - inner


def test_the_step_reads_the_scenario_only_through_per_column_parameters():
    """A batch runs several scenarios with the first one as ``self.scenario``: the step may read
    scenarios only through Params (stacked per column). So no Simulation method but __init__ and
    results reads ``self.scenario``, and __init__ reads only what a batch keeps per part (horizon,
    lead) or shares (the batch key). A later engine change that reads another field must put it in
    Params, in batch_key, or make the batched path decline such scenarios."""
    import inspect

    from collabsim.engine import simulation

    for name, method in inspect.getmembers(simulation.Simulation, inspect.isfunction):
        if name not in ("__init__", "results") and method.__module__ == simulation.__name__:
            assert not _chains(method, "self") & {"scenario"} and not any(
                c.startswith("scenario.") for c in _chains(method, "self")), name
    shared = _chains(batch_key, "s")
    assert shared >= {"n_departments", "task.step_unit"}
    read = _chains(simulation.Simulation.__init__, "scenario")
    assert read <= shared | {"task.horizon", "lead_index"}, read - shared
    assert _chains(simulation.Simulation.__init__, "scenario") >= {"task.horizon", "lead_index"}


def test_final_recording_keeps_the_final_state_and_half_means_bit_for_bit():
    """record='final' (sweeps' final rows) gives the final state, second-half means and forms of a
    full recording, alone and batched (horizons differ: shorter parts end early), and records
    nothing per step."""
    scenarios = variants("case_b", 4, seed=9, horizons=(3, 9))
    assert len({s.task.horizon for s in scenarios}) > 1
    parts = run_batch(scenarios, seed=4, replicates=5, record="final")
    for s, part in zip(scenarios, parts, strict=True):
        alone = Simulation(s, seed=4, replicates=5, record="final").run()
        full = Simulation(s, seed=4, replicates=5, record="full").run()
        for res in (part, alone):
            same(res.final, full.final, "final")
            same(res.half_means, full.half_means, "half_means")
            same(res.forms, full.forms, "forms")
            assert res.series is None and not res.summaries and res.events.size == 0
            assert np.array_equal(res.steps, full.steps)
    with pytest.raises(ValueError, match="record must be"):
        Simulation(scenarios[0], record="finals")
