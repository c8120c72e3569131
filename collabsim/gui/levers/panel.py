"""LeversPanel: the scenario's levers in groups (task, departments, responsibility, assessment,
control mechanisms, attention strategies, simulation), inside a scroll area.

Groups, order and widgets are derived from the scenario's dataclasses (:mod:`.fields`); labels
and tooltips come from :mod:`collabsim.gui.common.lever_texts`. The panel shows its document's
scenario and writes every change into the document as an undoable edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collabsim.gui.common import i18n
from collabsim.gui.common import lever_texts as texts
from collabsim.gui.common.qtutil import WheelGuard
from collabsim.gui.document.document import Document
from collabsim.gui.levers import fields
from collabsim.gui.levers.departments import DepartmentsTable
from collabsim.gui.levers.widgets import Lever, make_lever
from collabsim.scenario import Scenario


class LeversPanel(QScrollArea):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_to_origin)
        outer.addWidget(self.reset_button)
        self.groups: dict[str, QGroupBox] = {}
        self.levers: dict[str, Lever] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.departments = DepartmentsTable(document)
        for section in fields.sections():
            box = QGroupBox()
            self.groups[section.name] = box
            if section.table:
                if section.name != "departments":
                    raise TypeError(f"no editor for the table section {section.name!r}")
                QVBoxLayout(box).addWidget(self.departments)
            else:
                form = QFormLayout(box)
                # a narrow panel (a small screen, a big zoom): the lever goes below its label
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                for field in section.fields:
                    lever = make_lever(field)
                    lever.changed.connect(self._on_lever)
                    label = QLabel()
                    label.setBuddy(lever)
                    form.addRow(label, lever)
                    self.levers[field.path] = lever
                    self.row_labels[field.path] = label
            outer.addWidget(box)
        outer.addStretch(1)
        self.setWidget(inner)
        self.wheel_guard = WheelGuard(self)  # scrolling the panel never moves a lever
        self.wheel_guard.guard(inner)
        self.setMinimumWidth(230)  # a small screen: the panel scrolls instead of the window clipping
        self.show_scenario(document.scenario())
        self.retranslate_ui()
        document.scenario_changed.connect(self.show_scenario)
        i18n.notifier().language_changed.connect(self.retranslate_ui)

    def show_scenario(self, s: Scenario) -> None:
        """Show ``s`` without emitting any change (only what differs is touched)."""
        for path, lever in self.levers.items():
            value = fields.read_path(s, path)
            if lever.value() != value:
                lever.set_value(value)
        self.departments.show_scenario(s)

    def _on_lever(self, path: str, value) -> None:
        label = texts.field_texts()[path][0]
        self.document.edit(path, value, self.tr("Change “{0}”").format(label))

    def reset_to_origin(self) -> None:
        self.document.reset_to_origin(self.tr("Reset to the preset's values"))

    def retranslate_ui(self) -> None:
        titles = texts.group_titles()
        for key, box in self.groups.items():
            box.setTitle(titles[key])
        words = texts.field_texts()
        choices = texts.choice_texts()
        for path, lever in self.levers.items():
            label, tip = words[path]
            note = texts.article_note(lever.spec.get("article", ""))
            full = f"<p>{tip}</p><p><i>{note}</i></p>" if note else f"<p>{tip}</p>"
            self.row_labels[path].setText(label)
            self.row_labels[path].setToolTip(full)
            lever.set_tooltip(full)
            lever.set_choice_labels(choices)
        self.reset_button.setText(self.tr("Reset to the preset's values"))
        self.reset_button.setToolTip(
            self.tr("Set every lever back to the values of the preset or file that was opened."))
        self.departments.retranslate_ui()
