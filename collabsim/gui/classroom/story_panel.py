"""The story panel: the current step's title, the article's passage, the question to the class,
what the step changes, Previous / Next / Restart, and the teacher notes beside them.

It shows a :class:`~.story_player.StoryPlayer`; the presentation window shows another panel on
the same player with ``notes=False`` (the notes stay on the presenter's screen). Texts come from
files and are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collabsim.classroom import stories
from collabsim.gui.classroom import story_player as P
from collabsim.gui.classroom.texts import change_text
from collabsim.gui.common import i18n, labels

QUESTION_FILL, QUESTION_EDGE = "#fff7e0", "#e0a800"


def _label(word_wrap: bool = True) -> QLabel:
    lab = QLabel()
    lab.setWordWrap(word_wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # story texts are data, never markup
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class StoryPanel(QScrollArea):
    debrief_requested = Signal()

    def __init__(self, player: P.StoryPlayer, notes: bool = True, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        """``notes`` False: no teacher notes (the room's screen); ``compact``: only the step's
        title, its question and the buttons, side by side (the presentation window)."""
        super().__init__(parent)
        self.player = player
        self.compact = compact
        self.max_strip = 16777215  # compact: the tallest it may grow (the presentation sets it)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        self.story_title = _label()
        self.progress = _label()
        self.step_title = _label()
        self.text = _label()
        self.question_caption = QLabel()
        self.question = _label()
        box = QFrame()
        box.setObjectName("question")
        box.setFrameShape(QFrame.Shape.Box)  # a palette, not a style sheet: fonts still inherit
        box.setAutoFillBackground(True)
        pal = box.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(QUESTION_FILL))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(QUESTION_EDGE))
        box.setPalette(pal)
        box.setLineWidth(2)
        qlay = QVBoxLayout(box)
        qlay.addWidget(self.question_caption)
        qlay.addWidget(self.question)
        self.question_box = box
        self.changes = _label()
        self.status = _label()
        self.restart_button = QPushButton()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.replay_button = QPushButton()
        self.debrief_button = QPushButton()
        self.restart_button.clicked.connect(player.restart)
        self.previous_button.clicked.connect(player.previous)
        self.next_button.clicked.connect(player.next)
        self.replay_button.clicked.connect(player.replay)
        self.debrief_button.clicked.connect(self.debrief_requested)
        if compact:  # one row: the step and its question | the buttons
            buttons = QHBoxLayout()
            for b in (self.restart_button, self.previous_button, self.next_button, self.replay_button):
                buttons.addWidget(b)
        else:  # two rows, so that a narrow dock never cuts a button off: ◀ ▶ / ⟲ and replay
            buttons = QGridLayout()
            buttons.addWidget(self.previous_button, 0, 0)
            buttons.addWidget(self.next_button, 0, 1)
            buttons.addWidget(self.restart_button, 1, 0)
            buttons.addWidget(self.replay_button, 1, 1)
            buttons.setColumnStretch(2, 1)
        if compact:  # one row: the step and its question | the buttons
            row = QHBoxLayout()
            col = QVBoxLayout()
            col.addWidget(self.step_title)
            col.addWidget(box)
            row.addLayout(col, 1)
            row.addLayout(buttons)
            lay.addLayout(row)
        else:
            for w in (self.story_title, self.progress, self.step_title, self.text, box, self.changes):
                lay.addWidget(w)
            lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(self.debrief_button)
        self.notes_box = QGroupBox()
        self.notes = _label()
        QVBoxLayout(self.notes_box).addWidget(self.notes)
        self.notes_box.setVisible(notes)
        self._show_notes = notes
        lay.addWidget(self.notes_box)
        lay.addStretch(1)
        self.setWidget(inner)
        self._fonts()
        player.changed.connect(self.refresh)
        player.controller.busy_changed.connect(self.refresh)
        player.document.scenario_changed.connect(self.refresh)
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def _fonts(self) -> None:
        base = QFont(self.font())
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * 1.35)
        big.setBold(True)
        self.step_title.setFont(big)
        bold = QFont(base)
        bold.setBold(True)
        self.story_title.setFont(bold)
        self.question.setFont(bold)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # zoom or presentation: sizes follow
            self._fonts()
            self.fit_height()

    # ------------------------------------------------------------------ showing
    def refresh(self, *_args) -> None:
        self._refresh()
        if self.compact:  # the step's title (with its number) and question, the buttons
            self.setVisible(self.player.story() is not None)
            for w in (self.story_title, self.progress, self.text, self.changes, self.replay_button,
                      self.debrief_button, self.question_caption):
                w.setVisible(False)
            if self.player.step() is not None:
                self.step_title.setText(self.tr("{0}/{1} · {2}").format(
                    self.player.index() + 1, self.player.count(), self.step_title.text()))
            self.fit_height()

    def fit_height(self) -> None:
        """Compact: as tall as what it shows, at most ``max_strip`` (the introduction has no
        question: its title and the buttons, not blank space below them)."""
        if not self.compact:
            return
        inner = self.widget()
        lay = inner.layout()
        w = self.viewport().width()
        h = lay.heightForWidth(w) if lay.hasHeightForWidth() and w > 0 else inner.sizeHint().height()
        self.setMaximumHeight(min(max(h, 0) + 2 * self.frameWidth(), self.max_strip))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.compact and event.size().width() != event.oldSize().width():
            self.fit_height()

    def _refresh(self) -> None:
        p = self.player
        lang = i18n.short_code()
        story = p.story()
        s = p.document.scenario()
        scenario_notes = s.meta.teacher_notes.get(lang)
        has = story is not None
        for w in (self.progress, self.step_title, self.text, self.question_box, self.changes,
                  self.restart_button, self.previous_button, self.next_button, self.replay_button):
            w.setVisible(has)

        if not has:
            self.story_title.setText(self.tr(
                "This scenario has no guided story. Open one from Classroom › Stories, or record "
                "your own: Classroom › Record a story."))
            self.status.setText("")
            self.debrief_button.setVisible(True)
            self._set_notes("", scenario_notes)
            return
        self.story_title.setText(story.title.get(lang) or self.tr("Guided story"))
        i, n = p.index(), p.count()
        step = p.step()
        if step is None:  # the introduction
            self.progress.setText(self.tr("{0} steps. Press “Next” to begin.").format(n))
            self.step_title.setText(self.tr("Before we start"))
            self.text.setText(self.tr(
                "The levers show the scenario the story starts from. Look at the collaboration "
                "form and the network first."))
            self.question_box.setVisible(False)
            self.changes.setVisible(False)
            self._set_notes("", scenario_notes)
        else:
            self.progress.setText(self.tr("Step {0} of {1}").format(i + 1, n))
            self.step_title.setText(step.title.get(lang))
            self.text.setText(step.text.get(lang))
            self.text.setVisible(bool(step.text.get(lang)))
            question = step.question.get(lang)
            self.question.setText(question)
            self.question_box.setVisible(bool(question))
            before = stories.scenario_at(p.start(), story, i - 1)
            lines = [change_text(c.path, _read(before, c.path), c.value, s) for c in step.changes]
            self.changes.setText(self.tr("This step changes: {0}").format("; ".join(lines))
                                 if lines else self.tr("This step changes no lever."))
            self._set_notes(step.notes.get(lang), scenario_notes)
        self.previous_button.setEnabled(p.can_previous())
        self.next_button.setEnabled(p.can_next())
        self.replay_button.setEnabled(step is not None and step.play_to != 0)
        self.debrief_button.setVisible(p.at_end())
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        p = self.player
        c = p.controller
        unit = c.scenario().task.step_unit
        status = p.status()
        if status == P.WAITING:
            return self.tr("Computing the new runs…")
        if status == P.PLAYING:
            step = p.step()
            to = step.play_to if step is not None and step.play_to > 0 else c.horizon()
            return self.tr("Playing to {0}…").format(labels.step_text(to, c.horizon(), unit))
        if status == P.PAUSED_EVENT:
            at = labels.step_text(c.step(), c.horizon(), unit)
            event = labels.event_label(P.EVENT_CODES[p.paused_event()])
            return self.tr("Paused at {0}: {1}. Press ▶ (Space) to go on.").format(at, event)
        if status == P.DONE:
            return (self.tr("The story is over: open the debrief.") if p.at_end()
                    else self.tr("Ask the question, then press “Next”."))
        return ""

    def _set_notes(self, step_notes: str, scenario_notes: str) -> None:
        parts = [t for t in (step_notes, scenario_notes) if t]
        self.notes.setText("\n\n".join(parts) if parts else self.tr("No teacher notes."))
        self.notes_box.setVisible(self._show_notes)

    def retranslate_ui(self) -> None:
        self.question_caption.setText(self.tr("Ask the class — predict first:"))
        self.restart_button.setText(self.tr("⟲ Restart"))
        self.restart_button.setToolTip(self.tr("Back to the levers the story starts from"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Make this step's changes and play the run"))
        self.replay_button.setText(self.tr("Play again"))
        self.debrief_button.setText(self.tr("Debrief…"))
        self.notes_box.setTitle(self.tr("Teacher notes"))
        self.refresh()


def _read(s, path: str):
    """The value of the lever at dotted ``path`` of scenario ``s``."""
    head, _, rest = path.partition(".")
    if head == "departments":
        j, _, name = rest.partition(".")
        return getattr(s.departments[int(j)], name)
    return getattr(getattr(s, head), rest)
