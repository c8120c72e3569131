"""A small strip of levers for the presentation window: the two or three the story step uses.

Each lever is the levers panel's own widget for that field (same ranges, same words), bound to
the document: moving it is an undoable edit, and it shows the document's value after undo, a
story step or a file. Without a story it shows the levers of the last change.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from collabsim.classroom import stories
from collabsim.gui.classroom.story_panel import _read
from collabsim.gui.classroom.story_player import StoryPlayer
from collabsim.gui.classroom.texts import lever_label
from collabsim.gui.common import i18n, lever_texts
from collabsim.gui.levers import fields
from collabsim.gui.levers.widgets import Lever, make_lever
from collabsim.scenario import Scenario

MAX_LEVERS = 3


def lever_field(path: str) -> fields.LeverField | None:
    """The lever description of ``path`` ('assessment.weight', 'departments.2.resources')."""
    parts = path.split(".")
    if parts[0] == "departments" and len(parts) == 3:
        column = next((c for c in fields.table_columns() if c.name == parts[2]), None)
        return None if column is None else fields.LeverField(path, column.name, column.spec, column.kind)
    return next((f for f in fields.lever_fields() if f.path == path), None)


class LeverStrip(QWidget):
    def __init__(self, player: StoryPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.document = player.document
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.levers: dict[str, Lever] = {}
        self._labels: list[QLabel] = []
        self._paths: tuple[str, ...] = ()
        player.changed.connect(self.refresh)
        self.document.scenario_changed.connect(self._show)
        self.document.undo_stack.indexChanged.connect(self.refresh)
        i18n.notifier().language_changed.connect(self._on_language)
        self.refresh()

    def paths(self) -> tuple[str, ...]:
        """The levers shown: the story step's, else those of the last change."""
        if self.player.story() is not None:
            return self.player.lever_paths()[:MAX_LEVERS]
        stack = self.document.undo_stack
        if stack.index() > 0:
            cmd = stack.command(stack.index() - 1)
            old, new = getattr(cmd, "old", None), getattr(cmd, "new", None)
            if isinstance(old, Scenario) and isinstance(new, Scenario):
                changes = stories.lever_changes(old, new) or ()
                return tuple(c.path for c in changes)[:MAX_LEVERS]
        return ()

    def _on_language(self, *_lang) -> None:
        self._rebuild(self._paths)
        self._show(self.document.scenario())

    def refresh(self, *_args) -> None:
        paths = tuple(p for p in self.paths() if lever_field(p) is not None)
        if paths != self._paths:
            self._rebuild(paths)
        self._show(self.document.scenario())

    def _rebuild(self, paths: tuple[str, ...]) -> None:
        while self._lay.count():
            item = self._lay.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.levers, self._labels = {}, []
        s = self.document.scenario()
        for path in paths:
            field = lever_field(path)
            label = QLabel(lever_label(path, s))
            lever = make_lever(field)
            lever.changed.connect(self._on_lever)
            lever.set_choice_labels(lever_texts.choice_texts())  # the levers panel's words
            self._lay.addWidget(label)
            self._lay.addWidget(lever, 1)
            self.levers[path] = lever
            self._labels.append(label)
        self._lay.addStretch(0)
        self._paths = paths
        self.setVisible(bool(paths))

    def _show(self, s: Scenario) -> None:
        for path, lever in self.levers.items():
            try:
                value = _read(s, path)
            except (AttributeError, IndexError):
                continue
            if lever.value() != value:
                lever.set_value(value)

    def _on_lever(self, path: str, value) -> None:
        label = lever_label(path, self.document.scenario())
        self.document.edit(path, value, self.tr("Change “{0}”").format(label))
