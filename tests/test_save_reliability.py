"""Saving never loses work: failures leave the old file byte-identical and no temp files behind.

Tests run as root, so "no permission" and "disk full" are simulated by making the OS calls the
saver uses raise OSError with the real errno; a folder that has gone away is real.
"""

from __future__ import annotations

import errno
import math
import os
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from collabsim import atomic
from collabsim.presets import load_preset
from collabsim.scenario import ScenarioError, dumps, load_scenario, save_scenario
from collabsim.scenario import errors as E


@pytest.fixture(scope="module")
def scen():
    return load_preset("default")


@pytest.fixture
def saved(tmp_path, scen):
    """A folder with one scenario saved in it; returns (path, its bytes)."""
    path = tmp_path / "class.collabsim"
    save_scenario(scen, path)
    return path, path.read_bytes()


def _changed(scen):
    return scen.with_changes("assessment.weight", 0.9)


def _leftovers(folder: Path, target: Path) -> list[str]:
    """Files in ``folder`` other than the target and its backup (i.e. stray temp files)."""
    keep = {target.name, target.name + ".bak"}
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def _raiser(err: int):
    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))
    return fail


# ---------------------------------------------------------------------------- success paths
def test_save_then_load_round_trips_and_keeps_backup(tmp_path, scen):
    path = tmp_path / "a.collabsim"
    save_scenario(scen, path)
    assert load_scenario(path) == scen
    assert not (tmp_path / "a.collabsim.bak").exists()  # nothing to back up the first time
    first = path.read_bytes()
    save_scenario(_changed(scen), path)
    assert (tmp_path / "a.collabsim.bak").read_bytes() == first
    assert load_scenario(path) == _changed(scen)
    assert _leftovers(tmp_path, path) == []


def test_backup_can_be_switched_off(saved, scen):
    path, _ = saved
    save_scenario(_changed(scen), path, backup=False)
    assert not path.with_name(path.name + ".bak").exists()


def test_new_file_gets_normal_permissions_not_0600(tmp_path, scen):
    old = os.umask(0o022)
    try:
        path = tmp_path / "new.collabsim"
        save_scenario(scen, path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_replacing_keeps_the_existing_files_permissions(saved, scen):
    path, _ = saved
    os.chmod(path, 0o640)
    save_scenario(_changed(scen), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE(path.with_name(path.name + ".bak").stat().st_mode) == 0o640


def test_very_long_file_name_still_saves(tmp_path, scen):
    path = tmp_path / ("长" * 60 + ".collabsim")  # 180+ bytes: the temp name must not overflow
    save_scenario(scen, path)
    assert load_scenario(path) == scen
    assert _leftovers(tmp_path, path) == []


# ---------------------------------------------------------------------------- failures
FAILURES = [
    # (what fails, errno)
    ("tempfile.mkstemp", errno.EACCES),
    ("tempfile.mkstemp", errno.ENOSPC),
    ("os.fdopen", errno.EACCES),
    ("os.fsync", errno.EIO),
    ("os.replace", errno.EACCES),
    ("os.replace", errno.ENOENT),
    ("os.replace", errno.EXDEV),
]


@pytest.mark.parametrize(("target", "err"), FAILURES, ids=[f"{t}-{errno.errorcode[e]}" for t, e in FAILURES])
def test_os_failure_leaves_old_file_and_no_temp(monkeypatch, saved, scen, target, err):
    path, before = saved
    module, name = target.split(".")
    monkeypatch.setattr({"os": os, "tempfile": tempfile}[module], name, _raiser(err))
    with pytest.raises(ScenarioError) as info:
        save_scenario(_changed(scen), path)
    monkeypatch.undo()
    exc = info.value
    assert exc.code == E.WRITE_FAILED
    assert exc.path == str(path)
    assert os.strerror(err) in str(exc)
    assert "could not save" in str(exc) and "left unchanged" in str(exc)
    assert path.read_bytes() == before
    assert _leftovers(path.parent, path) == []


def test_fdopen_failure_does_not_leak_the_descriptor(monkeypatch, saved, scen):
    path, _ = saved
    closed = []
    real_close = os.close
    monkeypatch.setattr(os, "fdopen", _raiser(errno.EMFILE))
    monkeypatch.setattr(os, "close", lambda fd: (closed.append(fd), real_close(fd)))
    with pytest.raises(ScenarioError):
        save_scenario(_changed(scen), path)
    assert closed, "the temp file's descriptor was never closed"


class _FullDisk:
    """A file object that accepts ``limit`` bytes and then fails like a full disk."""

    def __init__(self, fh, limit: int) -> None:
        self._fh, self._left = fh, limit

    def write(self, data: bytes) -> int:
        if len(data) > self._left:
            self._fh.write(data[: self._left])
            self._left = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._left -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()


def test_disk_full_mid_write(monkeypatch, saved, scen):
    path, before = saved
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: _FullDisk(real_fdopen(fd, mode), 100))
    with pytest.raises(ScenarioError) as info:
        save_scenario(_changed(scen), path)
    monkeypatch.undo()
    assert info.value.code == E.WRITE_FAILED
    assert "No space left on device" in str(info.value)
    assert path.read_bytes() == before
    assert _leftovers(path.parent, path) == []


def test_disk_full_while_making_the_backup_still_saves(monkeypatch, saved, scen):
    """The backup is a courtesy: if it cannot be written, the save itself still happens."""
    path, before = saved
    real = atomic.shutil.copyfileobj
    monkeypatch.setattr(atomic.shutil, "copyfileobj", _raiser(errno.ENOSPC))
    report = save_scenario(_changed(scen), path)
    monkeypatch.setattr(atomic.shutil, "copyfileobj", real)
    assert load_scenario(path) == _changed(scen)
    assert _leftovers(path.parent, path) == []
    assert report.backup is None and report.backup_error == os.strerror(errno.ENOSPC)  # said, not silent
    assert "backup" in report.warnings()[0] and "could not be written" in report.warnings()[0]


def test_folder_that_is_gone(tmp_path, scen):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = folder / "x.collabsim"
    folder.rmdir()
    with pytest.raises(ScenarioError) as info:
        save_scenario(scen, path)
    assert info.value.code == E.WRITE_FAILED_NEW  # there was no file to leave unchanged
    assert "No such file or directory" in str(info.value)
    assert "left unchanged" not in str(info.value) and "no file was created" in str(info.value)
    assert not folder.exists()


def test_target_is_a_directory(tmp_path, scen):
    path = tmp_path / "dir.collabsim"
    path.mkdir()
    with pytest.raises(ScenarioError) as info:
        save_scenario(scen, path)
    assert info.value.code == E.WRITE_FAILED
    assert path.is_dir() and list(path.iterdir()) == []
    assert _leftovers(tmp_path, path) == []


def test_nul_in_path_is_a_scenario_error(tmp_path, scen):
    with pytest.raises(ScenarioError) as info:
        save_scenario(scen, tmp_path / "a\0b.collabsim")
    assert info.value.code == E.WRITE_FAILED_NEW


def test_interrupt_mid_write_leaves_no_temp(monkeypatch, saved, scen):
    path, before = saved
    monkeypatch.setattr(os, "fsync", _raise_interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_scenario(_changed(scen), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert _leftovers(path.parent, path) == []


def _raise_interrupt(*args):
    raise KeyboardInterrupt


# ---------------------------------------------------------------------------- invalid scenarios
@pytest.mark.parametrize(("field", "value", "code"), [
    ("assessment.weight", math.nan, E.NOT_FINITE),
    ("assessment.weight", 7.0, E.OUT_OF_RANGE),
    ("task.horizon", 0, E.OUT_OF_RANGE),
    ("meta.author", "a\x00b", E.BAD_TEXT),
    ("meta.author", "\ud800", E.BAD_SURROGATE),
])
def test_invalid_scenario_is_refused_before_writing(saved, scen, field, value, code):
    """A programmatically broken scenario must not produce a file that will not open again."""
    path, before = saved
    with pytest.raises(ScenarioError) as info:
        save_scenario(scen.with_changes(field, value), path)
    assert info.value.code == code
    assert info.value.path == field
    assert path.read_bytes() == before
    assert _leftovers(path.parent, path) == []


def test_no_lead_is_refused_before_writing(saved, scen):
    path, before = saved
    broken = replace(scen, departments=tuple(replace(d, lead=False) for d in scen.departments))
    with pytest.raises(ScenarioError) as info:
        save_scenario(broken, path)
    assert info.value.code == E.NO_LEAD
    assert path.read_bytes() == before


def test_saved_bytes_are_exactly_dumps(saved, scen):
    path, before = saved
    assert before == dumps(scen).encode("utf-8")
