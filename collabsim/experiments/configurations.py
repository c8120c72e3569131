"""Configurations: a truth table of the switch and choice levers against the collaboration forms.

The article leaves open "不同控制要素及其组合与协作样态之间的精准关联" (which control elements and
which combinations go with which form of collaboration). This module runs every combination of
the experiment's discrete levers (switches, choices, explicit value lists) with common seeds and
tabulates, per configuration, the share of replicates in each collaboration form. ``qca_sets``
calibrates it for qualitative comparative analysis (fsQCA, R's QCA package): one row per
configuration, crisp sets for switches and for each choice, fuzzy sets for numeric value lists
(Ragin's direct method: full non-membership at the low end of the range, crossover at its middle,
full membership at the high end), and the form shares as fuzzy outcome sets.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np

from collabsim.engine import codes

from .errors import INCONSISTENT, ExperimentError, need
from .runner import Sweep
from .spec import Experiment

FORMS = tuple(codes.FORM_NAMES[i] for i in sorted(codes.FORM_NAMES))
MEANS = ("real_progress", "half_coop_effort", "gap")
MAX_CONFIGURATIONS = 4096


def truth_table(exp: Experiment, sort: str = "tight", **runner):
    """One row per configuration: lever values, replicates, form shares, modal form, key means."""
    pd = need("pandas")
    if sort not in FORMS:
        raise ExperimentError("bad_choice", "--sort", sort, ", ".join(FORMS))
    if not exp.levers:
        raise ExperimentError(
            INCONSISTENT, "levers", detail="a truth table needs switch or choice levers"
        )
    for i, s in enumerate(exp.levers):
        if not (s.lever.discrete or s.values):
            raise ExperimentError(
                INCONSISTENT,
                f"levers[{i}]",
                detail=f"{s.path} is a number without values; give values = [...] "
                "to use it as a condition",
            )
    full = replace(exp, design="factorial", explicit=())
    n = math.prod(len(s.grid()) for s in exp.levers)
    if n > MAX_CONFIGURATIONS:
        raise ExperimentError(
            "too_much_work", "levers", detail=f"{n} configurations", allowed=MAX_CONFIGURATIONS
        )
    runner.setdefault("progress", False)
    df = Sweep(full, **runner).run()
    paths = [s.path for s in exp.levers]
    rows = []
    for index, group in df.groupby("scenario", sort=True):
        row = {"configuration": int(index) + 1}
        row.update({p: group[p].iloc[0] for p in paths})
        row["replicates"] = len(group)
        shares = {f: float((group["form"] == f).mean()) for f in FORMS}
        row.update({f"share_{f}": v for f, v in shares.items()})
        row["modal_form"] = max(FORMS, key=lambda f: shares[f])  # ties: the first form in code order
        row.update({f"mean_{m}": float(group[m].mean()) for m in MEANS if m in group})
        rows.append(row)
    table = pd.DataFrame(rows)
    for p in paths:  # keep the levers' own types (True/False, text, numbers)
        table[p] = table[p].astype(df[p].dtype)
    table = table.sort_values(f"share_{sort}", ascending=False, kind="stable", ignore_index=True)
    table.attrs.update(levers=paths, replicates=exp.replicates, sort=sort)
    return table


def qca_sets(table, exp: Experiment):
    """Calibrated set memberships for QCA software (one row per configuration)."""
    pd = need("pandas")
    out = {"case": [f"C{int(c):03d}" for c in table["configuration"]]}
    for s in exp.levers:
        col = table[s.path]
        name = _set_name(s.path)
        if s.lever.kind == "bool":
            out[name] = col.astype(int).to_numpy()
        elif s.lever.kind == "choice" or any(isinstance(v, str) for v in s.grid()):
            for choice in s.grid():
                out[f"{name}_{_set_name(str(choice))}"] = (col == choice).astype(int).to_numpy()
        else:
            lo, hi = s.lever.low, s.lever.high
            x = col.to_numpy(dtype=float)
            out[name] = np.round(1.0 / (1.0 + np.exp(-3.0 * (x - (lo + hi) / 2) / ((hi - lo) / 2))), 3)
    for f in FORMS:
        out[_set_name(f)] = table[f"share_{f}"].round(3).to_numpy()
    out["N"] = table["replicates"].to_numpy()
    return pd.DataFrame(out)


def _set_name(text: str) -> str:
    """Upper-case set names of letters, digits and underscores (what QCA software accepts)."""
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").upper() or "X"


def report(table) -> str:
    paths = table.attrs.get("levers", [])
    lines = [
        f"truth table: {len(table)} configurations x {table.attrs.get('replicates')} replicates, "
        f"sorted by the share of {table.attrs.get('sort')} collaboration"
    ]
    heads = [p.split(".")[-1] for p in paths]
    widths = [max(len(h), *(len(_fmt(v)) for v in table[p])) for h, p in zip(heads, paths, strict=True)]
    lines.append(
        "  "
        + "  ".join(f"{h:{w}s}" for h, w in zip(heads, widths, strict=True))
        + "  "
        + "  ".join(f"{f:>9s}" for f in FORMS)
        + "  modal"
    )
    for _, r in table.iterrows():
        cells = "  ".join(f"{_fmt(r[p]):{w}s}" for p, w in zip(paths, widths, strict=True))
        shares = "  ".join(f"{r[f'share_{f}']:9.0%}" for f in FORMS)
        lines.append(f"  {cells}  {shares}  {r['modal_form']}")
    return "\n".join(lines)


def _fmt(v) -> str:
    if isinstance(v, (bool, np.bool_)):
        return "yes" if v else "no"
    return f"{v:g}" if isinstance(v, float) else str(v)
