"""Entry script of the frozen app (PyInstaller): the same ``main`` as the ``collabsim`` command.

A windowed build on Windows/macOS has no console: ``sys.stdout``/``sys.stderr`` are None there,
so they are pointed at the null device before anything prints (``--version``, ``--self-test``
and the CLI still return their exit status).
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from collabsim.__main__ import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
