"""Collects what a simulation produces, with memory bounded when asked.

Full mode keeps every indicator of every replicate at every step. Summary mode keeps, per step,
the median, 10 % and 90 % quantiles and mean over replicates, so memory does not grow with the
ensemble. Both keep the complete detail (indicators, decision components, tie strengths,
exposure flows, events, the superiors' attention shares, the lead's strategy parts) of the first
``detail`` replicates, the ensemble mean of the decision components, attention shares and strategy
parts, the final state of every replicate and the running sums the form classification needs.
The simulation hands everything in (:meth:`Recorder.record`); the recorder never reads it.
A :class:`Layout` says which columns belong to which scenario: one for a single run, several
side by side for the batched engine (collabsim.engine.batch); :meth:`Recorder.results` returns
one scenario's part, the same as its run alone.
"""

from __future__ import annotations

from dataclasses import fields

import numpy as np

from collabsim.engine import codes as C
from collabsim.engine.results import QUANTILES, Results, Summaries, Summary, exact_quantiles
from collabsim.scenario.model import Scenario

HIST_BINS = 1024
EXACT_MAX = 2000  # up to this many replicates summary quantiles are exact (as in full mode)
#: per-replicate means over the second half of the run (the form classification uses them)
HALF_MEANS = ("coop_effort", "coop_contribution", "lead_effort", "joint_op", "collusion")


def hist_quantiles(value: np.ndarray, work: dict | None = None) -> np.ndarray:
    """Median, 10 % and 90 % quantiles over the LAST axis (replicates) of values in [0, 1].

    Computed from a histogram: used in summary mode, where exact quantiles at every step would
    cost more than the simulation; the error is at most half a bin (1/2048). ``work`` (a dict
    kept by the caller) holds the scratch arrays from one call to the next: a new array of this
    size costs a page fault per page, more than the arithmetic.
    """
    R = value.shape[-1]
    flat = value.reshape(-1, R)
    F = flat.shape[0]
    cum = np.bincount(_bins(flat, work).ravel(), minlength=F * HIST_BINS).reshape(F, HIST_BINS).cumsum(axis=1)
    out = np.empty((3, F))
    for j, q in enumerate(QUANTILES):
        out[j] = ((cum < q * R).sum(axis=1) + 0.5) / HIST_BINS
    return out.reshape((3,) + value.shape[:-1])


_SCALE = np.float64(HIST_BINS * (1.0 - 1e-9))  # float64 even for float32 input: 1.0 -> last bin
_OFFSETS: dict[tuple, np.ndarray] = {}


def _bins(flat: np.ndarray, work: dict | None = None) -> np.ndarray:
    """Bin index of each value, plus HIST_BINS x its row (one bincount for all rows): the bin of
    floor(x * HIST_BINS * (1 - 1e-9)), so 1.0 falls into the last bin.

    For float32 values (the state) the same index is computed in float32, five times faster
    than through float64: x * 1024 is exact, and floor(y - y * 1e-9) = ceil(y) - 1 for y > 0
    (y's fractional part, when not 0, exceeds y * 1e-9 by far: its ulp is y * 2^-23), 0 for y = 0;
    row offsets stay exact integers below 2^24 (tests/test_engine_core.py checks both ways agree).
    """
    F = flat.shape[0]
    if flat.dtype != np.float32 or F * HIST_BINS >= 2**24:
        return (flat * _SCALE + _offsets(F, float)).astype(np.intp)
    if work is None:
        work = {}
    if work.get("shape") != flat.shape:
        work.update(shape=flat.shape, y=np.empty(flat.shape, dtype=np.float32),
                    bins=np.empty(flat.shape, dtype=np.intp))
    y = np.multiply(flat, np.float32(HIST_BINS), out=work["y"])
    np.ceil(y, out=y)
    y -= np.float32(1.0)
    np.maximum(y, np.float32(0.0), out=y)
    y += _offsets(F, np.float32)
    bins = work["bins"]
    np.copyto(bins, y, casting="unsafe")  # astype(np.intp) into the kept array
    return bins


def bin_centres(x: np.ndarray) -> np.ndarray:
    """The centre of each float32 value's histogram bin: :func:`hist_quantiles` of a row whose
    values all equal ``x`` (every quantile falls in its bin)."""
    b = _bins(np.ascontiguousarray(x, dtype=np.float32).reshape(1, -1)).reshape(x.shape)
    return (b + 0.5) / HIST_BINS


def quantiles(value: np.ndarray, work: dict | None = None) -> np.ndarray:
    """Median, 10 % and 90 % over the last axis: exact for small ensembles, histogram for large."""
    if value.shape[-1] <= EXACT_MAX:
        return np.array(exact_quantiles(value, axis=-1))
    return hist_quantiles(value, work)


def _offsets(rows: int, dtype) -> np.ndarray:
    key = (rows, np.dtype(dtype).str)
    if key not in _OFFSETS:
        _OFFSETS[key] = (np.arange(rows, dtype=dtype) * HIST_BINS)[:, None]
    return _OFFSETS[key]


class Layout:
    """Which columns of the simulation's arrays belong to which scenario.

    A single run is one part of ``replicates`` columns. A batch is ``len(horizons)`` scenarios
    of ``replicates`` columns each, side by side: part j holds columns ``j * replicates`` to
    ``(j + 1) * replicates - 1``, runs ``horizons[j]`` steps and has its lead at ``leads[j]``;
    the simulation steps to the longest horizon.
    """

    def __init__(self, replicates: int, horizons: list[int], leads: list[int], detail: int) -> None:
        if not horizons or len(horizons) != len(leads):
            raise ValueError("a layout needs one horizon and one lead per part")
        self.R, self.S = int(replicates), len(horizons)
        self.columns = self.S * self.R
        self.horizons, self.leads = [int(h) for h in horizons], [int(i) for i in leads]
        self.horizon = max(self.horizons)
        self.D = min(int(detail), self.R)  # detail replicates per part
        #: the detail columns: the first D of each part (a slice for one part: numpy views)
        self.detail = (slice(0, self.D) if self.S == 1 else
                       (np.arange(self.S)[:, None] * self.R + np.arange(self.D)).ravel())

    def cols(self, part: int) -> slice:
        return slice(part * self.R, (part + 1) * self.R)


class Recorder:
    """Stores steps 0..horizon of the ``layout.columns`` columns of ``n`` departments."""

    def __init__(self, layout: Layout, n: int, full: bool, rivals: int = 0,
                 constant: dict | None = None) -> None:
        L = self.layout = layout
        self.full = full
        self.detail = D = L.D
        constant = constant or {}
        T, R, N, S = L.horizon + 1, L.columns, n, L.S
        self.T, self.R, self.N = T, L.R, N
        self.row = 0
        K = len(C.COMPONENTS)
        per = {name: (N,) if per_dept else () for name, per_dept in C.INDICATORS.items()}
        if full:
            self.data = {name: np.empty((T, R) + s) for name, s in per.items()}
        else:
            self.stats = {name: np.empty((4, T, S) + s) for name, s in per.items()}
            # the rows of each indicator in the summary's stacked array (see _summarise): rows
            # the same in every replicate of a part (``constant``: name -> None for all its
            # rows, or the row numbers) after the others
            self._copy, self._take = [], {}  # (name, its rows, rows of the stack); name -> rows
            where = {name: [None] * (s[0] if s else 1) for name, s in per.items()}
            start = 0
            for last in (False, True):
                for name, s in per.items():
                    rows = [r for r in range(s[0] if s else 1)
                            if (name in constant and (constant[name] is None or r in constant[name])) == last]
                    if not rows:
                        continue
                    whole = len(rows) == (s[0] if s else 1)
                    src = slice(None) if whole else (rows if len(rows) > 1 else slice(rows[0], rows[0] + 1))
                    self._copy.append((name, src, slice(start, start + len(rows))))
                    for j, r in enumerate(rows):
                        where[name][r] = start + j
                    start += len(rows)
                if not last:
                    self._n_varying = start
            for name, rows in where.items():  # a slice where the rows are together
                self._take[name] = (slice(rows[0], rows[-1] + 1) if rows == list(range(rows[0], rows[-1] + 1))
                                    else np.array(rows))
            self._n_rows, self._stack, self._work = start, None, {}
        # detail replicates' trajectories: slices of the series in full mode, kept apart otherwise
        self.detail_data = None if full else {name: np.empty((T, S * D) + s) for name, s in per.items()}
        self.components = np.empty((T, S * D, N, K))
        self.mean_components = np.empty((T, S, N, K))
        self.ties = np.empty((T, S * D, N, N))
        self.flows = np.empty((T, S * D, N, N))
        # events of every replicate (full) or of the detail replicates (summary), by step and slot
        self.rivals = rivals  # rival tasks: one more event row per rival and codes.RIVAL_EVENTS
        self.event_flags = np.zeros((T, len(C.EVENT_SLOTS) + rivals * len(C.RIVAL_EVENTS),
                                     R if full else S * D), dtype=bool)
        # the superiors' attention shares (items x tiers) and the lead's strategy parts
        extra = {"shares": (1 + rivals + len(C.OTHER_CLAIMS), len(C.TIERS)),
                 "strategy": (len(C.STRATEGIES), len(C.STRATEGY_PARTS))}
        self.extras = {name: np.zeros((T, S * D) + e) for name, e in extra.items()}
        self.mean_extras = {name: np.zeros((T, S) + e) for name, e in extra.items()}
        self.half_start = [max(1, h // 2 + 1) for h in L.horizons]
        self.uniform = len(set(L.horizons)) == 1
        self.sums = {name: np.zeros(R) for name in HALF_MEANS}
        self.n_half = [0] * S
        self.finals: list[dict | None] = [None] * S  # a part's state at its horizon, if shorter
        # ensemble-mean decision components as one single-precision matrix-vector product per
        # part (shown, never compared bit for bit; a part's columns are copied so its product is
        # its run alone's)
        self.weights = np.full(L.R, 1.0 / L.R, dtype=np.float32)

    def record(self, values: dict, comps: np.ndarray, ties: np.ndarray, flows: np.ndarray,
               events: np.ndarray | None, half: dict, extras: dict | None = None) -> None:
        """Store one step. Arrays arrive in the simulation's layout: per-department indicators
        (N, columns), ``comps`` (K, N, columns), ``ties`` (N, N, columns), ``flows`` (N, N, detail
        columns), ``events`` (slot, columns) in codes.EVENT_SLOTS order then the rival tasks' rows,
        ``half`` the HALF_MEANS quantities (columns,), ``extras`` the attention shares (items,
        tiers, columns) and strategy parts (strategies, parts, columns)."""
        i, L = self.row, self.layout
        d, S = L.detail, L.S
        if self.full:
            for name in C.INDICATORS:
                self.data[name][i] = values[name].T
        else:
            self._summarise(i, values)
        self.components[i] = comps[:, :, d].transpose(2, 1, 0)
        if S == 1:
            self.mean_components[i, 0] = (comps @ self.weights).T
        else:
            for j in range(S):
                self.mean_components[i, j] = (np.ascontiguousarray(comps[:, :, L.cols(j)]) @ self.weights).T
        self.ties[i] = ties[:, :, d].transpose(2, 0, 1)
        self.flows[i] = flows.transpose(2, 0, 1)
        if events is not None:
            self.event_flags[i] = events if self.full else events[:, d]
        for name, value in (extras or {}).items():  # (a, b, columns): detail and part means
            self.extras[name][i] = value[..., d].transpose(2, 0, 1)
            if S == 1:
                self.mean_extras[name][i, 0] = value @ self.weights
            else:
                for j in range(S):
                    self.mean_extras[name][i, j] = np.ascontiguousarray(value[..., L.cols(j)]) @ self.weights
        self._half(i, half)
        for j, h in enumerate(L.horizons):
            if h == i < L.horizon:  # a shorter part ends here: keep its final state
                self.finals[j] = _final(values, L.cols(j))
        self.row += 1

    def _summarise(self, i: int, values: dict) -> None:
        """Summary mode: the quantiles and means of every indicator at step ``i``, and the detail.

        The indicators are copied into the rows of one (rows, parts, replicates) array, so one
        call of :func:`quantiles` and one sum serve them all (numpy's cost per call, not the
        arithmetic, set the time of one call per indicator); each row's quantiles and sum are
        computed as they would be alone (per row, the same order)."""
        L = self.layout
        d, S, R = L.detail, L.S, L.R
        buf = self._stack
        if buf is None:
            self._stack = buf = np.empty((self._n_rows, S, R), dtype=np.float32)
        for name in C.INDICATORS:
            value = values[name]
            if value.dtype != np.float32:  # (the state is single precision; anything else alone)
                return self._summarise_each(i, values)
            self.detail_data[name][i] = value[..., d].T
        for name, src, dst in self._copy:
            value = values[name]
            buf[dst] = (value if value.ndim == 1 else value[src]).reshape(-1, S, R)
        if R <= EXACT_MAX:
            q = quantiles(buf)  # (3, rows, parts)
        else:  # rows the same in all replicates of a part: their bin's centre (as the histogram)
            nv = self._n_varying
            q = np.empty((3, self._n_rows, S))
            q[:, :nv] = hist_quantiles(buf[:nv], self._work)
            q[:, nv:] = bin_centres(buf[nv:, :, 0])
        # sum / R, not a dot with 1/R weights: rounding is monotonic, so a mean of values
        # in [0, 1] stays in [0, 1] (R x (1/R) exceeds 1 by an ulp for R = 9, 20, ...)
        mean = np.add.reduce(buf, axis=-1, dtype=np.float64) / R  # (rows, parts)
        for name, rows in self._take.items():
            st = self.stats[name]
            if C.INDICATORS[name]:
                st[:3, i] = q[:, rows].transpose(0, 2, 1)
                st[3, i] = mean[rows].T
            else:
                st[:3, i] = q[:, rows.start]
                st[3, i] = mean[rows.start]

    def _summarise_each(self, i: int, values: dict) -> None:
        """Summary mode, one indicator at a time (any dtype)."""
        L = self.layout
        d, S, R = L.detail, L.S, L.R
        for name in C.INDICATORS:
            value = values[name]
            parts = value.reshape(value.shape[:-1] + (S, R))  # a view: parts side by side
            st = self.stats[name]
            st[:3, i] = np.moveaxis(quantiles(parts), -1, 1)
            st[3, i] = np.moveaxis(np.add.reduce(parts, axis=-1, dtype=np.float64) / R, -1, 0)
            self.detail_data[name][i] = value[..., d].T

    def _half(self, i: int, half: dict) -> None:
        """Add the second-half quantities of the parts in their second half."""
        if self.uniform:
            if i >= self.half_start[0]:
                for name in HALF_MEANS:
                    self.sums[name] += half[name]
                self.n_half[:] = [n + 1 for n in self.n_half]
            return
        for j, (start, end) in enumerate(zip(self.half_start, self.layout.horizons, strict=True)):
            if start <= i <= end:
                cols = self.layout.cols(j)
                for name in HALF_MEANS:
                    self.sums[name][cols] += half[name][cols]
                self.n_half[j] += 1

    def results(self, scenario: Scenario, seed: int, final: dict, part: int = 0) -> Results:
        """Part ``part``'s results so far; ``final`` is the simulation's current indicator values."""
        L, j, D = self.layout, part, self.detail
        n = min(self.row, L.horizons[j] + 1)
        cols, dd = L.cols(j), slice(j * D, (j + 1) * D)
        if self.full:
            series = {k: v[:n, cols] for k, v in self.data.items()}
            summaries = Summaries(series)
            detail = {k: v[:, :D] for k, v in series.items()}
        else:
            series = None
            summaries = {k: Summary(*v[:, :n, j]) for k, v in self.stats.items()}
            detail = {k: v[:n, dd] for k, v in self.detail_data.items()}
        flags = self.event_flags[:n, :, cols if self.full else dd]
        halves = max(self.n_half[j], 1)
        return Results(
            scenario=scenario, seed=seed, replicates=L.R,
            steps=np.arange(n), series=series, summaries=summaries, detail=detail,
            components=self.components[:n, dd], mean_components=self.mean_components[:n, j],
            ties=self.ties[:n, dd], flows=self.flows[:n, dd],
            events=event_table(flags, L.leads[j], self.rivals),
            final=self.finals[j] or _final(final, cols),
            half_means={name: s[cols] / halves for name, s in self.sums.items()},
            shares=self.extras["shares"][:n, dd], mean_shares=self.mean_extras["shares"][:n, j],
            strategy=self.extras["strategy"][:n, dd], mean_strategy=self.mean_extras["strategy"][:n, j],
        )


def _final(values: dict, cols: slice) -> dict:
    """Copies of the indicators of columns ``cols``, (replicates[, departments]) in float64."""
    return {name: np.array(values[name][..., cols].T, copy=True, dtype=float) for name in C.INDICATORS}


def event_table(flags: np.ndarray, lead: int, rivals: int = 0) -> np.ndarray:
    """Events flagged in ``flags`` (step, slot, replicate) as one structured array, sorted by
    step, then replicate; rows after codes.EVENT_SLOTS are the rival tasks' (codes.RIVAL_EVENTS
    of rival 0, then rival 1, ...)."""
    slots = list(C.EVENT_SLOTS) + [(code, C.rival_department(k)) for k in range(rivals)
                                   for code in C.RIVAL_EVENTS]
    codes = np.array([c for c, _ in slots], dtype=np.int8)
    depts = np.array([lead if d == C.THE_LEAD else d for _, d in slots], dtype=np.int16)
    # nonzero of the (step, replicate, slot) view lists them by step, replicate, then slot
    step, reps, which = np.nonzero(flags.transpose(0, 2, 1))
    table = np.empty(which.size, dtype=C.EVENT_DTYPE)
    table["step"] = step
    table["replicate"] = reps
    table["department"] = depts[which]
    table["code"] = codes[which]
    return table


class FinalRecorder(Recorder):
    """Recording 'final': only what a part's final state and second-half means need (a sweep's
    final rows and the forms), nothing per step; the same final state and means as a full
    recording, bit for bit (tests/test_engine_batch.py). It takes (and ignores) whatever else a
    Recorder is given to record."""

    def __init__(self, layout: Layout, n: int, full: bool = False, *more, **extra) -> None:  # noqa: ARG002
        L = self.layout = layout
        self.full, self.detail, self.N, self.R, self.row = False, L.D, n, L.R, 0
        self.half_start = [max(1, h // 2 + 1) for h in L.horizons]
        self.uniform = len(set(L.horizons)) == 1
        self.sums = {name: np.zeros(L.columns) for name in HALF_MEANS}
        self.n_half = [0] * L.S
        self.finals: list[dict | None] = [None] * L.S

    def record(self, values: dict, comps, ties, flows, events, half: dict, *more, **extra) -> None:
        i, L = self.row, self.layout
        self._half(i, half)
        for j, h in enumerate(L.horizons):
            if h == i < L.horizon:
                self.finals[j] = _final(values, L.cols(j))
        self.row += 1

    def results(self, scenario: Scenario, seed: int, final: dict, part: int = 0) -> Results:
        L, j, N, K = self.layout, part, self.N, len(C.COMPONENTS)
        cols = L.cols(j)
        n = min(self.row, L.horizons[j] + 1)
        empty = np.empty((0, 0, N, N))
        given = dict(
            scenario=scenario, seed=seed, replicates=L.R, steps=np.arange(n), series=None,
            summaries={}, detail={}, components=np.empty((0, 0, N, K)),
            mean_components=np.empty((0, N, K)), ties=empty, flows=empty,
            events=np.empty(0, dtype=C.EVENT_DTYPE), final=self.finals[j] or _final(final, cols),
            half_means={name: s[cols] / max(self.n_half[j], 1) for name, s in self.sums.items()},
        )
        # any other per-step record of Results (present or added later): nothing recorded
        rest = {f.name: np.empty(0) for f in fields(Results) if f.name not in given}
        return Results(**given, **rest)
