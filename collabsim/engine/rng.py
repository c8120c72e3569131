"""Random numbers: one numpy PCG64 ``Generator`` stream per run (replicate), drawn in blocks.

Replicate k of an ensemble with base seed s is the run with seed s + k: its random numbers are
the stream of :func:`generator` (s + k) and nothing else draws from it, so an ensemble's replicate
k is bit-identical to a single run with that seed, and two scenarios with the same departments see
the same random numbers (common random numbers).

The PCG64 state and increment are derived from the seed with SplitMix64 (Steele et al. 2014)
instead of ``SeedSequence``: creating 10,000 generators through ``SeedSequence`` costs more than
simulating them. One PCG64 object is re-pointed at each replicate's state in turn.

Uniforms are single precision (24 random bits: ample for Bernoulli draws and noise, and half
the memory), exactly numpy's ``Generator.random(dtype=np.float32)``: each 64-bit PCG64 output
gives two, its low 32 bits first, as ``(u32 >> 8) * 2**-24``. The engine draws the raw 64-bit
outputs (``random_raw``) and converts them for all replicates at once, 3x faster than numpy's
float32 draws one replicate at a time (tests/test_engine_core.py checks they agree). Each step
consumes a fixed block of uniforms per replicate: 8 global slots, then one noise and one
attendance slot per department.

The superiors' side (issue 10) draws its uniforms from :class:`Counter`, a counter-based generator:
uniform j of step t of the run with seed s is SplitMix64's finaliser of (key(s), t, j), computed
for all replicates at once (a few numpy operations per step instead of a second stream per
replicate). Slots: S_EMERGENCY, S_REPORT, S_MEETING, then RIVAL_SLOTS for each rival task k at
``N_SUPERIOR + RIVAL_SLOTS * k`` — so the departments' stream is the same with or without the
superiors' features, and rival k's numbers do not depend on how many rivals there are (common
random numbers across rival counts).
"""

from __future__ import annotations

import sys

import numpy as np

N_GLOBAL = 8
(U_INSPECT, U_UNANNOUNCED, U_OP, U_ENDORSE, U_BACKFIRE, U_DETECT, U_PROBLEM, U_SALIENCE) = range(8)
#: the superiors' counter-based uniforms: three slots, then RIVAL_SLOTS per rival task
N_SUPERIOR = 3
(S_EMERGENCY, S_REPORT, S_MEETING) = range(N_SUPERIOR)
RIVAL_SLOTS = 3
(R_SALIENCE, R_DELIVERY, R_BACKFIRE) = range(RIVAL_SLOTS)
SUPERIOR_SALT = 0x5D588B656C078965  # mixed into the key of the superiors' uniforms
BLOCK_BYTES = 100_000_000
MAX_BLOCK_STEPS = 64
COUNTER_BYTES = 512_000  # the superiors' uniforms computed ahead (Counter): a block stays in cache
_MASK64 = (1 << 64) - 1


def initial_state(seed: int) -> dict:
    """The PCG64 bit-generator state of the run with ``seed``."""
    return _state_dict(*initial_words(np.array([seed], dtype=np.uint64))[:, 0])


def initial_words(seeds: np.ndarray) -> np.ndarray:
    """Four SplitMix64 outputs per seed, shaped (4, len(seeds)) — vectorised for big ensembles."""
    x = seeds.astype(np.uint64)
    out = np.empty((4, x.size), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(4):
            x = x + np.uint64(0x9E3779B97F4A7C15)
            z = x
            z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
            z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
            out[j] = z ^ (z >> np.uint64(31))
    return out


def _state_dict(w0, w1, w2, w3) -> dict:
    return {
        "bit_generator": "PCG64",
        "state": {"state": (int(w0) << 64) | int(w1), "inc": ((int(w2) << 64) | int(w3)) | 1},
        "has_uint32": 0,
        "uinteger": 0,
    }


def generator(seed: int) -> np.random.Generator:
    """A standalone Generator producing exactly the stream of the run with ``seed``."""
    bg = np.random.PCG64()
    bg.state = initial_state(seed)
    return np.random.Generator(bg)


class Streams:
    """Per-replicate streams, drawn ahead in blocks of steps to bound memory.

    With ``copies`` > 1 (the batched engine: scenarios side by side, each with the same seeds)
    each stream is drawn once and its uniforms repeated for every copy: columns
    ``j * len(seeds) + k`` all get the stream of ``seeds[k]``.
    """

    def __init__(self, seeds: np.ndarray, n_departments: int, horizon: int | None = None,
                 copies: int = 1) -> None:
        w0, w1, w2, w3 = initial_words(np.asarray(seeds, dtype=np.uint64)).tolist()
        # (state, increment) of each replicate's PCG64, as Python ints (a template dict is
        # re-pointed at them: building 10,000 nested dicts costs more than drawing)
        self.states = [((a << 64) | b, ((c << 64) | d) | 1)
                       for a, b, c, d in zip(w0, w1, w2, w3, strict=True)]
        self.width = N_GLOBAL + 2 * n_departments
        self.copies = int(copies)
        per_step = len(seeds) * self.width * 4 * (1 + self.copies)
        fits = BLOCK_BYTES // max(per_step, 1)
        self.block = int(max(1, min(horizon or MAX_BLOCK_STEPS, MAX_BLOCK_STEPS, fits)))
        # a block uses whole 64-bit outputs: with an odd width, an even number of steps (a step
        # drawn beyond the horizon is never used; the stream is the same however it is blocked)
        self.block += (self.block * self.width) % 2
        # raw 64-bit outputs, converted in place to float32 uniforms (two per output: same bytes)
        self._raw = np.empty((len(seeds), self.block * self.width // 2), dtype=np.uint64)
        self._buf = self._raw.view(np.float32).reshape(len(seeds), self.block, self.width)
        self._t = np.empty((self.block, self.width, len(seeds) * self.copies), dtype=np.float32)
        self._pos = self.block
        self._drawn = 0
        self._needed = horizon if horizon is not None else float("inf")  # steps to draw
        self._bg = np.random.PCG64(0)  # seeded only to avoid gathering OS entropy; re-pointed below
        self._template = _state_dict(0, 0, 0, 1)

    def next(self) -> np.ndarray:
        """Uniforms in [0, 1) for one step, shaped (width, replicates)."""
        if self._pos == self.block:
            bg, raw, buf, states = self._bg, self._raw, self._buf, self.states
            keep = self._drawn + self.block < self._needed  # another block will follow
            template = self._template
            inner = template["state"]
            per = raw.shape[1]
            for i, (state, inc) in enumerate(states):
                inner["state"], inner["inc"] = state, inc
                bg.state = template
                raw[i] = bg.random_raw(per)
                if keep:
                    now = bg.state["state"]
                    states[i] = (now["state"], now["inc"])
            self._drawn += self.block
            # conversion to uniforms, then one transposing copy per block, so each step reads
            # contiguous rows; in chunks of replicates, which keeps both sides in cache (5x faster
            # than one big transpose, the conversion 2x faster than over the whole block)
            R = len(states)
            for r0 in range(0, R, 256):
                r1 = min(r0 + 256, R)
                to_uniforms(raw[r0:r1], buf[r0:r1])
                np.copyto(self._t[:, :, r0:r1], buf[r0:r1].transpose(1, 2, 0))
            for j in range(1, self.copies):
                np.copyto(self._t[:, :, j * R:(j + 1) * R], self._t[:, :, :R])
            self._pos = 0
        out = self._t[self._pos]
        self._pos += 1
        return out


_LITTLE = sys.byteorder == "little"


def to_uniforms(raw: np.ndarray, out: np.ndarray, little: bool = _LITTLE) -> None:
    """Write the float32 uniforms of the 64-bit outputs ``raw`` (rows, k) into ``out`` (rows, 2k
    values, any shape; it may be ``raw``'s own memory): numpy's float32 draws, low half first.
    ``raw`` is consumed (shifted in place)."""
    if little:  # the uint32 view lists each output's low half, then its high half
        halves = raw.view(np.uint32)
    else:
        halves = np.stack([raw & np.uint64(0xFFFFFFFF), raw >> np.uint64(32)], axis=-1).astype(np.uint32)
    halves = halves.reshape(raw.shape[0], -1)
    np.right_shift(halves, 8, out=halves)
    np.multiply(halves, np.float32(2.0**-24), out=out.reshape(raw.shape[0], -1), dtype=np.float32)


_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_SLOTS_PER_STEP = 1 << 16  # counter = step * 2**16 + slot


def _mix(z: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser, in place on a uint64 array (wrapping arithmetic)."""
    z ^= z >> np.uint64(30)
    z *= _M1
    z ^= z >> np.uint64(27)
    z *= _M2
    z ^= z >> np.uint64(31)
    return z


class Counter:
    """Counter-based uniforms of the superiors' side: ``next()`` gives (slots, columns) float32 for
    the next step; column ``j * len(seeds) + k`` (copy j) gets the numbers of ``seeds[k]``.
    Computed for a block of steps at once (the same wrapping arithmetic, element by element:
    a few numpy operations per block instead of per step), at most COUNTER_BYTES of them (one
    step at a time for large ensembles)."""

    def __init__(self, seeds: np.ndarray, slots: int, copies: int = 1,
                 horizon: int | None = None) -> None:
        with np.errstate(over="ignore"):
            keys = _mix(np.asarray(seeds, dtype=np.uint64) ^ np.uint64(SUPERIOR_SALT))
        self.keys = np.tile(keys, int(copies))
        self.offsets = (np.arange(slots, dtype=np.uint64) * _GOLDEN)[:, None]
        self.t = 0
        per_step = max(slots * self.keys.size * 12, 1)  # uint64 counters and float32 uniforms
        self.block = int(max(1, min(horizon or MAX_BLOCK_STEPS, MAX_BLOCK_STEPS, COUNTER_BYTES // per_step)))
        self._buf = None
        self._pos = self._end = 0

    def next(self) -> np.ndarray:
        self.t += 1
        if self.t > self._end:  # the next block of steps t .. t + block - 1
            steps = np.arange(self.t, self.t + self.block, dtype=np.uint64)[:, None, None]
            with np.errstate(over="ignore"):
                z = self.keys + self.offsets  # (slots, columns): a new array
                z = z + (steps * np.uint64(_SLOTS_PER_STEP)) * _GOLDEN  # (block, slots, columns)
                _mix(z)
            z >>= np.uint64(40)
            out = z.astype(np.float32)
            out *= np.float32(2.0 ** -24)
            self._buf, self._start, self._end = out, self.t, self.t + self.block - 1
        return self._buf[self.t - self._start]
