"""File dialogs as a student expects: in the documents folder, a suggested name, the suffix added.

The first Open/Save dialog opens in the user's documents folder (then where the last file went);
Save suggests a name made of the scenario's title and author ("案例C — 张三.collabsim"); a name
typed without a suffix gets the chosen type's suffix ("homework.week3" becomes
"homework.week3.collabsim"), and an export's format follows the suffix of the name chosen.
Dialogs are the static ``QFileDialog`` functions (native where the desktop has them, otherwise
Qt's own, translated by Qt's catalogue; tests monkeypatch them).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from collabsim.gui.common import i18n
from collabsim.scenario import Scenario

FOLDER_KEY = "files/last_folder"
MAX_NAME = 80
_BAD = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_dir() -> Path:
    """Where the dialog opens: the folder last used, else the documents folder."""
    last = QSettings().value(FOLDER_KEY, "", str)
    if last and Path(last).is_dir():
        return Path(last)
    docs = documents_dir()
    return docs if docs.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


def clean_name(text: str) -> str:
    """``text`` fit for a file name on every system (no separators or control characters)."""
    text = _BAD.sub(" ", text).strip(" .")
    text = re.sub(r"\s+", " ", text)
    return text[:MAX_NAME].rstrip(" .")


def suggested_name(s: Scenario, fallback: str = "collabsim", extra: str = "") -> str:
    """'<title> — <author or student>' (without suffix), from the scenario in the UI language."""
    title = s.meta.title.get(i18n.short_code())
    who = s.submission.name if s.submission is not None and s.submission.name else s.meta.author
    if who.startswith("collabsim"):  # the presets' "collabsim, after Wang Zheng (2023) ..."
        who = ""
    parts = [p for p in (title, extra, who) if p.strip()]
    return clean_name(" — ".join(parts)) or fallback


def with_suffix(path: str | Path, suffix: str, allowed: tuple[str, ...] = ()) -> Path:
    """``path`` with ``.suffix`` added when it has none of ``allowed`` (default: just ``suffix``)."""
    path = Path(path)
    allowed = tuple(a.lower() for a in (allowed or (suffix,)))
    if path.suffix.lower().lstrip(".") in allowed:
        return path
    return path.with_name(path.name + "." + suffix)


def save_path(parent: QWidget | None, caption: str, name: str, suffix: str, filters: str,
              allowed: tuple[str, ...] = ()) -> Path | None:
    """Ask where to save; the chosen path with its suffix ensured, or None when cancelled."""
    start = start_dir() / f"{name}.{suffix}"
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start), filters)
    if not chosen:
        return None
    path = with_suffix(chosen, suffix, allowed)
    remember_folder(path)
    return path


def open_path(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(start_dir()), filters)
    if not chosen:
        return None
    remember_folder(Path(chosen))
    return Path(chosen)


def open_folder(parent: QWidget | None, caption: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(start_dir()))
    if not chosen:
        return None
    QSettings().setValue(FOLDER_KEY, chosen)
    return Path(chosen)
