"""The same sweep on a Dask cluster (distributed.LocalCluster) gives the same table as locally."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from collabsim.experiments import Sweep, build  # noqa: E402

pytestmark = pytest.mark.slow(seconds=8)


def tiny():
    return build(
        {
            "format_version": 1,
            "base": "case_c",
            "fixed": {"task.horizon": 6},
            "levers": [
                {"field": "assessment.third_party", "values": [0.0, 1.0]},
                {"field": "controls.reporting"},
            ],
            "run": {"replicates": 4, "seed": 5},
        }
    )


@pytest.fixture(scope="module")
def cluster():
    # dashboard_address=None still serves the scheduler's HTTP routes on port 8787: a second suite
    # running at the same time got "Port 8787 is already in use" (an error under filterwarnings);
    # ":0" takes a free port
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
    ) as c:
        yield c


def test_dask_equals_local_bit_for_bit(cluster):
    local = Sweep(tiny(), progress=False).run()
    remote = Sweep(tiny(), progress=False, chunk=3, scheduler=cluster.scheduler_address).run()
    pd.testing.assert_frame_equal(remote, local, check_exact=True)


def test_cli_scheduler_option(cluster, tmp_path):
    exp = tmp_path / "e.collabsim-experiment"
    exp.write_text(
        'format_version = 1\nbase = "case_a"\n[fixed]\n"task.horizon" = 4\n'
        '[[levers]]\nfield = "assessment.scope"\n[run]\nreplicates = 2\n',
        encoding="utf-8",
    )
    out = tmp_path / "r.parquet"
    cmd = [sys.executable, "-m", "collabsim", "sweep", str(exp), "--out", str(out)]
    res = subprocess.run(
        cmd + ["--scheduler", cluster.scheduler_address], capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 0, res.stderr
    assert len(pd.read_parquet(out)) == 4
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    dead = subprocess.run(
        cmd + ["--force", "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert dead.returncode == 2 and "cannot reach the Dask scheduler" in dead.stderr
    assert "Traceback" not in dead.stderr
