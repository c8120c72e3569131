"""Shared test set-up: Qt offscreen by default, never the real user settings or folders."""

from __future__ import annotations

import os

# a 1920x1080 screen (Qt's offscreen default is 800x600, smaller than any classroom projector;
# the window fits itself to its screen, see collabsim/gui/classroom/fit.py)
SCREEN = os.path.join(os.path.dirname(__file__), "data", "offscreen_1920x1080.json")
# also when QT_QPA_PLATFORM=offscreen is set (.ci/run sets it): Qt's own offscreen screen then
# made the window fit 800x800 and tests/test_gui_presentation.py failed in CI; another platform
# (xcb on a real X server, offscreen with a config of its own) is left as it is
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


import pytest  # noqa: E402


def pytest_collection_modifyitems(config, items):
    """In a pytest-xdist worker (``run.py test`` runs one per core, each module on one worker, in
    collection order): the modules with ``slow`` tests first, the longest first
    (``slow(seconds=N)``, a rough figure on a quiet machine), so the PyInstaller build and the
    other long ones start at once and overlap the many short modules; then the rest by number of
    tests, so the last modules handed out are short and both workers finish together. Every
    worker sorts the same collection the same way (xdist checks). A single-process run keeps
    pytest's order."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    modules: dict[str, list] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::", 1)[0], []).append(item)

    def key(name: str) -> tuple:
        tests = modules[name]
        slow = [m.kwargs.get("seconds", 0) for t in tests for m in t.iter_markers("slow")]
        return (0, -max(slow)) if slow else (1, -len(tests))

    items[:] = [item for name in sorted(modules, key=key) for item in modules[name]]


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
    _delete_later_now()


def _delete_later_now() -> None:
    """Delete the widgets closed with WA_DeleteOnClose or deleteLater() (windows of a test must
    not live on: each would still follow every later language switch)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="module")
def shared_window(tmp_path_factory):
    """One main window per test module (tests reset it with gui_helpers.reset_window).

    Module fixtures are set up before the per-test settings fixture, so this one isolates the
    user settings and folders itself.
    """
    from PySide6.QtCore import QSettings, QStandardPaths

    base = tmp_path_factory.mktemp("shared_window")
    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(base / "qsettings"))
    from gui_helpers import make_shared_window

    window = make_shared_window()
    yield window
    window.controller.shutdown()
    window.close()
    window.deleteLater()
    _delete_later_now()


@pytest.fixture(scope="session")
def ensemble():
    """Preset ensembles run once per test session: ``ensemble("case_c", replicates=3)``.

    Results are immutable, so tests in different modules can share them.
    """
    cache: dict = {}

    def get(name: str, seed: int | None = None, replicates: int = 1):
        from collabsim.engine import run
        from collabsim.presets import load_preset

        key = (name, seed, replicates)
        if key not in cache:
            s = load_preset(name)
            cache[key] = run(s, seed=s.simulation.seed if seed is None else seed, replicates=replicates)
        return cache[key]

    return get
