"""Comparing named scenarios on the same seeds: the engine's Results of each, and the paired
differences of the key indicators against the baseline (the first scenario).

Every scenario runs replicates with seeds ``seed .. seed + R - 1`` (common random numbers), so
replicate k of two scenarios differs only by their levers; a difference is computed replicate by
replicate and summarised by its median and 10-90 % range. Numpy only (the app uses it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from collabsim.engine import Simulation
from collabsim.engine.results import Results
from collabsim.scenario import Scenario

from .errors import INCONSISTENT, ExperimentError
from .grid import Cancelled
from .tidy import final_columns

#: the indicators a comparison reports first (others are available by name)
KEY = ("real_progress", "reported_progress", "effort_coop", "effort_lead", "joint_op", "exposure_evenness",
       "collusion", "gap")


@dataclass
class Difference:
    name: str  # the output
    scenario: str  # the scenario's name
    baseline: str
    median: float  # median over replicates of (scenario - baseline)
    p10: float
    p90: float
    value: float  # the scenario's median
    base_value: float  # the baseline's median


@dataclass
class Comparison:
    names: list[str]
    results: list[Results]
    finals: list[dict[str, np.ndarray]]  # per scenario: output -> per-replicate final values
    seed: int
    replicates: int

    @property
    def baseline(self) -> str:
        return self.names[0]

    def outputs(self) -> list[str]:
        first = self.finals[0]
        keys = [k for k in KEY if k in first]
        return keys + [k for k in first if k not in keys and k != "form"]

    def differences(self, names: list[str] | None = None) -> list[Difference]:
        """Paired differences of every other scenario from the baseline, per output."""
        out = []
        base = self.finals[0]
        for j in range(1, len(self.names)):
            for name in names or self.outputs():
                d = self.finals[j][name].astype(np.float64) - base[name].astype(np.float64)
                out.append(Difference(name, self.names[j], self.names[0], float(np.median(d)),
                                      float(np.quantile(d, 0.1)), float(np.quantile(d, 0.9)),
                                      float(np.median(self.finals[j][name])), float(np.median(base[name]))))
        return out

    def form_shares(self) -> list[dict[str, float]]:
        return [r.form_shares() for r in self.results]


def compare(scenarios: list[tuple[str, Scenario]], seed: int = 1, replicates: int = 100,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> Comparison:
    """Run each named scenario on the same seeds; the first is the baseline."""
    if len(scenarios) < 2:
        raise ExperimentError(INCONSISTENT, "scenarios", detail="compare needs two or more scenarios")
    names = [n for n, _ in scenarios]
    if len(set(names)) != len(names):
        raise ExperimentError("duplicate_name", "scenarios", next(n for n in names if names.count(n) > 1))
    results, finals = [], []
    for i, (_, s) in enumerate(scenarios):
        if cancelled is not None and cancelled():
            raise Cancelled(i)
        res = Simulation(s, seed=seed, replicates=replicates, record="auto").run()
        results.append(res)
        finals.append(final_columns(res, s))
        if progress is not None:
            progress(i + 1, len(scenarios))
    return Comparison(names, results, finals, seed, replicates)


__all__ = ["KEY", "Comparison", "Difference", "compare"]


def trajectories(results: Results, scenario: Scenario, names: tuple[str, ...]) -> dict[str, tuple]:
    """Per-step (median, p10, p90) of each output in ``names`` (scenario-wide indicators and the
    ``_lead`` / ``_coop`` parts of per-department ones); needs a full recording."""
    if results.series is None:
        raise ValueError("trajectories need a full recording")
    from .tidy import _split

    out = {}
    for name in names:
        base, _, part = name.rpartition("_")
        if name in results.series and results.series[name].ndim == 2:
            v = results.series[name].astype(np.float64)
        elif part in ("lead", "coop") and base in results.series:
            lead, coop = _split(results.series[base], scenario.lead_index)
            v = lead if part == "lead" else coop
        else:
            continue
        out[name] = (np.median(v, axis=1), np.quantile(v, 0.1, axis=1), np.quantile(v, 0.9, axis=1))
    return out
