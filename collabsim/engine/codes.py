"""Stable codes the engine returns: events, collaboration forms, decision components, indicators.

The engine never returns UI text. The GUI maps these codes to translated labels. Each list here
is the only one: the simulation fills arrays by the slot indices defined below, the recorder and
the results iterate over the same tuples, so adding an entry is one edit (plus its label).
"""

from __future__ import annotations

# --- events (dtype field ``code`` of :data:`EVENT_DTYPE`) ------------------------------------
INSPECTION = 1  # an announced check
UNANNOUNCED_VISIT = 2  # an unannounced check (暗访)
JOINT_OP_HELD = 3  # a joint operation with every cooperating department present
JOINT_OP_INCOMPLETE = 4  # a joint operation some cooperating departments missed
ENDORSEMENT = 5  # a superior "stands on the platform" (站台) for the lead
BACKFIRE = 6  # over-claiming without delivery backfired on the lead (搬起石头砸自己的脚)
COLLUSION_DETECTED = 7  # the evaluator found reported progress inflated
PROBLEM_ASSIGNED = 8  # a new problem assigned to the lead after success (burden of competence)
EMERGENCY = 9  # an emergency arrives and claims the superiors' attention
ATTENTION_SHIFTED = 10  # the superior the lead addresses reallocates its attention (a jump)
REPORT = 11  # the lead reports its work to the government (逐级)
ESCALATED_REPORT = 12  # the lead reports over the government's head to the party committee (越级)
PARTY_BUILDING_MEETING = 13  # a joint party-building meeting of the departments (extension)
RIVAL_BACKFIRE = 14  # a rival task's over-claiming backfired on its lead

EVENT_NAMES = {
    INSPECTION: "inspection",
    UNANNOUNCED_VISIT: "unannounced_visit",
    JOINT_OP_HELD: "joint_op_held",
    JOINT_OP_INCOMPLETE: "joint_op_incomplete",
    ENDORSEMENT: "endorsement",
    BACKFIRE: "backfire",
    COLLUSION_DETECTED: "collusion_detected",
    PROBLEM_ASSIGNED: "problem_assigned",
    EMERGENCY: "emergency",
    ATTENTION_SHIFTED: "attention_shifted",
    REPORT: "report",
    ESCALATED_REPORT: "escalated_report",
    PARTY_BUILDING_MEETING: "party_building_meeting",
    RIVAL_BACKFIRE: "rival_backfire",
}

#: department of an event: a department index, or one of these
ALL_DEPARTMENTS = -1  # the event concerns no single department (e.g. a check of all)
THE_LEAD = -2  # resolved to the lead's index when the event table is built
RIVAL_BASE = -10  # rival task k is department RIVAL_BASE - k (its events: codes.RIVAL_EVENTS)


def rival_department(k: int) -> int:
    """The department code of an event of rival task ``k`` (0-based)."""
    return RIVAL_BASE - k


def rival_index(department: int) -> int | None:
    """Rival task index of an event's department code, or None if it is not a rival's."""
    return RIVAL_BASE - department if department <= RIVAL_BASE else None


#: (code, department) of each event slot: one boolean row per slot and step, (slot, replicate)
EVENT_SLOTS = (
    (ENDORSEMENT, THE_LEAD), (JOINT_OP_HELD, ALL_DEPARTMENTS), (JOINT_OP_INCOMPLETE, ALL_DEPARTMENTS),
    (INSPECTION, ALL_DEPARTMENTS), (UNANNOUNCED_VISIT, ALL_DEPARTMENTS),
    (COLLUSION_DETECTED, ALL_DEPARTMENTS), (BACKFIRE, THE_LEAD), (PROBLEM_ASSIGNED, THE_LEAD),
    (EMERGENCY, ALL_DEPARTMENTS), (ATTENTION_SHIFTED, ALL_DEPARTMENTS), (REPORT, THE_LEAD),
    (ESCALATED_REPORT, THE_LEAD), (PARTY_BUILDING_MEETING, ALL_DEPARTMENTS),
)
#: events of each rival task: one more row per rival and code after EVENT_SLOTS (rival-major)
RIVAL_EVENTS = (RIVAL_BACKFIRE,)
#: event code -> its slot (row) in the per-step event array
SLOT = {code: i for i, (code, _) in enumerate(EVENT_SLOTS)}

EVENT_DTYPE = [("step", "i4"), ("replicate", "i4"), ("department", "i2"), ("code", "i1")]

# --- collaboration forms ------------------------------------------------------------------
LOOSE = 0
IRREGULAR = 1
TIGHT = 2
COLLUSIVE = 3
FORM_NAMES = {LOOSE: "loose", IRREGULAR: "irregular", TIGHT: "tight", COLLUSIVE: "collusive"}

# --- parts of the marginal payoff of effort, dU_i/de_i (first axis of the simulation's ``comps``)
COMPONENTS = (
    "credit",  # credit for the assessed result: share x marginal product (Holmström 1982)
    "sanction",  # expected sanction avoided: check x finding x liability x shortfall density
    "authority",  # compliance with the lead's authority / the superior's attention (借势, 站台)
    "career",  # the responsible leader's career stake (责任到人, 依任务提拔)
    "pooling",  # access to pooled resources for a resource-poor department (§二(二))
    "kpi",  # own KPI points earned through the task (quota gap, extra-case bonus, floor)
    "cost",  # marginal cost of total load: effort + own workload + extra load (negative)
    "remit",  # cost of effort outside the remit, cooperating departments (negative)
    "identity",  # reciprocity from a shared identity built by party building (EXTENSION, §五)
)
#: component name -> its index
COMPONENT = {name: i for i, name in enumerate(COMPONENTS)}

# --- indicators (all in [0, 1]) -------------------------------------------------------------
#: name -> per-department (True) or per-replicate (False); the one list of what is recorded
INDICATORS = {
    "real_progress": False,
    "reported_progress": False,
    "effort": True,
    "contribution": True,
    "participation": False,
    "joint_op": False,
    "exposure": True,
    "exposure_evenness": False,
    "attention": False,
    "authority": False,
    "publicity": False,
    "collusion": False,
    "reputation": False,
    "extra_load": True,
    "superior_reputation": False,
    "identity": False,
    "ride": False,
    "borrow": False,
    "build": False,
}

# --- the lead's strategy decision (recorded per step, explanation panel) ----------------------
#: the three ways of competing for attention (§四), in the order of the arrays
STRATEGIES = ("ride", "borrow", "build")
#: what the lead weighs for each strategy, per unit of it (the net is benefit - the others)
STRATEGY_PARTS = (
    "benefit",  # attention -> authority -> partner compliance -> credit
    "risk",  # backfire when delivery falls short of the expectations raised (搬起石头砸自己的脚)
    "burden",  # extra problems assigned after success (能者多劳)
    "cost",  # the strategy's own cost (more at the party committee)
)

# --- the superiors' attention (recorded per step: shares of each tier's budget) ---------------
#: the two tiers above the departments (三元差序结构), in the order of the arrays
TIERS = ("government", "party")
#: claims on a tier's attention after this task and the rival tasks (items 1 + rivals + these)
OTHER_CLAIMS = ("central_task", "emergency", "other_business")
