"""Random numbers: one numpy PCG64 ``Generator`` stream per run (replicate), drawn in blocks.

Replicate k of an ensemble with base seed s is the run with seed s + k: its random numbers are
the stream of :func:`generator` (s + k) and nothing else draws from it, so an ensemble's replicate
k is bit-identical to a single run with that seed, and two scenarios with the same departments see
the same random numbers (common random numbers).

The PCG64 state and increment are derived from the seed with SplitMix64 (Steele et al. 2014)
instead of ``SeedSequence``: creating 10,000 generators through ``SeedSequence`` costs more than
simulating them. One PCG64 object is re-pointed at each replicate's state in turn.

Each step consumes a fixed block of uniforms per replicate: 8 global slots, then one noise and
one attendance slot per department.
"""

from __future__ import annotations

import numpy as np

N_GLOBAL = 8
(U_INSPECT, U_UNANNOUNCED, U_OP, U_ENDORSE, U_BACKFIRE, U_DETECT, U_PROBLEM, U_SALIENCE) = range(8)
BLOCK_BYTES = 96_000_000
MAX_BLOCK_STEPS = 64
_MASK64 = (1 << 64) - 1


def _splitmix64(x: int) -> tuple[int, int]:
    """One SplitMix64 step: (next state, output)."""
    x = (x + 0x9E3779B97F4A7C15) & _MASK64
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x, z ^ (z >> 31)


def initial_state(seed: int) -> dict:
    """The PCG64 bit-generator state of the run with ``seed``."""
    x = int(seed) & _MASK64
    words = []
    for _ in range(4):
        x, out = _splitmix64(x)
        words.append(out)
    return {
        "bit_generator": "PCG64",
        "state": {"state": (words[0] << 64) | words[1], "inc": ((words[2] << 64) | words[3]) | 1},
        "has_uint32": 0,
        "uinteger": 0,
    }


def generator(seed: int) -> np.random.Generator:
    """A standalone Generator producing exactly the stream of the run with ``seed``."""
    bg = np.random.PCG64()
    bg.state = initial_state(seed)
    return np.random.Generator(bg)


class Streams:
    """Per-replicate streams, drawn ahead in blocks of steps to bound memory."""

    def __init__(self, seeds: np.ndarray, n_departments: int) -> None:
        self.states = [initial_state(int(s)) for s in seeds]
        self.width = N_GLOBAL + 2 * n_departments
        per_step = len(seeds) * self.width * 8
        self.block = int(max(1, min(MAX_BLOCK_STEPS, BLOCK_BYTES // max(per_step, 1))))
        self._buf = np.empty((len(seeds), self.block, self.width))
        self._pos = self.block
        self._bg = np.random.PCG64()
        self._gen = np.random.Generator(self._bg)

    def next(self) -> np.ndarray:
        """Uniforms in [0, 1) for one step, shaped (replicates, width)."""
        if self._pos == self.block:
            bg, gen, buf, states = self._bg, self._gen, self._buf, self.states
            for i, st in enumerate(states):
                bg.state = st
                gen.random(out=buf[i])
                states[i] = bg.state
            self._pos = 0
        out = self._buf[:, self._pos, :]
        self._pos += 1
        return out
