"""The application entry: names, language from settings, `collabsim FILE` opens the file."""

from __future__ import annotations

import pytest
from gui_helpers import run_app_main
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from collabsim import presets
from collabsim.gui import app as gui_app
from collabsim.gui.common import i18n

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


def _run_main_and_inspect(argv, inspect, qtbot, monkeypatch):
    return run_app_main(argv, inspect, qtbot, monkeypatch,
                        ready=lambda w: not argv or w.current_path() is not None)


def test_main_without_arguments_opens_the_default_preset(qtbot, monkeypatch):
    code, seen = _run_main_and_inspect([], lambda w: {"scenario": w.scenario()}, qtbot, monkeypatch)
    assert code == 0
    assert seen["scenario"] == presets.default_scenario()
    assert QCoreApplication.organizationName() == "collabsim"
    assert QCoreApplication.applicationName() == "collabsim"


def test_main_opens_the_file_given_on_the_command_line(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "from_cli.collabsim"
    path.write_text(presets.preset_path("case_b").read_text(encoding="utf-8"), encoding="utf-8")
    code, seen = _run_main_and_inspect([str(path)], lambda w: {"path": w.current_path(),
                                                               "scenario": w.scenario(),
                                                               "title": w.windowTitle()},
                                       qtbot, monkeypatch)
    assert code == 0
    assert seen["path"] == path
    assert seen["scenario"] == presets.load_preset("case_b")
    assert "from_cli.collabsim" in seen["title"]


def test_saved_language_is_used_at_start(qtbot):
    gui_app.create_application([])  # organisation and application names first
    QSettings().setValue(i18n.SETTINGS_KEY, "zh_CN")
    gui_app.create_application([])
    assert i18n.current_language() == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    QSettings().setValue(i18n.SETTINGS_KEY, "en")
    gui_app.create_application([])
    assert i18n.current_language() == "en"


def test_ui_font_is_readable(qtbot):
    gui_app.create_application([])
    assert QApplication.font().pointSizeF() >= gui_app.UI_POINT_SIZE
