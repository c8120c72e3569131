"""Tidy (long) tables of results: one row per scenario x replicate (x step), one column per value.

The indicator columns are derived from the engine's list of indicators (``codes.INDICATORS``):
a scenario-wide indicator is one column; a per-department one becomes ``NAME_lead`` (the lead
department) and ``NAME_coop`` (mean over the cooperating departments). Final rows add the
second-half means the collaboration form is classified from (``half_...``), ``gap`` (reported
minus real progress) and ``form``. Workers return plain numpy columns; pandas is only needed to
assemble and write the table.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from collabsim.engine import Simulation, codes
from collabsim.engine.results import Results
from collabsim.scenario import Scenario

from .errors import UNKNOWN_INDICATOR, ExperimentError

ID_COLUMNS = ("scenario", "replicate", "seed")


def step_columns(per_dept: dict[str, bool]) -> list[str]:
    out = []
    for name, dept in per_dept.items():
        out += [f"{name}_lead", f"{name}_coop"] if dept else [name]
    return out


@lru_cache(maxsize=1)
def available() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(columns at every step, columns of final rows), read off a one-step run of the default."""
    from collabsim.presets import default_scenario

    base = default_scenario()
    sim = Simulation(base, seed=0, replicates=1, record="full")
    sim.step()
    final = final_columns(sim.results(), base)
    return tuple(step_columns(codes.INDICATORS)), tuple(final)


def check_indicators(names: tuple[str, ...], where: str) -> None:
    steps, final = available()
    allowed = set(steps) | set(final)
    for i, name in enumerate(names):
        if name not in allowed:
            raise ExperimentError(
                UNKNOWN_INDICATOR, f"{where}[{i}]", name, ", ".join(dict.fromkeys(final + steps))
            )


def _split(value: np.ndarray, lead: int) -> tuple[np.ndarray, np.ndarray]:
    """(lead, mean of the others) over the last (department) axis, in float64."""
    v = value.astype(np.float64)
    n = v.shape[-1]
    lead_v = v[..., lead]
    coop = (np.add.reduce(v, axis=-1) - lead_v) / max(n - 1, 1)
    return lead_v, coop


def final_columns(res: Results, scenario: Scenario) -> dict[str, np.ndarray]:
    """Per-replicate final values (one entry per replicate) of every output."""
    lead = scenario.lead_index
    out: dict[str, np.ndarray] = {}
    for name, dept in codes.INDICATORS.items():
        value = res.final[name]
        if dept:
            out[f"{name}_lead"], out[f"{name}_coop"] = _split(value, lead)
        else:
            out[name] = np.asarray(value)
    for key, value in res.half_means.items():
        out[f"half_{key}"] = np.asarray(value)
    if "reported_progress" in res.final and "real_progress" in res.final:
        out["gap"] = res.final["reported_progress"].astype(np.float64) - res.final[
            "real_progress"
        ].astype(np.float64)
    names = np.array([codes.FORM_NAMES[i] for i in sorted(codes.FORM_NAMES)])
    out["form"] = names[res.forms]  # fixed-width text: saved and sent without pickling
    return out


def per_step_columns(res: Results, scenario: Scenario, every: int) -> dict[str, np.ndarray]:
    """Values at steps 0, every, 2*every, ... (and the last), flattened replicate-major."""
    if res.series is None:
        raise ValueError("per-step output needs a full recording")
    lead = scenario.lead_index
    T = len(res.steps)
    rows = np.unique(np.r_[np.arange(0, T, every), T - 1])
    R = res.replicates
    out: dict[str, np.ndarray] = {"step": np.tile(res.steps[rows], R)}
    for name, dept in codes.INDICATORS.items():
        value = res.series[name][rows]  # (steps, replicates[, departments])
        if dept:
            lv, cv = _split(value, lead)
            out[f"{name}_lead"], out[f"{name}_coop"] = lv.T.ravel(), cv.T.ravel()
        else:
            out[name] = value.T.ravel()
    return out


def select(columns: dict[str, np.ndarray], wanted: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Only the ``wanted`` indicator columns (all when empty); 'step' always stays."""
    if not wanted:
        return columns
    return {k: v for k, v in columns.items() if k == "step" or k in wanted}


def simulate(
    scenario: Scenario, seed: int, count: int, level: str, every: int, wanted: tuple[str, ...]
) -> dict[str, np.ndarray]:
    """Run ``count`` replicates (seeds seed..seed+count-1) and return their tidy columns."""
    record = "full" if level == "steps" else "final"  # final rows need only the final state
    res = Simulation(scenario, seed=seed, replicates=count, record=record).run()
    return _columns(res, scenario, count, level, every, wanted)


def _columns(res, scenario: Scenario, count: int, level: str, every: int, wanted: tuple[str, ...]):
    if level == "steps":
        cols = per_step_columns(res, scenario, every)
        reps = np.repeat(np.arange(count), len(cols["step"]) // count)
    else:
        cols = final_columns(res, scenario)
        reps = np.arange(count)
    cols = select(cols, wanted)
    cols["replicate"] = reps  # relative to ``seed``; the caller adds the shard's offset
    return cols


def simulate_many(
    scenarios: list[Scenario], seed: int, count: int, level: str, every: int, wanted: tuple[str, ...]
) -> list[dict[str, np.ndarray]]:
    """:func:`simulate` for each scenario; several at once through the batched engine when it
    exists (each scenario's columns are the same, bit for bit)."""
    if len(scenarios) > 1:
        try:
            from collabsim.engine.batch import run_batch
        except ImportError:
            run_batch = None
        if run_batch is not None:
            out = []
            record = "full" if level == "steps" else "final"  # as simulate() records
            for s, part in zip(scenarios, run_batch(scenarios, seed, count, record=record), strict=True):
                out.append(_columns(part, s, count, level, every, wanted))
            return out
    return [simulate(s, seed, count, level, every, wanted) for s in scenarios]


def frame(
    pieces: list[tuple[int, dict[str, Any], int, dict[str, np.ndarray]]],
    lever_paths: list[str],
    base_seed: int,
):
    """Assemble (scenario index, lever values, first replicate, columns) pieces into a DataFrame.

    Columns are concatenated with numpy (one DataFrame at the end, not one per piece: 10x faster
    for hundreds of pieces); pieces are ordered by scenario, then first replicate.
    """
    from .errors import need

    pd = need("pandas")
    pieces = sorted(pieces, key=lambda p: (p[0], p[2]))
    if not pieces:
        return pd.DataFrame()
    sizes = np.array([len(c["replicate"]) for _, _, _, c in pieces])
    data: dict[str, Any] = {"scenario": np.repeat([p[0] for p in pieces], sizes).astype(np.int64)}
    for path in lever_paths:
        values = [p[1][path] for p in pieces]
        kind = bool if all(isinstance(v, bool) for v in values) else None
        data[path] = np.repeat(np.array(values, dtype=kind or _dtype(values)), sizes)
    rep = np.concatenate([c["replicate"].astype(np.int64) + first for _, _, first, c in pieces])
    data["replicate"] = rep
    data["seed"] = rep + base_seed
    for key in pieces[0][3]:
        if key != "replicate":
            data[key] = np.concatenate([c[key] for _, _, _, c in pieces])
    df = pd.DataFrame(data)
    for key in ("form", *lever_paths):  # text columns as Python strings (object), as pandas reads them
        if key in df and df[key].dtype.kind == "U":
            df[key] = df[key].astype(object)
    return df


def _dtype(values: list) -> Any:
    if all(isinstance(v, str) for v in values):
        return None  # numpy picks a fixed-width text type; converted to object above
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return np.int64
    return np.float64
