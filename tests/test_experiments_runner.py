"""Sweeps: tidy tables that round-trip through pandas, exact shards, workers = one worker, resume."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from collabsim import __version__
from collabsim.engine import Simulation
from collabsim.experiments import Interrupted, Sweep, build
from collabsim.experiments.output import read_metadata
from collabsim.presets import load_preset

TINY = {"task.horizon": 6}


def tiny(level="final", replicates=5, **extra):
    return build(
        {
            "format_version": 1,
            "base": "case_b",
            "fixed": TINY,
            "levers": [
                {"field": "assessment.weight", "values": [0.2, 0.7]},
                {"field": "controls.supervision"},
            ],
            "run": {"replicates": replicates, "seed": 11},
            "outputs": {"level": level, **extra},
        }
    )


@pytest.fixture(scope="module")
def reference():
    return Sweep(tiny(), progress=False).run()


def test_tidy_final_rows_have_levers_seeds_and_outcomes(reference):
    df = reference
    assert len(df) == 4 * 5  # scenarios x replicates
    assert list(df.columns[:6]) == [
        "scenario",
        "assessment.weight",
        "controls.supervision",
        "replicate",
        "seed",
        "real_progress",
    ]
    assert {"gap", "form", "effort_coop", "half_coop_effort"} <= set(df.columns)
    assert (df["seed"] == 11 + df["replicate"]).all()
    assert df["form"].isin(["loose", "irregular", "tight", "collusive"]).all()
    # a row is the run itself: compare one with the engine directly
    row = df[(df["assessment.weight"] == 0.7) & df["controls.supervision"]].iloc[3]
    s = load_preset("case_b").with_changes("task.horizon", 6).with_changes("assessment.weight", 0.7)
    s = s.with_changes("controls.supervision", True)
    res = Simulation(s, seed=int(row["seed"]), replicates=1).run()
    assert row["real_progress"] == res.final["real_progress"][0]
    lead = s.lead_index
    coop = np.delete(res.final["effort"][0], lead).astype(np.float64)
    assert row["effort_coop"] == pytest.approx(coop.mean(), abs=1e-12)


def test_shards_and_workers_are_bit_identical(reference):
    assert Sweep(tiny(), progress=False).batched  # the reference ran its scenarios batched
    for kwargs in ({"chunk": 2, "batch": False}, {"chunk": 1, "workers": 2, "batch": False}, {"batch": True},
                   {"batch": True, "workers": 2}):
        other = Sweep(tiny(), progress=False, **kwargs).run()
        pd.testing.assert_frame_equal(other, reference, check_exact=True)


def test_files_round_trip_through_pandas(tmp_path, reference):
    for name in ("r.parquet", "r.csv", "r.json"):
        out = tmp_path / name
        df = Sweep(tiny(), out=out, progress=False).run()
        back = {
            "r.parquet": pd.read_parquet,
            "r.csv": pd.read_csv,
            "r.json": lambda p: pd.read_json(p, orient="records"),
        }[name](out)
        assert list(back.columns) == list(reference.columns)
        assert back["controls.supervision"].dtype == bool
        np.testing.assert_allclose(back["real_progress"], reference["real_progress"], rtol=1e-6)
        meta = read_metadata(out)
        assert meta["collabsim_version"] == __version__
        assert meta["model_constants"]["gain"] > 0 and meta["base_seed"] == 11
        assert [lv["field"] for lv in meta["levers"]] == ["assessment.weight", "controls.supervision"]
        assert df.shape == reference.shape
    exact = pd.read_parquet(tmp_path / "r.parquet")
    pd.testing.assert_frame_equal(exact, reference, check_exact=True)
    assert json.loads(pq.read_schema(tmp_path / "r.parquet").metadata[b"collabsim"])["level"] == "final"


def test_per_step_rows(tmp_path):
    df = Sweep(
        tiny("steps", replicates=2, every=2, indicators=["real_progress", "effort_coop"]), progress=False
    ).run()
    assert list(df.columns) == [
        "scenario",
        "assessment.weight",
        "controls.supervision",
        "replicate",
        "seed",
        "step",
        "real_progress",
        "effort_coop",
    ]
    assert sorted(df["step"].unique()) == [0, 2, 4, 6]
    assert len(df) == 4 * 2 * 4
    one = df[(df.scenario == 0) & (df.replicate == 1)]
    assert list(one["step"]) == [0, 2, 4, 6] and one["real_progress"].is_monotonic_increasing


def test_interrupted_sweep_keeps_what_is_done_and_resumes(tmp_path, reference):
    out = tmp_path / "r.parquet"
    calls = []

    def stop_after_two(done, total):
        calls.append(done)
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(Interrupted) as info:
        Sweep(tiny(), out=out, progress=False, chunk=2, batch=False, on_progress=stop_after_two).run()
    assert info.value.done == 2 and info.value.total == 12 and not out.exists()
    assert len(list(info.value.where.glob("t*.npz"))) == 2
    ran = []
    df = Sweep(tiny(), out=out, progress=False, chunk=2, batch=False,
               on_progress=lambda d, t: ran.append(d)).run()
    assert ran[0] == 3 and len(ran) == 10  # the two kept tasks were not run again
    pd.testing.assert_frame_equal(df, reference, check_exact=True)
    assert not info.value.where.exists()
    # a different experiment neither resumes nor overwrites
    other = tiny(replicates=6)
    with pytest.raises(Exception, match="already exists"):
        Sweep(other, out=out, progress=False).run()


def test_cli_sweep_and_run_tables(tmp_path):
    exp = tmp_path / "e.collabsim-experiment"
    exp.write_text(
        'format_version = 1\nbase = "case_a"\n[fixed]\n"task.horizon" = 5\n'
        '[[levers]]\nfield = "assessment.scope"\n[run]\nreplicates = 3\n',
        encoding="utf-8",
    )
    out = tmp_path / "r.csv"
    cmd = [sys.executable, "-m", "collabsim"]
    res = subprocess.run(
        cmd + ["sweep", str(exp), "--out", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert "wrote" in res.stdout and len(pd.read_csv(out)) == 6
    again = subprocess.run(
        cmd + ["sweep", str(exp), "--out", str(out)], capture_output=True, text=True, timeout=120
    )
    assert again.returncode == 0 and "nothing to do" in again.stdout
    bad = subprocess.run(
        cmd + ["sweep", str(exp), "--out", str(tmp_path / "r.xlsx")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "must end in .parquet, .csv or .json" in bad.stderr
    assert "Traceback" not in bad.stderr
    table = subprocess.run(
        cmd
        + ["run", "case_a", "--replicates", "4", "--steps", "5", "--per-replicate", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert table.returncode == 0, table.stderr
    rows = pd.read_json(__import__("io").StringIO(table.stdout), orient="records")
    assert rows["replicate"].tolist() == [0, 1, 2, 3]
    assert (rows["seed"] - rows["replicate"]).nunique() == 1
    steps = tmp_path / "s.parquet"
    ok = subprocess.run(
        cmd + ["run", "case_a", "--replicates", "2", "--steps", "5", "--per-step", "--out", str(steps)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert len(pd.read_parquet(steps)) == 2 * 6 and read_metadata(steps)["level"] == "steps"


def test_without_the_extra_the_command_says_what_to_install(tmp_path):
    exp = tmp_path / "e.collabsim-experiment"
    exp.write_text('format_version = 1\nbase = "case_a"\n[run]\nreplicates = 2\n', encoding="utf-8")
    code = ("import sys; sys.modules['pandas'] = None; from collabsim.cli import main; "
            f"sys.exit(main(['sweep', {str(exp)!r}, '--out', {str(tmp_path / 'r.csv')!r}]))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "needs the optional packages pandas: pip install 'collabsim[experiments]'" in res.stderr
