"""The wheel as users get it (pip, pipx, uv tool, Flatpak and Briefcase all start from it):
built from this tree, installed into a fresh virtual environment outside the source tree, and
run from there — the CLI, a preset, the resources, ``--self-test`` and the entry points.

Slow-ish (a fresh venv plus its dependencies; pip reuses its cache and the machine's wheels,
so about 30-60 s on 2 cores); marked ``slow``, still run by CI. The sdist is checked too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
RESOURCE_FILES = sorted(str(p.relative_to(ROOT / "resources")) for p in (ROOT / "resources").rglob("*")
                        if p.is_file() and "__pycache__" not in p.parts)

pytestmark = pytest.mark.slow(seconds=20)


def _pip(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                          capture_output=True, text=True, timeout=900, cwd=cwd)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheelhouse")
    # a copy of the tree, so that the build's egg-info/build folders never land in the checkout
    src = tmp_path_factory.mktemp("src") / "collabsim"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("collabsim", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=skip)
    _pip("wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src))
    return next(out.glob("collabsim-*.whl"))


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """A fresh venv (outside the tree) with the wheel and its dependencies; returns its bin/."""
    env_dir = tmp_path_factory.mktemp("fresh") / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _pip("--python", str(py), "install", "-q", str(built))
    return py.parent


def _run(bin_dir: Path, exe: str, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(bin_dir / exe), *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env={**clean, "QT_QPA_PLATFORM": "offscreen", **env})


def test_wheel_carries_every_resource(built):
    with zipfile.ZipFile(built) as whl:
        names = set(whl.namelist())
    missing = [f for f in RESOURCE_FILES if f"collabsim/resources/{f}" not in names]
    assert not missing, f"not in the wheel: {missing[:20]}"
    assert not any(n.startswith(("resources/", "tests/")) for n in names), "stray top-level folders"


def test_sdist_carries_the_resources(tmp_path):
    _pip("download", "--help")  # pip is there; the sdist is built with the same backend
    proc = subprocess.run([sys.executable, "-c", (
        "import sys, setuptools.build_meta as b; print(b.build_sdist(sys.argv[1]))"), str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    sdist = tmp_path / proc.stdout.strip().splitlines()[-1]
    with tarfile.open(sdist) as tar:
        names = set(tar.getnames())
    top = f"collabsim-{VERSION}"
    missing = [f for f in RESOURCE_FILES if f"{top}/resources/{f}" not in names]
    assert not missing, f"not in the sdist: {missing[:20]}"
    assert f"{top}/setup.py" in names and f"{top}/LICENSE" in names


def test_installed_cli_runs_a_preset_outside_the_tree(installed, tmp_path):
    proc = _run(installed, "collabsim", "run", "case_c", "--replicates", "5", "--steps", "10",
                cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "collaboration form" in proc.stdout and "Traceback" not in proc.stderr
    proc = _run(installed, "collabsim", "--version", cwd=tmp_path)
    assert proc.stdout.strip() == f"collabsim {VERSION}"
    proc = _run(installed, "python", "-c", "import collabsim.paths as p; print(p.resource_dir()); "
                "print(p.missing_resources())", cwd=tmp_path)
    where, missing = proc.stdout.split("\n")[:2]
    assert Path(where).is_relative_to(installed.parent), f"resources found at {where}, not in the venv"
    assert missing == "[]"


def test_installed_preset_and_validate(installed, tmp_path):
    proc = _run(installed, "collabsim", "preset", "case_a", "mine", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = _run(installed, "collabsim", "validate", "mine.collabsim", cwd=tmp_path)
    assert proc.returncode == 0 and "ok" in proc.stdout


def test_installed_self_test_passes(installed, tmp_path):
    proc = _run(installed, "collabsim", "--self-test", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "collabsim self-test passed" in proc.stdout


def test_installed_mistyped_command_is_a_usage_error(installed, tmp_path):
    proc = _run(installed, "collabsim", "runn", "case_c", cwd=tmp_path, QT_QPA_PLATFORM="")
    assert proc.returncode == 2 and "unknown command 'runn'" in proc.stderr
    gui = installed / ("collabsim-gui.exe" if os.name == "nt" else "collabsim-gui")
    assert gui.exists(), "the gui-scripts entry point is missing"
