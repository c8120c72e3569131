"""The teacher's "New assignment" dialog: title, instructions, questions and the target.

The scenario as it is now is what the students get; the control costs are the documented
defaults (:data:`collabsim.classroom.assignments.DEFAULT_COSTS`, editable in the file). Texts are
written in the interface's language (the other language falls back to it).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabsim.classroom import assignments
from collabsim.gui.classroom.texts import form_choice_labels
from collabsim.gui.common import i18n
from collabsim.scenario import Scenario
from collabsim.scenario import classroom as K
from collabsim.scenario.model import LocalText


def _local(text: str) -> LocalText:
    text = text[: K.MAX_PASSAGE]
    return LocalText(zh=text) if i18n.short_code() == "zh" else LocalText(en=text)


def _percent(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(0)
    box.setSuffix(" %")
    box.setValue(value * 100)
    return box


class AssignmentDialog(QDialog):
    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assignment"))
        lang = i18n.short_code()
        old = scenario.assignment
        target = old.target if old is not None else K.Target(min_real_progress=0.8, min_coop_effort=0.6)
        self.title = QLineEdit(old.title.get(lang) if old else scenario.meta.title.get(lang))
        self.title.setMaxLength(K.MAX_PASSAGE)
        self.instructions = QPlainTextEdit(old.instructions.get(lang) if old else self.tr(
            "Change the levers so that the collaboration becomes tight without collusion, at the "
            "lowest control cost you can. Save the file with your name and hand it in."))
        self.questions = QPlainTextEdit("\n".join(q.get(lang) for q in old.questions) if old else self.tr(
            "Which levers did you change, and why?\nWhich part of the departments' decision did "
            "they change (see the “Explanation” panel)?"))
        self.form = QComboBox()
        for code, text in form_choice_labels().items():
            self.form.addItem(text, code)
        self.form.setCurrentIndex(max(0, self.form.findData(target.form)))
        self.no_collusion = QCheckBox(self.tr("without collusion"))
        self.no_collusion.setChecked(target.no_collusion)
        self.max_gap = _percent(target.max_gap)
        self.min_progress = _percent(target.min_real_progress)
        self.min_coop = _percent(target.min_coop_effort)
        self.max_cost = QDoubleSpinBox()
        self.max_cost.setRange(0, 10_000)
        self.max_cost.setDecimals(1)
        self.max_cost.setSpecialValueText(self.tr("no limit"))
        self.max_cost.setValue(target.max_cost)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Instructions"), self.instructions)
        form.addRow(self.tr("Questions (one per line)"), self.questions)
        form.addRow(self.tr("Collaboration form"), self.form)
        form.addRow("", self.no_collusion)
        form.addRow(self.tr("Reported − real at most"), self.max_gap)
        form.addRow(self.tr("Real progress at least"), self.min_progress)
        form.addRow(self.tr("Cooperating effort at least"), self.min_coop)
        form.addRow(self.tr("Control cost at most"), self.max_cost)
        note = QLabel(self.tr(
            "The students get the scenario as it is now. Control costs: responsibility to "
            "individuals 3, joint assessment 1, supervision 2, coordination team 3, reporting "
            "0.3 (informal) or 1 (formal), meetings 2 and third-party evaluation 2.5 per unit, a "
            "central task 6 (cost points; the same as the policy-design search's example)."))
        note.setWordWrap(True)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self._scenario = scenario
        self.resize(640, 600)

    def target(self) -> K.Target:
        return K.Target(form=self.form.currentData(), no_collusion=self.no_collusion.isChecked(),
                        max_gap=self.max_gap.value() / 100, min_real_progress=self.min_progress.value() / 100,
                        min_coop_effort=self.min_coop.value() / 100, max_cost=self.max_cost.value())

    def assignment_scenario(self) -> Scenario:
        """The scenario with the assignment as entered (the levers as they are now)."""
        questions = [q.strip() for q in self.questions.toPlainText().splitlines() if q.strip()]
        old = self._scenario.assignment
        costs = old.costs if old is not None and old.costs else assignments.DEFAULT_COSTS
        return assignments.make_assignment(
            self._scenario, _local(self.title.text()), _local(self.instructions.toPlainText()),
            tuple(_local(q) for q in questions[: K.MAX_QUESTIONS]), self.target(), costs)
