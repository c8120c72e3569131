"""What a run returns: trajectories, per-step summaries, detail, events, collaboration forms.

All indicators lie in [0, 1]; their definitions are in resources/docs/model_en.md §7. Axis order
is (step, replicate[, department]); ``steps`` starts at 0 (the initial state).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from collabsim.engine import codes as C
from collabsim.scenario.model import Scenario

QUANTILES = (0.5, 0.1, 0.9)

# Collaboration-form thresholds (documented in the ODD, §7 "Collaboration form").
COLLUSIVE_GAP = 0.15  # final reported minus real progress
COLLUSIVE_LEVEL = 0.5  # mean collusion over the second half
TIGHT_COOP_EFFORT = 0.6  # mean cooperating effort over the second half
TIGHT_COOP_CONTRIBUTION = 0.45  # mean cooperating contribution over the second half
IRREGULAR_LEAD_EFFORT = 0.45
IRREGULAR_JOINT_OPS = 0.05  # share of second-half steps with a joint operation


@dataclass(frozen=True)
class Summary:
    """Per-step ensemble statistics of one indicator, each shaped (steps[, departments])."""

    median: np.ndarray
    p10: np.ndarray
    p90: np.ndarray
    mean: np.ndarray

    @classmethod
    def of(cls, series: np.ndarray) -> Summary:
        med, lo, hi = exact_quantiles(series, axis=1)
        # series.mean(axis=1) without np.mean's Python layer (the same sum and division)
        return cls(med, lo, hi, np.add.reduce(series, axis=1) / series.shape[1])


class Summaries(Mapping):
    """The Summary of each recorded series, computed when first asked for (a sweep that keeps
    only final values never sorts the trajectories)."""

    def __init__(self, series: dict[str, np.ndarray]) -> None:
        self._series, self._done = series, {}

    def __getitem__(self, name: str) -> Summary:
        if name not in self._done:
            self._done[name] = Summary.of(self._series[name])
        return self._done[name]

    def __iter__(self):
        return iter(self._series)

    def __len__(self) -> int:
        return len(self._series)


def exact_quantiles(values: np.ndarray, axis: int) -> list[np.ndarray]:
    """QUANTILES of ``values`` along ``axis`` by the inverted-CDF rule (an observed value, as
    numpy's method="inverted_cdf"): one sort instead of np.quantile's per-call overhead."""
    n = values.shape[axis]
    ordered = np.sort(values, axis=axis)
    return [np.take(ordered, max(int(np.ceil(q * n)) - 1, 0), axis=axis) for q in QUANTILES]


@dataclass(frozen=True)
class Results:
    scenario: Scenario
    seed: int
    replicates: int
    steps: np.ndarray
    series: dict[str, np.ndarray] | None  # None when recorded as summaries only
    summaries: Mapping[str, Summary]  # computed on demand from the series in full mode
    detail: dict[str, np.ndarray]  # (steps, detail replicates[, departments])
    components: np.ndarray  # (steps, detail replicates, departments, len(COMPONENTS))
    mean_components: np.ndarray  # (steps, departments, len(COMPONENTS)), ensemble mean
    ties: np.ndarray  # (steps, detail replicates, departments, departments)
    flows: np.ndarray  # exposure flowing j -> i at each step, same shape as ties
    events: np.ndarray  # structured, EVENT_DTYPE, sorted by step then replicate
    final: dict[str, np.ndarray]  # state of every replicate at the last recorded step
    half_means: dict[str, np.ndarray]  # per-replicate means over the second half
    # the superiors' side (issue 10): attention shares of each tier's budget, items in the order
    # (this task, rival tasks, *codes.OTHER_CLAIMS), tiers in codes.TIERS order; the lead's
    # strategy parts, codes.STRATEGIES x codes.STRATEGY_PARTS (per unit of each strategy)
    shares: np.ndarray | None = None  # (steps, detail replicates, items, tiers)
    mean_shares: np.ndarray | None = None  # (steps, items, tiers), ensemble mean
    strategy: np.ndarray | None = None  # (steps, detail replicates, strategies, parts)
    mean_strategy: np.ndarray | None = None  # (steps, strategies, parts), ensemble mean

    # ------------------------------------------------------------------ access
    def summary(self, name: str) -> Summary:
        return self.summaries[name]

    def trajectory(self, name: str, replicate: int = 0) -> np.ndarray:
        """One replicate's trajectory; any replicate in full mode, detail replicates otherwise."""
        if self.series is not None:
            return self.series[name][:, replicate]
        if replicate >= self.detail[name].shape[1]:
            raise IndexError(f"replicate {replicate} was not recorded in detail")
        return self.detail[name][:, replicate]

    def replicate_events(self, replicate: int = 0) -> np.ndarray:
        return self.events[self.events["replicate"] == replicate]

    # ------------------------------------------------------------------ classification
    @property
    def forms(self) -> np.ndarray:
        """Collaboration form code of each replicate (codes.LOOSE ... codes.COLLUSIVE)."""
        h = self.half_means
        gap = self.final["reported_progress"] - self.final["real_progress"]
        collusive = (gap >= COLLUSIVE_GAP) | (h["collusion"] >= COLLUSIVE_LEVEL)
        tight = (h["coop_effort"] >= TIGHT_COOP_EFFORT) & (h["coop_contribution"] >= TIGHT_COOP_CONTRIBUTION)
        # a busy lead that holds at least occasional joint operations, partners not with it (忙而不动)
        irregular = (h["lead_effort"] >= IRREGULAR_LEAD_EFFORT) & (h["joint_op"] >= IRREGULAR_JOINT_OPS)
        return np.select([collusive, tight, irregular], [C.COLLUSIVE, C.TIGHT, C.IRREGULAR], C.LOOSE)

    def form_shares(self) -> dict[str, float]:
        counts = np.bincount(self.forms, minlength=4) / self.replicates
        return {C.FORM_NAMES[i]: float(counts[i]) for i in range(4)}

    def modal_form(self) -> int:
        return int(np.bincount(self.forms, minlength=4).argmax())

    # ------------------------------------------------------------------ reporting
    def final_indicators(self) -> dict[str, Any]:
        """Median (10-90 %) of each indicator at the last step; per department where it applies."""
        out: dict[str, Any] = {}
        for name, per_dept in C.INDICATORS.items():
            s = self.summaries[name]
            row = {"median": s.median[-1], "p10": s.p10[-1], "p90": s.p90[-1], "mean": s.mean[-1]}
            out[name] = {k: (v.tolist() if per_dept else float(v)) for k, v in row.items()}
        return out

    def to_csv(self) -> str:
        """Per-step summary table (median, p10, p90, mean of every indicator) as CSV text."""
        names = [d.name or d.name_en for d in self.scenario.departments]
        header = ["step"]
        columns = []
        for name, per_dept in C.INDICATORS.items():
            s = self.summaries[name]
            for stat in ("median", "p10", "p90", "mean"):
                arr = getattr(s, stat)
                if per_dept:
                    for j, dep in enumerate(names):
                        header.append(f"{name}[{dep}].{stat}")
                        columns.append(arr[:, j])
                else:
                    header.append(f"{name}.{stat}")
                    columns.append(arr)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        for i, step in enumerate(self.steps):
            w.writerow([int(step)] + [f"{c[i]:.6g}" for c in columns])
        return buf.getvalue()
