"""Logging set-up: rotating file, console at WARNING, Qt messages routed in, works without Qt."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap

import pytest

from collabsim import logs


@pytest.fixture(autouse=True)
def _restore_logging():
    root = logging.getLogger()
    level = root.level
    yield
    for h in [h for h in root.handlers if getattr(h, logs._MARK, False)]:
        root.removeHandler(h)
        h.close()
    root.setLevel(level)
    logs._log_file = None


def _ours():
    return [h for h in logging.getLogger().handlers if getattr(h, logs._MARK, False)]


def test_file_and_console(tmp_path):
    path = logs.setup_logging(folder=tmp_path, qt=False)
    assert path == tmp_path / logs.LOG_NAME and logs.log_path() == path
    logging.getLogger("collabsim.test").info("an info line 信息")
    logging.getLogger("collabsim.test").debug("a debug line")
    text = path.read_text("utf-8")
    assert "an info line 信息" in text and "a debug line" not in text
    levels = sorted(h.level for h in _ours())
    assert levels == [logging.INFO, logging.WARNING]


def test_default_folder_is_the_user_log_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("COLLABSIM_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = logs.setup_logging(qt=False)
    assert path.is_file() and str(path).startswith(str(tmp_path / "state"))
    assert path.parent.name == "log" or "collabsim" in str(path)


def test_env_override(monkeypatch, tmp_path):
    monkeypatch.setenv("COLLABSIM_LOG_DIR", str(tmp_path / "here"))
    assert logs.setup_logging(qt=False) == tmp_path / "here" / logs.LOG_NAME


def test_setting_up_twice_does_not_duplicate(tmp_path):
    logs.setup_logging(folder=tmp_path, qt=False)
    logs.setup_logging(folder=tmp_path, qt=False)
    path = logs.setup_logging(folder=tmp_path, qt=False)
    assert len(_ours()) == 2
    logging.getLogger("x").warning("once")
    assert path.read_text("utf-8").count("once") == 1


def test_rotation(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging(folder=tmp_path, qt=False)
    for i in range(200):
        logging.getLogger("collabsim.test").info("line %d %s", i, "x" * 50)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [logs.LOG_NAME] + [f"{logs.LOG_NAME}.{i}" for i in range(1, logs.BACKUPS + 1)]
    assert path.stat().st_size <= 2000


def test_unwritable_folder_falls_back_to_console(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert logs.setup_logging(folder=blocker / "logs", qt=False) is None
    assert [h.level for h in _ours()] == [logging.WARNING]
    logging.getLogger("x").warning("still fine")


def test_qt_messages_are_logged_and_passed_on(qapp, tmp_path):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    earlier = []
    qInstallMessageHandler(lambda mode, ctx, msg: earlier.append(msg))
    try:
        path = logs.setup_logging(folder=tmp_path)
        logs.setup_logging(folder=tmp_path)  # a second set-up must not log twice
        qWarning("QPainter::begin: test message")
        text = path.read_text("utf-8")
        assert text.count("WARNING qt: QPainter::begin: test message") == 1
        assert earlier == ["QPainter::begin: test message"]  # e.g. pytest-qt still sees it
    finally:
        logs.uninstall_qt_message_handler()


def test_importable_and_usable_without_qt(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("no Qt here")
        sys.meta_path.insert(0, Block())
        from collabsim import logs
        path = logs.setup_logging(folder={str(tmp_path)!r})
        assert path is not None and path.is_file(), path
        assert logs.install_qt_message_handler() is False
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print("OK")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "OK", out.stderr
