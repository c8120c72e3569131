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
    assert "20 replicates, seeds 3..22, 13 weeks" in out
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


# ---------------------------------------------------------------------------- issue 13: usage errors
@pytest.mark.parametrize("args, needle", [
    (["runn", "case_c"], "unknown command 'runn'"),
    (["--bogus"], "unrecognized option '--bogus'"),
    (["a.collabsim", "b.collabsim"], "one file at a time"),
    (["run", "case_c", "--bogus"], "unrecognized arguments: --bogus"),
])
def test_mistyped_commands_and_options_are_usage_errors(args, needle):
    """They used to open the window (or abort in Qt without a display, exit 134)."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"  # a window would open (and hang) if dispatch were wrong
    res = subprocess.run([sys.executable, "-m", "collabsim", *args], capture_output=True, text=True,
                         timeout=60, env=env)
    assert res.returncode == 2, res.stderr
    assert needle in res.stderr and "Traceback" not in res.stderr


def test_no_display_is_a_clear_message():
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    res = subprocess.run([sys.executable, "-m", "collabsim"], capture_output=True, text=True,
                         timeout=60, env=env)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs DISPLAY/WAYLAND_DISPLAY")
    assert res.returncode == 2 and "no display" in res.stderr


# ---------------------------------------------------------------------------- issue 13 item 10
def test_a_very_long_file_name_is_a_message(tmp_path):
    long = str(tmp_path / ("x" * 300 + ".collabsim"))
    for args in (["run", long], ["validate", long], ["preset", "case_a", long]):
        res = run_cli(*args)
        assert res.returncode == 2, res.stderr
        assert "File name too long" in res.stderr and "Traceback" not in res.stderr


def _as_nobody():
    import os

    def demote():
        os.setgid(65534)
        os.setuid(65534)
    return demote


def _skip_unless_others_can_run_this_python():
    """'nobody' must reach this interpreter and the package: a checkout inside a folder only
    root may enter (``mktemp -d`` makes one with mode 700) cannot be run as 'nobody'."""
    from pathlib import Path

    import collabsim

    for start in (Path(sys.executable), Path(collabsim.__file__).resolve().parent):
        for folder in (start if start.is_dir() else start.parent, *start.parents):
            if not folder.stat().st_mode & 0o001:
                pytest.skip(f"{folder} is closed to other users, so 'nobody' cannot run "
                            f"{sys.executable}")


def test_a_folder_the_user_may_not_enter(tmp_path):
    """run and preset on a path inside a folder without permission (tests run as root: the
    command runs as 'nobody'; otherwise chmod 000 does it)."""
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.collabsim").write_bytes(b"{}")
    kwargs = {}
    if os.geteuid() == 0:
        _skip_unless_others_can_run_this_python()
        kwargs["preexec_fn"] = _as_nobody()
        tmp_path.chmod(0o755)
        locked.chmod(0o700)
    else:
        locked.chmod(0o000)
    try:
        for args in (["run", str(locked / "x.collabsim")], ["preset", "case_a", str(locked / "y")],
                     ["run", str(locked / "case_a")]):
            res = subprocess.run([sys.executable, "-m", "collabsim", *args], capture_output=True,
                                 text=True, timeout=60, cwd="/", **kwargs)
            assert res.returncode == 2, res.stderr
            assert "Permission denied" in res.stderr and "Traceback" not in res.stderr, res.stderr
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["run", "case_a", "--replicates", "3", "--steps", "5"],
                                  ["presets"], ["validate", "resources/scenarios/case_c.collabsim"],
                                  ["--help"], ["run", "--help"]])
def test_output_to_a_full_device(args):
    with open("/dev/full", "w") as full:
        res = subprocess.run([sys.executable, "-m", "collabsim", *args], stdout=full,
                             stderr=subprocess.PIPE, text=True, timeout=60)
    assert res.returncode == 1, res.stderr
    assert "No space left on device" in res.stderr and "Traceback" not in res.stderr


# ---------------------------------------------------------------------------- issue 13 item 16
def test_table_alignment_ignores_combining_accents_and_zero_width():
    from collabsim.cli_text import pad, text_width

    assert text_width("Café局") == 6  # C a f e + U+0301 (0) + 局 (2)
    assert text_width("Cafe\u0301局") == 6
    assert text_width("A\u200bB") == 2
    assert text_width(pad("Cafe\u0301", 8)) == 8 and pad("Cafe\u0301", 8).endswith("    ")


def test_summary_columns_line_up_with_accented_names(tmp_path, capsys):
    from collabsim.cli_text import text_width
    from collabsim.presets import load_preset
    from collabsim.scenario import save_scenario

    s = load_preset("case_a")
    names = ["Cafe\u0301局", "Ba\u0308ckerei", "农业农村局"]
    deps = tuple(d.__class__(**{**d.__dict__, "name": n}) for d, n in zip(s.departments, names, strict=False))
    deps += s.departments[len(names):]
    from dataclasses import replace

    path = tmp_path / "accents.collabsim"
    save_scenario(replace(s, departments=deps), path)
    assert main(["run", str(path), "--replicates", "2", "--steps", "3"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if any(n in line for n in names)]
    assert len(rows) == len(names)
    ends = {text_width(r[: r.index(r.split()[-4])]) for r in rows}  # where the effort column starts
    assert len(ends) == 1, rows
