"""Words of the classroom panels: a lever path and value as the interface names them, key numbers.

``lever_label("assessment.weight")`` is the lever's own label in the levers panel ("Weight in
the assessment"), ``departments.2.resources`` is "<department> · Resources"; values use the
choice labels of the levers panel, so a story, a debrief or a marking table speaks the
interface's own words, never field codes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from collabsim.gui.common import i18n, labels, lever_texts
from collabsim.scenario import Scenario

translate = QCoreApplication.translate


def lever_label(path: str, scenario: Scenario | None = None) -> str:
    """The interface's label of the lever at ``path``."""
    parts = path.split(".")
    if parts[0] == "departments" and len(parts) == 3:
        column = lever_texts.department_texts().get(parts[2], (parts[2], ""))[0]
        j = int(parts[1])
        if scenario is not None and j < scenario.n_departments:
            name = scenario.departments[j].display_name(i18n.short_code())
        else:
            name = translate("Classroom", "Department {0}").format(j + 1)
        return translate("Classroom", "{0} · {1}").format(name, column)
    found = lever_texts.field_texts().get(path)
    return found[0] if found else path


def value_text(path: str, value) -> str:
    """A lever value as the levers panel shows it."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("Classroom", "on") if value else translate("Classroom", "off")
    if isinstance(value, str):
        return lever_texts.choice_texts().get(f"{path}={value}", value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def change_text(path: str, before, after, scenario: Scenario | None = None) -> str:
    """'Weight in the assessment: 0.05 → 0.90'."""
    return translate("Classroom", "{0}: {1} → {2}").format(
        lever_label(path, scenario), value_text(path, before), value_text(path, after))


def number_names() -> dict[str, str]:
    """The key numbers' captions, as in the indicators panel."""
    return {
        "real_progress": translate("IndicatorsPanel", "Real progress"),
        "reported_gap": translate("IndicatorsPanel", "Reported − real"),
        "coop_effort": translate("IndicatorsPanel", "Cooperating effort"),
        "lead_effort": translate("IndicatorsPanel", "Lead effort"),
        "exposure_evenness": translate("IndicatorsPanel", "Risk spread evenly"),
        "collusion": translate("IndicatorsPanel", "Collusion"),
    }


def number_text(key: str, value: float) -> str:
    """A key number as a percentage; risk spread evenly without any risk says so."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        if key == "exposure_evenness":  # NaN: no department is exposed (debrief.MIN_EXPOSURE)
            return translate("IndicatorsPanel", "no risk")
        return "—"
    if key == "reported_gap":
        return f"{value * 100:+.0f}%"
    return f"{value * 100:.0f}%"


def points_text(value: float) -> str:
    """A difference of shares in percentage points, signed ('+32 pts')."""
    if value is None or math.isnan(value):
        return "—"
    return translate("Classroom", "{0} pts").format(f"{value * 100:+.0f}".replace("-", "−"))


def form_text(code: int | None) -> str:
    return "—" if code is None else labels.form_label(code)


def target_parts() -> dict[str, str]:
    """What each part of an assignment's target asks (Outcome.unmet codes)."""
    return {
        "form": translate("Classroom", "collaboration form"),
        "collusion": translate("Classroom", "no collusion"),
        "real_progress": translate("Classroom", "real progress"),
        "coop_effort": translate("Classroom", "cooperating effort"),
        "cost": translate("Classroom", "control cost"),
    }


def form_choice_labels() -> dict[str, str]:
    """Target form choices ('' = any form)."""
    from collabsim.engine import codes as C

    out = {"": translate("Classroom", "any form")}
    for code, name in C.FORM_NAMES.items():
        out[name] = labels.form_label(code)
    return out


def target_text(target) -> str:
    """The target in one sentence, e.g. 'Tight, without collusion, real progress at least 80%'."""
    parts = []
    if target.form:
        parts.append(form_choice_labels()[target.form])
    if target.no_collusion:
        parts.append(translate("Classroom", "without collusion (reported at most {0} points above real)")
                     .format(round(target.max_gap * 100)))
    if target.min_real_progress > 0:
        parts.append(translate("Classroom", "real progress at least {0}%").format(
            round(target.min_real_progress * 100)))
    if target.min_coop_effort > 0:
        parts.append(translate("Classroom", "cooperating effort at least {0}%").format(
            round(target.min_coop_effort * 100)))
    if target.max_cost > 0:
        parts.append(translate("Classroom", "control cost at most {0}").format(f"{target.max_cost:g}"))
    parts.append(translate("Classroom", "at the lowest control cost you can"))
    return translate("Classroom", ", ", "list separator").join(parts)
