"""How much memory and time a run will take, and whether it fits this machine (no Qt).

:func:`estimate` predicts the peak memory and the wall time of ``Simulation(...).run()`` from
the number of departments, steps, replicates and the recording mode, using the array shapes the
engine allocates (``recorder.py``, ``simulation.py``, ``rng.py``); ``tests/test_engine_budget.py``
checks the memory figure against numpy's real allocations (tracemalloc) so it stays honest when
the engine changes. The time figure is calibrated on this project's 2-core build machine; it is
a guide (a busy or slower machine takes longer), not a promise.

:func:`plan` decides before anything is allocated: run as asked, switch to summary recording
when full recording would not fit the memory this process may use (:func:`memory_limit`:
free memory, ``ulimit -v``/``-d`` and the cgroup limit), or refuse. It returns codes and
figures, never UI text: the CLI and the GUI word the message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from collabsim.engine import codes as C
from collabsim.engine.recorder import EXACT_MAX
from collabsim.engine.rng import BLOCK_BYTES, MAX_BLOCK_STEPS, N_GLOBAL

#: full recording is chosen by ``record='auto'`` up to this many replicates (Simulation)
AUTO_FULL_MAX = 2000
#: share of the usable memory a run may plan to take (the rest: interpreter, Qt, fragmentation)
SAFETY = 0.8
#: fixed overhead of a run (Python objects, small arrays), bytes
BASE_BYTES = 8_000_000
#: seconds per step: constant, per replicate, per department-replicate, per department²-replicate
#: (least squares over 8 shapes, 2-50 departments, 10-5,000 replicates; see the module docstring)
TIME_COEF = (4.4e-4, 5.2e-7, 4.9e-8, 5.9e-9)

# statuses of a plan
OK = "ok"
SWITCHED = "switched_to_summary"
TOO_BIG = "too_big"


@dataclass(frozen=True)
class Estimate:
    """Predicted peak memory (bytes) and wall time (seconds) of one ensemble run."""

    bytes: int
    seconds: float
    record: str  # 'full' or 'summary' (what 'auto' resolves to)


@dataclass(frozen=True)
class Plan:
    """What to do with a request: ``status`` is OK, SWITCHED or TOO_BIG."""

    status: str
    record: str
    estimate: Estimate  # of the run as planned (the summary run when switched)
    asked: Estimate  # of the run as asked
    limit: int | None  # bytes this process may use, None when unknown

    @property
    def runnable(self) -> bool:
        return self.status != TOO_BIG


def resolve_record(record: str, replicates: int) -> str:
    if record not in ("auto", "full", "summary"):
        raise ValueError("record must be 'auto', 'full' or 'summary'")
    if record == "auto":
        return "full" if replicates <= AUTO_FULL_MAX else "summary"
    return record


def estimate(departments: int, steps: int, replicates: int, record: str = "auto",
             detail: int = 1) -> Estimate:
    """Peak memory and time of a run of ``steps`` steps (the horizon) of this size."""
    n, r, t = max(1, int(departments)), max(1, int(replicates)), max(1, int(steps)) + 1
    mode = resolve_record(record, r)
    per_dept = sum(1 for v in C.INDICATORS.values() if v)
    per_rep = len(C.INDICATORS) - per_dept
    k = len(C.COMPONENTS)
    d = min(max(1, detail), r)
    f32, f64 = 4, 8
    # state: tie strengths and their scratch copy (N x N x R), plus step temporaries of that size
    state = 4 * n * n * r * f32 + (k + 24) * n * r * f32 + 32 * r * f32
    width = N_GLOBAL + 2 * n
    block = max(1, min(t, MAX_BLOCK_STEPS, BLOCK_BYTES // max(r * width * f32 * 2, 1)))
    streams = 2 * r * block * width * f32
    # per-step detail kept in both modes: components, their mean, ties and flows
    detail_bytes = t * (d * n * k + n * k + 2 * d * n * n) * f64
    if mode == "full":
        series = (per_dept * n + per_rep) * t * r * f64
        # Summary.of sorts one indicator at a time: a copy of the largest series, twice
        post = 2 * t * r * n * f64
        record_bytes = series + post
    else:
        stats = 4 * t * (per_dept * n + per_rep) * f64
        kept = t * d * (per_dept * n + per_rep) * f64
        # quantiles of one (N x R) indicator per step: sorted copies or histogram indices
        scratch = (4 if r <= EXACT_MAX else 6) * n * r * f64
        record_bytes = stats + kept + scratch
    final = len(C.INDICATORS) * n * r * f64 + 8 * r * f64
    total = BASE_BYTES + state + streams + detail_bytes + record_bytes + final
    c0, c1, c2, c3 = TIME_COEF
    seconds = (t - 1) * (c0 + c1 * r + c2 * r * n + c3 * r * n * n)
    return Estimate(bytes=int(total), seconds=float(seconds), record=mode)


def plan(departments: int, steps: int, replicates: int, record: str = "auto",
         limit: int | None = -1, detail: int = 1) -> Plan:
    """Decide how to run a request within ``limit`` bytes (default: :func:`memory_limit`).

    An explicit ``record='full'`` that does not fit is refused rather than switched (the caller
    asked for every trajectory); 'auto' falls back to summary recording when that fits.
    """
    if limit == -1:
        limit = memory_limit()
    asked = estimate(departments, steps, replicates, record, detail)
    if limit is None or asked.bytes <= limit * SAFETY:
        return Plan(OK, asked.record, asked, asked, limit)
    if asked.record == "full" and record == "auto":
        summary = estimate(departments, steps, replicates, "summary", detail)
        if summary.bytes <= limit * SAFETY:
            return Plan(SWITCHED, "summary", summary, asked, limit)
    return Plan(TOO_BIG, asked.record, asked, asked, limit)


def max_replicates(departments: int, steps: int, limit: int, record: str = "summary") -> int:
    """The largest ensemble that fits ``limit`` bytes (0 when not even one replicate does)."""
    lo, hi = 0, 1
    while hi <= 10_000_000 and estimate(departments, steps, hi, record).bytes <= limit * SAFETY:
        lo, hi = hi, hi * 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if estimate(departments, steps, mid, record).bytes <= limit * SAFETY:
            lo = mid
        else:
            hi = mid
    return lo


# ------------------------------------------------------------------ what this process may use
def memory_limit() -> int | None:
    """Bytes this process may still allocate: the least of free memory (MemAvailable), the
    headroom under ``RLIMIT_AS``/``RLIMIT_DATA`` and the cgroup's limit; None when unknown."""
    found = [x for x in (_mem_available(), _rlimit_headroom(), _cgroup_headroom()) if x is not None]
    return max(0, min(found)) if found else None


def _meminfo(path: str, key: str) -> int | None:
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _mem_available() -> int | None:
    found = _meminfo("/proc/meminfo", "MemAvailable:")
    if found is not None:
        return found
    try:  # macOS and other POSIX: physical memory (no notion of "available" without psutil)
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _rlimit_headroom() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    room = []
    for name, status_key in (("RLIMIT_AS", "VmSize:"), ("RLIMIT_DATA", "VmData:")):
        which = getattr(resource, name, None)
        if which is None:
            continue
        soft, _hard = resource.getrlimit(which)
        if soft == resource.RLIM_INFINITY or soft < 0:
            continue
        used = _meminfo("/proc/self/status", status_key) or 0
        room.append(soft - used)
    return min(room) if room else None


def _cgroup_headroom() -> int | None:
    try:
        with open("/proc/self/cgroup", encoding="ascii") as fh:
            rel = next((line.split(":", 2)[2].strip() for line in fh if line.startswith("0::")), None)
        if rel is None:
            return None
        base = os.path.join("/sys/fs/cgroup", rel.lstrip("/"))
        with open(os.path.join(base, "memory.max"), encoding="ascii") as fh:
            text = fh.read().strip()
        if text == "max":
            return None
        with open(os.path.join(base, "memory.current"), encoding="ascii") as fh:
            return int(text) - int(fh.read().strip())
    except (OSError, ValueError, StopIteration):
        return None


# ------------------------------------------------------------------ a run that can be stopped
class Cancelled(Exception):
    """The run was cancelled between two steps; nothing was produced."""


def run_bounded(scenario, seed: int, replicates: int, record: str = "auto", cancel=None,
                progress=None):
    """Run the ensemble step by step: ``cancel`` (anything with ``is_set()``, e.g. a
    ``threading.Event``) is checked before every step and raises :class:`Cancelled`;
    ``progress(step, horizon)`` is called after each step. Returns the Results."""
    from collabsim.engine.simulation import Simulation

    sim = Simulation(scenario, seed=seed, replicates=replicates, record=record)
    horizon = scenario.task.horizon
    while not sim.done:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        sim.step()
        if progress is not None:
            progress(sim.t, horizon)
    return sim.results()
