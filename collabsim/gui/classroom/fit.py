"""The window fits the screen it is on: its first size, its docks, a compact layout when narrow.

The window used to open at 1600x1000 whatever the screen and could not be narrower than 1321
pixels. Now it opens at most 96 % x 94 % of the available screen (centred), a restored geometry
is kept on the screen, and every panel can shrink (the levers, docks and the centre scroll
instead of being cut off). Below COMPACT_BELOW logical pixels (a 1024x768 projector at 150 %
or 200 %) the panels go into one tabbed column beside the centre; wider again, the standard
layout comes back if the compact one was chosen automatically.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

STANDARD, COMPACT = "standard", "compact"
COMPACT_BELOW = 900  # logical pixels
BACK_ABOVE = 1100  # an automatic compact layout goes back to standard above this width
FIRST_SIZE = QSize(1600, 1000)


def first_size(available: QRect) -> QSize:
    """The window's size on a screen whose available area is ``available``."""
    return QSize(min(FIRST_SIZE.width(), int(available.width() * 0.96)),
                 min(FIRST_SIZE.height(), int(available.height() * 0.94)))


def full_tab_titles(window: QMainWindow) -> None:
    """Dock tabs show their whole titles and scroll ("模型…", "事件…" were cut off)."""
    for bar in window.findChildren(QTabBar):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)


def mode_for(width: int) -> str:
    return COMPACT if width < COMPACT_BELOW else STANDARD


class WindowFit(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.mode = STANDARD
        self._auto = False
        self._busy = False
        window.installEventFilter(self)

    def available(self) -> QRect:
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to_screen(self, restored: bool) -> None:
        """At start: a first size for the screen, or the restored geometry kept on it."""
        avail = self.available()
        w = self.window
        if not restored:
            size = first_size(avail)
        else:  # saved on a bigger screen, or on one that is gone
            size = QSize(min(w.width(), avail.width()), min(w.height(), avail.height()))
        mode = mode_for(size.width())
        # first the layout, whose minimum size must allow ``size`` (a compact one stays as it is)
        if (not restored or mode == COMPACT) and not (mode == COMPACT == self.mode):
            # chosen by the screen's width, not by the user: a wider window (another screen, a
            # resize) gets the standard layout back, instead of keeping every dock but one
            # tabbed out of view (Qt parks a dock that is not its group's current tab at
            # negative coordinates)
            self.arrange(mode, auto=True, width=size.width(), height=size.height())
        if size != w.size():
            w.resize(size)
        full_tab_titles(w)  # also when the saved layout was kept as it was
        if not restored:
            w.move(avail.x() + (avail.width() - size.width()) // 2,
                   avail.y() + (avail.height() - size.height()) // 2)
        else:
            x = min(max(w.x(), avail.x()), avail.right() - size.width() + 1)
            y = min(max(w.y(), avail.y()), avail.bottom() - size.height() + 1)
            if (x, y) != (w.x(), w.y()):
                w.move(x, y)

    def arrange(self, mode: str, auto: bool = False, width: int | None = None,
                height: int | None = None) -> None:
        """Lay the docks out for ``mode`` at ``width`` x ``height`` (default: the window's size)."""
        w = self.window
        width = w.width() if width is None else width
        height = w.height() if height is None else height
        self._busy = True
        try:
            if mode == COMPACT:
                others = [d for d in w.findChildren(QDockWidget) if d not in (w.levers_dock, w.network_dock)]
                size = w.size()
                for dock in (w.levers_dock, w.network_dock, *others):
                    dock.setFloating(False)
                w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, w.levers_dock)
                for dock in (w.network_dock, *others):  # straight into one tab group: stacking
                    w.tabifyDockWidget(w.levers_dock, dock)  # them first would grow the window
                w.resize(size.expandedTo(w.minimumSizeHint()).boundedTo(QSize(width, height))
                         .expandedTo(w.minimumSizeHint()))
                w.levers_dock.raise_()
                centre = w.centralWidget()  # the centre keeps room for its contents' width
                bar = centre.verticalScrollBar().sizeHint().width()
                need = centre.widget().minimumSizeHint().width() + bar + 16
                column = max(240, min(int(width * 0.48), width - need))
                w.resizeDocks([w.levers_dock], [column], Qt.Orientation.Horizontal)
            else:
                w.restoreState(w.classroom.room.default_state)
                levers = int(min(380, max(276, width * 0.24)))
                network = int(min(460, max(290, width * 0.30)))
                w.resizeDocks([w.levers_dock, w.network_dock], [levers, network], Qt.Orientation.Horizontal)
                w.resizeDocks([w.network_dock, w.start_dock], [int(height * 0.6), int(height * 0.4)],
                              Qt.Orientation.Vertical)
            self.mode = mode
            self._auto = auto
            full_tab_titles(w)
        finally:
            self._busy = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if (obj is self.window and event.type() == QEvent.Type.ChildPolished
                and isinstance(event.child(), QTabBar)):  # the main window makes tab bars as needed
            event.child().setElideMode(Qt.TextElideMode.ElideNone)
            event.child().setUsesScrollButtons(True)
        if obj is self.window and event.type() == QEvent.Type.Resize and not self._busy:
            width = event.size().width()
            if self.mode == STANDARD and width < COMPACT_BELOW:
                self.arrange(COMPACT, auto=True)
            elif self.mode == COMPACT and self._auto and width > BACK_ABOVE:
                self.arrange(STANDARD)
        return False
