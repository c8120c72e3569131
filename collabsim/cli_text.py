"""Small helpers of the command line: its error type, safe file checks, terminal column widths."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path


class CliError(Exception):
    """A user error: printed as one line; exit status ``status`` (2 unless said otherwise)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def exists(path: str | os.PathLike) -> bool:
    """Like ``Path.exists()``, but False instead of an exception for a name too long for the
    file system, a folder that may not be entered or a NUL character."""
    try:
        Path(path).stat()
    except (OSError, ValueError):
        return False
    return True


def os_reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def write_failed(what: str, exc: BaseException) -> str:
    return f"cannot write {what} ({os_reason(exc)})"


def char_width(c: str) -> int:
    """Terminal columns of one character: 2 for East Asian wide/full-width, 0 for combining
    marks and zero-width format characters (U+200B, U+200D, ...), 1 otherwise."""
    if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns."""
    return text + " " * max(0, width - text_width(text))
