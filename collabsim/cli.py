"""Command-line interface for researchers: run, validate, list and export presets, headless.

    collabsim run FILE [--seed N] [--replicates N] [--steps N] [--record MODE] [--csv OUT] [--json]
    collabsim validate FILE [FILE ...]
    collabsim presets                 list the presets
    collabsim preset NAME OUT         write a preset out as a scenario file to start from

FILE may also be a preset name (default, case_a, case_b, case_c). Exit status: 0 done, 2 bad
input, a usage error or a run too big for this machine, 1 output that could not be written,
130 interrupted (Ctrl-C). Every error is one line on stderr, never a traceback.

Commands live in a registry: another module adds its own with :func:`register` (a name, a help
line, a function that adds its arguments to an ``argparse`` parser and a function that runs
it), listed in :data:`EXTENSIONS`; the error handling of :func:`main` covers them all.
Messages are English, whatever the locale: they go into scripts, logs and bug reports, where
one stable wording is easier to search; the desktop app translates everything it shows.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from collabsim import __version__
from collabsim.cli_run import cmd_run, configure_run
from collabsim.cli_text import CliError, exists, pad, write_failed
from collabsim.presets import PRESET_NAMES, load_preset, preset_path
from collabsim.scenario import FILE_SUFFIX, ScenarioError, load_scenario, save_scenario

#: modules that add commands (each has ``register(register_command)``); missing ones are skipped
EXTENSIONS: tuple[str, ...] = ("collabsim.experiments.cli",)


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


_REGISTRY: dict[str, Command] = {}


def register(name: str, help: str, configure: Callable[[argparse.ArgumentParser], None],
             run: Callable[[argparse.Namespace], int]) -> None:
    """Add a command (its ``run`` raises :class:`CliError` for user errors and returns the exit
    status)."""
    _REGISTRY[name] = Command(name, help, configure, run)


def _load_extensions() -> None:
    for module in EXTENSIONS:
        try:
            ext = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):  # not written / not installed
                continue
            raise
        ext.register(register)


def commands() -> dict[str, Command]:
    if not _REGISTRY.get("run"):
        _builtin()
        _load_extensions()
    return _REGISTRY


def command_names() -> tuple[str, ...]:
    return tuple(commands())


# ------------------------------------------------------------------ built-in commands
def configure_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+")


def cmd_validate(args: argparse.Namespace) -> int:
    bad = 0
    for f in args.files:
        try:
            load_scenario(f)
            print(f"{f}: ok")
        except ScenarioError as exc:
            print(f"{f}: {exc}", file=sys.stderr)
            bad += 1
    return 2 if bad else 0


def cmd_presets(args: argparse.Namespace) -> int:
    for name in PRESET_NAMES:
        s = load_preset(name)
        print(f"{pad(name, 10)} {s.meta.title.zh}  |  {s.meta.title.en}")
    return 0


def configure_preset(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", choices=PRESET_NAMES)
    p.add_argument("out", help=f"output file (e.g. mine{FILE_SUFFIX})")
    p.add_argument("--force", action="store_true",
                   help="overwrite an existing file (also a read-only one)")


def cmd_preset(args: argparse.Namespace) -> int:
    from pathlib import Path

    out = Path(args.out)
    if out.suffix != FILE_SUFFIX:
        out = out.with_name(out.name + FILE_SUFFIX)
    if exists(out) and not args.force:
        raise CliError(f"{out}: already exists (use --force to overwrite)")
    try:
        report = save_scenario(load_scenario(preset_path(args.name)), out,
                               overwrite_readonly=args.force)
    except ScenarioError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {out}")
    for warning in report.warnings():
        print(f"collabsim: warning: {warning}", file=sys.stderr)
    return 0


def _builtin() -> None:
    register("run", "run a scenario headless and print the final indicators", configure_run, cmd_run)
    register("validate", "check scenario files; exit 0 if all are valid", configure_validate,
             cmd_validate)
    register("presets", "list the presets", lambda p: None, cmd_presets)
    register("preset", "write a preset out as a scenario file", configure_preset, cmd_preset)


# ------------------------------------------------------------------ parsing and errors
class _Parser(argparse.ArgumentParser):
    """argparse, except that a help text that cannot be written is an error, not silence."""

    def _print_message(self, message: str, file=None) -> None:
        if message:
            (file or sys.stderr).write(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="collabsim",
        description="collabsim — 部门间协作模拟器. Without a command, opens the desktop app.",
        epilog="collabsim FILE.collabsim (or collabsim gui) opens the desktop app; "
               "collabsim --self-test checks an installation.",
    )
    p.add_argument("--version", action="version", version=f"collabsim {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for cmd in commands().values():
        cmd.configure(sub.add_parser(cmd.name, help=cmd.help, description=cmd.help))
    return p


def _quiet_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str]) -> int:
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exc:  # --help, --version (0) and usage errors (2) from argparse
            sys.stdout.flush()
            return exc.code if isinstance(exc.code, int) else 2
        status = commands()[args.command].run(args)
        sys.stdout.flush()  # a closed pipe or a full disk shows up here, inside the handlers below
        return status
    except CliError as exc:
        print(f"collabsim: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("collabsim: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `collabsim run ... | head`: the reader left, not an error
        _quiet_stdout()
        return 0
    except MemoryError:
        print("collabsim: not enough memory; try fewer replicates or --steps, or --record summary",
              file=sys.stderr)
        return 2
    except OSError as exc:  # writing the output failed: /dev/full, a disk that filled up
        _quiet_stdout()
        print(f"collabsim: {write_failed('the output', exc)}", file=sys.stderr)
        return 1


def dumps_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
