"""The story editor: annotate a recorded (or opened) story step by step, then keep it.

For each step the teacher writes a title, the passage or situation, the question to the class
and private notes, and says how far to play and whether to pause on an event; steps can be moved
and deleted; the story has a title and discussion questions for the debrief. Texts are edited
in the interface's language (the other language falls back to it). ``story()`` returns the
edited story; texts are cut to the file format's limits.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collabsim.classroom import stories
from collabsim.engine import codes as C
from collabsim.gui.classroom.story_panel import _read
from collabsim.gui.classroom.texts import change_text
from collabsim.gui.common import i18n, labels
from collabsim.scenario import Scenario
from collabsim.scenario import classroom as K
from collabsim.scenario.model import LocalText


def _set(text: LocalText, lang: str, value: str) -> LocalText:
    value = value[: K.MAX_PASSAGE]
    return replace(text, zh=value) if lang == "zh" else replace(text, en=value)


class StoryEditor(QDialog):
    def __init__(self, story: K.Story, start: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the story"))
        self._lang = i18n.short_code()
        self._start = start
        self._steps = list(story.steps)
        self._story = story
        self._row = -1
        self.title = QLineEdit(story.title.get(self._lang))
        self.title.setMaxLength(K.MAX_PASSAGE)
        self.list = QListWidget()
        self.up, self.down, self.delete = QPushButton(self.tr("Up")), QPushButton(self.tr("Down")), \
            QPushButton(self.tr("Delete"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.delete.clicked.connect(self._delete)
        self.step_title = QLineEdit()
        self.step_title.setMaxLength(K.MAX_PASSAGE)
        self.text = QPlainTextEdit()
        self.question = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for box in (self.text, self.question, self.notes):
            box.setTabChangesFocus(True)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.play_to = QSpinBox()
        self.play_to.setRange(K.TO_THE_END, 2000)
        self.play_to.setSpecialValueText(self.tr("to the end"))
        self.pause_on = QComboBox()
        self.pause_on.addItem(self.tr("no pause"), "")
        codes = {name: code for code, name in C.EVENT_NAMES.items()}
        for name in K.EVENTS:
            self.pause_on.addItem(labels.event_label(codes[name]), name)
        form = QFormLayout()
        form.addRow(self.tr("Step title"), self.step_title)
        form.addRow(self.tr("Passage or situation"), self.text)
        form.addRow(self.tr("Question to the class"), self.question)
        form.addRow(self.tr("Teacher notes"), self.notes)
        form.addRow(self.tr("Changes"), self.changes)
        form.addRow(self.tr("Play to step (0: do not play)"), self.play_to)
        form.addRow(self.tr("Pause on the first"), self.pause_on)
        self.questions = QPlainTextEdit("\n".join(q.get(self._lang) for q in story.questions))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for b in (self.up, self.down, self.delete):
            row.addWidget(b)
        left.addLayout(row)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(form, 3)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Story title"), self.title)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(middle, 1)
        lay.addWidget(QLabel(self.tr("Discussion questions for the debrief (one per line):")))
        lay.addWidget(self.questions)
        lay.addWidget(buttons)
        self.list.currentRowChanged.connect(self._select)
        self._fill_list()
        self.resize(900, 640)

    # ------------------------------------------------------------------ steps
    def _fill_list(self, select: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, st in enumerate(self._steps):
            self.list.addItem(self.tr("{0}. {1}").format(i + 1, st.title.get(self._lang)))
        self.list.blockSignals(False)
        self._row = -1
        if self._steps:
            self.list.setCurrentRow(min(select, len(self._steps) - 1))
        for w in (self.step_title, self.text, self.question, self.notes, self.play_to, self.pause_on):
            w.setEnabled(bool(self._steps))

    def _store(self) -> None:
        """Keep the fields of the step shown into its entry."""
        i = self._row
        if not 0 <= i < len(self._steps):
            return
        st, lang = self._steps[i], self._lang
        self._steps[i] = replace(
            st, title=_set(st.title, lang, self.step_title.text()),
            text=_set(st.text, lang, self.text.toPlainText()),
            question=_set(st.question, lang, self.question.toPlainText()),
            notes=_set(st.notes, lang, self.notes.toPlainText()),
            play_to=self.play_to.value(), pause_on=self.pause_on.currentData())

    def _select(self, row: int) -> None:
        self._store()
        self._row = row
        if not 0 <= row < len(self._steps):
            return
        st, lang = self._steps[row], self._lang
        self.step_title.setText(st.title.get(lang))
        self.text.setPlainText(st.text.get(lang))
        self.question.setPlainText(st.question.get(lang))
        self.notes.setPlainText(st.notes.get(lang))
        self.play_to.setValue(st.play_to)
        self.pause_on.setCurrentIndex(max(0, self.pause_on.findData(st.pause_on)))
        before = stories.scenario_at(self._start, replace(self._story, steps=tuple(self._steps)), row - 1)
        lines = [change_text(c.path, _read(before, c.path), c.value, before) for c in st.changes]
        self.changes.setText("\n".join(lines) or self.tr("none"))

    def _move(self, delta: int) -> None:
        self._store()
        i, j = self._row, self._row + delta
        if 0 <= i < len(self._steps) and 0 <= j < len(self._steps):
            self._steps[i], self._steps[j] = self._steps[j], self._steps[i]
            self._fill_list(j)

    def _delete(self) -> None:
        i = self._row
        if 0 <= i < len(self._steps):
            del self._steps[i]
            self._row = -1
            self._fill_list(i)

    # ------------------------------------------------------------------ result
    def story(self) -> K.Story:
        """The story as edited."""
        self._store()
        lang = self._lang
        questions = [q.strip() for q in self.questions.toPlainText().splitlines() if q.strip()]
        old = list(self._story.questions)
        kept = tuple(_set(old[k] if k < len(old) else LocalText(), lang, q)
                     for k, q in enumerate(questions[: K.MAX_QUESTIONS]))
        return replace(self._story, title=_set(self._story.title, lang, self.title.text()),
                       steps=tuple(self._steps), questions=kept)
