"""Global sensitivity analysis of outcomes to the levers, through SALib (Morris and Sobol).

Each lever's range (its values or levels for switches, choices and value lists) is scaled to
[0, 1], so the indices compare levers of different units: a Morris elementary effect is the
change of the outcome when a lever moves across a ``1 / (levels - 1)`` share of its range, and
``mu_star`` ranks the levers (Campolongo et al. 2007). Sobol indices (Saltelli 2002 sampling)
split the outcome's variance into first-order (S1) and total (ST) shares. Every sample point is
a scenario run with the experiment's replicates on common seeds; its outcome is the replicate
mean. The scenarios go through the same runner as sweeps (workers, Dask, Ctrl-C).
"""

from __future__ import annotations

import numpy as np

from .errors import INCONSISTENT, ExperimentError, need
from .runner import Sweep
from .spec import Experiment
from .tidy import available, check_indicators

DEFAULT_OUTCOMES = ("real_progress", "half_coop_effort", "gap")
KEYS = ("method", "trajectories", "levels", "samples", "second_order", "outcomes", "seed")


def settings(exp: Experiment, method: str | None, samples: int | None) -> dict:
    cfg = dict(exp.sensitivity)
    for key in cfg:
        if key not in KEYS:
            raise ExperimentError("unknown_field", f"sensitivity.{key}", allowed=", ".join(KEYS))
    method = method or cfg.get("method", "morris")
    if method not in ("morris", "sobol"):
        raise ExperimentError("bad_choice", "sensitivity.method", method, "morris, sobol")
    outcomes = cfg.get("outcomes") or [o for o in DEFAULT_OUTCOMES if o in available()[1]]
    if not isinstance(outcomes, list) or not all(isinstance(o, str) for o in outcomes):
        raise ExperimentError("wrong_type", "sensitivity.outcomes", outcomes, "a list of output names")
    check_indicators(tuple(outcomes), "sensitivity.outcomes")
    if "form" in outcomes:
        raise ExperimentError("bad_choice", "sensitivity.outcomes", "form", "a numeric output")
    out = {
        "method": method,
        "outcomes": outcomes,
        "levels": _int(cfg.get("levels", 4), "sensitivity.levels", 2, 20),
        "seed": _int(cfg.get("seed", 0), "sensitivity.seed", 0, 2**32 - 1),
        "second_order": bool(cfg.get("second_order", False)),
    }
    default_n = 10 if method == "morris" else 64
    n = samples or cfg.get("trajectories" if method == "morris" else "samples", default_n)
    out["n"] = _int(
        n, "sensitivity." + ("trajectories" if method == "morris" else "samples"), 1, 100_000
    )
    if len(exp.levers) < 2:
        raise ExperimentError(
            INCONSISTENT, "levers", detail="sensitivity analysis needs two or more levers"
        )
    return out


def _int(value, where: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ExperimentError("out_of_range", where, value, f"an integer from {lo} to {hi}")
    return value


def problem(exp: Experiment) -> dict:
    return {
        "num_vars": len(exp.levers),
        "names": [s.path for s in exp.levers],
        "bounds": [[0.0, 1.0]] * len(exp.levers),
    }


def sample(exp: Experiment, cfg: dict) -> np.ndarray:
    prob = problem(exp)
    if cfg["method"] == "morris":
        morris = need("SALib.sample.morris")
        return morris.sample(prob, cfg["n"], num_levels=cfg["levels"], seed=cfg["seed"])
    sobol = need("SALib.sample.sobol")
    import warnings

    with warnings.catch_warnings():  # SALib warns when N is not a power of two: the user's choice
        warnings.simplefilter("ignore", UserWarning)
        return sobol.sample(prob, cfg["n"], calc_second_order=cfg["second_order"], seed=cfg["seed"])


def analyse(exp: Experiment, method: str | None = None, samples: int | None = None, **runner):
    """Sample, run and analyse; returns a DataFrame: one row per outcome x lever, ranked."""
    pd = need("pandas")
    cfg = settings(exp, method, samples)
    X = sample(exp, cfg)
    points = [
        {s.path: s.from_unit(min(float(u), 1 - 1e-12)) for s, u in zip(exp.levers, row, strict=True)}
        for row in X
    ]
    df = Sweep(exp.with_points(points), **runner).run()
    means = df.groupby("scenario", sort=True)[cfg["outcomes"]].mean()
    prob = problem(exp)
    rows = []
    for outcome in cfg["outcomes"]:
        Y = means[outcome].to_numpy(dtype=float)
        if cfg["method"] == "morris":
            analyze = need("SALib.analyze.morris")
            res = analyze.analyze(prob, X, Y, num_levels=cfg["levels"], seed=cfg["seed"])
            for i, name in enumerate(prob["names"]):
                rows.append(
                    {
                        "outcome": outcome,
                        "lever": name,
                        "mu_star": res["mu_star"][i],
                        "mu": res["mu"][i],
                        "sigma": res["sigma"][i],
                        "mu_star_conf": res["mu_star_conf"][i],
                    }
                )
        else:
            analyze = need("SALib.analyze.sobol")
            with np.errstate(divide="ignore", invalid="ignore"):
                res = analyze.analyze(prob, Y, calc_second_order=cfg["second_order"], seed=cfg["seed"])
            for i, name in enumerate(prob["names"]):
                rows.append(
                    {
                        "outcome": outcome,
                        "lever": name,
                        "S1": res["S1"][i],
                        "S1_conf": res["S1_conf"][i],
                        "ST": res["ST"][i],
                        "ST_conf": res["ST_conf"][i],
                    }
                )
    table = pd.DataFrame(rows)
    key = "mu_star" if cfg["method"] == "morris" else "ST"
    table["rank"] = table.groupby("outcome")[key].rank(ascending=False, method="min").astype(int)
    order = {o: i for i, o in enumerate(cfg["outcomes"])}  # the user's order of outcomes
    table = table.sort_values(
        ["outcome", "rank"],
        key=lambda c: c.map(order) if c.name == "outcome" else c,
        kind="stable",
        ignore_index=True,
    )
    table.attrs.update(method=cfg["method"], scenarios=len(points), replicates=exp.replicates)
    return table


def report(table) -> str:
    method = table.attrs.get("method", "morris")
    head = (
        f"{method.capitalize()} sensitivity: {table.attrs.get('scenarios')} scenarios x "
        f"{table.attrs.get('replicates')} replicates; levers scaled to [0, 1]"
    )
    lines = [head]
    cols = ("mu_star", "mu", "sigma") if method == "morris" else ("S1", "ST")
    for outcome, part in table.groupby("outcome", sort=False):
        lines.append("")
        lines.append(f"{outcome}:")
        width = max(len(x) for x in part["lever"])
        lines.append(f"  rank  {'lever':{width}s}  " + "  ".join(f"{c:>8s}" for c in cols))
        for _, r in part.iterrows():
            values = "  ".join(f"{r[c]:8.4f}" for c in cols)
            lines.append(f"  {r['rank']:4d}  {r['lever']:{width}s}  {values}")
    return "\n".join(lines)
