"""The explanation panel's part on the lead's strategy choice (adaptive mode, issue 10).

For the lead department of a scenario whose strategies are chosen by the lead
(``attention.mode`` = ``adaptive``), one line per strategy (顺势, 借势, 造势): its mean level at
the step and the parts the lead weighs per unit of it (``results.mean_strategy``: expected
benefit against backfire risk, the burden of extra problems and the strategy's own cost; model_en.md
§7.2), and a sentence saying which way it moves and why. Plain text; ``None`` when it does not apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collabsim.engine import codes as C


def _num(v: float) -> str:
    return f"{v:+.2f}".replace("-", "−")


def strategy_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"ride": translate("ExplainStrategy", "顺势 (ride the central task)"),
            "borrow": translate("ExplainStrategy", "借势 (borrow superiors' weight)"),
            "build": translate("ExplainStrategy", "造势 (build publicity)")}


def strategy_text(results, step: int, department: int) -> str | None:
    """What the adaptive lead weighs at ``step``, or None (not the lead, fixed mode, step 0)."""
    sc = results.scenario
    if (department != sc.lead_index or sc.attention.mode != "adaptive" or step < 1
            or results.mean_strategy is None):
        return None
    translate = QCoreApplication.translate
    parts = results.mean_strategy[step]  # (strategies, parts): benefit, risk, burden, cost
    names = strategy_names()
    lines = [translate("ExplainStrategy", "The lead chooses its strategies (adaptive). Per unit "
                       "of each, at this step (mean of the runs):")]
    for k, code in enumerate(C.STRATEGIES):
        benefit, risk, burden, cost = (float(x) for x in parts[k])
        net = benefit - risk - burden - cost
        level = float(results.summary(code).mean[step])
        if net > 0.005:
            verdict = translate("ExplainStrategy", "worth more: it does more")
        elif net < -0.005:
            verdict = translate("ExplainStrategy", "not worth it: it does less")
        else:
            verdict = translate("ExplainStrategy", "balanced: it stays")
        lines.append(translate(
            "ExplainStrategy", "{0}: level {1:.2f}; benefit {2}, backfire risk {3}, extra problems "
            "{4}, cost {5}; net {6}, {7}.").format(
                names[code], level, _num(benefit), _num(-risk), _num(-burden), _num(-cost),
                _num(net), verdict))
    return "\n".join(lines)
