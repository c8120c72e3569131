"""``collabsim`` / ``python -m collabsim``: the desktop app, or the CLI when given a command.

    collabsim [FILE.collabsim]        open the app (with a scenario file)
    collabsim gui [FILE.collabsim]    the same, explicitly
    collabsim COMMAND ...             headless command line (collabsim --help lists the commands)
    collabsim --self-test             headless smoke test of the installed app (exit 0 = works)

Anything else (a mistyped command, an unknown option, two files) is a usage error, exit 2, and
never opens a window. ``collabsim-gui`` (a ``gui-scripts`` entry point: no console window on
Windows) always opens the app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

USAGE = "usage: collabsim [FILE.collabsim] | collabsim COMMAND ... | collabsim --help"


def _usage_error(message: str) -> int:
    print(f"{USAGE}\ncollabsim: error: {message}", file=sys.stderr)
    return 2


def _looks_like_a_file(arg: str) -> bool:
    """A scenario the window can open: the suffix, or a path that exists (checked safely)."""
    from collabsim.scenario import FILE_SUFFIX

    if arg.lower().endswith(FILE_SUFFIX) or os.sep in arg or (os.altsep and os.altsep in arg):
        return True
    try:
        return Path(arg).is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL character
        return False


def gui_args(args: list[str]) -> list[str] | str:
    """The window's arguments, or the message of a usage error."""
    files = [a for a in args if not a.startswith("-") or a == "-"]  # -psn_...: old macOS Finder
    options = [a for a in args if a.startswith("-") and a != "-" and not a.startswith("-psn_")]
    if options:
        return f"unrecognized option {options[0]!r}"
    if files and not _looks_like_a_file(files[0]):
        import difflib

        from collabsim.cli import command_names

        names = command_names()
        close = difflib.get_close_matches(files[0], names, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return (f"unknown command {files[0]!r}, and not a scenario file ({hint}commands: "
                f"{', '.join(names)})")
    if len(files) > 1:
        return f"the window opens one file at a time (got {len(files)})"
    return files


def _no_display() -> str | None:
    """Why the window cannot open here (Linux without X11/Wayland), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "the command line works without one: collabsim --help")


def start_gui(args: list[str]) -> int:
    parsed = gui_args(args)
    if isinstance(parsed, str):
        return _usage_error(parsed)
    reason = _no_display()
    if reason:
        print(f"collabsim: {reason}", file=sys.stderr)
        return 2
    try:
        from collabsim.gui.app import main as gui_main
    except ImportError as exc:  # PySide6 missing: the engine and CLI still work
        print(f"collabsim: the desktop app cannot start ({exc}); the command line works: "
              "collabsim --help", file=sys.stderr)
        return 2
    return gui_main(parsed)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--self-test":  # smoke test of an installed/frozen app (selftest.py)
        from collabsim.selftest import main as self_test

        return self_test(args[1:])
    from collabsim.cli import command_names
    from collabsim.cli import main as cli_main

    if args and (args[0] in command_names() or args[0] in ("-h", "--help", "--version")):
        return cli_main(args)
    if args and args[0] == "gui":
        args = args[1:]
    return start_gui(args)


def gui_entry() -> int:
    """``collabsim-gui``: the window only (the ``gui-scripts`` entry point)."""
    args = sys.argv[1:]
    return start_gui(args[1:] if args[:1] == ["gui"] else args)


if __name__ == "__main__":
    raise SystemExit(main())
