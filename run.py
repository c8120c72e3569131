#!/usr/bin/env python3
"""One entry point that sets itself up: ``python3 run.py`` starts collabsim,
``python3 run.py test`` runs the whole test suite.

On first use (and whenever pyproject.toml or setup.py changes) it creates ``.venv/`` beside this
file and installs collabsim into it (editable); the test tools (pytest, hypothesis, ruff,
PyInstaller: the ``test`` extra) only for ``run.py test``, since the app needs none of them.
Afterwards it re-runs itself inside that environment. Needs only Python 3.11+ and access to a
package index.

    python3 run.py [FILE.collabsim]      open the app (optionally with a scenario file)
    python3 run.py test [PYTEST ARGS]    run the test suite (on every core; -n 0: in one process)
    python3 run.py cli ARGS              the command-line interface (collabsim --help)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".collabsim-setup"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "setup.py"):
        path = ROOT / name
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def installed() -> tuple[str, set[str]]:
    """(fingerprint, extras) recorded by the last successful set-up."""
    try:
        fp, _, extras = STAMP.read_text().partition(" ")
    except OSError:
        return "", set()
    return fp, set(extras.split())


def ensure_env(extras: tuple[str, ...] = ()) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py must say so on an older Python
        sys.exit(f"collabsim needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    fp, have = installed()
    if venv_python().exists() and fp == fingerprint() and set(extras) <= have:
        return
    wanted = sorted(set(extras) | (have if fp == fingerprint() else set()))
    what = f" with {', '.join(wanted)} tools" if wanted else ""
    print(f"collabsim: setting up .venv{what} (first run or dependencies changed) ...", flush=True)
    if not venv_python().exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    py = str(venv_python())
    pip = [py, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    subprocess.run(pip + ["--upgrade", "pip"], check=True)
    target = f"{ROOT}[{','.join(wanted)}]" if wanted else str(ROOT)
    subprocess.run(pip + ["-e", target], check=True, cwd=ROOT)
    STAMP.write_text(f"{fingerprint()} {' '.join(wanted)}".rstrip())


#: commands of ``run.py cli`` that need the experiments extra (pandas, SALib, optuna, ...)
EXPERIMENT_COMMANDS = ("sweep", "sensitivity", "search", "configurations")


def extras_for(argv: list[str]) -> tuple[str, ...]:
    if argv[:1] == ["test"]:
        return ("test",)
    if argv[:1] == ["cli"] and (argv[1:2] and argv[1] in EXPERIMENT_COMMANDS
                                or "--per-replicate" in argv or "--per-step" in argv):
        return ("cluster",) if "--scheduler" in argv else ("experiments",)
    return ()


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist options for ``run.py test``: one worker per core, each test module on one
    worker (its module fixtures, such as the shared window or the frozen bundle, are built once),
    in the order tests/conftest.py sorts them (the slow modules first, so the PyInstaller build
    overlaps the rest). Not when the caller chose (``-n 0`` runs in this process, e.g. for
    ``--pdb``)."""
    own = ("-n", "--numprocesses", "--dist", "-pno:xdist", "no:xdist", "--pdb", "--trace")
    if any(a.startswith(own) for a in args):
        return []
    return ["-n", "auto", "--dist", "loadfile", "--no-loadscope-reorder"]


def main(argv: list[str]) -> int:
    try:
        ensure_env(extras_for(argv))
    except subprocess.CalledProcessError as exc:
        print(f"collabsim: set-up failed ({exc}); see the messages above.", file=sys.stderr)
        return 1
    py = str(venv_python())
    env = dict(os.environ)
    if argv[:1] == ["test"]:
        cmd = [py, "-m", "pytest", *parallel(argv[1:]), *argv[1:]]
    elif argv[:1] == ["cli"]:
        cmd = [py, "-m", "collabsim", *argv[1:]]
    else:
        cmd = [py, "-m", "collabsim", "gui", *argv]
    return subprocess.call(cmd, cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
