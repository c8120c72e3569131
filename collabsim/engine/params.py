"""Model constants and the numeric arrays derived from a scenario.

``ModelConstants`` holds every behavioural constant of the model, each with the formal model it
comes from; ``derive`` turns a :class:`~collabsim.scenario.Scenario` into the vectors the
simulation uses. Both are documented in resources/docs/model_en.md (ODD, "Details").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from collabsim.scenario.model import Scenario


@dataclass(frozen=True)
class ModelConstants:
    # effort decision: smoothed (logit) best response
    gain: float = 1.6  # k, steepness of the logit response
    adjust: float = 0.35  # lambda_e, share of the gap to the target closed per step
    noise_scale: float = 0.25  # sigma_e at noise = 1
    a_credit: float = 1.0  # weight of expected credit (Holmstrom 1982 team incentives)
    a_sanction: float = 1.2  # weight of expected sanction (inspection game)
    a_authority: float = 0.8  # weight of authority pressure (借势, 站台)
    a_resource: float = 0.6  # weight of resource need (§二(二))
    a_fate: float = 0.8  # weight of reciprocity under group punishment (Chen et al. 2015)
    a_cost: float = 1.0  # weight of opportunity cost (Holmstrom & Milgrom 1991 multitask)
    a_strategy_cost: float = 0.4  # lead's cost of 借势/造势 activity
    baseline: float = 1.2  # theta, reluctance towards work outside the remit (§二(一))
    lead_baseline: float = 0.4  # the task lies (mostly) within the lead's remit
    a_signal: float = 1.0  # lead only: collaboration as a capability signal (§二(三))
    promotion_boost: float = 0.3  # credit multiplier added by 依任务提拔
    coop_liability_lead: float = 0.15  # cooperating departments' liability when the lead is responsible
    own_scope_share: float = 0.25  # share of the joint task visible when only own output is assessed
    window_dressing: float = 0.3  # deterrence left by announced checks (inspection games)
    # joint operations and production
    op_base: float = 0.05
    op_meetings: float = 0.55
    op_reporting: float = 0.2
    op_team: float = 0.9
    background_share: float = 0.25  # contribution between joint operations (informal channels)
    mobilisation: float = 0.5  # extra attendance from mobilisation meetings x authority (§三(二))
    background_reporting: float = 0.4  # extra contribution flowing through formal reporting
    missed_share: float = 0.2  # contribution of a department that skipped a joint operation
    collusion_waste: float = 0.6  # share of real effect eaten by collusion
    # collusion (Tirole 1986; Zhou Xueguang 2010)
    collusion_gain: float = 15.0
    collusion_threshold: float = 0.35
    collusion_adjust: float = 0.3
    inflation: float = 0.8  # reported extra progress per unit of collusion (in task sizes)
    detection: float = 1.0  # detection probability scale: third_party x checks x collusion
    # accountability exposure (liability rule + DebtRank-style spreading)
    exposure_gain: float = 0.5
    announced_found: float = 0.3  # share of a shortfall an announced check finds
    spread: float = 0.5  # phi, share of a neighbour's new exposure passed along a tie
    exposure_decay: float = 0.08
    tie_rate: float = 0.15
    backfire_exposure: float = 0.3
    detected_exposure: float = 0.3
    # attention (Jones & Baumgartner; Tullock contest)
    salience_ride: float = 0.6
    salience_borrow: float = 0.5
    salience_build: float = 0.6
    salience_noise: float = 0.05
    contest_r: float = 2.0
    friction: float = 0.1  # attention only jumps when the gap exceeds it
    drift: float = 0.05  # slow drift below the friction threshold
    publicity_rate: float = 0.05  # 造势 accumulates slowly
    publicity_decay: float = 0.01
    endorse_rate: float = 0.5
    endorse_decay: float = 0.85
    auth_attention: float = 0.45
    auth_endorse: float = 0.25
    auth_ride: float = 0.2
    auth_publicity: float = 0.1
    auth_adjust: float = 0.5
    # reputation, backfire, burden of competence (Holmstrom 1999 career concerns)
    rep_rate: float = 0.1
    backfire_margin: float = 0.2
    backfire_rate: float = 2.0
    load_rate: float = 0.1
    load_beta: float = 3.0
    load_step: float = 0.15
    load_decay: float = 0.98
    delivery_memory: float = 0.7


DEFAULT_CONSTANTS = ModelConstants()

_KIND_SALIENCE = {"routine": 0.15, "central": 0.85, "emergency": 0.75}
_KIND_AUTHORITY = {"routine": 0.0, "central": 0.3, "emergency": 0.2}
_KIND_URGENCY = {"routine": 0.0, "central": 0.0, "emergency": 0.5}
_REPORTING = {"none": 0.0, "informal": 0.35, "formal": 1.0}
_SCOPE_JOINT = {"own": 0.0, "joint": 1.0}


@dataclass(frozen=True)
class Derived:
    """Scenario values as floats and (N,) arrays; computed once per run."""

    n: int
    lead: int
    is_lead: np.ndarray
    coop: np.ndarray
    resources: np.ndarray
    kpi: np.ndarray
    workload: np.ndarray
    capacity: np.ndarray
    capacity_mean: float
    liability: np.ndarray  # lambda_i, liability rule
    joint_liability: np.ndarray  # L_i, liability for the joint task given the assessment scope
    baseline: np.ndarray  # theta_i
    credit: np.ndarray  # static credit part a_c w (J s_i + (1-J) kpi_i)(1 + promo)
    jointness: np.ndarray  # j_i, 1 where a department answers for the joint result
    own_weight: np.ndarray
    checks: float  # probability of a check per step
    unpredictability: float
    third_party: float
    deterrence: float
    sanction: float
    weight: float
    fate: float
    evenness: float
    complexity: float
    size: float
    deadline: int
    horizon: int
    op_rate: float  # joint-operation propensity before the lead's effort
    meetings: float
    team: bool
    background: float
    base_salience: float
    base_authority: float
    urgency: float
    ride: float  # effective 顺势 (0 without a central task)
    borrow: float
    build: float
    claim: float
    rival: float  # Tullock rival salience
    noise: float


def derive(s: Scenario, k: ModelConstants = DEFAULT_CONSTANTS) -> Derived:
    n = s.n_departments
    lead = s.lead_index
    is_lead = np.zeros(n)
    is_lead[lead] = 1.0
    coop = 1.0 - is_lead
    res = np.array([d.resources for d in s.departments], dtype=float)
    kpi = np.array([d.kpi_credit for d in s.departments], dtype=float)
    work = np.array([d.own_workload for d in s.departments], dtype=float)
    a, c, at = s.assessment, s.controls, s.attention
    joint = _SCOPE_JOINT[a.scope]
    attr = s.responsibility.attribution
    if attr == "ambiguous":
        liability = np.full(n, 1.0 / n)
        share = np.full(n, 1.0 / n)
    elif attr == "lead":
        liability = is_lead + coop * k.coop_liability_lead
        share = is_lead + coop / n
    elif attr == "individual":
        liability = np.ones(n)
        share = np.ones(n)
    else:  # a new choice must get its own rule, never silently act as another
        raise ValueError(f"responsibility.attribution {attr!r} has no rule in derive()")
    own_weight = is_lead + coop * k.own_scope_share
    joint_liability = liability * (joint + (1.0 - joint) * own_weight)
    jointness = np.maximum(joint, is_lead * (attr == "lead"))
    credit = k.a_credit * a.weight * (joint * share + (1 - joint) * kpi)
    credit = credit * (1.0 + k.promotion_boost * c.promotion)
    ride = at.ride * at.task_fit if at.central_task else 0.0
    claim = (ride + at.borrow + at.build) / 3.0
    credit = credit + is_lead * k.a_signal * claim
    baseline = is_lead * k.lead_baseline + coop * k.baseline
    checks = min(1.0, a.frequency + 0.3 * c.supervision)
    deterrence = checks * (k.window_dressing + (1 - k.window_dressing) * a.unpredictability)
    deterrence *= 0.7 + 0.3 * a.third_party
    evenness = float(liability.min() / liability.max())
    fate = joint * evenness * a.sanction * (0.3 + 0.7 * deterrence)
    rep = _REPORTING[c.reporting]
    base_auth = (0.05 + 0.3 * c.coordination_team + 0.15 * c.meetings + 0.1 * c.supervision
                 + 0.1 * rep + _KIND_AUTHORITY[s.task.kind])
    capacity = 0.5 + 0.5 * res  # what a department can turn effort into
    return Derived(
        n=n, lead=lead, is_lead=is_lead, coop=coop, resources=res, kpi=kpi, workload=work,
        capacity=capacity, capacity_mean=float(capacity.mean()),
        baseline=baseline, liability=liability, joint_liability=joint_liability,
        credit=credit, jointness=jointness, own_weight=own_weight, checks=checks,
        unpredictability=a.unpredictability, third_party=a.third_party, deterrence=deterrence,
        sanction=a.sanction, weight=a.weight, fate=fate, evenness=evenness,
        complexity=s.task.complexity, size=s.task.size, deadline=s.task.deadline,
        horizon=s.task.horizon,
        op_rate=k.op_base + k.op_meetings * c.meetings + k.op_reporting * rep
        + k.op_team * c.coordination_team,
        meetings=c.meetings, team=c.coordination_team,
        background=k.background_share + k.background_reporting * rep,
        base_salience=_KIND_SALIENCE[s.task.kind], base_authority=base_auth,
        urgency=_KIND_URGENCY[s.task.kind], ride=ride, borrow=at.borrow, build=at.build,
        claim=claim, rival=0.2 + 0.6 * at.competing_demands,
        noise=s.simulation.noise,
    )
