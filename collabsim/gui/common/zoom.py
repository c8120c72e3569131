"""Zoom for the whole interface (View > Zoom in / out / reset, Ctrl++ / Ctrl+- / Ctrl+0).

The zoom scales the application font (11 pt at 100 %) and every font derived from it: a label
that is bigger or bolder than the text around it (the collaboration form, the step counter)
registers with :func:`relative` and is recomputed from its parent's font whenever the zoom
changes or :func:`refresh` is called (the presentation window, whose own font is larger, calls
it for its copies of the panels). Views that size their own text (plot ticks, the network's
labels) read :func:`factor` and follow :func:`notifier`. The factor is remembered per user
(QSettings ``ui/zoom``) and applied at start.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

SETTINGS_KEY = "ui/zoom"
BASE_POINT_SIZE = 11.0
STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)

_factor = 1.0
_relative: weakref.WeakKeyDictionary[QWidget, tuple[float, bool, float]] = weakref.WeakKeyDictionary()


class Notifier(QObject):
    zoom_changed = Signal(float)


_notifier: Notifier | None = None


def notifier() -> Notifier:
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def factor() -> float:
    return _factor


def saved_factor() -> float:
    value = QSettings().value(SETTINGS_KEY, 1.0)
    try:
        f = float(value)
    except (TypeError, ValueError):
        return 1.0
    return min(max(f, STEPS[0]), STEPS[-1])


def point_size(base: float = BASE_POINT_SIZE) -> float:
    """``base`` points at the current zoom."""
    return base * _factor


def set_factor(f: float, remember: bool = True) -> float:
    """Zoom the interface to ``f`` (clamped to STEPS' range); returns the factor set."""
    global _factor
    f = round(min(max(float(f), STEPS[0]), STEPS[-1]), 3)
    _factor = f
    app = QGuiApplication.instance()
    if app is not None:
        font = QFont(app.font())
        font.setPointSizeF(BASE_POINT_SIZE * f)
        app.setFont(font)
    refresh()
    if remember:
        QSettings().setValue(SETTINGS_KEY, f)
    notifier().zoom_changed.emit(f)
    return f


def zoom_in() -> float:
    return set_factor(next((s for s in STEPS if s > _factor + 1e-6), STEPS[-1]))


def zoom_out() -> float:
    return set_factor(next((s for s in reversed(STEPS) if s < _factor - 1e-6), STEPS[0]))


def reset() -> float:
    return set_factor(1.0)


def relative(widget: QWidget, scale: float, bold: bool = False, minimum: float = 0.0) -> None:
    """Give ``widget`` a font ``scale`` times the interface's (at least ``minimum`` points at
    100 %), kept so when the zoom changes."""
    _relative[widget] = (scale, bold, minimum)
    _apply(widget, scale, bold, minimum)


def refresh(root: QWidget | None = None) -> None:
    """Recompute the relative fonts (of the widgets under ``root``; all when None)."""
    for widget, (scale, bold, minimum) in list(_relative.items()):
        if not shiboken6.isValid(widget):  # deleted by Qt (its window closed)
            _relative.pop(widget, None)
        elif root is None or widget is root or root.isAncestorOf(widget):
            _apply(widget, scale, bold, minimum)


def _apply(widget: QWidget, scale: float, bold: bool, minimum: float) -> None:
    parent = widget.parentWidget()
    base = QFont(parent.font() if parent is not None else QGuiApplication.font())
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() * scale, minimum * _factor))
    font.setBold(bold)
    widget.setFont(font)
