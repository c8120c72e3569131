"""Shared test set-up: Qt offscreen by default, never the real user settings or folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_user_settings(tmp_path_factory, monkeypatch):
    """Every test gets empty QSettings and user folders in a temporary directory."""
    base = tmp_path_factory.mktemp("user")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(base / var.lower()))
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # the engine tests run without Qt
        yield base
        return
    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(base / "qsettings"))
    yield base
