"""The room's commands in the View menu and the toolbar: zoom, reset layout, presentation mode.

View > Zoom in / Zoom out / Actual size (Ctrl++, Ctrl+-, Ctrl+0) scale the whole interface
(:mod:`collabsim.gui.common.zoom`, remembered per user); View > Reset layout puts every panel
back where it was when the window was built (a stray drag that re-docked a panel survives
restarts otherwise); View > Presentation mode (F11, also on the toolbar) opens
:class:`~.presentation.PresentationWindow`, on a second screen when there is one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from collabsim.gui.classroom.fit import WindowFit, mode_for
from collabsim.gui.classroom.presentation import PresentationWindow, presentation_screen
from collabsim.gui.common import i18n, zoom


class Room(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation: PresentationWindow | None = None
        menu = window.view_menu
        menu.addSeparator()
        K = QKeySequence.StandardKey
        self.zoom_in_action = self._action(menu, zoom.zoom_in, [K.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(menu, zoom.zoom_out, [K.ZoomOut])
        self.zoom_reset_action = self._action(menu, zoom.reset, [QKeySequence("Ctrl+0")])
        menu.addSeparator()
        self.reset_layout_action = self._action(menu, self.reset_layout, [])
        self.presentation_action = self._action(menu, self.toggle_presentation,
                                                [QKeySequence(Qt.Key.Key_F11)])
        self.presentation_action.setCheckable(True)
        # the toolbar button sits at the menu bar's right end: no extra row on a small screen
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("toolbar_classroom")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.presentation_action)
        window.menuBar().setCornerWidget(self.toolbar, Qt.Corner.TopRightCorner)
        self.default_state: QByteArray = window.saveState()  # before the user's layout is restored
        self.fit = WindowFit(window)
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def _action(self, menu, slot, keys) -> QAction:
        act = QAction(self.window)
        act.setShortcuts(keys)
        act.triggered.connect(lambda _=False: slot())
        menu.addAction(act)
        self.window.addAction(act)
        return act

    # ------------------------------------------------------------------ layout
    def after_restore(self) -> None:
        """The window was built and its saved layout restored: fit it to its screen."""
        self.fit.fit_to_screen(restored=QSettings().contains("window/geometry"))

    def reset_layout(self) -> None:
        """Every dock back where the window started it, sized for the window's width."""
        w = self.window
        w.restoreState(self.default_state)
        for dock in (w.levers_dock, w.network_dock, w.start_dock):
            dock.show()
        w.start_dock.raise_()
        self.fit.arrange(mode_for(w.width()), auto=True)  # by the width, as at start
        w.classroom.reset_docks()

    # ------------------------------------------------------------------ presentation
    def toggle_presentation(self) -> None:
        if self.presentation is not None:
            self.presentation.close()
        else:
            self.present()

    def present(self) -> PresentationWindow:
        screen = presentation_screen(self.window.screen(), QGuiApplication.screens())
        self.presentation = PresentationWindow(self.window, screen)
        self.presentation.left.connect(self._left)
        self.presentation.present()
        self.presentation_action.setChecked(True)
        return self.presentation

    def _left(self) -> None:
        self.presentation = None
        self.presentation_action.setChecked(False)
        self.window.activateWindow()

    def retranslate_ui(self, *_lang) -> None:
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_reset_action.setText(self.tr("Actual size"))
        self.reset_layout_action.setText(self.tr("Reset layout"))
        self.reset_layout_action.setToolTip(self.tr("Put every panel back where it was at the start"))
        self.presentation_action.setText(self.tr("Presentation mode"))
        self.presentation_action.setToolTip(self.tr(
            "Full screen for the class: the run large, the story's question, a few levers (F11; Esc leaves)"))
        self.toolbar.setWindowTitle(self.tr("Classroom toolbar"))
