"""Saving into the user's folder as a user expects: links followed, read-only files asked about,
``.bak`` holding the last different version (and saying when it could not be written), stale
temporary files of killed saves cleaned up. Reproduces issue 13 items 11-13."""

from __future__ import annotations

import errno
import os
import re
import stat
import time
from pathlib import Path

import pytest

from collabsim import atomic
from collabsim.presets import load_preset
from collabsim.scenario import ScenarioError, load_scenario, save_scenario
from collabsim.scenario import errors as E


@pytest.fixture(scope="module")
def scen():
    return load_preset("default")


def _v(scen, weight):
    return scen.with_changes("assessment.weight", weight)


def test_saving_over_a_symlink_saves_its_target_and_keeps_the_link(tmp_path, scen):
    real_dir = tmp_path / "shared"
    real_dir.mkdir()
    target = real_dir / "lesson.collabsim"
    save_scenario(_v(scen, 0.2), target)
    link = tmp_path / "lesson.collabsim"
    link.symlink_to(target)
    report = save_scenario(_v(scen, 0.7), link)
    assert link.is_symlink(), "the link was replaced by a regular file"
    assert os.readlink(link) == str(target)
    assert load_scenario(target) == _v(scen, 0.7), "the link's target was not saved"
    assert report.path == target
    assert (real_dir / "lesson.collabsim.bak").is_file()  # the backup sits beside the real file
    assert not (tmp_path / "lesson.collabsim.bak").exists()


def test_a_chain_of_links_and_a_dangling_link(tmp_path, scen):
    target = tmp_path / "real.collabsim"
    (tmp_path / "b.collabsim").symlink_to(target)  # dangling: saving creates the target
    (tmp_path / "a.collabsim").symlink_to(tmp_path / "b.collabsim")
    save_scenario(scen, tmp_path / "a.collabsim")
    assert target.is_file() and (tmp_path / "a.collabsim").is_symlink()
    assert load_scenario(tmp_path / "a.collabsim") == scen


def test_a_read_only_file_is_not_overwritten_without_asking(tmp_path, scen):
    path = tmp_path / "handed_in.collabsim"
    save_scenario(_v(scen, 0.2), path)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(ScenarioError) as info:
        save_scenario(_v(scen, 0.9), path)  # root could write it: the check is on the mode bits
    assert info.value.code == E.READ_ONLY and "read-only" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handed_in.collabsim"]
    save_scenario(_v(scen, 0.9), path, overwrite_readonly=True)  # the user said yes
    assert load_scenario(path) == _v(scen, 0.9)
    assert stat.S_IMODE(path.stat().st_mode) == 0o444  # still read-only afterwards


def test_bak_keeps_the_last_different_version(tmp_path, scen):
    path = tmp_path / "x.collabsim"
    save_scenario(_v(scen, 0.1), path)
    save_scenario(_v(scen, 0.2), path)
    bak = tmp_path / "x.collabsim.bak"
    assert load_scenario(bak) == _v(scen, 0.1)
    report = save_scenario(_v(scen, 0.2), path)  # Save again without changes
    assert report.unchanged
    assert load_scenario(bak) == _v(scen, 0.1), "the previous version was lost from .bak"
    save_scenario(_v(scen, 0.3), path)
    assert load_scenario(bak) == _v(scen, 0.2)


def test_a_backup_that_cannot_be_written_is_reported(monkeypatch, tmp_path, scen):
    """Room for the new file but not for the backup: the save succeeds and says so."""
    path = tmp_path / "x.collabsim"
    save_scenario(_v(scen, 0.1), path)
    save_scenario(_v(scen, 0.2), path)
    real = atomic._replace_with

    def no_room_for_bak(target, fill, mode_from):
        if target.name.endswith(".bak"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(target, fill, mode_from)

    monkeypatch.setattr(atomic, "_replace_with", no_room_for_bak)
    report = save_scenario(_v(scen, 0.3), path)
    assert load_scenario(path) == _v(scen, 0.3)
    assert report.backup_error == os.strerror(errno.ENOSPC)
    assert load_scenario(tmp_path / "x.collabsim.bak") == _v(scen, 0.1)  # two versions old...
    assert "could not be written" in report.warnings()[0]  # ...and the user is told


def test_stale_temporary_files_of_killed_saves_are_cleaned_up(tmp_path, scen):
    old = time.time() - 3600
    stale = [tmp_path / f".lesson.collabsim.{i:08d}.tmp" for i in range(5)]
    stale.append(tmp_path / ".lesson.collabsim.bak.abc_1234.tmp")
    for p in stale:
        p.write_bytes(b"{ half a file")
        os.utime(p, (old, old))
    fresh = tmp_path / ".lesson.collabsim.zzzzzzzz.tmp"  # another save may be writing it now
    fresh.write_bytes(b"{")
    foreign = tmp_path / ".notes.txt.abcdefgh.tmp"  # not ours
    foreign.write_bytes(b"x")
    os.utime(foreign, (old, old))
    report = save_scenario(scen, tmp_path / "other.collabsim")
    assert sorted(report.cleaned) == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and foreign.exists()


def test_temporary_files_from_real_kills_are_cleaned(tmp_path, scen):
    """Kill saves mid-way (SIGKILL in a child after the temp file is written), then save."""
    import signal
    import subprocess
    import sys

    code = ("import os, sys, signal; from collabsim import atomic\n"
            "real = os.replace\n"
            "def die(*a): os.kill(os.getpid(), signal.SIGKILL)\n"
            "os.replace = die\n"
            "atomic.atomic_write(sys.argv[1], b'{}')\n")
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "k.collabsim")], timeout=60)
        assert proc.returncode == -signal.SIGKILL
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 3
    old = time.time() - 120
    for p in left:
        os.utime(p, (old, old))
    save_scenario(scen, tmp_path / "k.collabsim")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.collabsim"]


def test_one_atomic_write_in_the_package():
    """Every file collabsim writes goes through collabsim.atomic (issue 8: the atomic write was
    written three times, then the experiments' outputs and resume store had their own two)."""
    root = Path(atomic.__file__).parent
    own = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
           if p.name != "atomic.py" and re.search(r"\bmkstemp\(|NamedTemporaryFile\(", p.read_text("utf-8"))]
    assert own == []


def test_write_via_a_library_writer(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    atomic.write_via(link, lambda name: Path(name).write_text("new\n"))
    assert link.is_symlink() and target.read_text() == "new\n"  # the link's target was saved

    def broken(name):
        Path(name).write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_via(target, broken)
    assert target.read_text() == "new\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "table.csv"]  # no temp left
    atomic.write_via(tmp_path / "cache.npz", lambda name: Path(name).write_bytes(b"x"), durable=False)
    assert (tmp_path / "cache.npz").read_bytes() == b"x"
