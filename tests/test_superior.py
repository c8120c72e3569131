"""Issue 10's checks, the superiors' side: rival tasks, tiers, adaptive strategies, 党建, over 40 seeds.

As in test_validation.py, lever comparisons are paired by seed (common random numbers), and each
pattern that comes from a mechanism is shown to go away when the mechanism is switched off
(a constant at 0 or 1, or the rival tasks moved to the other tier), so that none holds by
construction.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from seed_block import SEED0

from collabsim.engine import DEFAULT_CONSTANTS, Simulation, codes, run
from collabsim.presets import load_preset

SEEDS = 40


def ens(scenario, **constants):
    k = replace(DEFAULT_CONSTANTS, **constants) if constants else DEFAULT_CONSTANTS
    return run(scenario, seed=SEED0, replicates=SEEDS, constants=k)


def ch(s, **changes):
    """``s`` with ``a__b=value`` meaning field ``a.b`` set to value."""
    for path, value in changes.items():
        s = s.with_changes(path.replace("__", "."), value)
    return s


def over_run(res, name):
    return res.series[name][1:].mean(axis=0)


def coop(res):
    c = res.series["contribution"]
    mask = np.arange(res.scenario.n_departments) != res.scenario.lead_index
    return c[c.shape[0] // 2 + 1:].mean(axis=0)[:, mask].mean(axis=1)


def backfires(res, code=codes.BACKFIRE):
    return np.bincount(res.events["replicate"][res.events["code"] == code], minlength=SEEDS)


def _borrowing():
    return ch(load_preset("default"), attention__borrow=0.5)


def _rivals(tier="government"):
    return ch(_borrowing(), rivals__count=3, rivals__salience=0.5, rivals__borrow=0.5, rivals__tier=tier)


# item 1: one budget, contested -----------------------------------------------------------------
def test_rival_tasks_lower_this_tasks_attention_and_the_leads_authority():
    alone, crowded = ens(_borrowing()), ens(_rivals())
    for name in ("attention", "authority"):
        assert (over_run(crowded, name) < over_run(alone, name)).mean() >= 0.9, name
    assert np.median(over_run(alone, "attention") - over_run(crowded, "attention")) > 0.05
    # the mechanism is the shared budget: rivals seeking the other tier leave this one alone
    elsewhere = ens(_rivals("party"))
    for name in ("attention", "authority"):
        np.testing.assert_array_equal(elsewhere.series[name], alone.series[name])



@pytest.mark.parametrize("tier", ["government", "party"])
def test_the_attention_withheld_after_a_backfire_goes_to_the_tiers_other_business(tier):
    """A tier that withholds attention from a lead after its backfire gives it to its other
    business: its shares keep summing to its whole budget (they fell to 0.70 at the government and
    0.55 at the party committee in competing_leads when only the first withholding was moved)."""
    s = ch(load_preset("competing_leads"), attention__tier=tier)
    sim = Simulation(s, seed=SEED0, replicates=SEEDS)
    lowest = 1.0
    for _ in range(sim.horizon):
        sim.step()
        lowest = min(lowest, float(sim.sup.alloc.sum(axis=0).min()))
    assert sim.sup.implicated and float(sim.sup.damage.max()) > 0.05  # backfires did happen
    assert lowest >= 1.0 - 1e-5

def test_more_rivals_lower_attention_more():
    att = [np.median(over_run(ens(ch(_rivals(), rivals__count=m)), "attention")) for m in (1, 3, 6)]
    assert att[0] > att[1] > att[2]


def test_the_shares_of_each_tier_never_exceed_its_budget_and_move_in_jumps():
    s = ch(_rivals(), attention__emergencies=0.3, attention__central_task=True)
    sim = Simulation(s, seed=SEED0 + 3, replicates=SEEDS)
    lead_share, worst = [], 0.0
    for _ in range(sim.horizon):
        sim.step()
        a = sim.sup.alloc
        assert a.min() >= -1e-6
        worst = max(worst, float(a.sum(axis=0).max()))
        lead_share.append(sim.sup.attention.copy())
    assert worst <= 1.0 + 1e-5
    res = run(s, seed=SEED0 + 3, replicates=SEEDS)
    shifted = res.events[res.events["code"] == codes.ATTENTION_SHIFTED]
    moves = np.abs(np.diff(np.array(lead_share), axis=0))  # step t+1 - step t, (T-1, R)
    jump = np.zeros_like(moves, dtype=bool)
    ok = shifted["step"] >= 2
    jump[shifted["step"][ok] - 2, shifted["replicate"][ok]] = True
    assert jump.any() and (~jump).any()
    assert np.median(moves[jump]) > 5 * np.median(moves[~jump])  # punctuated: jumps, then drift
    # without emergencies reallocations are rare; without friction every step reallocates
    calm = ch(s, attention__emergencies=0.0)
    n_calm = (run(calm, seed=SEED0 + 3, replicates=SEEDS).events["code"] == codes.ATTENTION_SHIFTED).sum()
    no_friction = replace(DEFAULT_CONSTANTS, friction=0.0, pressure_threshold=0.0)
    smooth = run(calm, seed=SEED0 + 3, replicates=SEEDS, constants=no_friction)
    n_smooth = (smooth.events["code"] == codes.ATTENTION_SHIFTED).sum()
    assert n_smooth == s.task.horizon * SEEDS and n_calm < 0.3 * n_smooth


def test_emergencies_draw_attention_away():
    base = _borrowing()
    calm, stormy = ens(base), ens(ch(base, attention__emergencies=0.5))
    assert (backfires(stormy, codes.EMERGENCY) > 0).mean() >= 0.9
    assert (over_run(stormy, "attention") < over_run(calm, "attention")).mean() >= 0.9
    still = ens(ch(base, attention__emergencies=0.5), emergency_salience=0.0)
    np.testing.assert_array_equal(still.series["attention"], calm.series["attention"])


# item 2: two tiers ------------------------------------------------------------------------------
def _weak_borrower():
    return ch(load_preset("default"), departments__0__resources=0.1, departments__0__own_workload=1.0,
              attention__borrow=1.0)


def _reputation_drop_per_backfire(res):
    rep = res.series["reputation"]
    e = res.events[res.events["code"] == codes.BACKFIRE]
    return rep[e["step"] - 1, e["replicate"]] - rep[e["step"], e["replicate"]]


def test_escalating_to_the_party_committee_gives_more_authority():
    step_by_step, escalated = ens(_borrowing()), ens(ch(_borrowing(), attention__tier="party"))
    assert (over_run(escalated, "authority") > over_run(step_by_step, "authority")).mean() >= 0.75
    # though the party committee's attention is scarcer: its authority per unit is what counts
    assert np.median(over_run(escalated, "attention")) < np.median(over_run(step_by_step, "attention"))
    flat = ens(ch(_borrowing(), attention__tier="party"), party_authority=1.0)
    assert np.median(over_run(flat, "authority")) < np.median(over_run(step_by_step, "authority"))


def test_a_backfire_costs_more_after_escalating():
    g, p = ens(_weak_borrower()), ens(ch(_weak_borrower(), attention__tier="party"))
    dg, dp = _reputation_drop_per_backfire(g), _reputation_drop_per_backfire(p)
    assert len(dg) >= SEEDS and len(dp) >= SEEDS
    assert np.median(dp) > 1.3 * np.median(dg)
    flat = _reputation_drop_per_backfire(ens(ch(_weak_borrower(), attention__tier="party"),
                                             party_backfire=1.0))
    assert np.median(dp) > 1.3 * np.median(flat) and np.median(flat) < 1.25 * np.median(dg)


def test_escalated_reports_go_to_the_party_committee():
    g, p = ens(_borrowing()), ens(ch(_borrowing(), attention__tier="party"))
    assert backfires(g, codes.REPORT).sum() > 0 and backfires(g, codes.ESCALATED_REPORT).sum() == 0
    assert backfires(p, codes.ESCALATED_REPORT).sum() > 0 and backfires(p, codes.REPORT).sum() == 0


def test_a_backfire_lowers_the_superiors_reputation_and_later_attention():
    s = _weak_borrower()
    hit = ens(s)
    fired = backfires(hit) > 0
    assert fired.mean() >= 0.8
    assert (hit.final["superior_reputation"][fired] < 1.0).all()
    unhit = ens(s, superior_implication=0.0, backfire_attention=0.0)
    assert (unhit.final["superior_reputation"] == 1.0).all()
    later = slice(hit.series["attention"].shape[0] // 2, None)
    a_hit = hit.series["attention"][later].mean(axis=0)
    a_unhit = unhit.series["attention"][later].mean(axis=0)
    assert (a_hit < a_unhit).mean() >= 0.8
    # through the superior's reputation alone (no attention withheld from the lead)
    rep_only = ens(s, backfire_attention=0.0)
    assert (rep_only.series["attention"][later].mean(axis=0) < a_unhit).mean() >= 0.7


def test_a_rivals_backfire_makes_the_superior_wary_of_this_lead_too():
    s = ch(load_preset("default"), attention__borrow=1.0, attention__build=1.0, rivals__count=2,
           rivals__salience=0.1, rivals__borrow=1.0, rivals__delivery=0.0)
    burnt = ens(s)
    assert (backfires(burnt, codes.RIVAL_BACKFIRE) > 0).mean() >= 0.8
    spared = ens(s, superior_implication=0.0)
    rep = over_run(burnt, "superior_reputation")
    assert (rep < 1.0).mean() >= 0.8 and (over_run(spared, "superior_reputation") == 1.0).all()
    # a second-order effect: what this lead stages is discounted (small, but in most seeds)
    diff = over_run(spared, "attention") - over_run(burnt, "attention")
    assert (diff > 0).mean() >= 0.6 and np.median(diff) > 0


# item 3: the lead's strategy as a decision -----------------------------------------------------
def _adaptive():
    return ch(load_preset("default"), attention__mode="adaptive", assessment__weight=0.8)


def _reliable():
    return ch(_adaptive(), assessment__scope="joint", responsibility__attribution="individual",
              departments__0__resources=0.9)


def _unreliable():
    return ch(_adaptive(), departments__0__resources=0.1, departments__0__own_workload=1.0)


def _competing(res):
    return over_run(res, "borrow") + over_run(res, "build")


def test_an_adaptive_lead_competes_more_when_its_delivery_is_reliable():
    rel, unr = _competing(ens(_reliable())), _competing(ens(_unreliable()))
    assert (rel > unr).mean() >= 0.8 and np.median(rel - unr) > 0.1
    # the mechanism is the risk it weighs: without it both compete flat out, alike
    rel0 = _competing(ens(_reliable(), strategy_loss=0.0))
    unr0 = _competing(ens(_unreliable(), strategy_loss=0.0))
    assert np.median(rel0) > 0.8 and np.median(unr0) > 0.8
    assert np.median(rel0 - unr0) < 0.05


def test_an_adaptive_lead_backfires_less_than_one_competing_flat_out():
    careful = backfires(ens(_unreliable()))
    reckless = backfires(ens(ch(_unreliable(), attention__mode="fixed", attention__borrow=1.0,
                                attention__build=1.0)))
    assert careful.sum() < reckless.sum() / 3


def test_adaptive_riding_needs_a_central_task():
    s = ch(_reliable(), attention__task_fit=1.0)
    without = ens(s)
    assert np.all(over_run(without, "ride") == 0.0)
    ridden = ens(ch(s, attention__central_task=True))
    assert np.median(over_run(ridden, "ride")) > 0.2


def test_the_strategy_parts_are_recorded_for_the_explanation():
    res = run(_unreliable(), seed=SEED0, replicates=4)
    assert res.strategy.shape == (res.scenario.task.horizon + 1, 1, 3, 4)
    benefit, risk = res.mean_strategy[1:, 1, 0], res.mean_strategy[1:, 1, 1]
    assert (benefit > 0).all() and (risk > 0).any()


def test_fixed_mode_keeps_the_levers():
    s = ch(load_preset("default"), attention__borrow=0.7, attention__build=0.2)
    res = ens(s)
    assert np.all(res.series["borrow"][1:] == np.float32(0.7))
    assert np.all(res.series["build"][1:] == np.float32(0.2))


# item 4: party building (an extension) -----------------------------------------------------------
def _loose_c():
    return ch(load_preset("case_c"), responsibility__attribution="lead")


def test_party_building_raises_cooperation():
    off, on = ens(_loose_c()), ens(ch(_loose_c(), party_building__intensity=1.0))
    assert (coop(on) > coop(off)).mean() >= 0.9 and np.median(coop(on) - coop(off)) > 0.05
    assert (backfires(on, codes.PARTY_BUILDING_MEETING) > 0).all()
    assert (on.final["identity"] > 0).all() and (off.final["identity"] == 0).all()


def test_party_building_acts_through_the_documented_channels_only():
    """Shared identity -> reciprocity and cheaper coordination; with both at 0 it changes nothing."""
    off = ens(_loose_c())
    closed = ens(ch(_loose_c(), party_building__intensity=1.0), a_reciprocity=0.0, identity_cut=0.0)
    for name in codes.INDICATORS:
        if name != "identity":
            np.testing.assert_array_equal(closed.series[name], off.series[name], err_msg=name)


def test_each_party_building_channel_contributes():
    """Reciprocity raises the partners' effort; cheaper coordination completes more joint operations."""
    s = ch(_loose_c(), party_building__intensity=1.0)
    assert (coop(ens(s)) > coop(ens(s, a_reciprocity=0.0))).mean() >= 0.9
    a = ch(load_preset("case_a"), party_building__intensity=1.0)
    held = backfires(ens(a), codes.JOINT_OP_HELD)
    # (2.0-3.4 times as many on seed blocks 0-9000: 20-34 operations against 7-16)
    assert held.sum() > 1.5 * backfires(ens(a, identity_cut=0.0), codes.JOINT_OP_HELD).sum()


# the presets keep the article's cases ----------------------------------------------------------
@pytest.mark.parametrize("name", ["default", "case_a", "case_b", "case_c"])
def test_the_older_presets_leave_the_superiors_side_off(name):
    """The four presets that predate the superiors' side (now stored as format 3) keep it off."""
    s = load_preset(name)
    assert s.rivals.count == 0 and s.party_building.intensity == 0.0
    assert s.attention.mode == "fixed" and s.attention.tier == "government"
    assert s.attention.emergencies == 0.0


# item 6: the competing-leads preset -------------------------------------------------------------
def test_competing_leads_one_wins_authority_by_borrowing_the_other_backfires():
    s = load_preset("competing_leads")
    assert s.rivals.count == 1 and s.attention.borrow > 0
    res = ens(s)
    assert (backfires(res, codes.RIVAL_BACKFIRE) > 0).mean() >= 0.8  # the rival's over-claiming
    assert (backfires(res) > 0).mean() <= 0.1  # this lead's 借势 is backed by its delivery
    assert (backfires(res, codes.ENDORSEMENT) > 0).mean() >= 0.8  # 站台
    quiet = ens(ch(s, attention__borrow=0.0, attention__build=0.0))
    assert (over_run(res, "authority") > over_run(quiet, "authority")).mean() >= 0.9
    # the rival backfires because it cannot deliver what it claims: with delivery it rarely does
    # (in 5-18% of the runs on seed blocks 0-7000, against every run without delivery)
    assert (backfires(ens(ch(s, rivals__delivery=0.9)), codes.RIVAL_BACKFIRE) > 0).mean() <= 0.3
