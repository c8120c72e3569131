"""The Classroom menu and docks of a main window: stories, recording, debrief, assignments.

``Classroom(window)`` adds the story dock (player and teacher notes), the assignment dock (shown
when the document carries an assignment), and the Classroom menu: the shipped stories, record
and edit a story, the debrief, a new assignment, the table of handed-in files. The window only
creates it; everything subscribes to the window's document and controller.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QMessageBox

from collabsim.classroom import stories
from collabsim.gui.classroom import pictures
from collabsim.gui.classroom.assignment_dialog import AssignmentDialog
from collabsim.gui.classroom.assignment_panel import AssignmentPanel
from collabsim.gui.classroom.debrief_card import DebriefCard
from collabsim.gui.classroom.recorder import StoryRecorder
from collabsim.gui.classroom.room import Room
from collabsim.gui.classroom.story_editor import StoryEditor
from collabsim.gui.classroom.story_panel import StoryPanel
from collabsim.gui.classroom.story_player import StoryPlayer
from collabsim.gui.classroom.submissions import SubmissionsWindow
from collabsim.gui.common import i18n
from collabsim.scenario import Scenario, ScenarioError

HANDOUT_PICTURE = QSize(1600, 900)


@cache
def _story_title(name: str, lang: str) -> str:
    try:
        return stories.load_story(name).story.title.get(lang) or name
    except (OSError, ValueError, ScenarioError):
        return name


class Classroom(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.controller = window.controller
        self.player = StoryPlayer(self.document, self.controller, self)
        self.recorder = StoryRecorder(self.document, self)
        self.story_panel = StoryPanel(self.player)
        self.story_panel.debrief_requested.connect(self.show_debrief)
        self.story_dock = self._dock("story", self.story_panel)
        self.assignment_panel = AssignmentPanel(self.controller)
        self.assignment_dock = self._dock("assignment", self.assignment_panel)
        window.tabifyDockWidget(window.explain_dock, self.story_dock)
        window.tabifyDockWidget(self.story_dock, self.assignment_dock)
        self.assignment_dock.toggleViewAction().setEnabled(False)
        self.assignment_dock.hide()
        self.debrief_card: DebriefCard | None = None
        self.submissions: SubmissionsWindow | None = None
        self._build_menu()
        self.document.loaded.connect(self._on_loaded)
        self.document.scenario_changed.connect(lambda _s: self._update_actions())
        self.recorder.recording_changed.connect(lambda _r: self._update_actions())
        self.recorder.steps_changed.connect(self._show_recording)
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self._on_loaded()
        window.start_dock.raise_()  # the start page in front of the tabs, as before
        self.room = Room(window)  # View > Zoom, Reset layout, Presentation mode; the toolbar

    def _dock(self, name: str, widget) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.window.view_menu.addAction(dock.toggleViewAction())
        return dock

    def _action(self, slot, checkable: bool = False) -> QAction:
        act = QAction(self.window)
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        self.menu.addAction(act)
        return act

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        self.menu = bar.addMenu("")
        bar.insertMenu(self.window.help_menu.menuAction(), self.menu)
        self.stories_menu = self.menu.addMenu("")
        self.story_actions = {}
        for name in stories.STORY_NAMES:
            act = self.stories_menu.addAction("")
            act.triggered.connect(lambda _=False, n=name: self.open_story(n))
            self.story_actions[name] = act
        self.record_action = self._action(self.toggle_recording, checkable=True)
        self.edit_story_action = self._action(self.edit_story)
        self.debrief_action = self._action(self.show_debrief)
        self.menu.addSeparator()
        self.assignment_action = self._action(self.new_assignment)
        self.submissions_action = self._action(self.show_submissions)

    # ------------------------------------------------------------------ stories
    def open_story(self, name: str) -> None:
        if not self.window.confirm_discard():
            return
        try:
            s = stories.load_story(name)
        except (OSError, ValueError, ScenarioError) as err:
            QMessageBox.critical(self.window, self.tr("Cannot open the story"), str(err))
            return
        self.document.load(s)
        self.story_dock.show()
        self.story_dock.raise_()

    def toggle_recording(self) -> None:
        if not self.recorder.is_recording():
            self.recorder.start()
            self.window.statusBar().showMessage(self.tr(
                "Recording: every change you make becomes a step. Choose “Record a story” again to stop."))
            return
        start = self.recorder.start_scenario()
        lang = i18n.short_code()
        story = self.recorder.stop(start.meta.title.get(lang), lang)
        self.window.statusBar().clearMessage()
        if not story.steps:
            QMessageBox.information(self.window, self.tr("Record a story"), self.tr(
                "No lever was changed while recording, so there is no story to keep."))
            return
        self._edit_and_keep(story, start, self.tr("Record a story"))

    def edit_story(self) -> None:
        s = self.document.scenario()
        story = s.story or stories.recorded_story(s, [])
        start = self.player.start() if s.story is not None else s
        self._edit_and_keep(story, start, self.tr("Edit the story"))

    def _edit_and_keep(self, story, start: Scenario, text: str) -> None:
        editor = StoryEditor(story, start, self.window)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        # the story is kept with the scenario it starts from: the levers go back there
        self.document.change_to(replace(start, story=editor.story()), text)
        self.story_dock.show()
        self.story_dock.raise_()
        self.window.statusBar().showMessage(
            self.tr("The story is part of the scenario now: save the file."), 8000)

    def _show_recording(self, count: int) -> None:
        if self.recorder.is_recording():
            self.window.statusBar().showMessage(self.tr("Recording: {0} changes so far.").format(count))

    # ------------------------------------------------------------------ debrief
    def debrief_baseline(self) -> Scenario:
        """What the debrief compares with: the story's start, else the pinned baseline, else the
        scenario as opened."""
        if self.player.story() is not None and self.player.index() >= 0:
            return self.player.start()
        pinned = self.document.baselines()
        return pinned[0].scenario if pinned else self.document.origin()

    def show_debrief(self) -> DebriefCard:
        self.controller.wait()
        current, baseline = self.document.scenario(), self.debrief_baseline()
        res = self.controller.results()
        image = pictures.compose(self.window, HANDOUT_PICTURE)  # title, network and plots
        if self.debrief_card is None:
            self.debrief_card = DebriefCard(current, baseline, res, image=image, parent=self.window)
        else:
            self.debrief_card._image = image
            self.debrief_card.compute(current, baseline, res)
        self.debrief_card.show()
        self.debrief_card.raise_()
        return self.debrief_card

    # ------------------------------------------------------------------ assignments
    def new_assignment(self) -> None:
        dialog = AssignmentDialog(self.document.scenario(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.document.change_to(dialog.assignment_scenario(), self.tr("New assignment"))
        self._on_loaded()
        self.window.file_save_as()

    def show_submissions(self) -> SubmissionsWindow:
        if self.submissions is None:
            self.submissions = SubmissionsWindow(self.window)
            self.submissions.open_requested.connect(self._open_submission)
        self.submissions.show()
        self.submissions.raise_()
        if not self.submissions.rows:
            self.submissions.ask_folder()
        return self.submissions

    def _open_submission(self, path) -> None:
        if self.window.confirm_discard():
            self.window.open_path(path)
            self.window.raise_()
            self.window.activateWindow()

    # ------------------------------------------------------------------ state
    def _on_loaded(self) -> None:
        s = self.document.scenario()
        has = s.assignment is not None
        self.assignment_dock.toggleViewAction().setEnabled(has)
        self.assignment_dock.setVisible(has)
        if has:
            self.assignment_panel.show_scenario(s)
            self.assignment_dock.raise_()
        elif s.story is not None:
            self.story_dock.show()
            self.story_dock.raise_()
        self._update_actions()

    def reset_docks(self) -> None:
        """After View > Reset layout: the assignment dock only with an assignment."""
        self._on_loaded()

    def _update_actions(self) -> None:
        self.record_action.setChecked(self.recorder.is_recording())
        self.edit_story_action.setEnabled(not self.recorder.is_recording())

    def retranslate_ui(self) -> None:
        lang = i18n.short_code()
        self.menu.setTitle(self.tr("Class&room"))
        self.stories_menu.setTitle(self.tr("&Stories"))
        for name, act in self.story_actions.items():
            act.setText(_story_title(name, lang))
        self.record_action.setText(self.tr("Record a story"))
        self.record_action.setToolTip(
            self.tr("Each change you make becomes a step; stop to annotate and keep them"))
        self.edit_story_action.setText(self.tr("Edit the story…"))
        self.debrief_action.setText(self.tr("Debrief…"))
        self.assignment_action.setText(self.tr("New assignment from this scenario…"))
        self.submissions_action.setText(self.tr("Handed-in assignments…"))
        self.story_dock.setWindowTitle(self.tr("Story"))
        self.assignment_dock.setWindowTitle(self.tr("Assignment"))
