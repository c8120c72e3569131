"""Playback bar: reset, step back, play/pause, step forward, speed, timeline, current step.

In a narrow window the timeline and the step go to a second row.

The actions (with shortcuts Space, Left, Right, Home) are shared with the Playback menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collabsim.gui.common import i18n, labels, zoom
from collabsim.gui.common.qtutil import blocked
from collabsim.gui.controller import SPEEDS, SimulationController

TIMELINE_MIN = 160  # pixels: a shorter timeline goes to a second row (it became a box)


class PlaybackBar(QWidget):
    def __init__(self, controller: SimulationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        style = self.style()
        self.play_action = QAction(self)
        self.play_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.play_action.triggered.connect(controller.toggle_play)
        self.back_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward), "", self)
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Left))
        self.back_action.triggered.connect(controller.step_back)
        self.forward_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward), "", self)
        self.forward_action.setShortcut(QKeySequence(Qt.Key.Key_Right))
        self.forward_action.triggered.connect(controller.step_forward)
        self.reset_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward), "", self)
        self.reset_action.setShortcut(QKeySequence(Qt.Key.Key_Home))
        self.reset_action.triggered.connect(controller.reset)
        self.end_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward), "", self)
        self.end_action.setShortcut(QKeySequence(Qt.Key.Key_End))
        self.end_action.triggered.connect(lambda: controller.seek(controller.horizon()))
        self.actions_list = [self.reset_action, self.back_action, self.play_action,
                             self.forward_action, self.end_action]
        self.row = lay = QHBoxLayout()  # one row; narrow: the timeline and step on a second row
        self.second_row = QHBoxLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        outer.addLayout(lay)
        outer.addLayout(self.second_row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.second_row.setContentsMargins(0, 0, 0, 0)
        self.two_rows = False
        for act in self.actions_list:
            btn = QToolButton()
            btn.setDefaultAction(act)
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            lay.addWidget(btn)
        self.speed_label = QLabel()
        self.speed = QComboBox()
        for v in SPEEDS:
            self.speed.addItem("", v)
        self.speed.setCurrentIndex(SPEEDS.index(controller.speed()))
        self.speed.currentIndexChanged.connect(lambda i: controller.set_speed(self.speed.itemData(i)))
        lay.addWidget(self.speed_label)
        lay.addWidget(self.speed)
        lay.addStretch(0)  # on two rows the speed stays beside its label
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows belong to the step actions
        self.timeline.valueChanged.connect(controller.seek)
        lay.addWidget(self.timeline, 1)
        self.step_label = QLabel()
        zoom.relative(self.step_label, 1.3, bold=True)  # follows View > Zoom
        lay.addWidget(self.step_label)
        controller.step_changed.connect(self._show_step)
        controller.playing_changed.connect(self._show_playing)
        controller.results_changed.connect(self._on_results)
        # a new horizon (or step unit) shows at once, not when the new runs come ("Computing…")
        controller.document.scenario_changed.connect(self._on_results)
        controller.speed_changed.connect(self._show_speed)
        self.retranslate_ui()
        i18n.notifier().language_changed.connect(self.retranslate_ui)

    def one_row_width(self) -> int:
        """The width one row needs, with the timeline at least TIMELINE_MIN pixels long."""
        lay = self.row
        widgets = [lay.itemAt(i).widget() for i in range(lay.count())]
        widgets = [w for w in widgets if w is not None and w is not self.timeline]  # no spacer
        if self.two_rows:
            widgets.append(self.step_label)
        hint = sum(w.sizeHint().width() for w in widgets)
        return hint + TIMELINE_MIN + lay.spacing() * (len(widgets) + 1) + 8

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A narrow window (1024x768, a big zoom): the timeline and step go to a second row
        instead of the timeline shrinking to a box and the bar widening the window."""
        super().resizeEvent(event)
        two = self.width() < self.one_row_width()
        if two == self.two_rows:
            return
        self.two_rows = two
        target = self.second_row if two else self.row
        for w, stretch in ((self.timeline, 1), (self.step_label, 0)):
            (self.row if two else self.second_row).removeWidget(w)
            target.addWidget(w, stretch)

    def _show_step(self, step: int) -> None:
        """The step of the document's horizon (a shorter one set while the runs are computed:
        playback is clamped to it when they come, so the counter is already)."""
        horizon = self.controller.horizon()
        step = min(step, horizon)
        with blocked(self.timeline):
            self.timeline.setRange(0, horizon)
            self.timeline.setValue(step)
        unit = self.controller.scenario().task.step_unit
        self.step_label.setText(labels.step_text(step, horizon, unit))

    def _on_results(self, _results) -> None:
        self._show_step(self.controller.step())

    def _show_speed(self, speed: float) -> None:
        """The speed set elsewhere (menu, tests): the nearest entry of the chooser."""
        nearest = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - speed))
        with blocked(self.speed):
            self.speed.setCurrentIndex(nearest)

    def _show_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_action.setIcon(self.style().standardIcon(icon))
        self.play_action.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_action.setToolTip(self.tr("Play or pause the animation (Space)"))

    def retranslate_ui(self) -> None:
        self.back_action.setText(self.tr("Step back"))
        self.back_action.setToolTip(self.tr("One step back (Left arrow)"))
        self.forward_action.setText(self.tr("Step forward"))
        self.forward_action.setToolTip(self.tr("One step forward (Right arrow)"))
        self.reset_action.setText(self.tr("Back to the start"))
        self.reset_action.setToolTip(self.tr("Back to step 0 (Home)"))
        self.end_action.setText(self.tr("Go to the end"))
        self.end_action.setToolTip(self.tr("Jump to the last step (End)"))
        self.speed_label.setText(self.tr("Speed:"))
        for i, v in enumerate(SPEEDS):
            self.speed.setItemText(i, self.tr("{0} steps/s").format(f"{v:g}"))
        self.speed.setToolTip(self.tr("Playback speed in simulated steps per second"))
        self.timeline.setToolTip(self.tr("Timeline: drag to any step"))
        self._show_playing(self.controller.is_playing())
        self._show_step(self.controller.step())
