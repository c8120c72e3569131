"""Translated names for the experiment panels: outputs (final indicators, form shares), statistics,
levers (from the levers' own words in :mod:`collabsim.gui.common.lever_texts`) and their values.

Outputs are the columns of :func:`collabsim.experiments.tidy.available`; a per-department
indicator ``NAME`` appears as ``NAME_lead`` / ``NAME_coop``. ``tests/test_gui_experiments.py``
fails when an output has no words here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collabsim.gui.common import labels
from collabsim.gui.common import lever_texts as texts
from collabsim.scenario import Scenario


def indicator_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "real_progress": translate("Experiments", "Real progress"),
        "reported_progress": translate("Experiments", "Reported progress"),
        "effort": translate("Experiments", "Effort"),
        "contribution": translate("Experiments", "Contribution"),
        "participation": translate("Experiments", "Participation"),
        "joint_op": translate("Experiments", "Joint operation"),
        "exposure": translate("Experiments", "Accountability exposure"),
        "exposure_evenness": translate("Experiments", "Exposure spread evenly"),
        "attention": translate("Experiments", "Superior's attention"),
        "authority": translate("Experiments", "Lead's authority"),
        "publicity": translate("Experiments", "Publicity (造势)"),
        "collusion": translate("Experiments", "Collusion"),
        "reputation": translate("Experiments", "Lead's reputation"),
        "extra_load": translate("Experiments", "Extra load"),
        "superior_reputation": translate("Experiments", "Superior's reputation"),
        "identity": translate("Experiments", "Shared identity (党建)"),
        "ride": translate("Experiments", "顺势 level"),
        "borrow": translate("Experiments", "借势 level"),
        "build": translate("Experiments", "造势 level"),
        "gap": translate("Experiments", "Reported minus real progress"),
        "half_coop_effort": translate("Experiments", "Cooperating effort, second half"),
        "half_coop_contribution": translate("Experiments", "Cooperating contribution, second half"),
        "half_lead_effort": translate("Experiments", "Lead's effort, second half"),
        "half_joint_op": translate("Experiments", "Joint operations, second half"),
        "half_collusion": translate("Experiments", "Collusion, second half"),
    }


def output_label(name: str) -> str:
    """'effort_coop' -> 'Effort (cooperating departments)', 'share_tight' -> 'Share tight', ..."""
    translate = QCoreApplication.translate
    names = indicator_names()
    if name in names:
        return names[name]
    if name.startswith("share_"):
        from collabsim.engine import codes

        code = next((c for c, n in codes.FORM_NAMES.items() if n == name[6:]), None)
        if code is not None:
            return translate("Experiments", "Share of runs: {0}").format(labels.form_label(code))
    base, _, part = name.rpartition("_")
    if base in names and part == "lead":
        return translate("Experiments", "{0} (lead department)").format(names[base])
    if base in names and part == "coop":
        return translate("Experiments", "{0} (cooperating departments)").format(names[base])
    return name


def stat_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "mean": translate("Experiments", "Mean"),
        "median": translate("Experiments", "Median"),
        "p10": translate("Experiments", "10th percentile"),
        "p90": translate("Experiments", "90th percentile"),
    }


def lever_label(path: str, scenario: Scenario, lang: str) -> str:
    """The lever's own label; a department's field with the department's name."""
    translate = QCoreApplication.translate
    parts = path.split(".")
    if parts[0] == "departments" and len(parts) == 3:
        head = texts.department_texts().get(parts[2], (parts[2], ""))[0]
        if parts[1] == "*":
            return translate("Experiments", "{0}: every department").format(head)
        dept = scenario.departments[int(parts[1])]
        return f"{dept.display_name(lang)}: {head}"
    return texts.field_texts().get(path, (path, ""))[0]


def value_label(path: str, value) -> str:
    """A lever value as shown: a choice's words, on/off, a number."""
    translate = QCoreApplication.translate
    if isinstance(value, bool):
        return translate("Experiments", "on") if value else translate("Experiments", "off")
    if isinstance(value, str):
        return texts.choice_texts().get(f"{path}={value}", value)
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)
