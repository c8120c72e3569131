"""Files in the main window: save and reopen, unsaved-changes prompt, bad files, recent, export."""

from __future__ import annotations

import json

import pytest
from gui_helpers import GUI_MARKS, make_window, reset_window, set_lever, settle
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from collabsim import presets
from collabsim.gui.document import files as documents
from collabsim.scenario import load_scenario

pytestmark = GUI_MARKS
Btn = QMessageBox.StandardButton


class Answers:
    """Records QMessageBox calls and answers questions with a fixed button."""

    def __init__(self, monkeypatch, answer=Btn.Cancel):
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.answer = answer

        def question(parent, title, text, *args, **kwargs):
            self.questions.append(text)
            return self.answer

        def critical(parent, title, text, *args, **kwargs):
            self.errors.append(f"{title}\n{text}")
            return Btn.Ok

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))


def test_save_and_reopen_gives_the_same_scenario(shared_window, tmp_path):
    w = reset_window(shared_window, presets.load_preset("case_a"))
    set_lever(w, "attention.borrow", 0.7)
    set_lever(w, "task.kind", "emergency")
    path = tmp_path / "mine.collabsim"
    assert w.save_file(path) is None
    assert not w.is_modified() and not w.isWindowModified()
    assert w.current_path() == path
    assert "mine.collabsim" in w.windowTitle() and "[*]" in w.windowTitle()
    saved = w.scenario()
    assert load_scenario(path) == saved
    w.open_preset("default")
    settle(w)
    assert w.load_file(path) is None
    settle(w)
    assert w.scenario() == saved
    assert w.levers.levers["attention.borrow"].value() == pytest.approx(0.7)
    assert documents.recent_files()[0] == str(path.resolve())


def test_unsaved_changes_prompt_cancel_discard_save(shared_window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, Btn.Cancel)
    w = reset_window(shared_window)
    set_lever(w, "controls.promotion", True)
    assert w.isWindowModified()
    changed = w.scenario()
    w.file_new()  # Cancel: nothing happens
    assert len(answers.questions) == 1 and w.scenario() == changed
    w._force_close = False
    assert not w.close()  # Cancel keeps the window open and the changes
    assert len(answers.questions) == 2 and w.scenario() == changed
    answers.answer = Btn.Discard
    w.open_preset("case_b")
    settle(w)
    assert w.scenario() == presets.load_preset("case_b")
    assert not w.is_modified()
    # Save: goes through Save As (no path yet), then proceeds
    set_lever(w, "controls.promotion", True)
    target = tmp_path / "kept.collabsim"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    answers.answer = Btn.Save
    w.file_new()
    assert load_scenario(target).controls.promotion is True
    assert w.scenario() == presets.default_scenario()
    w._force_close = True


def test_unmodified_window_closes_without_asking(qtbot, monkeypatch):
    answers = Answers(monkeypatch)
    w = make_window(qtbot)
    w._force_close = False
    assert w.close()
    assert answers.questions == []


def test_bad_file_opens_nothing_and_names_the_field(shared_window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch)
    w = reset_window(shared_window, presets.load_preset("case_c"))
    before = w.scenario()
    data = presets.load_preset("case_b").to_dict()
    data["assessment"]["scope"] = "everyone"
    bad = tmp_path / "bad.collabsim"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert w.open_path(bad) is False
    assert w.scenario() == before and w.current_path() is None
    assert len(answers.errors) == 1
    message = answers.errors[0]
    assert "assessment.scope" in message and "everyone" in message and "bad.collabsim" in message
    data = presets.load_preset("case_b").to_dict()
    data["assessment"]["weight"] = 3
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert w.open_path(bad) is False
    assert "assessment.weight" in answers.errors[1] and "3" in answers.errors[1]
    bad.write_text("{not json", encoding="utf-8")
    assert w.open_path(bad) is False
    assert "JSON" in answers.errors[2]


def test_bad_file_message_in_chinese(shared_window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch)
    w = reset_window(shared_window, lang="zh_CN")
    data = presets.load_preset("case_b").to_dict()
    data["departments"][1]["lead"] = True
    bad = tmp_path / "two_leads.collabsim"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert w.open_path(bad) is False
    assert "departments" in answers.errors[0]
    assert "牵头" in answers.errors[0]


def test_drop_a_file_on_the_window_opens_it(shared_window, tmp_path, monkeypatch):
    Answers(monkeypatch)
    w = reset_window(shared_window)
    path = tmp_path / "dropped.collabsim"
    path.write_text((presets.preset_path("case_c")).read_text(encoding="utf-8"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert w.current_path() == path
    assert w.scenario() == presets.load_preset("case_c")


def test_recent_files_menu_lists_saved_files(shared_window, tmp_path):
    w = reset_window(shared_window)
    for name in ("a.collabsim", "b.collabsim"):
        assert w.save_file(tmp_path / name) is None
    texts = [a.text() for a in w.recent_menu.actions()]
    assert texts[:2] == ["b.collabsim", "a.collabsim"]


def test_export_png_svg_csv(shared_window, tmp_path, monkeypatch):
    w = reset_window(shared_window, presets.load_preset("case_b"))
    targets = iter([(tmp_path / "p.png", "PNG image (*.png)"), (tmp_path / "p.svg", "SVG image (*.svg)"),
                    (tmp_path / "d", "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: tuple(map(str, next(targets)))))
    w.export_picture_action.trigger()
    w.export_picture_action.trigger()
    w.export_csv_action.trigger()
    assert (tmp_path / "p.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "p.svg").read_text(encoding="utf-8")[:2000]
    lines = (tmp_path / "d.csv").read_text(encoding="utf-8").splitlines()  # suffix added
    assert lines[0].startswith("step,") and len(lines) == w.scenario().task.horizon + 2


def test_settings_remember_language_and_geometry(qtbot):
    from PySide6.QtCore import QSettings

    w = make_window(qtbot)
    w.set_language("zh_CN")
    w.resize(1234, 777)
    w.close()
    st = QSettings()
    assert st.value("ui/language") == "zh_CN"
    assert st.value("window/geometry") is not None
    w.set_language("en")
