"""Stress: the largest department count over a long horizon still runs and keeps its invariants.

50 departments (the model's maximum) x 1,000 steps, a few replicates, in both recording modes.
Marked slow (a few seconds); figures for larger ensembles are in benchmarks/bench_stress.py.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from collabsim.engine import codes, run
from collabsim.presets import load_preset
from collabsim.scenario import loads
from collabsim.scenario.model import MAX_DEPARTMENTS


def _big_scenario(n: int = MAX_DEPARTMENTS, steps: int = 1000):
    data = load_preset("case_c").to_dict()
    data["departments"] = [
        {"name": f"部门{i:02d}", "name_en": f"Dept {i}", "lead": i == 0,
         "resources": (i * 37 % 101) / 100, "kpi_credit": (i * 53 % 101) / 100,
         "own_workload": (i * 71 % 101) / 100} for i in range(n)]
    data["task"].update(horizon=steps, deadline=steps // 2)
    return loads(json.dumps(data, ensure_ascii=False))


@pytest.mark.slow(seconds=3)
def test_fifty_departments_thousand_steps_both_modes():
    s = _big_scenario()
    full = run(s, seed=3, replicates=4, record="full")
    summ = run(s, seed=3, replicates=4, record="summary")
    N, T = MAX_DEPARTMENTS, 1001
    for name, per_dept in codes.INDICATORS.items():
        arr = full.series[name]
        assert arr.shape == ((T, 4, N) if per_dept else (T, 4)), name
        assert np.isfinite(arr).all() and arr.min() >= 0.0 and arr.max() <= 1.0, name
        for res in (full, summ):
            sm = res.summaries[name]
            for stat in (sm.median, sm.p10, sm.p90, sm.mean):
                assert np.isfinite(stat).all() and stat.min() >= 0.0 and stat.max() <= 1.0, name
        np.testing.assert_allclose(summ.summaries[name].mean, full.summaries[name].mean, atol=1e-12)
        np.testing.assert_array_equal(summ.detail[name][:, 0], arr[:, 0])
    for arr in (full.ties, full.flows, full.components, summ.ties, summ.flows):
        assert np.isfinite(arr).all()
    assert full.ties.shape == (T, 1, N, N)
    ev = full.events
    assert ((ev["department"] >= -1) & (ev["department"] < N)).all()
    assert abs(sum(full.form_shares().values()) - 1.0) < 1e-9
    assert len(full.to_csv().splitlines()) == T + 1
