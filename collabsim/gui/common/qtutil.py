"""Small Qt helpers: a signal blocker, a guard that keeps the mouse wheel from changing levers,
garbage collection kept on the GUI thread, pyqtgraph's context menus owned by their widget.

``blocked(obj)`` is a plain-Python stand-in for ``QSignalBlocker`` (with PySide6 6.12.0 on
Python 3.11, ``QSignalBlocker`` dropped a reference to ``None`` on every use, like every void
call there; see tests/test_gui_qt_refcount.py).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QWidget

GC_INTERVAL_MS = 500
#: a full collection (all generations) at most this often: one takes ~35 ms with the window's
#: 80,000 objects, as long as a lever change's whole CPU budget
FULL_INTERVAL_S = 10.0
#: no collection this long after a change started (its first answer is drawn meanwhile)
HOLD_S = 0.3
_gc_timer: QTimer | None = None
_held_until = 0.0
_last_full = float("-inf")


def collect_garbage_in_gui_thread() -> None:
    """Run Python's cyclic garbage collection only on the GUI thread, from a timer (idempotent).

    Worker threads run Python (the engine, experiments); a collection that starts there destroys
    unreachable Qt objects on the wrong thread ("Timers cannot be started/stopped from another
    thread", at worst a crash). Automatic collection is switched off and a GUI-thread timer
    collects whenever the allocation thresholds say so (pyqtgraph's GarbageCollector recipe),
    but never while a change is being answered (:func:`hold_garbage_collection`) and the full
    collection at most every FULL_INTERVAL_S.
    """
    global _gc_timer
    app = QCoreApplication.instance()
    if _gc_timer is not None or app is None:
        return
    gc.disable()
    _gc_timer = QTimer(app)
    _gc_timer.setInterval(GC_INTERVAL_MS)
    _gc_timer.timeout.connect(_collect)
    _gc_timer.start()


def hold_garbage_collection(seconds: float = HOLD_S) -> None:
    """No collection for ``seconds`` (a lever change: its answer is being computed and drawn)."""
    global _held_until
    _held_until = max(_held_until, time.monotonic() + seconds)


def freeze_long_lived() -> None:
    """Collect once, then leave everything alive now (modules, the window and its widgets) out
    of later collections (``gc.freeze``): a full collection then scans only what came after
    (0.1 ms instead of ~35 ms with the window open). Called once the app's window is up."""
    global _last_full
    gc.collect()
    gc.freeze()
    _last_full = time.monotonic()


def _collect() -> None:
    """Collect the generations whose counts passed their thresholds (as automatic gc would)."""
    global _last_full
    now = time.monotonic()
    if now < _held_until:
        return
    counts, limits = gc.get_count(), gc.get_threshold()
    if counts[2] > limits[2] and now - _last_full >= FULL_INTERVAL_S:
        gc.collect(2)
        _last_full = now
        return
    for generation in (1, 0):
        if counts[generation] > limits[generation]:
            gc.collect(generation)
            return


def own_plot_menus(plot, owner: QWidget) -> None:
    """Make ``owner`` the parent of a pyqtgraph plot's context menus (the plot's and its view
    box's), so that they are deleted with it.

    pyqtgraph creates them as widgets without a parent, held only by Python reference cycles:
    each main window left 77 menus and about 300 other widgets (their controls) behind when it
    closed, until a full garbage collection (1,500 menus over a test session). With a parent
    they stay popups (their window flags are kept).
    """
    for menu in (getattr(plot, "ctrlMenu", None), getattr(plot.getViewBox(), "menu", None)):
        if menu is not None and menu.parent() is None:
            menu.setParent(owner, menu.windowFlags())


def drop_plot_menus(plot) -> None:
    """Delete a plot's context menus now (a plot removed while its widget stays)."""
    for menu in (getattr(plot, "ctrlMenu", None), getattr(plot.getViewBox(), "menu", None)):
        if menu is not None:
            menu.deleteLater()


@contextmanager
def blocked(obj: QObject) -> Iterator[QObject]:
    """Block ``obj``'s signals inside the ``with`` block (restores the previous state)."""
    old = obj.blockSignals(True)
    try:
        yield obj
    finally:
        obj.blockSignals(old)


class WheelGuard(QObject):
    """Lets the mouse wheel scroll a panel instead of changing the lever under the pointer.

    Installed on the sliders, spin boxes and combo boxes inside a scroll area: a wheel event over
    one that does not have the keyboard focus goes to the scroll area (the lever changes only
    after a click or Tab puts the focus on it), so scrolling the levers never moves one by accident.
    """

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area

    def guard(self, root: QWidget) -> None:
        """Guard every slider, spin box and combo box under ``root``."""
        for w in root.findChildren(QWidget):
            if isinstance(w, (QAbstractSlider, QAbstractSpinBox, QComboBox)):
                w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not take the focus
                w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            QCoreApplication.sendEvent(self._area.verticalScrollBar(), event)
            return True
        return False
