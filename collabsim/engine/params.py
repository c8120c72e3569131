"""The numeric arrays a scenario turns into: what ``Simulation.step()`` reads, shaped for batching.

``derive(scenario, constants)`` returns :class:`Params`. **Batching contract** (issue 11 stacks
scenarios with the same department count along the column axis): every field is a float32 array
that broadcasts against the state's column (replicate) axis — a per-scenario value is shaped (1,)
(or (R,) once stacked), a per-department value (N, 1) (or (N, R)), a per-rival-task value (M, 1)
(or (M, R)). ``step()`` only does arithmetic and ``np.where`` on these arrays, never a Python
branch on their values; the only Python-level scenario facts are structural: the department count
``n``, the number of rival tasks ``m`` (stacking pads fewer rivals with inactive ones, ``rival_on``
0), the ``horizon`` and the step length ``dt`` (months per step; stacked scenarios must share it).
``stack(params_list, reps)`` builds the column-stacked version. The formulas are documented in
resources/docs/model_en.md §7.1.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from collabsim.engine.constants import DEFAULT_CONSTANTS, ModelConstants
from collabsim.scenario.model import Scenario

F32 = np.float32
WEEK = 12.0 / 52.0  # months per week
STEP_MONTHS = {"month": 1.0, "week": WEEK}


@dataclass(frozen=True)
class Params:
    """Scenario values as float32 arrays; (N, 1) per department, (1,) per scenario."""

    # per department (N, 1)
    is_lead: np.ndarray
    coop: np.ndarray
    resources: np.ndarray
    capacity: np.ndarray
    workload: np.ndarray
    kpi: np.ndarray  # marginal KPI value: kpi_credit x (quota gap + bonus x (1 - gap))
    liability: np.ndarray  # lambda_i, liability rule
    share: np.ndarray  # credit share of the assessed joint result
    stake: np.ndarray  # the responsible leader's career stake
    jointness: np.ndarray  # 1 where a department answers for the joint result
    remit: np.ndarray  # cost of effort outside the remit (cooperating departments)
    rival: np.ndarray  # partner's loss from the lead taking the credit
    initial_effort: np.ndarray
    # per scenario (1,)
    weight: np.ndarray  # the task's weight in the assessment
    individual: np.ndarray  # 1 if responsibility is assigned to individual leaders
    promotion: np.ndarray  # 1 under promotion for results (依任务提拔)
    joint: np.ndarray  # 1 if the joint result is assessed
    standard: np.ndarray  # x*
    sanction: np.ndarray
    checks: np.ndarray  # checks per month
    unannounced: np.ndarray
    third_party: np.ndarray
    found_scale: np.ndarray  # share of a shortfall a check finds (supervision)
    deterrence: np.ndarray  # expected finding rate of a shortfall, per month
    visibility: np.ndarray
    own_share: np.ndarray  # share of a contribution counted as own output under own-output assessment
    floor: np.ndarray  # participation floor of the lead's staff
    complexity: np.ndarray
    size: np.ndarray  # months of full joint work
    deadline: np.ndarray  # in months; 0 = none
    urgency: np.ndarray  # base urgency (emergency)
    pooling: np.ndarray
    coord_cost: np.ndarray
    org_cost: np.ndarray
    background: np.ndarray
    salience: np.ndarray  # base salience, without strategies
    authority: np.ndarray  # base authority
    ride: np.ndarray  # effective 顺势 of the levers: ride x fit while a central task is active
    borrow: np.ndarray
    build: np.ndarray
    claim: np.ndarray  # how much the lead reports its own success: (ride + borrow + build) / 3
    rival_salience: np.ndarray  # salience of the government's other business
    noise: np.ndarray
    # the superiors' side (issue 10), per scenario (1,)
    ride_level: np.ndarray  # the 顺势 lever itself (its effect: x fit_central)
    fit_central: np.ndarray  # task_fit while a central task is active, else 0
    central_claim: np.ndarray  # 1 when a central task other than this one claims attention
    emergencies: np.ndarray  # expected emergencies per month
    party: np.ndarray  # 1 when the lead seeks the party committee (越级), 0 the government (逐级)
    adaptive: np.ndarray  # 1 when the lead chooses its strategies, 0 when the levers set them
    party_building: np.ndarray  # intensity of joint party-building mechanisms (extension)
    # per rival task (M, 1)
    rival_on: np.ndarray  # 1 for a rival task, 0 for padding when stacked
    rival_base: np.ndarray  # base salience
    rival_ride: np.ndarray  # effective 顺势 (0 without a central task)
    rival_borrow: np.ndarray
    rival_build: np.ndarray
    rival_delivery: np.ndarray
    rival_party: np.ndarray  # 1 when it seeks the party committee


def derive(s: Scenario, k: ModelConstants = DEFAULT_CONSTANTS) -> Params:
    """The arrays of one scenario (column axis of length 1)."""
    n = s.n_departments
    dep = s.departments
    col = lambda values: np.array(values, dtype=F32)[:, None]  # noqa: E731
    one = lambda value: np.array([value], dtype=F32)  # noqa: E731
    is_lead = col([1.0 if d.lead else 0.0 for d in dep])
    coop = 1.0 - is_lead
    res = col([d.resources for d in dep])
    a, c, at, task = s.assessment, s.controls, s.attention, s.task
    attr = s.responsibility.attribution
    if attr == "ambiguous":
        liability = np.full((n, 1), 1.0 / n, dtype=F32)
        stake = np.zeros((n, 1), dtype=F32)
    elif attr == "lead":
        liability = is_lead + coop * F32(k.coop_liability_lead)
        stake = is_lead.copy()
    elif attr == "individual":
        liability = np.ones((n, 1), dtype=F32)
        stake = np.ones((n, 1), dtype=F32)
    else:
        raise ValueError(f"unknown responsibility.attribution {attr!r}")
    individual = 1.0 if attr == "individual" else 0.0
    # budget-balanced credit follows liability; individual responsibility breaks the budget
    share = liability if individual else liability / liability.sum()
    joint = {"own": 0.0, "joint": 1.0}[a.scope]  # an unknown choice raises
    jointness = np.maximum(joint, is_lead * (1.0 if attr == "lead" else 0.0))
    gap = col([d.quota_gap for d in dep])
    kpi = col([d.kpi_credit for d in dep]) * (gap + a.extra_case_bonus * (1.0 - gap))
    reporting = {"none": 0.0, "informal": k.reporting_informal, "formal": 1.0}[c.reporting]
    visibility = k.visibility_none + (1.0 - k.visibility_none) * reporting
    checks = min(1.0, a.frequency + k.supervision_checks * c.supervision)
    found = k.see_base + (1.0 - k.see_base) * c.supervision
    deterrence = (checks * found * (k.window_dressing + (1.0 - k.window_dressing) * a.unpredictability)
                  * (k.evaluator_base + (1.0 - k.evaluator_base) * a.third_party))
    kind_salience = {"routine": k.salience_routine, "central": k.salience_central,
                     "emergency": k.salience_emergency}[task.kind]
    kind_authority = {"routine": 0.0, "central": k.auth_central, "emergency": k.auth_emergency}[task.kind]
    cut = (1.0 - k.team_cut * c.coordination_team) * (1.0 - k.meeting_cut * c.meetings)
    dt = STEP_MONTHS[task.step_unit]
    init = [d.initial_effort if d.initial_effort >= 0 else s.simulation.initial_effort for d in dep]
    rival = coop * F32(k.rival_credit) * np.maximum(share.max() - share, 0.0) / max(float(share.max()), 1e-9)
    return Params(
        is_lead=is_lead, coop=coop, resources=res,
        capacity=k.capacity_floor + (1.0 - k.capacity_floor) * res,
        workload=col([d.own_workload for d in dep]), kpi=kpi.astype(F32),
        liability=liability.astype(F32), share=share.astype(F32),
        stake=(stake * (1.0 + k.promotion_stake * c.promotion)).astype(F32),
        promotion=one(1.0 if c.promotion else 0.0), jointness=jointness.astype(F32),
        remit=(coop * F32(k.remit_cost)).astype(F32),
        rival=rival.astype(F32), initial_effort=col(init),
        weight=one(a.weight), individual=one(individual), joint=one(joint),
        standard=one(a.standard), sanction=one(a.sanction), checks=one(checks),
        unannounced=one(a.unpredictability), third_party=one(a.third_party), found_scale=one(found),
        deterrence=one(deterrence), visibility=one(visibility),
        own_share=one(k.own_scope_share + (1.0 - k.own_scope_share) * k.meeting_roles * c.meetings),
        floor=one(a.participation_floor),
        complexity=one(task.complexity), size=one(task.size),
        deadline=one(task.deadline * dt),
        urgency=one(k.emergency_urgency if task.kind == "emergency" else 0.0),
        pooling=one(k.pool_base + k.pool_team * c.coordination_team),
        coord_cost=one(k.coord_cost * cut),
        org_cost=one(k.org_cost * (1.0 - k.team_cut * c.coordination_team)),
        background=one(k.background_base + k.background_team * c.coordination_team
                       + k.background_reporting * reporting),
        salience=one(kind_salience + k.salience_individual * individual),
        authority=one(k.auth_base + k.auth_team * c.coordination_team + k.auth_meetings * c.meetings
                      + kind_authority),
        ride=one(at.ride * at.task_fit if at.central_task else 0.0),
        borrow=one(at.borrow), build=one(at.build),
        claim=one(((at.ride * at.task_fit if at.central_task else 0.0) + at.borrow + at.build) / 3.0),
        rival_salience=one(k.rival_base + k.rival_span * at.competing_demands),
        noise=one(s.simulation.noise),
        ride_level=one(at.ride), fit_central=one(at.task_fit if at.central_task else 0.0),
        central_claim=one(1.0 if at.central_task and task.kind != "central" else 0.0),
        emergencies=one(at.emergencies), party=one(1.0 if at.tier == "party" else 0.0),
        adaptive=one({"fixed": 0.0, "adaptive": 1.0}[at.mode]),
        party_building=one(s.party_building.intensity),
        **_rivals(s, k),
    )


#: the per-rival-task fields (M, 1): stacking pads them to the largest M with rival_on = 0
RIVAL_FIELDS = ("rival_on", "rival_base", "rival_ride", "rival_borrow", "rival_build",
                "rival_delivery", "rival_party")


def rival_saliences(salience: float, spread: float, m: int) -> list[float]:
    """Base saliences of ``m`` rival tasks: spread evenly over salience ± spread/2, in [0, 1]."""
    if m <= 1:
        return [salience] * m
    return [min(1.0, max(0.0, salience + 0.5 * spread * (2.0 * j / (m - 1) - 1.0))) for j in range(m)]


def _rivals(s: Scenario, k: ModelConstants) -> dict:
    rv, m = s.rivals, s.rivals.count
    col = lambda value: np.full((m, 1), value, dtype=F32)  # noqa: E731
    return {
        "rival_on": col(1.0), "rival_base": np.array(rival_saliences(rv.salience, rv.spread, m),
                                                   dtype=F32).reshape(m, 1),
        "rival_ride": col(rv.ride if s.attention.central_task else 0.0),
        "rival_borrow": col(rv.borrow), "rival_build": col(rv.build),
        "rival_delivery": col(rv.delivery), "rival_party": col(1.0 if rv.tier == "party" else 0.0),
    }


def stack(params: list[Params], replicates: int) -> Params:
    """Column-stack several scenarios' Params, each repeated over ``replicates`` columns."""
    out = {}
    m = max(p.rival_on.shape[0] for p in params)
    for f in fields(Params):
        arrays = [np.repeat(getattr(p, f.name), replicates, axis=-1) for p in params]
        if f.name in RIVAL_FIELDS:  # fewer rivals: inactive padding rows
            arrays = [np.concatenate([a, np.zeros((m - a.shape[0], a.shape[1]), dtype=F32)])
                      for a in arrays]
        out[f.name] = np.concatenate(arrays, axis=-1)
    return Params(**out)


def full_width(p: Params, replicates: int) -> Params:
    """One scenario's Params repeated over ``replicates`` columns, as ``stack([p], replicates)``
    gives them: every field's rows in one array, repeated at once (one call instead of one per
    field), each field a contiguous block of its rows."""
    names = [f.name for f in fields(Params)]
    arrays = [getattr(p, name) for name in names]
    if len({a.dtype for a in arrays}) != 1:  # (the contract says float32; anything else apart)
        return stack([p], replicates)
    rows = np.concatenate([a.reshape(-1, 1) for a in arrays])
    wide = np.repeat(rows, replicates, axis=1)
    out, start = {}, 0
    for name, a in zip(names, arrays, strict=True):
        n = a.size
        out[name] = wide[start:start + n].reshape(a.shape[:-1] + (replicates,))
        start += n
    return Params(**out)
