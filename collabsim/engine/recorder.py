"""Collects what a simulation produces, with memory bounded when asked.

Full mode keeps every indicator of every replicate at every step. Summary mode keeps, per step,
the median, 10 % and 90 % quantiles and mean over replicates, so memory does not grow with the
ensemble. Both keep the complete detail (indicators, decision components, tie strengths,
exposure flows, events) of the first ``detail`` replicates, the ensemble mean of the decision
components, the final state of every replicate and the running sums the form classification needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from collabsim.engine import codes as C
from collabsim.engine.results import QUANTILES, Results, Summary
from collabsim.engine.ops import dsum as _dsum

if TYPE_CHECKING:
    from collabsim.engine.simulation import Simulation


HIST_BINS = 2048
EXACT_MAX = 2000  # up to this many replicates summary quantiles are exact (as in full mode)


def hist_quantiles(value: np.ndarray) -> np.ndarray:
    """Median, 10 % and 90 % quantiles over the LAST axis (replicates) of values in [0, 1].

    Computed from a histogram: used in summary mode, where exact quantiles at every step would
    cost more than the simulation; the error is at most half a bin (1/4096).
    """
    R = value.shape[-1]
    flat = value.reshape(-1, R)
    F = flat.shape[0]
    idx = np.minimum((flat * HIST_BINS).astype(np.int64), HIST_BINS - 1)
    idx += (np.arange(F) * HIST_BINS)[:, None]
    cum = np.bincount(idx.ravel(), minlength=F * HIST_BINS).reshape(F, HIST_BINS).cumsum(axis=1)
    out = np.empty((3, F))
    for j, q in enumerate(QUANTILES):
        out[j] = ((cum < q * R).sum(axis=1) + 0.5) / HIST_BINS
    return out.reshape((3,) + value.shape[:-1])


def quantiles(value: np.ndarray) -> np.ndarray:
    """Median, 10 % and 90 % over the last axis: exact for small ensembles, histogram for large."""
    if value.shape[-1] <= EXACT_MAX:
        return np.quantile(value, QUANTILES, axis=-1, method="inverted_cdf")
    return hist_quantiles(value)


class Recorder:
    def __init__(self, sim: Simulation, full: bool, detail: int) -> None:
        self.sim = sim
        self.full = full
        self.detail = detail
        T, R, N = sim.d.horizon + 1, sim.replicates, sim.d.n
        self.T, self.R, self.N = T, R, N
        self.row = 0
        K = len(C.COMPONENTS)
        shape = {name: (T, R, N) if per_dept else (T, R) for name, per_dept in C.INDICATORS.items()}
        if full:
            self.data = {name: np.empty(s) for name, s in shape.items()}
        else:
            self.stats = {name: np.empty((4, T) + s[2:]) for name, s in shape.items()}
        self.detail_data = {name: np.empty((T, detail) + s[2:]) for name, s in shape.items()}
        self.components = np.empty((T, detail, N, K))
        self.mean_components = np.empty((T, N, K))
        self.ties = np.empty((T, detail, N, N))
        self.flows = np.empty((T, detail, N, N))
        self.events: list[np.ndarray] = []
        # running sums over the second half of the horizon, for the form classification
        self.half_start = max(1, (T - 1) // 2 + 1)
        self.sum_coop = np.zeros(R)
        self.sum_lead = np.zeros(R)
        self.sum_op = np.zeros(R)
        self.sum_collusion = np.zeros(R)
        self.n_half = 0
        self.weights = np.full(R, 1.0 / R)  # means as a dot product: much faster than mean(axis=0)

    def record(self, snap: dict, comps: np.ndarray, flows: np.ndarray, events: list) -> None:
        """Store one step. Arrays arrive in the simulation's layout: per-department indicators
        (N, R), ``comps`` (K, N, R), ``flows`` (N, N, detail); they are stored (R, N) etc."""
        i, D = self.row, self.detail
        for name, value in snap.items():
            if self.full:
                self.data[name][i] = value.T
            else:
                st = self.stats[name]
                st[:3, i] = quantiles(value)
                # sum of R x (1/R) can exceed 1 by an ulp (R = 9, 20, ...): indicators stay in [0, 1]
                st[3, i] = np.minimum(value @ self.weights, 1.0)
            self.detail_data[name][i] = value[..., :D].T
        self.components[i] = comps[:, :, :D].transpose(2, 1, 0)
        self.mean_components[i] = (comps @ self.weights).T
        self.ties[i] = self.sim._W[:, :, :D].transpose(2, 0, 1)
        self.flows[i] = flows[:, :, :D].transpose(2, 0, 1)
        if events:
            masks = np.stack([m if self.full else m[:D] for m, _, _ in events])
            which, reps = np.nonzero(masks)  # one call for all event kinds
            if reps.size:
                ev = np.empty(reps.size, dtype=C.EVENT_DTYPE)
                ev["step"], ev["replicate"] = i, reps
                ev["department"] = np.array([d for _, d, _ in events])[which]
                ev["code"] = np.array([c for _, _, c in events])[which]
                self.events.append(ev)
        if i >= self.half_start:
            e = snap["effort"]
            lead = self.sim.d.lead
            self.sum_lead += e[lead]
            self.sum_coop += (_dsum(e) - e[lead]) / max(self.N - 1, 1)
            self.sum_op += snap["joint_op"]
            self.sum_collusion += snap["collusion"]
            self.n_half += 1
        self.row += 1

    def results(self) -> Results:
        n = self.row
        if self.full:
            series = {k: v[:n] for k, v in self.data.items()}
            summaries = {k: Summary.of(v) for k, v in series.items()}
        else:
            series = None
            summaries = {k: Summary(*v[:, :n]) for k, v in self.stats.items()}
        events = (np.concatenate(self.events) if self.events
                  else np.empty(0, dtype=C.EVENT_DTYPE))
        events = events[np.lexsort((events["replicate"], events["step"]))]
        halves = max(self.n_half, 1)
        return Results(
            scenario=self.sim.scenario, seed=self.sim.seed, replicates=self.R,
            steps=np.arange(n), series=series, summaries=summaries,
            detail={k: v[:n] for k, v in self.detail_data.items()},
            components=self.components[:n], mean_components=self.mean_components[:n],
            ties=self.ties[:n], flows=self.flows[:n], events=events,
            final={name: np.array(v.T, copy=True) for name, v in self.sim._snapshot().items()},
            half_means={
                "coop_effort": self.sum_coop / halves, "lead_effort": self.sum_lead / halves,
                "joint_op": self.sum_op / halves, "collusion": self.sum_collusion / halves,
            },
        )
