"""The network dock's contents: the view, and its legend as a panel below (or beside) it.

The legend panel (:mod:`.legend_panel`) lists every symbol in full and scrolls; it sits below the
view in a narrow dock and beside it in a wide one, and the view's "Legend" tag folds it away or
back (remembered per user). Hovering over a node shows that department's values; clicking it
asks for its explanation (``department_clicked``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from collabsim.gui.network.legend_panel import LegendPanel
from collabsim.gui.network.view import NetworkView

SETTINGS_KEY = "network/legend_shown"


class NetworkPanel(QWidget):
    department_clicked = Signal(int)

    def __init__(self, view: NetworkView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.legend = LegendPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(view)
        self.splitter.addWidget(self.legend)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)
        view.set_external_legend(True)
        view.legend_requested.connect(self.toggle_legend)
        view.department_clicked.connect(self.department_clicked)
        self.legend.setVisible(QSettings().value(SETTINGS_KEY, True, bool))

    def toggle_legend(self) -> None:
        self.set_legend_shown(not self.legend.isVisibleTo(self))

    def set_legend_shown(self, shown: bool) -> None:
        self.legend.setVisible(shown)
        QSettings().setValue(SETTINGS_KEY, bool(shown))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        wide = self.width() > 1.4 * self.height() and self.width() > 760
        want = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != want:
            self.splitter.setOrientation(want)
