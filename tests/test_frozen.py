"""Build the Linux bundle with PyInstaller (installers/linux/build.sh) and smoke-test the result.

Slow (the build is about 30 s of CPU; `run.py test` starts it first, on one core, beside the
rest of the suite), still run by CI: it is the only test that sees what teachers get. The build
goes to a temporary folder; nothing in the repository changes.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
BAD_OUTPUT = ("Could not load the Qt platform plugin", "ImportError", "ModuleNotFoundError", "Traceback")

pytestmark = [
    pytest.mark.slow(seconds=60),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (it is in the `test` extra)"),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("frozen")
    # the tarball at gzip -1 (6 s of CPU, not 13 s at the default 6; its contents are the same)
    env = dict(os.environ, PYTHON=sys.executable, DIST=str(tmp / "dist"), WORK=str(tmp / "work"),
               GZIP_LEVEL="1")
    start = time.perf_counter()
    proc = subprocess.run(["bash", str(ROOT / "installers" / "linux" / "build.sh"), "--no-test"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - start
    assert proc.returncode == 0, \
        f"build failed after {elapsed:.0f} s:\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
    print(f"\nLinux bundle built in {elapsed:.0f} s")
    return tmp / "dist"


def run_frozen(exe: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(exe), *args], env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
                          capture_output=True, text=True, timeout=300)
    output = proc.stdout + proc.stderr
    for bad in BAD_OUTPUT:
        assert bad not in output, f"{exe.name} {' '.join(args)} printed {bad!r}:\n{output}"
    return proc


def test_version_is_pyproject_version(dist):
    proc = run_frozen(dist / "collabsim" / "collabsim", "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"collabsim {VERSION}"


def test_self_test_passes_in_the_frozen_app(dist):
    proc = run_frozen(dist / "collabsim" / "collabsim", "--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "collabsim self-test passed" in proc.stdout
    print("\n" + proc.stdout.strip())


def test_frozen_cli_runs_a_preset(dist):
    proc = run_frozen(dist / "collabsim" / "collabsim", "run", "case_a", "--replicates", "3", "--steps", "20")
    assert proc.returncode == 0, proc.stderr
    assert "collaboration form" in proc.stdout


def test_every_resource_is_bundled(dist):
    bundled = dist / "collabsim" / "_internal" / "resources"
    missing = [str(p.relative_to(ROOT)) for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts
               and not (bundled / p.relative_to(ROOT / "resources")).is_file()]
    assert not missing, f"not in the bundle: {missing[:20]}"


def test_tarball_holds_the_app_and_its_installer(dist):
    tarball = dist / f"collabsim-{VERSION}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
    top = f"collabsim-{VERSION}"
    for name in ("collabsim", "install.sh", "share/org.collabsim.collabsim.desktop",
                 "share/collabsim-mime.xml", "share/org.collabsim.collabsim.metainfo.xml",
                 "_internal/resources/icons/collabsim-48.png"):
        assert f"{top}/{name}" in names


def test_install_sh_installs_a_working_command(dist, tmp_path):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    proc = subprocess.run(["sh", str(dist / "collabsim" / "install.sh")], env={**env, "HOME": str(home)},
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    installed = home / ".local" / "bin" / "collabsim"
    version = subprocess.run([str(installed), "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"collabsim {VERSION}"
    desktop = (home / ".local/share/applications/org.collabsim.collabsim.desktop").read_text(encoding="utf-8")
    assert f'Exec="{home}/.local/share/collabsim/app/collabsim" %f' in desktop
