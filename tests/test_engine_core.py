"""Engine contract: determinism, common random numbers, shapes, ranges, no Qt."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from collabsim.engine import Simulation, codes, run
from collabsim.engine.rng import generator
from collabsim.presets import PRESET_NAMES, load_preset


@pytest.fixture(scope="module")
def scen_c():
    return load_preset("case_c")


def test_same_seed_gives_bit_identical_results(scen_c):
    a = run(scen_c, seed=7, replicates=5)
    b = run(scen_c, seed=7, replicates=5)
    for name in codes.INDICATORS:
        np.testing.assert_array_equal(a.series[name], b.series[name])
    np.testing.assert_array_equal(a.events, b.events)


def test_different_seeds_differ(scen_c):
    a = run(scen_c, seed=1, replicates=1)
    b = run(scen_c, seed=2, replicates=1)
    assert not np.array_equal(a.series["effort"], b.series["effort"])


def test_replicate_k_equals_single_run_with_seed_k(scen_c):
    ens = run(scen_c, seed=10, replicates=6)
    for k in (0, 3, 5):
        single = run(scen_c, seed=10 + k, replicates=1)
        for name in codes.INDICATORS:
            np.testing.assert_array_equal(ens.series[name][:, k], single.series[name][:, 0])
        ev = ens.replicate_events(k)
        np.testing.assert_array_equal(ev[["step", "department", "code"]],
                                      single.events[["step", "department", "code"]])


@pytest.mark.parametrize("name", ["case_a", "case_b", "default"])
def test_replicate_k_equals_single_run_in_large_ensembles(name):
    """Large ensembles take other code paths (sums over departments, histogram summaries)."""
    s = load_preset(name).with_changes("task.horizon", 12)
    ens = run(s, seed=100, replicates=300, record="summary", detail=1)
    full = run(s, seed=100, replicates=300, record="full")
    for k in (0, 137, 299):
        single = run(s, seed=100 + k, replicates=1)
        for ind in codes.INDICATORS:
            np.testing.assert_array_equal(full.series[ind][:, k], single.series[ind][:, 0])
    for ind in codes.INDICATORS:
        np.testing.assert_array_equal(ens.trajectory(ind, 0), run(s, seed=100).series[ind][:, 0])


def test_stream_is_a_numpy_generator():
    sim = Simulation(load_preset("default"), seed=3, replicates=1)
    expected = generator(3).random(sim._streams.width, dtype=np.float32)
    np.testing.assert_array_equal(sim._streams.next()[:, 0], expected)


def test_streams_over_several_blocks_are_numpy_float32_draws(monkeypatch):
    """Raw 64-bit draws converted for all replicates at once = each replicate's own numpy
    Generator.random(dtype=float32), block after block; the byte-order-independent conversion
    gives the same uniforms; a conversion taking the high half first would not."""
    from collabsim.engine import rng as U

    monkeypatch.setattr(U, "MAX_BLOCK_STEPS", 3)
    for odd in (0, 1):  # an odd number of uniforms per step too (blocks of whole 64-bit outputs)
        monkeypatch.setattr(U, "N_GLOBAL", 8 + odd)
        streams = U.Streams(np.arange(5, 9), 2, horizon=7)
        assert streams.width == 12 + odd
        drawn = np.stack([streams.next().copy() for _ in range(7)])  # (steps, width, replicates)
        for k, seed in enumerate(range(5, 9)):
            expected = generator(seed).random((7, streams.width), dtype=np.float32)
            np.testing.assert_array_equal(drawn[:, :, k], expected)
    raw = generator(1).bit_generator.random_raw((3, 10))
    fast, generic = np.empty((3, 20), np.float32), np.empty((3, 20), np.float32)
    U.to_uniforms(raw.copy(), fast)  # (it consumes raw)
    U.to_uniforms(raw.copy(), generic, little=False)
    np.testing.assert_array_equal(fast, generic)
    np.testing.assert_array_equal(fast, generator(1).random((3, 20), dtype=np.float32))
    U.to_uniforms((raw >> np.uint64(32)) | (raw << np.uint64(32)), generic)
    assert not np.array_equal(fast, generic)


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_indicators_stay_in_range(name):
    res = run(load_preset(name), seed=0, replicates=20)
    for ind, arr in res.series.items():
        assert np.isfinite(arr).all(), ind
        assert arr.min() >= 0.0 and arr.max() <= 1.0, ind
    assert res.series["effort"].shape == (res.scenario.task.horizon + 1, 20,
                                          res.scenario.n_departments)


def test_summary_mode_bounds_memory_and_matches_full(scen_c):
    full = run(scen_c, seed=0, replicates=300, record="full")
    summ = run(scen_c, seed=0, replicates=300, record="summary")
    assert summ.series is None
    for name in ("real_progress", "effort", "exposure"):
        np.testing.assert_allclose(summ.summary(name).mean, full.summary(name).mean, atol=1e-12)
        np.testing.assert_allclose(summ.summary(name).median, full.summary(name).median, atol=0.02)
    np.testing.assert_array_equal(summ.trajectory("effort", 0), full.trajectory("effort", 0))
    np.testing.assert_array_equal(summ.forms, full.forms)


def test_components_are_the_marginal_payoff_that_moves_effort(scen_c):
    """Without noise, effort moves in the direction of the sum of the components (dU/de)."""
    s = scen_c.with_changes("simulation.noise", 0.0).with_changes("simulation.initial_effort", 0.5)
    res = run(s, seed=0, replicates=1)
    comps = res.components[1:, 0]  # (steps, N, K)
    assert comps.shape[-1] == len(codes.COMPONENTS)
    total = comps.sum(axis=-1)
    e = res.series["effort"][:, 0]
    move = e[1:] - e[:-1]
    inside = (e[1:] > 1e-6) & (e[1:] < 1 - 1e-6) & (np.abs(total) > 1e-3)
    assert inside.sum() > 10
    assert (np.sign(move[inside]) == np.sign(total[inside])).all()
    assert (comps[..., codes.COMPONENT["cost"]] < 0).all()
    assert (comps[..., codes.COMPONENT["credit"]] > 0).all()


def test_engine_never_imports_qt():
    code = ("import sys, collabsim.engine, collabsim.scenario, collabsim.cli, collabsim.presets;"
            "from collabsim.engine import run; from collabsim.presets import load_preset;"
            "run(load_preset('case_c'), replicates=2);"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_histogram_quantiles_keep_ones_in_the_last_bin():
    from collabsim.engine.recorder import HIST_BINS, hist_quantiles

    for dtype in (np.float32, np.float64):
        ones = np.ones((3, 5000), dtype=dtype)
        q = hist_quantiles(ones)
        assert q.shape == (3, 3)
        np.testing.assert_allclose(q, 1 - 0.5 / HIST_BINS)
        zeros = np.zeros(5000, dtype=dtype)
        np.testing.assert_allclose(hist_quantiles(zeros), 0.5 / HIST_BINS)


def test_histogram_bins_of_float32_state_are_the_float64_rules():
    """The float32 shortcut puts every value in the bin of floor(x * 1024 * (1 - 1e-9)) computed in
    float64: at each bin edge, a few ulps either side, and at random; a wrong rule (floor of
    x * 1024) would move the edges up a bin."""
    from collabsim.engine import recorder as rec

    edges = np.arange(rec.HIST_BINS + 1, dtype=np.float32) / rec.HIST_BINS
    near = [edges]
    for direction in (0.0, 2.0):
        x = edges
        for _ in range(3):
            x = np.nextafter(x, np.float32(direction))
            near.append(x)
    rng = np.random.default_rng(5)
    x = np.clip(np.concatenate(near + [rng.random(20_000, dtype=np.float32)]), 0, 1)
    x = x[:x.size // 4 * 4].astype(np.float32).reshape(4, -1)  # four rows: offsets too
    reference = (x.astype(np.float64) * rec._SCALE + rec._offsets(4, float)).astype(np.intp)
    np.testing.assert_array_equal(rec._bins(x), reference)
    naive = np.minimum(np.floor(x * 1024), 1023).astype(np.intp)  # edges a bin up
    assert not np.array_equal(naive + reference - reference % 1024, reference)


def test_department_sort_is_numpys_sort():
    """The sorting network sorts every 0-1 input of up to 10 rows (so every input, by the 0-1
    principle) and gives np.sort's array bit for bit on values with ties, zeros and ones; a
    network with one comparator less fails."""
    from collabsim.engine import ops

    for n in range(1, 11):
        bits = ((np.arange(2**n)[None, :] >> np.arange(n)[:, None]) & 1).astype(np.float32)
        x = np.tile(bits, (1, -(-1000 // 2**n)))  # at least 1,000 columns: the network's path
        assert np.array_equal(ops.sort_departments(x), np.sort(x, axis=0)), n
    rng = np.random.default_rng(2)
    for n in (2, 5, 8, 10, 12):
        x = np.round(rng.random((n, 3000)), 1).astype(np.float32)  # many ties, 0.0 and 1.0
        assert np.array_equal(ops.sort_departments(x), np.sort(x, axis=0))
    bits = np.tile(((np.arange(256)[None, :] >> np.arange(8)[:, None]) & 1).astype(np.float32), (1, 4))
    full = ops._network(8)
    ops._NETWORKS[8] = full[:-1]
    try:
        assert not np.array_equal(ops.sort_departments(bits), np.sort(bits, axis=0))
    finally:
        ops._NETWORKS[8] = full


def test_negated_logistic_is_the_logistic_of_the_negation_bit_for_bit():
    """The step computes sigmoid(a - b) as _sigmoid_neg(b - a) and sigmoid(x * c) as
    _sigmoid_neg(x * -c): the same bits, in float32 and float64 (IEEE rounding is symmetric)."""
    from collabsim.engine.simulation import _sigmoid, _sigmoid_neg

    rng = np.random.default_rng(8)
    for dtype in (np.float32, np.float64):
        a = rng.uniform(-2, 2, 50_000).astype(dtype)  # arguments within the rules' +-80
        b = rng.uniform(-2, 2, 50_000).astype(dtype)
        c = 1.0 / 0.05
        assert np.array_equal(_sigmoid_neg((b - a) * c), _sigmoid((a - b) * c))
        assert np.array_equal(_sigmoid_neg(a * -c), _sigmoid(a * c))
        assert np.array_equal(_sigmoid_neg(np.subtract(0.3, a)), _sigmoid(a - 0.3))
        assert not np.array_equal(_sigmoid_neg(a), _sigmoid(a))
