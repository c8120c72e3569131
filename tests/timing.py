"""Wall-clock bounds for tests on a shared machine: the bound an idle machine must meet,
stretched by how oversubscribed the cores are (the 1-minute load average over the core count).

The suite runs one worker per core beside other engineers' suites; at load 7 on 2 cores a
process gets about a third of a core, and a window that answers in 0.4 s on an idle machine
answers in 1.1 s. The failures these bounds catch (a window that waits for a 15-30 s run, a
guard that never fires) are many times the bound, so stretching it keeps them caught.
"""

from __future__ import annotations

import os


def slack() -> float:
    """1 on an idle or fully used machine; load / cores when more is runnable than there are cores."""
    try:
        load = os.getloadavg()[0]
    except OSError:  # not on this platform
        return 1.0
    return max(1.0, load / (os.cpu_count() or 1))


def within(seconds: float) -> float:
    """``seconds`` on an idle machine, stretched on a busy one (at most 5 times)."""
    return seconds * min(slack(), 5.0)
