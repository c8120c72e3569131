"""Stable codes the engine returns: events, collaboration forms, decision components, indicators.

The engine never returns UI text. The GUI maps these codes to translated labels.
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

EVENT_NAMES = {
    INSPECTION: "inspection",
    UNANNOUNCED_VISIT: "unannounced_visit",
    JOINT_OP_HELD: "joint_op_held",
    JOINT_OP_INCOMPLETE: "joint_op_incomplete",
    ENDORSEMENT: "endorsement",
    BACKFIRE: "backfire",
    COLLUSION_DETECTED: "collusion_detected",
    PROBLEM_ASSIGNED: "problem_assigned",
}

#: department is -1 for events that concern no single department (e.g. an inspection of all).
EVENT_DTYPE = [("step", "i4"), ("replicate", "i4"), ("department", "i2"), ("code", "i1")]

# --- collaboration forms ------------------------------------------------------------------
LOOSE = 0
IRREGULAR = 1
TIGHT = 2
COLLUSIVE = 3
FORM_NAMES = {LOOSE: "loose", IRREGULAR: "irregular", TIGHT: "tight", COLLUSIVE: "collusive"}

# --- parts of a department's effort decision (last axis of ``components``) ------------------
COMPONENTS = (
    "credit",  # expected credit for contributing (assessment weight x attribution)
    "sanction",  # expected sanction avoided by contributing (inspection game, liability rule)
    "authority",  # pressure from the lead's authority / the superior's attention
    "resource_need",  # need for others' resources (resource complementarity)
    "shared_fate",  # reciprocity under implicated (group) punishment
    "opportunity_cost",  # own workload, extra assigned load, strategy costs (negative)
    "baseline",  # constant reluctance towards work outside the remit (negative)
)

# --- indicators (all in [0, 1]) -------------------------------------------------------------
#: name -> per-department (True) or per-replicate (False)
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
}
