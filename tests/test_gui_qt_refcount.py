"""The installed PySide6 must not leak or drop references to None/True/False.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a void Qt method;
the desktop app then aborts ("Fatal Python error: none_dealloc") after a few thousand calls.
pyproject.toml excludes that release; this test catches any other release with the same defect.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from collabsim.gui.common.qtutil import blocked


def _delta(fn, n: int = 500) -> list[int]:
    before = [sys.getrefcount(x) for x in (None, False, True)]
    for _ in range(n):
        fn()
    return [sys.getrefcount(x) - b for x, b in zip((None, False, True), before, strict=True)]


def test_void_qt_calls_keep_none_alive():
    obj = QObject()
    delta = _delta(lambda: obj.setObjectName("x"))
    assert all(abs(d) < 50 for d in delta), delta


def test_bool_returning_calls_keep_bools_alive():
    obj = QObject()
    delta = _delta(lambda: obj.blockSignals(False))
    assert all(abs(d) < 50 for d in delta), delta


def test_blocked_helper_keeps_refcounts():
    obj = QObject()

    def use():
        with blocked(obj):
            pass

    delta = _delta(use)
    assert all(abs(d) < 50 for d in delta), delta
    assert obj.signalsBlocked() is False
