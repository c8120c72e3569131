"""The Document: one owner of the scenario, its history, path and baselines; views subscribe to it."""

from __future__ import annotations

import logging

import pytest
from gui_helpers import GUI_MARKS

from collabsim.gui import controller as controller_module
from collabsim.gui.app import create_application
from collabsim.gui.controller import SimulationController
from collabsim.gui.document.document import Document
from collabsim.gui.levers.panel import LeversPanel
from collabsim.presets import load_preset

pytestmark = GUI_MARKS


@pytest.fixture(autouse=True)
def app():
    return create_application([])


def test_edits_undo_and_the_modified_flag():
    start = load_preset("case_b")
    doc = Document(start)
    changes, modified = [], []
    doc.scenario_changed.connect(changes.append)
    doc.modified_changed.connect(modified.append)
    doc.edit("assessment.weight", 0.9, "weight")
    doc.edit("assessment.weight", 0.8, "weight")  # a slider drag: one undo step
    assert doc.scenario().assessment.weight == 0.8 and changes[-1] is doc.scenario()
    assert doc.undo_stack.count() == 1 and doc.is_modified() and modified == [True]
    doc.edit("assessment.weight", 0.8, "weight")  # no change, no entry
    assert len(changes) == 2
    doc.undo_stack.undo()
    assert doc.scenario() == start and not doc.is_modified() and modified == [True, False]
    doc.set_departments(start.departments[:2], "departments")
    assert doc.scenario().n_departments == 2
    doc.reset_to_origin("reset")
    assert doc.scenario() == start and doc.undo_stack.count() == 2  # the reset can be undone


def test_load_save_and_title(tmp_path):
    doc = Document(load_preset("case_a"))
    assert doc.title("en") == load_preset("case_a").meta.title.en and doc.path() is None
    paths = []
    doc.path_changed.connect(paths.append)
    doc.edit("controls.promotion", True, "promotion")
    doc.pin_baseline("before")
    loaded = []
    doc.loaded.connect(lambda: loaded.append(doc.scenario()))
    c = load_preset("case_c")
    doc.load(c, tmp_path / "c.collabsim", modified=True)  # e.g. a recovered autosave
    assert loaded == [c] and doc.origin() == c and doc.undo_stack.count() == 0
    assert doc.baselines() == () and doc.is_modified()
    assert doc.title("zh") == "c.collabsim" and paths == [tmp_path / "c.collabsim"]
    doc.mark_saved(tmp_path / "d.collabsim")
    assert not doc.is_modified() and doc.path() == tmp_path / "d.collabsim"


def test_named_baselines_belong_to_their_document():
    doc = Document(load_preset("case_c"))
    doc.pin_baseline("C")
    doc.edit("responsibility.attribution", "lead", "responsibility")
    doc.pin_baseline("C with a lead")
    doc.pin_baseline("C")  # the same name replaces, newest first
    names = [b.name for b in doc.baselines()]
    assert names == ["C", "C with a lead"]
    assert doc.baselines()[0].scenario == doc.scenario()
    other = Document(load_preset("case_a"))
    assert other.baselines() == ()
    doc.clear_baselines()
    assert doc.baselines() == ()


def test_several_documents_run_side_by_side(qtbot):
    a, b = Document(load_preset("case_a")), Document(load_preset("case_c"))
    ca, cb = SimulationController(a), SimulationController(b)
    try:
        assert ca.wait() and cb.wait()
        before = cb.results()
        a.edit("responsibility.attribution", "individual", "responsibility")
        assert ca.wait()
        assert ca.results().scenario == a.scenario() != load_preset("case_a")
        assert cb.results() is before and b.scenario() == load_preset("case_c")
    finally:
        ca.shutdown()
        cb.shutdown()


def test_views_of_one_document_follow_each_other(qtbot):
    doc = Document(load_preset("default"))
    one, two = LeversPanel(doc), LeversPanel(doc)
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    one.levers["controls.supervision"].check.setChecked(True)
    assert doc.scenario().controls.supervision is True
    assert two.levers["controls.supervision"].value() is True
    doc.undo_stack.undo()
    assert one.levers["controls.supervision"].value() is two.levers["controls.supervision"].value() is False
    doc.load(load_preset("case_c"))
    assert two.levers["responsibility.attribution"].value() == "individual"
    assert two.departments.table.rowCount() == load_preset("case_c").n_departments


def test_an_error_inside_a_panel_is_not_hidden(qtbot, monkeypatch):
    from collabsim.gui.main_window import MainWindow
    from collabsim.gui.network import view

    def broken(self, *args, **kwargs):
        raise ZeroDivisionError("a typo inside the network view")

    monkeypatch.setattr(view.NetworkView, "__init__", broken)
    with pytest.raises(ZeroDivisionError, match="typo"):
        MainWindow()
    # the half-built window must go now: its plots would otherwise paint after their Python
    # side is gone (a segfault in a later test)
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and not hasattr(w, "network_dock"):
            w.controller.shutdown()
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_failed_run_is_logged_and_reported(qtbot, monkeypatch, caplog):
    def failing(scenario, *args, **kwargs):  # (MemoryError is reported as a refused run)
        raise RuntimeError("the ensemble does not fit")

    monkeypatch.setattr(controller_module, "run_ensemble", failing)
    doc = Document(load_preset("default"))
    ctrl = SimulationController(doc)
    reports = []
    ctrl.run_failed.connect(reports.append)
    with caplog.at_level(logging.ERROR, logger="collabsim.gui.controller"):
        assert ctrl.wait()
    assert reports and "does not fit" in reports[0]
    assert "Traceback" in caplog.text and "RuntimeError" in caplog.text
    assert ctrl.results() is None and not ctrl.is_busy()
    ctrl.shutdown()


def test_a_document_with_history_is_freed_without_the_garbage_collector():
    """Undo commands hold their document weakly: a cycle document -> stack -> command ->
    document was freed by the collector in an order that crashed (a segmentation fault)."""
    import gc
    import weakref

    enabled = gc.isenabled()
    gc.disable()
    try:
        doc = Document(load_preset("default"))
        doc.edit("assessment.weight", 0.3, "weight")
        doc.edit("controls.supervision", True, "supervision")
        doc.undo_stack.undo()
        gone = weakref.ref(doc)
        del doc
        assert gone() is None  # freed at once by reference counting, no cycle left
    finally:
        if enabled:
            gc.enable()
