"""A one- or two-lever sweep for the app: numpy only (no pandas), cancellable, with progress.

``GridSweep(base, [(path, values), ...], replicates, seed)`` runs every combination of one or two
levers' values on common seeds, one scenario at a time, and keeps per scenario the mean, median,
10 % and 90 % of every final output and the share of each collaboration form: what a line plot
(one lever) or a heat map (two levers) shows. ``run(progress, cancelled)`` calls
``progress(done, total)`` after each scenario and stops with :class:`Cancelled` as soon as
``cancelled()`` is true, so a window can cancel it or close without waiting for long.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from collabsim.engine import codes
from collabsim.scenario import Scenario

from .errors import INCONSISTENT, ExperimentError
from .levers import Lever, apply, resolve
from .tidy import simulate_many

FORMS = tuple(codes.FORM_NAMES[i] for i in sorted(codes.FORM_NAMES))
STATS = ("mean", "median", "p10", "p90")
MAX_CELLS = 2500
BATCH_RUNS = 2000  # scenario-replicates between two progress reports


class Cancelled(Exception):
    """The sweep was cancelled; ``done`` scenarios had finished."""

    def __init__(self, done: int) -> None:
        super().__init__(f"cancelled after {done} scenarios")
        self.done = done


@dataclass
class GridResult:
    levers: list[Lever]
    values: list[tuple]  # the values of each lever (axis order)
    stats: dict[str, np.ndarray]  # output -> shape + (4,) (STATS order)
    shares: np.ndarray  # shape + (len(FORMS),)
    replicates: int
    seed: int

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(len(v) for v in self.values)

    def field(self, name: str, stat: str = "mean") -> np.ndarray:
        """The values to plot: an output's statistic, or ``share_<form>``."""
        if name.startswith("share_"):
            return self.shares[..., FORMS.index(name.removeprefix("share_"))]
        return self.stats[name][..., STATS.index(stat)]

    def point(self, index: tuple[int, ...]) -> dict[str, Any]:
        return {lv.path: vals[i] for lv, vals, i in zip(self.levers, self.values, index, strict=True)}

    def to_csv(self) -> str:
        """One row per cell: the levers, then every statistic of every output and the form shares."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        names = list(self.stats)
        w.writerow([lv.path for lv in self.levers] + ["replicates", "base_seed"]
                   + [f"{n}.{s}" for n in names for s in STATS] + [f"share_{f}" for f in FORMS])
        for index in np.ndindex(*self.shape):
            row = [_plain(v) for v in self.point(index).values()] + [self.replicates, self.seed]
            row += [f"{self.stats[n][index][j]:.6g}" for n in names for j in range(len(STATS))]
            row += [f"{self.shares[index][j]:.6g}" for j in range(len(FORMS))]
            w.writerow(row)
        return buf.getvalue()


def _plain(v: Any) -> Any:
    return ("TRUE" if v else "FALSE") if isinstance(v, bool) else v  # what R and pandas read as logical


class GridSweep:
    def __init__(self, base: Scenario, levers: list[tuple[str, list]], replicates: int = 50,
                 seed: int = 1, batch_runs: int = BATCH_RUNS) -> None:
        if not 1 <= len(levers) <= 2:
            raise ExperimentError(INCONSISTENT, "levers", detail="pick one or two levers")
        self.base, self.replicates, self.seed = base, int(replicates), int(seed)
        self.batch_runs = max(1, int(batch_runs))
        self.levers, self.values = [], []
        for i, (path, values) in enumerate(levers):
            lever = resolve(path, base, where=f"levers[{i}]")
            vals = tuple(dict.fromkeys(lever.check(v, f"levers[{i}].values[{j}]")
                                       for j, v in enumerate(values)))
            if not vals:
                raise ExperimentError("too_few", f"levers[{i}].values", detail="0", allowed=1)
            self.levers.append(lever)
            self.values.append(vals)
        if len(self.levers) == 2 and self.levers[0].path == self.levers[1].path:
            raise ExperimentError("duplicate_name", "levers[1]", self.levers[1].path)
        cells = int(np.prod([len(v) for v in self.values]))
        if cells > MAX_CELLS:
            raise ExperimentError("too_much_work", "levers", detail=f"{cells} cells", allowed=MAX_CELLS)

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(len(v) for v in self.values)

    def scenario(self, index: tuple[int, ...]) -> Scenario:
        """The scenario of one cell (to open it in the app)."""
        return apply(self.base, {lv.path: vals[i] for lv, vals, i in
                                 zip(self.levers, self.values, index, strict=True)})

    def run(self, progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> GridResult:
        shape, total = self.shape, int(np.prod(self.shape))
        stats: dict[str, np.ndarray] = {}
        shares = np.zeros(shape + (len(FORMS),))
        cells = list(np.ndindex(*shape))
        per = max(1, self.batch_runs // self.replicates)  # cells run together (batched engine), then
        done = 0  # progress and a chance to cancel
        while done < total:
            if cancelled is not None and cancelled():
                raise Cancelled(done)
            chunk = cells[done:done + per]
            results = simulate_many([self.scenario(i) for i in chunk], self.seed, self.replicates,
                                    "final", 1, ())
            for index, cols in zip(chunk, results, strict=True):
                for name, value in cols.items():
                    if name in ("replicate", "form"):
                        continue
                    v = np.asarray(value, dtype=np.float64)
                    out = stats.setdefault(name, np.zeros(shape + (len(STATS),)))
                    out[index] = (v.mean(), np.median(v), np.quantile(v, 0.1), np.quantile(v, 0.9))
                shares[index] = [(cols["form"] == f).mean() for f in FORMS]
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        return GridResult(self.levers, self.values, stats, shares, self.replicates, self.seed)


def default_values(lever: Lever, steps: int = 5, low: float | None = None,
                   high: float | None = None) -> list:
    """Values for a lever picked in the app: all levels of a switch or choice, else ``steps``
    evenly spaced points of [low, high] (the field's range by default)."""
    if lever.discrete:
        return list(lever.levels())
    lo = lever.low if low is None else low
    hi = lever.high if high is None else high
    pts = np.linspace(lo, hi, max(1, steps)).tolist()
    if lever.kind == "integer":
        return list(dict.fromkeys(int(round(v)) for v in pts))
    return [round(v, 10) for v in pts]
