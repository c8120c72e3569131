"""The command line: readable summaries, JSON, CSV, validation, presets, one-line errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from collabsim.cli import main
from collabsim.presets import PRESET_NAMES
from collabsim.scenario import load_scenario


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "collabsim", *args], capture_output=True,
                          text=True, timeout=120)


def test_run_prints_readable_summary(capsys):
    assert main(["run", "case_b", "--replicates", "20", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "collaboration form: irregular" in out
    assert "20 replicates, seeds 3..22, 26 weeks" in out
    assert "区文化市场执法局" in out and "real_progress" in out


def test_run_json_and_csv(tmp_path, capsys):
    out_csv = tmp_path / "c.csv"
    assert main(["run", "case_c", "--replicates", "10", "--steps", "12", "--json",
                 "--csv", str(out_csv)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["form"] in ("loose", "irregular", "tight", "collusive")
    assert data["steps"] == 12 and data["replicates"] == 10
    assert len(data["final"]["effort"]["median"]) == 8
    rows = list(csv.reader(out_csv.read_text(encoding="utf-8").splitlines()))
    assert rows[0][0] == "step" and "real_progress.median" in rows[0]
    assert len(rows) == 1 + 13  # header + steps 0..12


def test_same_seed_same_output(capsys):
    main(["run", "case_a", "--replicates", "5", "--json"])
    first = capsys.readouterr().out
    main(["run", "case_a", "--replicates", "5", "--json"])
    assert capsys.readouterr().out == first


def test_validate_exit_codes(tmp_path):
    bad = tmp_path / "bad.collabsim"
    bad.write_text('{"format_version": 1, "assessment": {"weight": 7}}', encoding="utf-8")
    res = run_cli("validate", str(bad))
    assert res.returncode == 2
    assert "assessment.weight" in res.stderr and "out of range" in res.stderr
    assert "Traceback" not in res.stderr
    assert run_cli("validate", "resources/scenarios/case_c.collabsim").returncode == 0


@pytest.mark.parametrize("args, needle", [
    (["run", "missing.collabsim"], "file not found"),
    (["run", "case_c", "--replicates", "0"], "out of range"),
    (["run", "case_c", "--steps", "x"], "expected an integer"),
])
def test_bad_input_is_one_line_without_traceback(args, needle):
    res = run_cli(*args)
    assert res.returncode == 2
    assert needle in res.stderr
    assert "Traceback" not in res.stderr


def test_unwritable_csv_is_reported(tmp_path):
    res = run_cli("run", "case_a", "--replicates", "2", "--csv", str(tmp_path / "no" / "x.csv"))
    assert res.returncode == 2 and "cannot write CSV" in res.stderr


def test_presets_list_and_write(tmp_path, capsys):
    assert main(["presets"]) == 0
    listing = capsys.readouterr().out
    for name in PRESET_NAMES:
        assert name in listing
    out = tmp_path / "mine"
    assert main(["preset", "case_c", str(out)]) == 0
    written = tmp_path / "mine.collabsim"
    assert load_scenario(written).meta.title.en.startswith("Case C")
    assert main(["preset", "case_c", str(written)]) == 2  # refuses to overwrite
    assert "already exists" in capsys.readouterr().err


def test_output_into_a_closed_pipe_is_not_a_traceback():
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.Popen([sys.executable, "-m", "collabsim", "run", "case_a", "--replicates",
                             "5"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.readline()  # like `| head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
