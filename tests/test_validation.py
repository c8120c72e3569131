"""MODEL-NOTES §6 and issue 9's checks: the behaviour the engine must show, over many seeds.

Every check runs an ensemble of SEEDS replicates (seeds 0..SEEDS-1, one independent run each) and
puts thresholds on documented indicators (resources/docs/model_en.md §7). Lever comparisons are
paired by seed (common random numbers): the variant must move the indicator the predicted way in
most seeds, not just on average. Where a pattern comes from a mechanism, the test also breaks the
mechanism (a constant set to 0, a channel switched off) and shows that the pattern goes away, so
that no check holds by construction.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from seed_block import SEED0

from collabsim.engine import DEFAULT_CONSTANTS, Simulation, codes, run
from collabsim.engine import params as engine_params
from collabsim.presets import load_preset
from collabsim.scenario import Controls

SEEDS = 40


def ens(scenario, **constants):
    k = replace(DEFAULT_CONSTANTS, **constants) if constants else DEFAULT_CONSTANTS
    return run(scenario, seed=SEED0, replicates=SEEDS, constants=k)


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


def ops_per_run(res):
    return res.series["joint_op"][1:].sum(axis=0)


def paired_lower(moved, base, share=0.8, by=0.0):
    """``moved`` below ``base`` in at least ``share`` of the seeds, by more than ``by`` in median."""
    return (moved < base).mean() >= share and np.median(base - moved) > by


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
def test_case_a_is_loose_with_substantial_but_far_from_complete_progress(A):
    assert np.median(coop_effort(A)) < 0.15
    final = A.final["real_progress"]
    assert 0.1 <= np.median(final) <= 0.5  # a management system, not the connected services
    assert (final < 0.7).mean() >= 0.95
    assert (A.forms == codes.LOOSE).mean() >= 0.8


# 2 -------------------------------------------------------------------------------------------
def test_case_b_lead_busy_partners_not(B):
    lead, coop = lead_effort(B), coop_effort(B)
    assert np.median(lead) >= 0.5
    assert np.median(coop) <= 0.2
    assert ((lead - coop) >= 0.3).mean() >= 0.9
    assert (B.forms == codes.IRREGULAR).mean() >= 0.8


def test_case_b_lead_is_kept_busy_by_its_quota_and_participation_rule(B):
    """Its quota gap and the participation floor keep the bureau busy: remove both, it is not."""
    s = B.scenario.with_changes("assessment.participation_floor", 0.0)
    s = s.with_changes(f"departments.{s.lead_index}.quota_gap", 0.05)
    assert paired_lower(lead_effort(ens(s)), lead_effort(B), 0.9, 0.2)


def test_case_b_police_work_more_because_of_their_own_case_rate(B):
    police = 3  # 公安分局
    assert B.scenario.departments[police].name_en.startswith("Police")
    eff = second_half(B, "effort")
    others = eff[:, [1, 2]].mean(axis=1)
    assert (eff[:, police] > others).mean() >= 0.8
    same = B.scenario.with_changes(f"departments.{police}.quota_gap", 0.05)
    same = same.with_changes(f"departments.{police}.kpi_credit", 0.1)
    assert paired_lower(second_half(ens(same), "effort")[:, police], eff[:, police], 0.8, 0.02)


def test_case_b_few_incomplete_irregular_operations_per_summer(B):
    ops = ops_per_run(B)  # 13 weekly steps
    assert 2 <= np.median(ops) <= 7  # 有那么几次就不错了，很难每月或者每周都搞
    assert (ops < B.scenario.task.horizon * 0.75).mean() >= 0.9
    ev = B.events
    held = (ev["code"] == codes.JOINT_OP_HELD).sum()
    incomplete = (ev["code"] == codes.JOINT_OP_INCOMPLETE).sum()
    assert incomplete / max(held + incomplete, 1) >= 0.7  # departments often missing
    series = B.series["joint_op"][1:]
    cvs = []
    for r in range(SEEDS):
        when = np.flatnonzero(series[:, r])
        if when.size >= 3:
            gaps = np.diff(when)
            cvs.append(gaps.std() / gaps.mean())
    assert len(cvs) >= SEEDS * 0.5
    assert np.median(cvs) >= 0.3  # irregular dates


def test_case_b_operations_are_decisions_about_coordination_cost(B):
    """Cheaper coordination (a coordination team) brings more partners to more operations;
    making partners indifferent to the lead taking the credit does too."""
    team = ens(B.scenario.with_changes("controls.coordination_team", True))
    part = lambda res: res.series["participation"][1:].sum(axis=0) / np.maximum(ops_per_run(res), 1)  # noqa: E731
    # (higher in 82-95% of the seeds, by 0.085-0.167 in median on seed blocks 0-9000: a run has
    # only a few operations, so its share of partners taking part moves in steps of 1/3 or 1/4)
    assert paired_lower(part(B), part(team), 0.75, 0.05)
    no_rival = ens(B.scenario, rival_credit=0.0)
    assert paired_lower(part(B), part(no_rival), 0.7, 0.02)


def test_case_b_partner_contribution_is_bursty(B, C):
    def burstiness(res):
        x = res.series["contribution"][1:][:, :, coop_mask(res)]  # (steps, reps, coop)
        return np.median(x.std(axis=0) / np.maximum(x.mean(axis=0), 1e-9))
    # per-step coefficient of variation; partners work at a low interior effort, so this is the
    # rhythm of the few operations, not noise around a zero effort
    # (the bounds hold on every block of seeds 0, 1000, ..., 9000: B 0.25-0.50, B/C 3.2-6.2,
    # without operations 0.38-0.74 of B; one block of 40 seeds is a noisy measure of a rhythm of
    # few operations, so the bounds keep a margin from the worst block)
    assert burstiness(B) >= 0.2
    assert burstiness(B) > 2.5 * burstiness(C)
    # the mechanism: without joint operations the contribution is the steady background share,
    # only the effort noise is left
    assert burstiness(ens(B.scenario, op_rate_max=0.0)) < 0.85 * burstiness(B)


def test_case_b_exposure_concentrated_on_lead(B):
    h = B.final["exposure"]
    lead = h[:, B.scenario.lead_index]
    others = h[:, coop_mask(B)].mean(axis=1)
    assert (lead > 3 * others).mean() >= 0.8  # 85-97% of the runs on seed blocks 0-9000
    assert np.median(B.final["exposure_evenness"]) < 0.6


# 3 -------------------------------------------------------------------------------------------
def test_case_c_tight_even_fast(A, C):
    assert np.median(coop_effort(C)) >= 0.8
    assert np.median(lead_effort(C)) >= 0.8
    assert np.median(C.final["exposure_evenness"]) >= 0.8
    assert np.median(C.final["real_progress"]) >= 0.5
    rate_c = C.final["real_progress"] / C.scenario.task.horizon
    rate_a = A.final["real_progress"] / A.scenario.task.horizon
    assert np.median(rate_c) >= 3 * np.median(rate_a)
    assert (C.forms == codes.TIGHT).mean() >= 0.8


def test_case_c_without_its_coordination_team_is_still_tight(C):
    """The form is classified from behaviour: no constant of the team decides it."""
    res = ens(C.scenario.with_changes("controls.coordination_team", False))
    assert np.median(coop_effort(res)) >= 0.8
    assert (res.forms == codes.TIGHT).mean() >= 0.8


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
    # (announced checks: lower in every seed, by 0.029-0.030 in median on seed blocks 0-9000)
    assert paired_lower(cooperation(variant), cooperation(C), 0.8, 0.02), lever


def test_b_with_individual_responsibility_and_joint_assessment_raises_cooperation(B):
    s = B.scenario.with_changes("responsibility.attribution", "individual")
    s = s.with_changes("assessment.scope", "joint")
    variant = ens(s)
    assert (coop_effort(variant) > coop_effort(B)).mean() >= 0.8
    assert np.median(cooperation(variant) - cooperation(B)) > 0
    assert np.median(variant.final["exposure_evenness"]) > np.median(B.final["exposure_evenness"]) + 0.2


def test_responsibility_to_individuals_raises_effort_even_under_own_output_assessment(B):
    """Through its own channels (the superior's attention signalled, the task's weight raised in
    every assessment, the responsible leaders' career stakes, each department answering for its
    own visible shortfall): switch those off, the effect goes."""
    s = B.scenario.with_changes("responsibility.attribution", "individual")
    assert B.scenario.assessment.scope == "own"
    assert paired_lower(coop_effort(B), coop_effort(ens(s)), 0.8, 0.02)
    off = dict(cascade=0.0, salience_individual=0.0, a_career=0.0, a_blame=0.0)
    base_off, ind_off = ens(B.scenario, **off), ens(s, **off)
    assert abs(np.median(coop_effort(ind_off) - coop_effort(base_off))) < 0.01


# each control through its own channel, away from the ceiling ------------------------------------
@pytest.fixture(scope="module")
def mid_c():
    """Case C with a lighter assessment: effort well below the ceiling."""
    s = load_preset("case_c")
    for path, value in (("assessment.weight", 0.25), ("assessment.sanction", 0.1),
                        ("assessment.frequency", 0.1), ("attention.ride", 0.0),
                        ("attention.borrow", 0.0), ("attention.build", 0.0)):
        s = s.with_changes(path, value)
    return s


def _participation(res):
    return res.series["participation"][1:].sum(axis=0) / np.maximum(ops_per_run(res), 1)


CONTROLS = {  # control removed -> (change, outcome it acts on)
    "supervision": (("controls.supervision", False), coop_effort),
    "reporting": (("controls.reporting", "informal"), coop_effort),
    "coordination team": (("controls.coordination_team", False), cooperation),
    "promotion": (("controls.promotion", False), coop_effort),
    "meetings": (("controls.meetings", 0.0), _participation),
    "deadline": (("task.deadline", 0), coop_effort),
}


@pytest.mark.parametrize("control", list(CONTROLS))
def test_removing_each_control_away_from_the_ceiling_lowers_its_outcome(mid_c, control):
    (path, value), outcome = CONTROLS[control]
    base = ens(mid_c)
    assert np.median(coop_effort(base)) < 0.88  # away from the ceiling (1)
    removed = ens(mid_c.with_changes(path, value))
    assert paired_lower(outcome(removed), outcome(base), 0.8, 0.0), control


# 5 -------------------------------------------------------------------------------------------
def _pressure(s, third_party):
    s = s.with_changes("assessment.sanction", 1.0).with_changes("assessment.unpredictability", 1.0)
    return s.with_changes("assessment.third_party", third_party)


@pytest.fixture(scope="module")
def colluding(C):
    return ens(_pressure(C.scenario, 0.0))


def test_high_stakes_without_independent_evaluation_breeds_collusion(C, colluding):
    gap = colluding.final["reported_progress"] - colluding.final["real_progress"]
    assert np.median(gap) >= 0.15  # reported progress exceeds real progress
    assert np.median(second_half(colluding, "collusion")) >= 0.5
    assert (colluding.forms == codes.COLLUSIVE).mean() >= 0.8
    assert np.median(colluding.final["real_progress"]) < np.median(C.final["real_progress"])


def test_collusion_needs_a_coalition_of_tied_departments(C):
    """No department tied strongly enough (threshold above any tie): no collusion."""
    res = ens(_pressure(C.scenario, 0.0), collusion_tie=1.5)
    assert np.median(second_half(res, "collusion")) < 0.05


def test_independent_third_party_evaluation_suppresses_collusion(C):
    checked = ens(_pressure(C.scenario, 1.0))
    gap = checked.final["reported_progress"] - checked.final["real_progress"]
    assert np.median(gap) < 0.05
    assert np.median(second_half(checked, "collusion")) < 0.1
    gap_c = C.final["reported_progress"] - C.final["real_progress"]
    assert np.median(gap_c) < 0.05


def test_detection_hits_every_coalition_member(C):
    res = ens(_pressure(C.scenario, 0.5))
    h = res.series["exposure"]  # (steps, reps, N)
    ev = res.events[res.events["code"] == codes.COLLUSION_DETECTED]
    assert ev.size >= 10
    jumps = np.array([h[t, r] - h[t - 1, r] * (1 - DEFAULT_CONSTANTS.exposure_decay)
                      for t, r in zip(ev["step"], ev["replicate"], strict=True)])
    hit = (jumps >= 0.5 * DEFAULT_CONSTANTS.detected_exposure).mean(axis=1)
    assert np.median(hit) >= 0.8


# 6 -------------------------------------------------------------------------------------------
def _twins():
    """Partners 1 and 2 identical except for resources, under joint assessment."""
    s = load_preset("default").with_changes("assessment.scope", "joint")
    s = s.with_changes("responsibility.attribution", "individual")
    s = s.with_changes("departments.1.resources", 0.1).with_changes("departments.2.resources", 0.9)
    for j in (1, 2):
        s = s.with_changes(f"departments.{j}.kpi_credit", 0.3)
        s = s.with_changes(f"departments.{j}.own_workload", 0.5)
        s = s.with_changes(f"departments.{j}.quota_gap", 0.2)
    return s


def test_resource_poor_departments_cooperate_more():
    eff = second_half(ens(_twins()), "effort")
    assert (eff[:, 1] > eff[:, 2]).mean() >= 0.8
    gap = np.median(eff[:, 1] - eff[:, 2])
    assert gap > 0.04
    # through pooled resources, not a constant: without pooling most of the difference goes
    # (what is left is the weakest link's higher marginal product of the laggard)
    off = second_half(ens(_twins(), a_pool=0.0, pool_base=0.0, pool_team=0.0), "effort")
    assert np.median(off[:, 1] - off[:, 2]) < gap / 3


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

    def steps_to_half_the_largest_gain(res):
        gain = res.summary("attention").median - off.summary("attention").median
        return int(np.argmax(gain >= 0.5 * gain.max()))
    fast, slow = steps_to_half_the_largest_gain(borrow), steps_to_half_the_largest_gain(build)
    assert fast <= 1  # highlights are seen at once
    assert slow >= 3 and slow >= fast + 2  # publicity accumulates (3-5 steps on seed blocks 0-9000)


def _weak_lead():
    weak = _none().with_changes("departments.0.resources", 0.1)
    return weak.with_changes("departments.0.own_workload", 1.0)


def _backfire_runs(res):
    return np.bincount(res.events["replicate"][res.events["code"] == codes.BACKFIRE], minlength=SEEDS) > 0


def test_borrowing_alone_with_a_weak_lead_backfires():
    """借势 alone raises expectations it cannot meet: 搬起石头砸自己的脚."""
    quiet = ens(_weak_lead())
    loud = ens(_weak_lead().with_changes("attention.borrow", 1.0))
    lead = _weak_lead().lead_index
    assert _backfire_runs(loud).mean() >= 0.8
    assert not _backfire_runs(quiet).any()
    assert (loud.final["exposure"][:, lead] > quiet.final["exposure"][:, lead]).mean() >= 0.8
    assert np.median(loud.final["reputation"]) < np.median(quiet.final["reputation"]) - 0.05
    # the mechanism: expectations rising with the attention won
    assert not _backfire_runs(ens(_weak_lead().with_changes("attention.borrow", 1.0), expect_gain=0.0)).any()


def test_a_backfire_costs_the_lead_the_superiors_attention_for_a_while():
    s = _weak_lead().with_changes("attention.borrow", 1.0)
    hit, unhit = ens(s), ens(s, backfire_attention=0.0)
    assert paired_lower(_mean_over_run(hit, "attention"), _mean_over_run(unhit, "attention"), 0.8, 0.01)


def test_success_brings_extra_assigned_load(C):
    lead = C.scenario.lead_index
    assert np.median(C.final["extra_load"][:, lead]) > 0.05
    assert (C.events["code"] == codes.PROBLEM_ASSIGNED).any()
    no_strategy = C.scenario
    for f in ("ride", "borrow", "build"):
        no_strategy = no_strategy.with_changes(f"attention.{f}", 0.0)
    quiet = ens(no_strategy)
    assert np.all(quiet.final["extra_load"][:, lead] == 0)


# shared fate as an equilibrium: hysteresis ---------------------------------------------------
def _coordination_game(start):
    """Joint assessment, individual responsibility, no reporting (only the joint result is
    seen): a group penalty below the standard makes efforts strategic complements."""
    s = load_preset("default")
    for path, value in (("assessment.scope", "joint"), ("responsibility.attribution", "individual"),
                        ("controls.reporting", "none"), ("assessment.sanction", 0.6),
                        ("assessment.unpredictability", 1.0), ("assessment.frequency", 0.6),
                        ("simulation.initial_effort", start)):
        s = s.with_changes(path, value)
    return s


def test_shared_fate_has_two_stable_outcomes_depending_on_the_start():
    low, high = ens(_coordination_game(0.05)), ens(_coordination_game(0.95))
    assert paired_lower(coop_effort(low), coop_effort(high), 0.9, 0.3)
    assert low.modal_form() != high.modal_form()
    # the mechanism: without the group penalty there is one outcome
    low0, high0 = ens(_coordination_game(0.05), a_sanction=0.0), ens(_coordination_game(0.95), a_sanction=0.0)
    assert abs(np.median(coop_effort(high0) - coop_effort(low0))) < 0.05


# exposure from what departments did ---------------------------------------------------------
class _Shirkers(Simulation):
    """Case C with some partners' effort held down after every decision."""

    shirkers = (1, 2, 3)

    def _decide(self, u):
        super()._decide(u)
        self.v["effort"][list(self.shirkers)] = np.minimum(self.v["effort"][list(self.shirkers)], 0.1)


def _excess(res):
    """Shirkers' mean exposure over the others', per replicate (second half)."""
    h = second_half(res, "exposure")
    shirk = np.zeros(res.scenario.n_departments, dtype=bool)
    shirk[list(_Shirkers.shirkers)] = True
    return h[:, shirk].mean(axis=1) / np.maximum(h[:, ~shirk].mean(axis=1), 1e-9)


def test_evenness_falls_when_some_partners_shirk_even_in_case_c():
    # C in its running state (everyone starts at 0.9): without shirkers no one falls short and
    # exposure stays even; the ramp-up from a low start would leave small, uneven exposures
    running = load_preset("case_c").with_changes("simulation.initial_effort", 0.9)
    shirking = _Shirkers(running, seed=SEED0, replicates=SEEDS).run()
    base = second_half(ens(running), "exposure_evenness")
    shirk = second_half(shirking, "exposure_evenness")
    assert paired_lower(shirk, base, 0.8, 0.01)
    assert (_excess(shirking) > 1.0).mean() >= 0.9 and np.median(_excess(shirking)) > 1.1
    # because checks and reporting see who fell short: with nothing reported, the shirkers'
    # shortfall is only the joint one, which every department answers for (一损俱损), and the
    # shirkers no longer carry more than the others
    blind = running.with_changes("controls.reporting", "none")
    blind_shirking = _Shirkers(blind, seed=SEED0, replicates=SEEDS).run()
    assert np.median(_excess(blind_shirking)) - 1 < 0.5 * (np.median(_excess(shirking)) - 1)
    assert (_excess(blind_shirking) > 1.0).mean() < 0.5


# time units -----------------------------------------------------------------------------------
def _half_year(unit):
    s = load_preset("case_c").with_changes("task.deadline", 0)
    return s.with_changes("task.step_unit", unit).with_changes("task.horizon", 6 if unit == "month" else 26)


def test_the_step_unit_is_respected(monkeypatch):
    months, weeks = ens(_half_year("month")), ens(_half_year("week"))
    p_m, p_w = np.median(months.final["real_progress"]), np.median(weeks.final["real_progress"])
    assert p_m > 0.1 and abs(p_w - p_m) < 0.15 * p_m
    assert abs(np.median(coop_effort(weeks)) - np.median(coop_effort(months))) < 0.1
    # a week taken for a month (the unit ignored) would do four times the work
    monkeypatch.setitem(engine_params.STEP_MONTHS, "week", 1.0)
    ignored = np.median(ens(_half_year("week")).final["real_progress"])
    assert ignored > 2 * p_m
