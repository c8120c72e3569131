"""Presentation mode (F11): the run large, full screen, for the back of a lecture room.

A window of its own on the same document and controller: the collaboration form and three key
numbers, the department network and the two key plots (progress, effort), all large (text at
least 20 pt at 1280x800, more on bigger screens), the playback bar, the story's step with its
question, and a small strip with the two or three levers the step uses; the levers panel stays
folded away. With a second screen it opens there and the presenter's own screen keeps the
normal window, with the teacher notes. Esc or F11 leaves; Page Down / Page Up (a presenter's
clicker) go to the next / previous story step; Space and the arrows drive playback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QScreen, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from collabsim.classroom.debrief import key_numbers
from collabsim.gui.classroom.lever_strip import LeverStrip
from collabsim.gui.classroom.story_panel import StoryPanel
from collabsim.gui.classroom.texts import number_names, number_text
from collabsim.gui.common import fonts, i18n, labels, zoom
from collabsim.gui.network.panel import NetworkPanel
from collabsim.gui.network.view import NetworkView
from collabsim.gui.panels.indicators import FORM_COLOURS
from collabsim.gui.panels.playback import PlaybackBar
from collabsim.gui.panels.plots import PlotsPanel

MIN_POINT_SIZE = 20.0  # readable from the back of a lecture room at 1280x800
KEY_CHARTS = ("progress", "effort")


def presentation_screen(window_screen: QScreen | None, screens: list[QScreen]) -> QScreen | None:
    """The screen to present on: another one than the presenter's window's, if there is one."""
    others = [s for s in screens if s is not window_screen]
    return others[0] if others else window_screen


def point_size(screen: QScreen | None) -> float:
    """The presentation's text size in the screen's logical points: 20 pt on a screen 800 pixels
    high, growing with the screen; with display scaling (a factor of 2 makes every point twice
    as big) the same size on the wall, so the room reads it as at 100 %."""
    if screen is None:
        return MIN_POINT_SIZE
    ratio = screen.devicePixelRatio() or 1.0
    physical = screen.availableGeometry().height() * ratio
    return max(MIN_POINT_SIZE, physical / 40.0) / ratio


class FormStrip(QWidget):
    """The collaboration form, large and in its colour, and three key numbers beside it."""

    KEYS = ("real_progress", "coop_effort", "reported_gap")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.form = QLabel()
        zoom.relative(self.form, 1.8, bold=True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.form)
        lay.addSpacing(24)
        col = QVBoxLayout()
        col.setSpacing(0)
        self.numbers: dict[str, QLabel] = {}
        for key in self.KEYS:
            lab = QLabel()
            lab.setTextFormat(Qt.TextFormat.PlainText)
            col.addWidget(lab)
            self.numbers[key] = lab
        lay.addLayout(col)
        lay.addStretch(1)
        controller.results_changed.connect(self.refresh)
        i18n.notifier().language_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        res = self.controller.results()
        if res is None:
            return
        form = res.modal_form()
        self.form.setText(labels.form_label(form))
        self.form.setStyleSheet(f"color: {FORM_COLOURS[form]};")
        nums = key_numbers(res)
        names = number_names()
        for key, lab in self.numbers.items():
            lab.setText(self.tr("{0}: {1}").format(names[key], number_text(key, nums[key])))


class OneLine(QLabel):
    """Plain text on one line, cut with "…" when too long (the whole text in the tooltip): the
    plots below keep their height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   self.shown_text())


class PresentationWindow(QWidget):
    left = Signal()  # the presentation was left (Esc, F11, the button, closed)

    def __init__(self, window, screen: QScreen | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main_window = window
        controller, player = window.controller, window.classroom.player
        self.target_screen = screen
        self.point_size = point_size(screen)
        self.setFont(fonts.ui_font(self.point_size))
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long titles
        zoom.relative(self.title, 1.2, bold=True)
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.close)
        self.playback = PlaybackBar(controller)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.leave_button)
        self.form = FormStrip(controller)
        self.network = NetworkView(controller, i18n.short_code())
        self.network.setMinimumSize(240, 180)
        self.network.set_min_point_size(self.point_size)
        self.network_panel = NetworkPanel(self.network)
        self.network_panel.legend.setVisible(False)  # the room sees the network; the legend: its tag
        # the group's and the superiors' events at 20 pt would cover the network: listed beside it
        self.network.set_slot_tags(False)
        self.events = OneLine()
        self.events.setObjectName("presentation_events")
        scale = self.point_size / zoom.point_size(11)
        self.plots = PlotsPanel(controller, charts=KEY_CHARTS, text_scale=scale, columns=2)
        self.plots.key.setVisible(False)  # the network names the departments; colours as there
        self.plots.set_sparse_ticks()
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.form)
        rlay.addWidget(self.events)
        rlay.addWidget(self.plots, 1)
        self.body = body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.network_panel)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        self.story = StoryPanel(player, notes=False, compact=True)
        self.story.max_strip = int(self.point_size * 9)  # it fits what it shows, up to this
        self.levers = LeverStrip(player)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addLayout(top)
        lay.addWidget(self.playback)
        lay.addWidget(body, 1)
        lay.addWidget(self.levers)
        lay.addWidget(self.story)
        for act in self.playback.actions_list:
            self.addAction(act)
        for key, slot in ((Qt.Key.Key_Escape, self.close), (Qt.Key.Key_F11, self.close),
                          (Qt.Key.Key_PageDown, player.next), (Qt.Key.Key_PageUp, player.previous)):
            QShortcut(QKeySequence(key), self, slot)
        window.document.scenario_changed.connect(self._show_title)
        controller.frame.connect(self._show_events)  # after the network's own frame (made first)
        player.changed.connect(self._show_title)
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        zoom.refresh(self)
        self.retranslate_ui()

    def present(self) -> None:
        """Show full screen on the target screen, at the run and step the main window shows."""
        controller = self.main_window.controller
        self.plots.refresh()  # new panels: the run already there (the next frame may be far off)
        self.network.set_step(controller.position())
        self._show_events()
        screen = self.target_screen
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        if QGuiApplication.platformName() != "offscreen":  # offscreen Qt cannot raise windows
            self.raise_()
        self.activateWindow()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        w = self.body.width() or self.width()
        self.body.setSizes([int(w * 0.55), int(w * 0.45)])  # the network and the plots, large

    def _show_events(self, *_args) -> None:
        """This step's group and superior events, as the network's tags would name them."""
        codes = self.network.slot_events()
        text = ""
        if codes:
            unit = self.main_window.document.scenario().task.step_unit
            fmt = self.tr("This week: {0}") if unit == "week" else self.tr("This month: {0}")
            text = fmt.format(" · ".join(labels.event_label(c) for c in codes))
        if text != self.events.text():
            self.events.setText(text)

    def retranslate_ui(self, *_lang) -> None:
        self.leave_button.setText(self.tr("Leave (Esc)"))
        self.leave_button.setToolTip(self.tr("Back to the normal window (Esc or F11)"))
        self._show_title()
        self._show_events()

    def _show_title(self, *_args) -> None:
        lang = i18n.short_code()
        story = self.main_window.classroom.player.story()
        s = self.main_window.document.scenario()
        title = (story.title.get(lang) if story is not None else "") or s.meta.title.get(lang)
        self.title.setText(title or self.tr("collabsim"))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):  # also when a child had the focus
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.left.emit()
        super().closeEvent(event)
