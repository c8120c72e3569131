"""The work estimate (collabsim.engine.budget) against what the engine really allocates, and the
CLI refusing, switching to summary recording, showing progress and stopping on Ctrl-C — under a
real memory cap (``resource.setrlimit`` in a subprocess). Reproduces issue 13 item 7 (CLI)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from dataclasses import replace

import pytest

from collabsim.engine import Simulation, budget
from collabsim.presets import load_preset
from collabsim.scenario import save_scenario

resource = pytest.importorskip("resource")  # POSIX only


def wide(n: int, steps: int):
    """case C widened to ``n`` departments (copies of its departments, renamed)."""
    s = load_preset("case_c")
    deps = list(s.departments)
    while len(deps) < n:
        d = deps[len(deps) % 8]
        deps.append(replace(d, name=f"部门{len(deps)}", name_en=f"Dept {len(deps)}", lead=False))
    return replace(s, departments=tuple(deps[:n]), task=replace(s.task, horizon=steps))


@pytest.mark.parametrize("n, reps, steps, record", [
    (8, 1000, 60, "full"), (50, 200, 40, "full"), (20, 3000, 30, "summary"), (3, 6000, 40, "summary"),
])
def test_estimate_bounds_the_real_allocations(n, reps, steps, record):
    """numpy's allocations (tracemalloc sees them) stay under the estimate, and the estimate is
    not wildly pessimistic (a refused run must really not have fitted)."""
    s = wide(n, steps)
    tracemalloc.start()
    try:
        Simulation(s, seed=1, replicates=reps, record=record).run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    est = budget.estimate(n, steps, reps, record)
    assert peak <= est.bytes <= 2.0 * peak + budget.BASE_BYTES, (peak, est.bytes)


def test_the_reported_run_is_estimated_as_too_big_for_4_gb():
    """Issue 13: 50 x 2,000 x 2,000 took 74 s and 8.6 GB; with 4 GB it was killed without a word."""
    asked = budget.estimate(50, 2000, 2000)
    assert asked.record == "full" and 8e9 < asked.bytes < 12e9
    assert 30 < asked.seconds < 200
    plan = budget.plan(50, 2000, 2000, limit=4 * 2**30)
    assert plan.status == budget.SWITCHED and plan.record == "summary"
    assert plan.estimate.bytes < 1e9
    assert budget.plan(50, 2000, 2000, record="full", limit=4 * 2**30).status == budget.TOO_BIG
    assert budget.plan(50, 2000, 100_000, limit=2**30).status == budget.TOO_BIG
    assert budget.plan(8, 26, 100, limit=4 * 2**30).status == budget.OK
    most = budget.max_replicates(50, 2000, 4 * 2**30)
    assert budget.estimate(50, 2000, most, "summary").bytes <= 4 * 2**30 * budget.SAFETY
    assert budget.estimate(50, 2000, most + 1, "summary").bytes > 4 * 2**30 * budget.SAFETY


def test_memory_limit_sees_rlimit_as():
    code = ("import resource; from collabsim.engine import budget; "
            "resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, resource.RLIM_INFINITY)); "
            "print(budget.memory_limit())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert 0 < int(out.stdout) < 1_500_000_000


def _capped(limit_bytes: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
    return apply


def _cli(*args, cap: int | None = None, **kw):
    return subprocess.run([sys.executable, "-m", "collabsim", *args], capture_output=True, text=True,
                          timeout=120, preexec_fn=_capped(cap) if cap else None, **kw)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "fifty.collabsim"
    save_scenario(wide(50, 2000), path)
    return path


def test_capped_cli_refuses_a_full_run_that_cannot_fit(big_file):
    """Under a 1.5 GB address-space cap the 10 GB request is refused at once with a clear
    message (before: MemoryError, or the OOM killer's exit 137 without a word)."""
    start = time.perf_counter()
    res = _cli("run", str(big_file), "--replicates", "2000", "--record", "full", cap=1_500_000_000)
    assert res.returncode == 2, res.stderr
    assert "would need about" in res.stderr and "GB of memory" in res.stderr
    assert "--record summary" in res.stderr and "replicates would fit" in res.stderr
    assert "Traceback" not in res.stderr and "MemoryError" not in res.stderr
    assert time.perf_counter() - start < 30  # refused up front, nothing simulated


def test_capped_cli_switches_to_summary_recording(tmp_path):
    path = tmp_path / "thirty.collabsim"
    save_scenario(wide(30, 100), path)
    need = budget.estimate(30, 100, 2000, "full").bytes
    res = _cli("run", str(path), "--replicates", "2000", "--json", "--no-progress",
               cap=int(0.3e9 + need // 2))
    assert res.returncode == 0, res.stderr
    assert "recording per-step medians, 10-90% bands and means instead" in res.stderr
    data = json.loads(res.stdout)
    assert data["replicates"] == 2000 and data["steps"] == 100


def test_uncapped_run_of_the_same_file_does_not_switch(tmp_path):
    path = tmp_path / "small.collabsim"
    save_scenario(wide(8, 30), path)
    res = _cli("run", str(path), "--replicates", "50")
    assert res.returncode == 0 and "instead" not in res.stderr


def test_progress_on_stderr_and_ctrl_c_stops_cleanly(big_file, tmp_path):
    """A long run says how long it will take, reports progress, and Ctrl-C ends it between two
    steps with exit 130, a one-line message and no CSV written."""
    out_csv = tmp_path / "out.csv"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "collabsim", "run", str(big_file), "--replicates",
                             "500", "--csv", str(out_csv)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = proc.stderr.readline()
        assert "running 2,000 steps, about" in first and "Ctrl-C stops" in first
        progress = proc.stderr.readline()  # not a terminal: a line per 10 %
        assert "step" in progress and "of 2,000" in progress
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        assert proc.wait(timeout=30) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert "interrupted at step" in rest and "nothing was written" in rest
    assert "Traceback" not in rest and "KeyboardInterrupt" not in rest
    assert not out_csv.exists()
