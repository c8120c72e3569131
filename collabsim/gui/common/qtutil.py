"""Small Qt helpers.

``blocked(obj)`` is a plain-Python stand-in for ``QSignalBlocker`` (with PySide6 6.12.0 on
Python 3.11, ``QSignalBlocker`` dropped a reference to ``None`` on every use, like every void
call there; see tests/test_gui_qt_refcount.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject


@contextmanager
def blocked(obj: QObject) -> Iterator[QObject]:
    """Block ``obj``'s signals inside the ``with`` block (restores the previous state)."""
    old = obj.blockSignals(True)
    try:
        yield obj
    finally:
        obj.blockSignals(old)
