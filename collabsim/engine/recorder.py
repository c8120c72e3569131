"""Collects what a simulation produces, with memory bounded when asked.

Full mode keeps every indicator of every replicate at every step. Summary mode keeps, per step,
the median, 10 % and 90 % quantiles and mean over replicates, so memory does not grow with the
ensemble. Both keep the complete detail (indicators, decision components, tie strengths,
exposure flows, events) of the first ``detail`` replicates, the ensemble mean of the decision
components, the final state of every replicate and the running sums the form classification needs.
The simulation hands everything in (:meth:`Recorder.record`); the recorder never reads it.
"""

from __future__ import annotations

import numpy as np

from collabsim.engine import codes as C
from collabsim.engine.results import QUANTILES, Results, Summary, exact_quantiles
from collabsim.scenario.model import Scenario

HIST_BINS = 1024
EXACT_MAX = 2000  # up to this many replicates summary quantiles are exact (as in full mode)
#: per-replicate means over the second half of the run (the form classification uses them)
HALF_MEANS = ("coop_effort", "coop_contribution", "lead_effort", "joint_op", "collusion")


def hist_quantiles(value: np.ndarray) -> np.ndarray:
    """Median, 10 % and 90 % quantiles over the LAST axis (replicates) of values in [0, 1].

    Computed from a histogram: used in summary mode, where exact quantiles at every step would
    cost more than the simulation; the error is at most half a bin (1/2048).
    """
    R = value.shape[-1]
    flat = value.reshape(-1, R)
    F = flat.shape[0]
    # bin index plus a per-row offset in one float expression; 1.0 falls into the last bin
    idx = (flat * _SCALE + _offsets(F)).astype(np.intp)
    cum = np.bincount(idx.ravel(), minlength=F * HIST_BINS).reshape(F, HIST_BINS).cumsum(axis=1)
    out = np.empty((3, F))
    for j, q in enumerate(QUANTILES):
        out[j] = ((cum < q * R).sum(axis=1) + 0.5) / HIST_BINS
    return out.reshape((3,) + value.shape[:-1])


_SCALE = np.float64(HIST_BINS * (1.0 - 1e-9))  # float64 even for float32 input: 1.0 -> last bin
_OFFSETS: dict[int, np.ndarray] = {}


def _offsets(rows: int) -> np.ndarray:
    if rows not in _OFFSETS:
        _OFFSETS[rows] = (np.arange(rows, dtype=float) * HIST_BINS)[:, None]
    return _OFFSETS[rows]


def quantiles(value: np.ndarray) -> np.ndarray:
    """Median, 10 % and 90 % over the last axis: exact for small ensembles, histogram for large."""
    if value.shape[-1] <= EXACT_MAX:
        return np.array(exact_quantiles(value, axis=-1))
    return hist_quantiles(value)


class Recorder:
    """Stores steps 0..horizon of an ensemble of ``replicates`` runs of ``n`` departments."""

    def __init__(self, horizon: int, replicates: int, n: int, lead: int, full: bool, detail: int) -> None:
        self.full = full
        self.detail = detail
        self.lead = lead
        T, R, N = horizon + 1, replicates, n
        self.T, self.R, self.N = T, R, N
        self.row = 0
        K = len(C.COMPONENTS)
        shape = {name: (T, R, N) if per_dept else (T, R) for name, per_dept in C.INDICATORS.items()}
        if full:
            self.data = {name: np.empty(s) for name, s in shape.items()}
        else:
            self.stats = {name: np.empty((4, T) + s[2:]) for name, s in shape.items()}
        # detail replicates' trajectories: slices of the series in full mode, kept apart otherwise
        self.detail_data = None if full else {
            name: np.empty((T, detail) + s[2:]) for name, s in shape.items()}
        self.components = np.empty((T, detail, N, K))
        self.mean_components = np.empty((T, N, K))
        self.ties = np.empty((T, detail, N, N))
        self.flows = np.empty((T, detail, N, N))
        # events of every replicate (full) or of the detail replicates (summary), by step and slot
        self.event_flags = np.zeros((T, len(C.EVENT_SLOTS), R if full else detail), dtype=bool)
        self.half_start = max(1, (T - 1) // 2 + 1)
        self.sums = {name: np.zeros(R) for name in HALF_MEANS}
        self.n_half = 0
        # ensemble-mean decision components as one single-precision matrix-vector product (shown,
        # never compared bit for bit)
        self.weights = np.full(R, 1.0 / R, dtype=np.float32)

    def record(self, values: dict, comps: np.ndarray, ties: np.ndarray, flows: np.ndarray,
               events: np.ndarray | None, half: dict) -> None:
        """Store one step. Arrays arrive in the simulation's layout: per-department indicators
        (N, R), ``comps`` (K, N, R), ``ties`` (N, N, R), ``flows`` (N, N, >= detail), ``events``
        (slot, R) in codes.EVENT_SLOTS order, ``half`` the HALF_MEANS quantities (R,)."""
        i, D = self.row, self.detail
        if self.full:
            for name in C.INDICATORS:
                self.data[name][i] = values[name].T
        else:
            for name in C.INDICATORS:
                value = values[name]
                st = self.stats[name]
                st[:3, i] = quantiles(value)
                # sum / R, not a dot with 1/R weights: rounding is monotonic, so a mean of values
                # in [0, 1] stays in [0, 1] (R x (1/R) exceeds 1 by an ulp for R = 9, 20, ...)
                st[3, i] = np.add.reduce(value, axis=-1, dtype=np.float64) / self.R
                self.detail_data[name][i] = value[..., :D].T
        self.components[i] = comps[:, :, :D].transpose(2, 1, 0)
        self.mean_components[i] = (comps @ self.weights).T
        self.ties[i] = ties[:, :, :D].transpose(2, 0, 1)
        self.flows[i] = flows[:, :, :D].transpose(2, 0, 1)
        if events is not None:
            self.event_flags[i] = events if self.full else events[:, :D]
        if i >= self.half_start:
            for name in HALF_MEANS:
                self.sums[name] += half[name]
            self.n_half += 1
        self.row += 1

    def _event_table(self) -> np.ndarray:
        """All recorded events as one structured array, sorted by step, then replicate."""
        codes = np.array([c for c, _ in C.EVENT_SLOTS], dtype=np.int8)
        depts = np.array([self.lead if d == C.THE_LEAD else d for _, d in C.EVENT_SLOTS], dtype=np.int16)
        step, which, reps = np.nonzero(self.event_flags[:self.row])
        table = np.empty(which.size, dtype=C.EVENT_DTYPE)
        table["step"] = step
        table["replicate"] = reps
        table["department"] = depts[which]
        table["code"] = codes[which]
        return table[np.lexsort((table["replicate"], table["step"]))]

    def results(self, scenario: Scenario, seed: int, final: dict) -> Results:
        """The results so far; ``final`` is the simulation's current indicator values."""
        n = self.row
        if self.full:
            series = {k: v[:n] for k, v in self.data.items()}
            summaries = {k: Summary.of(v) for k, v in series.items()}
        else:
            series = None
            summaries = {k: Summary(*v[:, :n]) for k, v in self.stats.items()}
        halves = max(self.n_half, 1)
        return Results(
            scenario=scenario, seed=seed, replicates=self.R,
            steps=np.arange(n), series=series, summaries=summaries,
            detail=({k: v[:n, :self.detail] for k, v in series.items()} if self.full
                    else {k: v[:n] for k, v in self.detail_data.items()}),
            components=self.components[:n], mean_components=self.mean_components[:n],
            ties=self.ties[:n], flows=self.flows[:n], events=self._event_table(),
            final={name: np.array(final[name].T, copy=True, dtype=float) for name in C.INDICATORS},
            half_means={name: s / halves for name, s in self.sums.items()},
        )
