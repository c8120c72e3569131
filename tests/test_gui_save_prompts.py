"""Saving from the window: a read-only file is overwritten only after asking; a backup that
could not be written is said; file names with markup are shown literally (issue 13 items 8, 11,
12 in the window)."""

from __future__ import annotations

import errno
import os

import pytest
from gui_helpers import GUI_MARKS, make_window
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from collabsim import atomic
from collabsim.presets import load_preset
from collabsim.scenario import load_scenario, save_scenario

pytestmark = [pytest.mark.gui, *GUI_MARKS]
Btn = QMessageBox.StandardButton


class Boxes:
    def __init__(self, monkeypatch, answer=Btn.No):
        self.shown: list[tuple[str, str]] = []
        self.answer = answer

        def question(parent, title, text, *a, **k):
            self.shown.append((title, text))
            return self.answer

        def critical(parent, title, text, *a, **k):
            self.shown.append((title, text))
            return Btn.Ok

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))


def _rendered(text: str) -> str:
    """What a QMessageBox shows for ``text`` (its AutoText rendering)."""
    doc = QTextDocument()
    doc.setHtml(text) if "<" in text else doc.setPlainText(text)
    return doc.toPlainText()


def test_a_read_only_file_is_overwritten_only_after_asking(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "handed_in.collabsim"
    save_scenario(load_preset("case_a"), path)
    path.chmod(0o444)
    before = path.read_bytes()
    w = make_window(qtbot, load_preset("case_b"))
    w.document.mark_saved(path)
    w.document.edit("assessment.weight", 0.9, "weight")
    boxes = Boxes(monkeypatch, Btn.No)
    assert not w.files.save()
    assert "read-only" in _rendered(boxes.shown[0][1]) and path.read_bytes() == before
    boxes.answer = Btn.Yes
    assert w.files.save()
    assert load_scenario(path) == w.document.scenario() and not w.is_modified()


def test_a_backup_that_could_not_be_written_is_said(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "lesson.collabsim"
    w = make_window(qtbot, load_preset("case_b"))
    assert w.save_file(path) is None
    w.document.edit("assessment.weight", 0.9, "weight")
    real = atomic._replace_with

    def no_room_for_bak(target, fill, mode_from):
        if target.name.endswith(".bak"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(target, fill, mode_from)

    monkeypatch.setattr(atomic, "_replace_with", no_room_for_bak)
    messages = []
    w.files.message.connect(messages.append)
    assert w.files.save()
    assert "lesson.collabsim.bak could not be written" in messages[-1]


def test_a_file_name_with_markup_is_shown_literally_in_the_open_error(qtbot, monkeypatch, tmp_path):
    name = "<a href=https:evil.example>click me.collabsim"
    path = tmp_path / name
    path.write_text("{ broken", encoding="utf-8")
    w = make_window(qtbot)
    boxes = Boxes(monkeypatch)
    assert not w.files.open_path(path)
    shown = _rendered(boxes.shown[0][1])
    assert name in shown, shown  # the markup is text, not a link
