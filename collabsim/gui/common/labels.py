"""Engine and file-loader codes mapped to translated labels (the engine never returns UI text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collabsim.engine import codes as C
from collabsim.scenario import errors as E
from collabsim.scenario.errors import ScenarioError


def form_label(code: int) -> str:
    """Collaboration form, e.g. 松散 / loose."""
    if code == C.LOOSE:
        return QCoreApplication.translate("Labels", "Loose")
    if code == C.IRREGULAR:
        return QCoreApplication.translate("Labels", "Irregular")
    if code == C.TIGHT:
        return QCoreApplication.translate("Labels", "Tight")
    if code == C.COLLUSIVE:
        return QCoreApplication.translate("Labels", "Collusive")
    return str(code)


def form_explanation(code: int) -> str:
    """One sentence saying what the form means in the article."""
    if code == C.LOOSE:
        return QCoreApplication.translate(
            "Labels", "Cooperating departments do little; the lead department works alone.")
    if code == C.IRREGULAR:
        return QCoreApplication.translate(
            "Labels", "Collaboration comes in bursts: joint operations when pushed, then it fades.")
    if code == C.TIGHT:
        return QCoreApplication.translate(
            "Labels", "Departments work together steadily: a community of shared fate.")
    if code == C.COLLUSIVE:
        return QCoreApplication.translate(
            "Labels", "Departments jointly inflate reported progress instead of doing the work.")
    return ""


def step_unit(unit: str, count: int = 1) -> str:
    """'week' / 'month' translated (singular or plural in English)."""
    if unit == "week":
        return (QCoreApplication.translate("Labels", "week") if count == 1
                else QCoreApplication.translate("Labels", "weeks"))
    return (QCoreApplication.translate("Labels", "month") if count == 1
            else QCoreApplication.translate("Labels", "months"))


def step_text(step: int, horizon: int, unit: str) -> str:
    """'Month 12 of 36' / '第 12 月，共 36 月'."""
    if unit == "week":
        return QCoreApplication.translate("Labels", "Week {0} of {1}").format(step, horizon)
    return QCoreApplication.translate("Labels", "Month {0} of {1}").format(step, horizon)


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
    }
    return names.get(code, str(code))


def component_label(code: str) -> str:
    """A part of a department's effort decision (``codes.COMPONENTS``), e.g. 功劳 / credit."""
    names = {
        "credit": QCoreApplication.translate("Labels", "Credit"),
        "sanction": QCoreApplication.translate("Labels", "Sanction risk"),
        "authority": QCoreApplication.translate("Labels", "Authority pressure"),
        "resource_need": QCoreApplication.translate("Labels", "Resource need"),
        "shared_fate": QCoreApplication.translate("Labels", "Shared fate"),
        "opportunity_cost": QCoreApplication.translate("Labels", "Opportunity cost"),
        "baseline": QCoreApplication.translate("Labels", "Reluctance outside the remit"),
    }
    return names.get(code, code)


def preset_label(name: str) -> str:
    names = {
        "default": QCoreApplication.translate("Labels", "Default scenario"),
        "case_a": QCoreApplication.translate("Labels", "Case A: a joint volunteer-service platform"),
        "case_b": QCoreApplication.translate("Labels", "Case B: joint law enforcement"),
        "case_c": QCoreApplication.translate("Labels", "Case C: poverty alleviation"),
    }
    return names.get(name, name)


def error_problem(err: ScenarioError) -> str:
    """The problem, translated by ``err.code`` with its value and what is allowed."""
    v, a, d = _short(err.value), _short_allowed(err.allowed), err.detail
    translate = QCoreApplication.translate
    table = {
        E.NOT_FOUND: translate("Errors", "The file does not exist."),
        E.UNREADABLE: translate("Errors", "The file cannot be read ({0}).").format(d),
        E.TOO_LARGE: translate("Errors", "The file is too large ({0}); the limit is {1} bytes.").format(d, a),
        E.NOT_UTF8: translate("Errors", "The file is not UTF-8 text ({0}).").format(d),
        E.NOT_JSON: translate("Errors", "The file is not valid JSON ({0}).").format(d),
        E.TOO_DEEP: translate("Errors", "The file is nested too deeply (more than {0} levels).").format(a),
        E.WRONG_TYPE: translate("Errors", "Expected {0}, but found {1}.").format(a, v),
        E.OUT_OF_RANGE: translate("Errors", "The value {0} is out of range; allowed: {1}.").format(v, a),
        E.NOT_FINITE: translate("Errors", "The value {0} is not a finite number.").format(v),
        E.BAD_CHOICE: translate("Errors", "The value {0} is not one of: {1}.").format(v, a),
        E.UNKNOWN_FIELD: translate("Errors", "Unknown field; allowed fields: {0}.").format(a),
        E.MISSING_FIELD: translate("Errors", "A required field is missing."),
        E.TOO_LONG: translate(
            "Errors", "The text is too long ({0} characters); the limit is {1}.").format(d, a),
        E.BAD_TEXT: translate("Errors", "The text contains control characters."),
        E.TOO_MANY: translate("Errors", "Too many entries ({0}); the limit is {1}.").format(d, a),
        E.TOO_FEW: translate("Errors", "Too few entries ({0}); at least {1} are needed.").format(d, a),
        E.NO_LEAD: translate("Errors", "No department is marked as the lead department."),
        E.MANY_LEADS: translate("Errors", "More than one department is marked as the lead ({0}).").format(d),
        E.DUPLICATE_NAME: translate("Errors", "The department name {0} is used twice.").format(v),
        E.FUTURE_VERSION: translate(
            "Errors", "The file's format version {0} is newer than this program understands ({1})."
        ).format(v, a),
        E.BAD_VERSION: translate("Errors", "The format version {0} is not supported ({1}).").format(v, a),
        E.WRITE_FAILED: translate(
            "Errors", "Could not save ({0}); the existing file was left unchanged.").format(d),
        E.WRITE_FAILED_NEW: translate("Errors", "Could not save ({0}); no file was created.").format(d),
        E.READ_ONLY: translate("Errors", "The file is read-only; it was left unchanged."),
    }
    return table.get(err.code, str(err))


def error_message(err: ScenarioError) -> str:
    """Field and problem, e.g. 'Field assessment.scope: the value ... is not one of ...'."""
    problem = error_problem(err)
    if err.path:
        return QCoreApplication.translate("Errors", "Field “{0}”: {1}").format(err.path, problem)
    return problem


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _short_allowed(allowed) -> str:
    if isinstance(allowed, (tuple, list)):
        if len(allowed) == 2 and all(isinstance(x, (int, float)) for x in allowed):
            return f"{allowed[0]} – {allowed[1]}"
        return ", ".join(str(x) for x in allowed)
    return "" if allowed is None else str(allowed)
