"""The student's assignment panel: the teacher's instructions and target, name, student number,
an answer box per question, and how the scenario stands against the target right now.

Whatever the student types goes into the document's ``submission`` section as undoable edits
(typing into one box merges into one entry), so it is saved with the scenario, marked as unsaved
until then, and autosaved like any change. The target line follows every run.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collabsim.classroom import assignments
from collabsim.gui.classroom.texts import form_text, target_parts, target_text
from collabsim.gui.common import i18n
from collabsim.gui.common.qtutil import blocked
from collabsim.gui.controller import SimulationController
from collabsim.scenario import Scenario
from collabsim.scenario import classroom as K
from collabsim.scenario.model import MAX_NAME


def _plain(word_wrap: bool = True) -> QLabel:
    lab = QLabel()
    lab.setWordWrap(word_wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


class AssignmentPanel(QScrollArea):
    def __init__(self, controller: SimulationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.document = controller.document
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self._lay = QVBoxLayout(inner)
        self.title = _plain()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.instructions = _plain()
        self.target = _plain()
        self.standing = _plain()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.number = QLineEdit()
        self.number.setMaxLength(40)
        self.name_label, self.number_label = QLabel(), QLabel()
        who = QFormLayout()
        who.addRow(self.name_label, self.name)
        who.addRow(self.number_label, self.number)
        for w in (self.title, self.instructions, self.target, self.standing):
            self._lay.addWidget(w)
        self._lay.addLayout(who)
        self.answers_box = QVBoxLayout()
        self._lay.addLayout(self.answers_box)
        self._lay.addStretch(1)
        self.setWidget(inner)
        self.questions: list[QLabel] = []
        self.answers: list[QPlainTextEdit] = []
        self._shape: tuple = ()
        self.name.textEdited.connect(lambda _t: self._commit())
        self.number.textEdited.connect(lambda _t: self._commit())
        self.document.scenario_changed.connect(self.show_scenario)
        controller.results_changed.connect(lambda _r: self._show_standing())
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    # ------------------------------------------------------------------ showing
    def show_scenario(self, s: Scenario) -> None:
        a = s.assignment
        if a is None:
            return
        lang = i18n.short_code()
        shape = (lang, tuple(q.get(lang) for q in a.questions))
        if shape != self._shape:
            self._rebuild(shape[1])
            self._shape = shape
        self.title.setText(a.title.get(lang) or self.tr("Assignment"))
        self.instructions.setText(a.instructions.get(lang))
        self.target.setText(self.tr("Target: {0}.").format(target_text(a.target)))
        sub = s.submission or K.Submission()
        for box, value in ((self.name, sub.name), (self.number, sub.student_number)):
            if box.text() != value:
                with blocked(box):
                    box.setText(value)
        for k, box in enumerate(self.answers):
            value = sub.answers[k] if k < len(sub.answers) else ""
            if box.toPlainText() != value:
                with blocked(box):
                    box.setPlainText(value)
        self._show_standing()

    def _rebuild(self, questions: tuple[str, ...]) -> None:
        for w in self.questions + self.answers:
            self.answers_box.removeWidget(w)
            w.deleteLater()
        self.questions, self.answers = [], []
        for k, text in enumerate(questions):
            q = _plain()
            q.setText(self.tr("{0}. {1}").format(k + 1, text))
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(80)
            box.textChanged.connect(self._commit)
            self.answers_box.addWidget(q)
            self.answers_box.addWidget(box)
            self.questions.append(q)
            self.answers.append(box)

    def _show_standing(self) -> None:
        s = self.document.scenario()
        res = self.controller.results()
        if s.assignment is None or res is None:
            return
        o = assignments.evaluate(s, res)
        changed = len(assignments.levers_changed(s))
        verdict = self.tr("target met") if o.met else self.tr("not yet: {0}").format(
            ", ".join(target_parts()[u] for u in o.unmet))
        self.standing.setText(self.tr("Now: {0}, control cost {1}, {2} levers changed — {3}.").format(
            form_text(o.form), f"{o.cost:g}", changed, verdict))
        self.standing.setStyleSheet("color: #1e8449;" if o.met else "color: #922b21;")

    # ------------------------------------------------------------------ editing
    def submission(self) -> K.Submission:
        answers = tuple(b.toPlainText()[: K.MAX_ANSWER] for b in self.answers)
        return K.Submission(name=self.name.text(), student_number=self.number.text(), answers=answers,
                            saved_at=datetime.now().isoformat(timespec="seconds"))

    def _commit(self) -> None:
        s = self.document.scenario()
        if s.assignment is None:
            return
        new = self.submission()
        old = s.submission
        if old is not None and replace(old, saved_at=new.saved_at) == new:
            return
        self.document.edit("submission", new, self.tr("Edit your answers"))

    def retranslate_ui(self) -> None:
        self.name_label.setText(self.tr("Your name"))
        self.number_label.setText(self.tr("Student number"))
        self._shape = ()
        self.show_scenario(self.document.scenario())
