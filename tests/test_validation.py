"""MODEL-NOTES §6: the behaviour the engine must show, checked over many seeds.

Every check runs an ensemble of SEEDS replicates (seeds 0..SEEDS-1, one independent run each) and
puts thresholds on documented indicators (resources/docs/model_en.md §7). Lever comparisons are
paired by seed (common random numbers): the variant must move the indicator the predicted way in
most seeds, not just on average.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from collabsim.engine import codes, run
from collabsim.presets import load_preset
from collabsim.scenario import Controls

SEEDS = 40


def ens(scenario):
    return run(scenario, seed=0, replicates=SEEDS)


def second_half(res, name):
    """Per-replicate mean of an indicator over the second half of the horizon."""
    arr = res.series[name]
    return arr[arr.shape[0] // 2 + 1:].mean(axis=0)


def coop_mask(res):
    return np.arange(res.scenario.n_departments) != res.scenario.lead_index


def cooperation(res):
    """Mean contribution of the cooperating departments over the second half, per replicate."""
    return second_half(res, "contribution")[:, coop_mask(res)].mean(axis=1)


def coop_effort(res):
    return second_half(res, "effort")[:, coop_mask(res)].mean(axis=1)


def lead_effort(res):
    return second_half(res, "effort")[:, res.scenario.lead_index]


@pytest.fixture(scope="module")
def A():
    return ens(load_preset("case_a"))


@pytest.fixture(scope="module")
def B():
    return ens(load_preset("case_b"))


@pytest.fixture(scope="module")
def C():
    return ens(load_preset("case_c"))


# 1 -------------------------------------------------------------------------------------------
def test_case_a_is_loose_and_far_from_done(A):
    assert np.median(coop_effort(A)) < 0.25
    final = A.final["real_progress"]
    assert np.median(final) < 0.3
    assert (final < 0.5).mean() >= 0.95
    assert (A.forms == codes.LOOSE).mean() >= 0.8


# 2 -------------------------------------------------------------------------------------------
def test_case_b_lead_busy_partners_not(B):
    lead, coop = lead_effort(B), coop_effort(B)
    assert np.median(lead) >= 0.5
    assert np.median(coop) <= 0.3
    assert ((lead - coop) >= 0.25).mean() >= 0.9


def test_case_b_joint_operations_irregular_and_incomplete(B):
    ops = B.series["joint_op"][1:]  # (steps, replicates)
    rate = ops.mean(axis=0)
    assert 0.15 <= np.median(rate) <= 0.8  # neither never nor always
    ev = B.events
    held = (ev["code"] == codes.JOINT_OP_HELD).sum()
    incomplete = (ev["code"] == codes.JOINT_OP_INCOMPLETE).sum()
    assert incomplete / max(held + incomplete, 1) >= 0.7  # departments often missing
    # irregular timing: gaps between operations vary (coefficient of variation of the gaps)
    cvs = []
    for r in range(SEEDS):
        when = np.flatnonzero(ops[:, r])
        if when.size >= 4:
            gaps = np.diff(when)
            cvs.append(gaps.std() / gaps.mean())
    assert len(cvs) >= SEEDS * 0.8
    assert np.median(cvs) >= 0.5


def test_case_b_partner_contribution_is_bursty(B, C):
    def burstiness(res):
        x = res.series["contribution"][1:][:, :, coop_mask(res)]  # (steps, reps, coop)
        return np.median(x.std(axis=0) / np.maximum(x.mean(axis=0), 1e-9))
    assert burstiness(B) >= 0.6  # per-step coefficient of variation
    assert burstiness(B) > 3 * burstiness(C)


def test_case_b_exposure_concentrated_on_lead(B):
    h = B.final["exposure"]
    lead = h[:, B.scenario.lead_index]
    others = h[:, coop_mask(B)].mean(axis=1)
    assert (lead > 3 * others).mean() >= 0.9
    assert np.median(B.final["exposure_evenness"]) < 0.5


# 3 -------------------------------------------------------------------------------------------
def test_case_c_tight_even_fast(A, C):
    assert np.median(coop_effort(C)) >= 0.8
    assert np.median(lead_effort(C)) >= 0.8
    assert np.median(C.final["exposure_evenness"]) >= 0.8
    assert np.median(C.final["real_progress"]) >= 0.5
    rate_c = C.final["real_progress"] / C.scenario.task.horizon
    rate_a = A.final["real_progress"] / A.scenario.task.horizon
    assert np.median(rate_c) >= 5 * np.median(rate_a)
    assert (C.forms == codes.TIGHT).mean() >= 0.8


# 4 -------------------------------------------------------------------------------------------
def _fewer_controls(s):
    return replace(s, controls=Controls(supervision=False, reporting="informal",
                                        coordination_team=False, promotion=False, meetings=0.2))


C_TOWARD_A_OR_B = {
    "ambiguous responsibility": lambda s: s.with_changes("responsibility.attribution", "ambiguous"),
    "responsibility on the lead": lambda s: s.with_changes("responsibility.attribution", "lead"),
    "no joint assessment": lambda s: s.with_changes("assessment.scope", "own"),
    "announced checks": lambda s: s.with_changes("assessment.unpredictability", 0.0),
    "fewer controls": _fewer_controls,
}


@pytest.mark.parametrize("lever", list(C_TOWARD_A_OR_B))
def test_moving_a_lever_of_c_toward_a_or_b_lowers_cooperation(C, lever):
    variant = ens(C_TOWARD_A_OR_B[lever](C.scenario))
    base, moved = cooperation(C), cooperation(variant)
    assert (moved < base).mean() >= 0.8, lever  # paired by seed
    assert np.median(base - moved) >= 0.03, lever


def test_b_with_individual_responsibility_and_joint_assessment_raises_cooperation(B):
    s = B.scenario.with_changes("responsibility.attribution", "individual")
    s = s.with_changes("assessment.scope", "joint")
    variant = ens(s)
    assert (coop_effort(variant) > coop_effort(B)).mean() >= 0.8
    assert np.median(cooperation(variant) - cooperation(B)) > 0
    assert np.median(variant.final["exposure_evenness"]) > np.median(B.final["exposure_evenness"]) + 0.3


# 5 -------------------------------------------------------------------------------------------
def _pressure(s, third_party):
    s = s.with_changes("assessment.sanction", 1.0).with_changes("assessment.unpredictability", 1.0)
    return s.with_changes("assessment.third_party", third_party)


def test_high_stakes_without_independent_evaluation_breeds_collusion(C):
    colluding = ens(_pressure(C.scenario, 0.0))
    gap = colluding.final["reported_progress"] - colluding.final["real_progress"]
    assert np.median(gap) >= 0.2  # reported progress exceeds real progress
    assert np.median(second_half(colluding, "collusion")) >= 0.5
    assert (colluding.forms == codes.COLLUSIVE).mean() >= 0.8
    # and it eats the real effect
    assert np.median(colluding.final["real_progress"]) < np.median(C.final["real_progress"])


def test_independent_third_party_evaluation_suppresses_collusion(C):
    checked = ens(_pressure(C.scenario, 1.0))
    gap = checked.final["reported_progress"] - checked.final["real_progress"]
    assert np.median(gap) < 0.05
    assert np.median(second_half(checked, "collusion")) < 0.1
    gap_c = C.final["reported_progress"] - C.final["real_progress"]
    assert np.median(gap_c) < 0.05


# 6 -------------------------------------------------------------------------------------------
def test_resource_poor_departments_cooperate_more():
    s = load_preset("default")
    # partners 1 and 2 identical except for resources
    s = s.with_changes("departments.1.resources", 0.1).with_changes("departments.2.resources", 0.9)
    for j in (1, 2):
        s = s.with_changes(f"departments.{j}.kpi_credit", 0.3)
        s = s.with_changes(f"departments.{j}.own_workload", 0.5)
    res = ens(s)
    eff = second_half(res, "effort")
    assert (eff[:, 1] > eff[:, 2]).mean() >= 0.8
    assert np.median(eff[:, 1] - eff[:, 2]) > 0.02


# 7 -------------------------------------------------------------------------------------------
def _none():
    return load_preset("default")


def _mean_over_run(res, name):
    return res.series[name][1:].mean(axis=0)


@pytest.mark.parametrize("strategy", ["ride", "borrow", "build"])
def test_each_attention_strategy_raises_attention_and_authority(strategy):
    base = _none().with_changes("attention.central_task", True)
    on = ens(base.with_changes(f"attention.{strategy}", 1.0))
    off = ens(base)
    for name in ("attention", "authority"):
        assert (_mean_over_run(on, name) > _mean_over_run(off, name)).mean() >= 0.9, name


def test_riding_the_momentum_needs_an_active_central_task():
    base = _none().with_changes("attention.central_task", False)
    off = ens(base)
    on = ens(base.with_changes("attention.ride", 1.0).with_changes("attention.task_fit", 1.0))
    for name in codes.INDICATORS:
        np.testing.assert_array_equal(on.series[name], off.series[name])


def test_building_momentum_acts_slowly():
    base = _none()
    off = ens(base)
    borrow = ens(base.with_changes("attention.borrow", 1.0))
    build = ens(base.with_changes("attention.build", 1.0))

    def share_of_gain_by(res, step):
        gain = res.summary("attention").median - off.summary("attention").median
        return gain[step] / gain[-1]
    assert share_of_gain_by(build, 4) < 0.5
    assert share_of_gain_by(borrow, 4) > 0.7


def test_over_claiming_without_delivery_backfires():
    weak = _none().with_changes("departments.0.resources", 0.1)
    weak = weak.with_changes("departments.0.own_workload", 1.0)
    quiet = ens(weak)
    loud = ens(weak.with_changes("attention.borrow", 1.0).with_changes("attention.build", 1.0))
    lead = weak.lead_index
    backfires = np.bincount(loud.events["replicate"][loud.events["code"] == codes.BACKFIRE],
                            minlength=SEEDS)
    assert (backfires > 0).mean() >= 0.8
    assert not (quiet.events["code"] == codes.BACKFIRE).any()
    assert (loud.final["exposure"][:, lead] > quiet.final["exposure"][:, lead]).mean() >= 0.8
    assert np.median(loud.final["reputation"]) < np.median(quiet.final["reputation"]) - 0.1


def test_success_brings_extra_assigned_load(C):
    lead = C.scenario.lead_index
    assert np.median(C.final["extra_load"][:, lead]) > 0.05
    assert (C.events["code"] == codes.PROBLEM_ASSIGNED).any()
    no_strategy = C.scenario
    for f in ("ride", "borrow", "build"):
        no_strategy = no_strategy.with_changes(f"attention.{f}", 0.0)
    quiet = ens(no_strategy)
    assert np.all(quiet.final["extra_load"][:, lead] == 0)
