"""``collabsim`` / ``python -m collabsim``: the desktop app, or the CLI when given a command.

    collabsim [FILE]                  open the app (with a scenario file)
    collabsim run|validate|presets|preset ...   headless command line (see collabsim --help)
    collabsim --self-test             headless smoke test of the installed app (exit 0 = works)
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--self-test":  # smoke test of an installed/frozen app (selftest.py)
        from collabsim.selftest import main as self_test

        return self_test(args[1:])
    from collabsim.cli import COMMANDS
    from collabsim.cli import main as cli_main

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        return cli_main(args)
    if args and args[0] == "gui":
        args = args[1:]
    try:
        from collabsim.gui.app import main as gui_main
    except ImportError as exc:  # PySide6 missing: the engine and CLI still work
        print(f"collabsim: the desktop app cannot start ({exc}); the command line works: "
              "collabsim --help", file=sys.stderr)
        return 2
    return gui_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
