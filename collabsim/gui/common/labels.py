"""Engine and file-loader codes mapped to translated labels (the engine never returns UI text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collabsim.engine import codes as C
from collabsim.gui.common import error_text
from collabsim.scenario.errors import ScenarioError


def form_label(code: int) -> str:
    """Collaboration form, e.g. 松散 / loose (an unknown code raises KeyError)."""
    translate = QCoreApplication.translate
    return {
        C.LOOSE: translate("Labels", "Loose"),
        C.IRREGULAR: translate("Labels", "Irregular"),
        C.TIGHT: translate("Labels", "Tight"),
        C.COLLUSIVE: translate("Labels", "Collusive"),
    }[code]


def form_explanation(code: int) -> str:
    """One sentence saying what the form means in the article."""
    translate = QCoreApplication.translate
    return {
        C.LOOSE: translate("Labels", "Cooperating departments do little; the lead department works alone."),
        C.IRREGULAR: translate(
            "Labels", "Collaboration comes in bursts: joint operations when pushed, then it fades."),
        C.TIGHT: translate("Labels", "Departments work together steadily: a community of shared fate."),
        C.COLLUSIVE: translate(
            "Labels", "Departments jointly inflate reported progress instead of doing the work."),
    }[code]


def step_unit(unit: str, count: int = 1) -> str:
    """'week' / 'month' translated (singular or plural in English)."""
    translate = QCoreApplication.translate
    if count == 1:
        return {"week": translate("Labels", "week"), "month": translate("Labels", "month")}[unit]
    return {"week": translate("Labels", "weeks"), "month": translate("Labels", "months")}[unit]


def step_text(step: int, horizon: int, unit: str) -> str:
    """'Month 12 of 36' / '第 12 月，共 36 月'."""
    translate = QCoreApplication.translate
    return {"week": translate("Labels", "Week {0} of {1}"),
            "month": translate("Labels", "Month {0} of {1}")}[unit].format(step, horizon)


def event_label(code: int) -> str:
    names = {
        C.INSPECTION: QCoreApplication.translate("Labels", "Announced inspection"),
        C.UNANNOUNCED_VISIT: QCoreApplication.translate("Labels", "Unannounced visit"),
        C.JOINT_OP_HELD: QCoreApplication.translate("Labels", "Joint operation held"),
        C.JOINT_OP_INCOMPLETE: QCoreApplication.translate("Labels", "Joint operation incomplete"),
        C.ENDORSEMENT: QCoreApplication.translate("Labels", "Superior endorses the lead"),
        C.BACKFIRE: QCoreApplication.translate("Labels", "Over-claiming backfired"),
        C.COLLUSION_DETECTED: QCoreApplication.translate("Labels", "Collusion detected"),
        C.PROBLEM_ASSIGNED: QCoreApplication.translate("Labels", "New problem assigned to the lead"),
        C.EMERGENCY: QCoreApplication.translate("Labels", "Emergency"),
        C.ATTENTION_SHIFTED: QCoreApplication.translate("Labels", "Superior's attention shifted"),
        C.REPORT: QCoreApplication.translate("Labels", "Report to the government (逐级)"),
        C.ESCALATED_REPORT: QCoreApplication.translate("Labels", "Report to the party committee (越级)"),
        C.PARTY_BUILDING_MEETING: QCoreApplication.translate("Labels", "Joint party-building meeting"),
        C.RIVAL_BACKFIRE: QCoreApplication.translate("Labels", "A rival task's over-claiming backfired"),
    }
    return names[code]


def component_label(code: str) -> str:
    """A part of the marginal payoff of a department's effort (``codes.COMPONENTS``), e.g. 功劳 / credit."""
    names = {
        "credit": QCoreApplication.translate("Labels", "Credit"),
        "sanction": QCoreApplication.translate("Labels", "Sanction avoided"),
        "authority": QCoreApplication.translate("Labels", "Authority pressure"),
        "career": QCoreApplication.translate("Labels", "Leaders' career stake"),
        "pooling": QCoreApplication.translate("Labels", "Pooled resources"),
        "kpi": QCoreApplication.translate("Labels", "Own KPI points"),
        "cost": QCoreApplication.translate("Labels", "Cost of effort (own workload)"),
        "remit": QCoreApplication.translate("Labels", "Reluctance outside the remit"),
        "identity": QCoreApplication.translate("Labels", "Shared identity (party building)"),
    }
    return names[code]


def preset_label(name: str) -> str:
    names = {
        "default": QCoreApplication.translate("Labels", "Default scenario"),
        "case_a": QCoreApplication.translate("Labels", "Case A: a joint volunteer-service platform"),
        "case_b": QCoreApplication.translate("Labels", "Case B: joint law enforcement"),
        "case_c": QCoreApplication.translate("Labels", "Case C: poverty alleviation"),
        "competing_leads": QCoreApplication.translate("Labels", "Two leads compete for one superior"),
    }
    return names[name]


def error_problem(err: ScenarioError) -> str:
    """The problem alone, translated (wording in :mod:`.error_text`)."""
    return error_text.problem(err)


def error_message(err: ScenarioError) -> str:
    """Field (its label and path) and problem, e.g. 'Field “Weight” (assessment.weight): ...'."""
    return error_text.message(err)
