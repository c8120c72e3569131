"""Sampling designs: the scenarios an experiment runs, as {lever path: value} points.

``factorial`` crosses every lever's values (BehaviorSpace's "vary variables"); ``zip`` takes the
i-th value of every lever together; ``lhs`` (Latin hypercube) and ``sobol`` (scrambled Sobol'
sequence) sample ``samples`` points from the levers' ranges with scipy.stats.qmc, seeded by
``design.seed`` so the same file gives the same scenarios. Discrete levers (switches, choices,
explicit value lists) are sampled by splitting [0, 1) into equal bins.
"""

from __future__ import annotations

import itertools
import math
import warnings
from collections.abc import Sequence
from typing import Any, Protocol

from .errors import need


class Experiment(Protocol):
    """What a design reads of an experiment (spec.Experiment has it; no import of spec here,
    which imports this module)."""

    levers: Sequence[Any]  # spec.LeverSpec: path, values, grid, product, from_unit
    design: str
    samples: int
    design_seed: int


def count(exp: Experiment) -> int:
    """How many scenarios the design has, without generating them."""
    if not exp.levers:
        return 1
    if exp.design == "factorial":
        return math.prod(len(s.grid()) for s in exp.levers)
    if exp.design == "zip":
        return len(exp.levers[0].values)
    return exp.samples


def points(exp: Experiment) -> list[dict[str, Any]]:
    if not exp.levers:
        return [{}]
    paths = [s.path for s in exp.levers]
    if exp.design == "factorial":
        return [
            dict(zip(paths, combo, strict=True))
            for combo in itertools.product(*(s.grid() for s in exp.levers))
        ]
    if exp.design == "zip":
        return [
            dict(zip(paths, combo, strict=True))
            for combo in zip(*(s.values for s in exp.levers), strict=True)
        ]
    unit = unit_sample(exp.design, len(paths), exp.samples, exp.design_seed)
    return [
        {p: s.from_unit(float(u)) for p, s, u in zip(paths, exp.levers, row, strict=True)}
        for row in unit
    ]


def unit_sample(method: str, dims: int, n: int, seed: int):
    """``n`` points in [0, 1)^dims by Latin hypercube or scrambled Sobol' sampling."""
    qmc = need("scipy.stats.qmc")
    if method == "lhs":
        return qmc.LatinHypercube(d=dims, rng=seed).random(n)
    with warnings.catch_warnings():  # n need not be a power of two for a sweep
        warnings.simplefilter("ignore", UserWarning)
        return qmc.Sobol(d=dims, scramble=True, rng=seed).random(n)
