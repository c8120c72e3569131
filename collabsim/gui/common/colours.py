"""Colours shared by several panels: departments, events and collaboration forms.

One place, so the plots, the network view, the event log and the indicators agree.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from collabsim.engine import codes as C

#: the lead department's colour; the others take PALETTE in order, skipping the lead
LEAD_COLOUR = "#c0392b"
PALETTE = ("#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173")

EVENT_COLOURS = {
    C.INSPECTION: QColor("#2166ac"),
    C.UNANNOUNCED_VISIT: QColor("#053061"),
    C.JOINT_OP_HELD: QColor("#1b7837"),
    C.JOINT_OP_INCOMPLETE: QColor("#e08214"),
    C.ENDORSEMENT: QColor("#762a83"),
    C.BACKFIRE: QColor("#b2182b"),
    C.COLLUSION_DETECTED: QColor("#000000"),
    C.PROBLEM_ASSIGNED: QColor("#8c510a"),
    C.EMERGENCY: QColor("#d6604d"),
    C.ATTENTION_SHIFTED: QColor("#4393c3"),
    C.REPORT: QColor("#5aae61"),
    C.ESCALATED_REPORT: QColor("#c51b7d"),
    C.PARTY_BUILDING_MEETING: QColor("#e41a1c"),
    C.RIVAL_BACKFIRE: QColor("#f4a582"),
}
#: the order events are listed in (legend) and given slots in (network view)
EVENT_ORDER = (C.INSPECTION, C.UNANNOUNCED_VISIT, C.COLLUSION_DETECTED, C.JOINT_OP_HELD,
               C.JOINT_OP_INCOMPLETE, C.ENDORSEMENT, C.BACKFIRE, C.PROBLEM_ASSIGNED,
               C.EMERGENCY, C.ATTENTION_SHIFTED, C.REPORT, C.ESCALATED_REPORT,
               C.PARTY_BUILDING_MEETING, C.RIVAL_BACKFIRE)

FORM_COLOURS = {C.LOOSE: "#7f8c8d", C.IRREGULAR: "#d68910", C.TIGHT: "#1e8449", C.COLLUSIVE: "#922b21"}


def department_colour(index: int, lead_index: int) -> str:
    """The colour of department ``index`` when ``lead_index`` leads."""
    if index == lead_index:
        return LEAD_COLOUR
    k = index - (1 if index > lead_index else 0)
    return PALETTE[k % len(PALETTE)]
