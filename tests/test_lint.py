"""Style is part of the build: ruff (configured in pyproject.toml) must pass on all Python code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_passes():
    ruff = Path(sys.executable).parent / "ruff"
    exe = str(ruff) if ruff.exists() else shutil.which("ruff")
    if exe is None:
        pytest.fail("ruff is not installed (it is in the test extra of pyproject.toml)")
    res = subprocess.run([exe, "check", "--output-format", "concise", "collabsim", "tests",
                          "tools", "benchmarks", "installers"], cwd=ROOT, capture_output=True,
                         text=True)
    assert res.returncode == 0, res.stdout + res.stderr
