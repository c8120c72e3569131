"""Engine invariants over random valid scenarios (Hypothesis, from the field metadata).

For any 2-12 departments, any values in range and every choice: no NaN/inf anywhere, every
indicator in [0, 1], the same seed gives identical arrays, replicate k of an ensemble is the
single run with seed base + k, and summary mode agrees with full mode.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies_scenario import scenario_dicts

from collabsim.engine import Simulation, codes, run
from collabsim.engine.recorder import HIST_BINS
from collabsim.scenario import loads

pytestmark = pytest.mark.slow(seconds=12)  # thousands of Hypothesis examples
SETTINGS = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

#: short horizons and small tasks keep each example to a few milliseconds
SCENARIOS = scenario_dicts(2, 12, overrides={
    "task.horizon": st.integers(1, 24),
    "task.deadline": st.integers(0, 30) | st.just(0),
    "task.size": st.floats(1, 40) | st.sampled_from([1.0, 1000.0]),
}).map(lambda d: loads(json.dumps(d, ensure_ascii=False)))
SEEDS = st.integers(0, 2**32 - 1)


def _finite_and_in_unit(res) -> None:
    T = res.scenario.task.horizon + 1
    N = res.scenario.n_departments
    for name, per_dept in codes.INDICATORS.items():
        arr = res.series[name] if res.series is not None else res.detail[name]
        assert arr.shape[0] == T and (arr.shape[2] == N if per_dept else arr.ndim == 2), name
        assert np.isfinite(arr).all(), f"{name} not finite"
        assert arr.min() >= 0.0 and arr.max() <= 1.0, f"{name} outside [0, 1]: {arr.min()}..{arr.max()}"
        s = res.summaries[name]
        for stat in (s.median, s.p10, s.p90, s.mean):
            assert np.isfinite(stat).all() and stat.min() >= 0.0 and stat.max() <= 1.0, name
    for arr in (res.components, res.mean_components, res.ties, res.flows):
        assert np.isfinite(arr).all()
    assert res.ties.min() >= 0.0 and res.flows.min() >= 0.0
    ev = res.events
    assert ((ev["step"] >= 0) & (ev["step"] < T)).all()
    dept = ev["department"].astype(int)
    rival = dept <= codes.RIVAL_BASE  # events of rival task k: codes.rival_department(k)
    assert ((dept >= -1) & (dept < N) | rival).all()
    assert (codes.RIVAL_BASE - dept[rival] < res.scenario.rivals.count).all()
    assert np.isin(ev["code"][rival], codes.RIVAL_EVENTS).all()
    assert set(np.unique(ev["code"])) <= set(codes.EVENT_NAMES)
    shares = res.form_shares()
    assert abs(sum(shares.values()) - 1.0) < 1e-9


@settings(max_examples=120, **SETTINGS)
@given(SCENARIOS, SEEDS, st.integers(1, 4))
def test_finite_in_range_and_deterministic(scenario, seed, replicates):
    a = run(scenario, seed=seed, replicates=replicates, record="full")
    _finite_and_in_unit(a)
    b = run(scenario, seed=seed, replicates=replicates, record="full")
    for name in codes.INDICATORS:
        np.testing.assert_array_equal(a.series[name], b.series[name])
    np.testing.assert_array_equal(a.events, b.events)
    np.testing.assert_array_equal(a.ties, b.ties)
    np.testing.assert_array_equal(a.components, b.components)
    assert a.to_csv() == b.to_csv()


@settings(max_examples=50, **SETTINGS)
@given(SCENARIOS, st.integers(0, 2**32 - 8), st.integers(2, 5), st.data())
def test_replicate_k_is_the_run_with_seed_base_plus_k(scenario, base, replicates, data):
    ens = run(scenario, seed=base, replicates=replicates, record="full")
    k = data.draw(st.integers(0, replicates - 1))
    single = run(scenario, seed=base + k, replicates=1, record="full")
    for name in codes.INDICATORS:
        np.testing.assert_array_equal(ens.series[name][:, k], single.series[name][:, 0])
    np.testing.assert_array_equal(ens.replicate_events(k)[["step", "department", "code"]],
                                  single.events[["step", "department", "code"]])


@settings(max_examples=50, **SETTINGS)
@given(SCENARIOS, SEEDS, st.integers(1, 9))
def test_summary_mode_matches_full_mode(scenario, seed, replicates):
    full = run(scenario, seed=seed, replicates=replicates, record="full")
    summ = run(scenario, seed=seed, replicates=replicates, record="summary", detail=1)
    assert summ.series is None
    _finite_and_in_unit(summ)
    half_bin = 0.5 / HIST_BINS + 1e-12
    for name in codes.INDICATORS:
        f, s = full.summaries[name], summ.summaries[name]
        np.testing.assert_allclose(s.mean, f.mean, rtol=0, atol=1e-12, err_msg=name)
        np.testing.assert_array_equal(summ.detail[name][:, 0], full.series[name][:, 0])
        lo = full.series[name].min(axis=1) - half_bin
        hi = full.series[name].max(axis=1) + half_bin
        for q in (s.median, s.p10, s.p90):
            assert (q >= lo).all() and (q <= hi).all(), name
        assert (s.p10 <= s.median + 1e-12).all() and (s.median <= s.p90 + 1e-12).all(), name
    for key in full.final:
        np.testing.assert_array_equal(summ.final[key], full.final[key])
    np.testing.assert_array_equal(summ.forms, full.forms)


@settings(max_examples=30, **SETTINGS)
@given(SCENARIOS, SEEDS)
def test_stepping_equals_run(scenario, seed):
    sim = Simulation(scenario, seed=seed, replicates=2, record="full")
    steps = 0
    while not sim.done:
        sim.step()
        steps += 1
        for name in codes.INDICATORS:
            v = sim.state(name)
            assert np.isfinite(v).all() and v.min() >= 0.0 and v.max() <= 1.0
    assert steps == scenario.task.horizon
    res = run(scenario, seed=seed, replicates=2, record="full")
    for name in codes.INDICATORS:
        np.testing.assert_array_equal(sim.results().series[name], res.series[name])
