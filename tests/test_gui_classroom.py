"""The classroom in the window: a story played through, recorded, the debrief handout, assignments.

One window for the module (reset between tests); the teacher-to-student round trip goes through
real files in a temporary folder and the real widgets.
"""

from __future__ import annotations

import re

import pytest
from gui_helpers import reset_window, settle
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from collabsim import presets
from collabsim.classroom import stories
from collabsim.gui.classroom import story_player as P
from collabsim.gui.classroom.assignment_dialog import AssignmentDialog
from collabsim.gui.classroom.story_editor import StoryEditor
from collabsim.scenario import load_scenario

#: offscreen Qt notes that it cannot raise a top-level window (the debrief card, the table)
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


@pytest.fixture
def window(shared_window):
    return reset_window(shared_window)


def finish(window) -> None:
    """Let the story's playback run to its stop (no real time: positions jump)."""
    c = window.controller
    settle(window)
    for _ in range(400):
        if not c.is_playing():
            break
        c.seek(c.step() + 1)
        QCoreApplication.processEvents()
    settle(window)


def test_a_story_played_through_applies_its_changes_in_order_and_undo_restores_the_start(window):
    window.classroom.open_story("a_to_c")
    settle(window)
    player, doc = window.classroom.player, window.document
    story = doc.scenario().story
    start = doc.scenario()
    assert player.index() == -1 and player.count() == len(story.steps)
    panel = window.classroom.story_panel
    assert "Next" in panel.next_button.text() and not panel.previous_button.isEnabled()
    for i, step in enumerate(story.steps):
        panel.next_button.click()
        settle(window)
        assert player.index() == i
        assert doc.scenario() == stories.scenario_at(start, story, i)
        for change in step.changes:  # the levers panel shows the step's values
            lever = window.levers.levers.get(change.path)
            if lever is not None:
                assert lever.value() == change.value
        assert panel.step_title.text() == step.title.en
        assert panel.question.text() == step.question.en
        assert player.status() in (P.PLAYING, P.DONE, P.PAUSED_EVENT)
    finish(window)
    assert player.at_end() and panel.debrief_button.isVisibleTo(panel)
    assert doc.scenario().controls.coordination_team and doc.scenario().task.kind == "central"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.scenario() == start
    assert player.index() == -1  # the panel follows undo back to the start


def test_previous_and_restart_set_the_levers_the_story_has_there(window):
    window.classroom.open_story("case_a")
    settle(window)
    p = window.classroom.player
    start = window.document.scenario()
    for _ in range(3):
        p.next()
        settle(window)
    p.previous()
    settle(window)
    assert p.index() == 1
    assert window.document.scenario() == stories.scenario_at(start, start.story, 1)
    p.restart()
    settle(window)
    assert p.index() == -1 and window.document.scenario() == start


def test_playback_stops_at_play_to_and_pauses_on_the_event(window):
    s = stories.load_story("case_b")  # step 1 pauses on the first incomplete joint operation
    window.document.load(s)
    settle(window)
    p = window.classroom.player
    p.next()
    finish(window)
    res = window.controller.results()
    ev = res.replicate_events(0)
    first = ev["step"][(ev["code"] == P.EVENT_CODES["joint_op_incomplete"]) & (ev["step"] > 0)]
    assert first.size, "case B's animated run has an incomplete joint operation"
    # it paused there; ▶ goes on to the end
    assert window.controller.step() >= int(first.min())
    step0 = s.story.steps[0]
    short = s.with_changes("story", s.story.__class__(steps=(step0.__class__(play_to=5),)))
    window.document.load(short)
    settle(window)
    p.next()
    finish(window)
    assert window.controller.step() == 5 and p.status() == P.DONE


def test_paused_status_names_the_event(window, qtbot):
    window.document.load(stories.load_story("case_b"))
    settle(window)
    window.classroom.player.next()
    c = window.controller
    settle(window)
    for _ in range(200):
        if window.classroom.player.status() != P.PLAYING:
            break
        c.seek(c.step() + 1)
        QCoreApplication.processEvents()
    assert window.classroom.player.status() == P.PAUSED_EVENT
    assert "Joint operation incomplete" in window.classroom.story_panel.status.text()


def test_recording_a_story_from_undoable_changes(window, monkeypatch):
    c = window.classroom
    start = window.document.scenario()
    c.record_action.trigger()
    assert c.recorder.is_recording()
    window.document.edit("assessment.weight", 0.7, "weight")
    window.document.edit("controls.supervision", True, "supervision")
    window.document.undo_stack.undo()
    window.document.edit("controls.reporting", "formal", "reporting")
    settle(window)
    captured = {}

    def fake_exec(self):
        captured["editor"] = self
        self.list.setCurrentRow(1)
        self.step_title.setText("Formal reporting")
        self.question.setPlainText("Predict: does reporting matter?")
        self.list.setCurrentRow(0)
        self.title.setText("My story")
        self.questions.setPlainText("Why?\nWhat next?")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StoryEditor, "exec", fake_exec)
    c.record_action.trigger()
    assert not c.recorder.is_recording()
    s = window.document.scenario()
    assert s.story is not None and [len(st.changes) for st in s.story.steps] == [1, 1]
    assert s.story.steps[1].title.en == "Formal reporting"
    assert s.story.steps[1].question.en.startswith("Predict")
    assert s.story.title.en == "My story" and len(s.story.questions) == 2
    assert s.assessment.weight == start.assessment.weight  # kept with the start's levers
    assert c.player.count() == 2
    c.player.next()
    c.player.next()
    settle(window)
    assert window.document.scenario().controls.reporting == "formal"
    assert window.document.scenario().assessment.weight == 0.7


def test_debrief_card_and_one_page_pdf_handout(window, tmp_path, monkeypatch):
    window.classroom.open_story("case_a")
    settle(window)
    p = window.classroom.player
    while p.can_next():
        p.next()
        settle(window)
    card = window.classroom.show_debrief()
    assert card.wait()
    d = card.debrief()
    assert d.baseline is not None and d.drivers
    assert d.drivers[0].size >= d.drivers[-1].size
    text = card.view.toPlainText()
    assert "What moved them most" in text and "Discussion questions" in text
    assert "Responsibility lies with" in text or "What is assessed" in text  # the levers' own words
    target = tmp_path / "handout"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    path = card.ask_pdf()
    assert path == tmp_path / "handout.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1  # one page
    card.close()


def test_assignment_round_trip(window, tmp_path, monkeypatch):
    """Teacher saves an assignment, a student fills it in and saves, the teacher's table shows it."""
    window.document.load(presets.load_preset("case_a"))
    settle(window)
    handed_out = tmp_path / "assignment.collabsim"

    def teacher_dialog(self):
        self.title.setText("Make it tight")
        self.questions.setPlainText("Which levers did you change?\nWhy?")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AssignmentDialog, "exec", teacher_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(handed_out), "")))
    window.classroom.new_assignment()
    assert load_scenario(handed_out).assignment.title.en == "Make it tight"

    # the student opens it, fills in name, number and answers, changes levers, saves
    assert window.open_path(handed_out)
    settle(window)
    panel = window.classroom.assignment_panel
    assert window.classroom.assignment_dock.isVisibleTo(window)
    assert len(panel.answers) == 2 and "Target:" in panel.target.text()
    panel.name.setText("李雷")
    panel.name.textEdited.emit("李雷")
    panel.number.setText("2023001")
    panel.number.textEdited.emit("2023001")
    panel.answers[0].setPlainText("Responsibility and the joint result")
    panel.answers[1].setPlainText("<b>shared fate</b>")
    c = presets.load_preset("case_c")
    for part in ("responsibility", "assessment", "controls"):
        window.document.change_to(window.document.scenario().with_changes(part, getattr(c, part)), part)
    settle(window)
    assert "levers changed" in panel.standing.text()
    assert window.is_modified()
    handed_in = tmp_path / "in"
    handed_in.mkdir()
    student_file = handed_in / "li"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(student_file), "")))
    assert window.file_save_as()
    saved = load_scenario(handed_in / "li.collabsim")
    assert saved.submission.name == "李雷" and saved.submission.answers[1] == "<b>shared fate</b>"
    (handed_in / "broken.collabsim").write_text("{", encoding="utf-8")

    # the teacher's table
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(handed_in)))
    table = window.classroom.show_submissions()
    assert table.wait()
    rows = {table.model.item(r, 0).text(): r for r in range(table.model.rowCount())}
    r = rows["li.collabsim"]
    cell = lambda col: table.model.item(r, col).text()  # noqa: E731
    assert cell(1) == "李雷" and cell(2) == "2023001" and int(cell(3)) >= 5
    assert cell(4) == "Tight" and cell(9) in ("yes", "no")
    assert "<b>shared fate</b>" in cell(10)
    assert table.model.item(rows["broken.collabsim"], 4).text() == "cannot be read"
    table.table.sortByColumn(1, table.table.horizontalHeader().sortIndicatorOrder())
    csv_path = tmp_path / "marks"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(csv_path), "")))
    out = table.ask_csv()
    assert out == tmp_path / "marks.csv" and "李雷" in out.read_text(encoding="utf-8-sig")
    # each row opens that student's scenario
    window.document.load(presets.load_preset("default"))
    settle(window)
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: discard))
    row = next(k for k in range(table.model.rowCount()) if table.model.item(k, 0).text() == "li.collabsim")
    table.table.doubleClicked.emit(table.model.index(row, 1))
    settle(window)
    assert window.current_path() == handed_in / "li.collabsim"
    assert window.document.scenario().submission.name == "李雷"
    table.close()
