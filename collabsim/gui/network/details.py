"""What a node or a tier stands for right now (tooltips): a department's values and why, a tier's attention.

Hovering over a node of the network shows the department's effort, contribution, accountability
exposure, resources and load at the step shown (the animated run), and one sentence from its
effort decision: the part that pushes it most and the part that holds it back most
(``codes.COMPONENTS``, the explanation panel's bars). Names are data: escaped, never markup.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication

from collabsim.engine import codes as C
from collabsim.gui.common import labels

translate = QCoreApplication.translate
THRESHOLD = 0.005


def _num(v: float) -> str:
    return f"{v:+.2f}".replace("-", "−")


def _at(results, name: str, t: int, j: int) -> float | None:
    if name not in results.summaries:
        return None
    return float(results.trajectory(name, 0)[t, j])


def explanation(parts: np.ndarray) -> str:
    """'Pushed by X (+0.30); held back by Y (−0.12).' from the decision components at a step."""
    if parts.size == 0:
        return ""
    push, drag = int(np.argmax(parts)), int(np.argmin(parts))
    sentences = []
    if parts[push] > THRESHOLD:
        sentences.append(translate("DepartmentDetails", "Pushed most by {0} ({1})").format(
            labels.component_label(C.COMPONENTS[push]), _num(parts[push])))
    if parts[drag] < -THRESHOLD:
        sentences.append(translate("DepartmentDetails", "held back most by {0} ({1})").format(
            labels.component_label(C.COMPONENTS[drag]), _num(parts[drag])))
    if not sentences:
        return translate("DepartmentDetails", "No part of its decision weighs anything at this step.")
    verdict = (translate("DepartmentDetails", "so it tends to take part.") if parts.sum() >= 0
               else translate("DepartmentDetails", "so it tends to stay passive."))
    return translate("DepartmentDetails", "; ", "between two reasons").join(sentences) + \
        translate("DepartmentDetails", ", {0}", "then the verdict").format(verdict)


def department_details(results, j: int, step: float, lang: str) -> str:
    """Rich text (escaped) for department ``j`` at ``step`` of the animated run."""
    s = results.scenario
    t = int(min(max(round(step), 0), len(results.steps) - 1))
    dep = s.departments[j]
    name = html.escape(dep.display_name(lang))
    if j == s.lead_index:
        name = translate("DepartmentDetails", "{0} (lead)").format(name)
    rows = []
    values = (
        (translate("DepartmentDetails", "Effort"), _at(results, "effort", t, j)),
        (translate("DepartmentDetails", "Contribution"), _at(results, "contribution", t, j)),
        (translate("DepartmentDetails", "Accountability exposure"), _at(results, "exposure", t, j)),
        (translate("DepartmentDetails", "Resources"), dep.resources),
        (translate("DepartmentDetails", "Own workload"), dep.own_workload),
        (translate("DepartmentDetails", "Extra load assigned"), _at(results, "extra_load", t, j)),
    )
    for caption, value in values:
        if value is not None:
            rows.append(f"<tr><td>{html.escape(caption)}</td><td align='right'>&nbsp;{value:.2f}</td></tr>")
    step_text = html.escape(labels.step_text(t, int(results.steps[-1]), s.task.step_unit))
    out = f"<b>{name}</b><br><span style='color:#555'>{step_text}</span><table>{''.join(rows)}</table>"
    if t > 0 and results.components.shape[1]:
        out += f"<p>{html.escape(explanation(results.components[t, 0, j]))}</p>"
    out += "<p style='color:#555'>" + html.escape(translate(
        "DepartmentDetails", "Click the node for its full explanation.")) + "</p>"
    return out


def tier_details(scene, tier: int, step: float) -> str:
    """The tooltip of a tier's box: its full name, whether this task's lead seeks it (逐级 /
    越级) and where its attention goes at the step shown (plain text)."""
    data = scene.data
    shares = data.tier_shares[tier]
    name = (scene.texts.government, scene.texts.party)[tier]
    sought = C.TIERS[tier] == data.tier
    route = (translate("NetworkView", "This task's lead seeks its attention ({0}).").format(
        scene.texts.route_skip if tier else scene.texts.route_step) if sought else
        translate("NetworkView", "This task's lead does not seek its attention."))
    lines = [name, route]
    if shares is not None:
        t = min(max(int(round(step)), 0), len(shares) - 1)
        items = ([translate("NetworkView", "this task")]
                 + [translate("NetworkView", "rival task {0}").format(k + 1) for k in range(data.rivals)]
                 + [translate("NetworkView", "central task"), translate("NetworkView", "emergency"),
                    translate("NetworkView", "other business")])
        lines.append(translate("NetworkView", "Where its attention goes:"))
        lines += [f"  {item}: {100 * float(v):.0f}%" for item, v in zip(items, shares[t], strict=True)]
    return "\n".join(lines)
