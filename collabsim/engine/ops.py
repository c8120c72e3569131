"""Small numeric helpers shared by the simulation and the recorder."""

from __future__ import annotations

import numpy as np


def dsum(a: np.ndarray) -> np.ndarray:
    """Sum over departments (axis 0), always in the same order.

    numpy sums a contiguous axis pairwise but a strided one sequentially, so ``a.sum(axis=0)``
    of a (departments, 1) array and of a (departments, R) array can differ in the last bit;
    that would break "replicate k of an ensemble equals the single run with seed k".
    """
    return np.add.accumulate(a, axis=0)[-1]  # sequential by definition, and one ufunc call
