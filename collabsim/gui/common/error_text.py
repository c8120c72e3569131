"""Scenario errors worded for the window, fully translated, naming the field as the user sees it.

The loader (``scenario/errors.py``) hands over codes and numbers only: the error ``code``, the
kind of value ``found`` and ``allowed``, a ``reason`` (which JSON syntax error, why a file is
unreadable), ``line``/``column`` and the OS ``os_errno``. Here every one of them becomes words
of the interface language; a field is named by the label of its lever or table column, with the
technical path in parentheses: «Field “Weight in the assessment” (assessment.weight): …».
"""

from __future__ import annotations

import errno
import re

from PySide6.QtCore import QCoreApplication

from collabsim.gui.common import lever_texts as texts
from collabsim.scenario import errors as E
from collabsim.scenario.errors import ScenarioError, number_text

translate = QCoreApplication.translate


def kind_words() -> dict[str, str]:
    return {
        "object": translate("Errors", "an object"),
        "list": translate("Errors", "a list"),
        "departments": translate("Errors", "a list of departments"),
        "text": translate("Errors", "text"),
        "boolean": translate("Errors", "true or false"),
        "number": translate("Errors", "a number"),
        "integer": translate("Errors", "a whole number"),
        "null": translate("Errors", "null (no value)"),
        "not_finite": translate("Errors", "a value that is not a finite number"),
    }


def reason_words() -> dict[str, str]:
    return {
        "empty": translate("Errors", "the file is empty"),
        "expecting_value": translate("Errors", "a value was expected"),
        "expecting_comma": translate("Errors", "a comma “,” was expected"),
        "expecting_colon": translate("Errors", "a colon “:” was expected"),
        "expecting_name": translate("Errors", "a field name in double quotes was expected"),
        "unterminated_string": translate("Errors", "a text is not closed with a double quote"),
        "control_character": translate("Errors", "a text contains a raw control character"),
        "bad_escape": translate("Errors", "a text contains an invalid backslash escape"),
        "extra_data": translate("Errors", "there is more after the end of the data"),
        "trailing_comma": translate("Errors", "a comma is followed by the end of an object or list"),
        "syntax": translate("Errors", "the syntax is invalid"),
        "not_a_file": translate("Errors", "it is not a regular file"),
        "bad_name": translate("Errors", "the file name is invalid"),
    }


def os_words() -> dict[int, str]:
    """The OS errors people meet, in the interface language (others keep the system's text)."""
    return {
        errno.EACCES: translate("Errors", "permission denied"),
        errno.EPERM: translate("Errors", "permission denied"),
        errno.ENOENT: translate("Errors", "the file or folder does not exist"),
        errno.ENOSPC: translate("Errors", "the disk is full"),
        errno.EROFS: translate("Errors", "the disk is read-only"),
        errno.EISDIR: translate("Errors", "it is a folder"),
        errno.ENOTDIR: translate("Errors", "a part of the path is not a folder"),
        errno.ENAMETOOLONG: translate("Errors", "the file name is too long"),
        errno.EIO: translate("Errors", "input/output error"),
        errno.EDQUOT: translate("Errors", "the disk quota is exceeded"),
    }


def _os_reason(err: ScenarioError, text: str) -> str:
    if err.os_errno in os_words():
        return os_words()[err.os_errno]
    for code, words in os_words().items():  # saving passes the system's text only
        if text == _strerror(code):
            return words
    return text


def _strerror(code: int) -> str:
    import os

    return os.strerror(code)


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _allowed(allowed) -> str:
    if isinstance(allowed, tuple) and len(allowed) == 2:
        return translate("Errors", "{0} to {1}").format(number_text(allowed[0]), number_text(allowed[1]))
    if isinstance(allowed, int) and not isinstance(allowed, bool):
        return number_text(allowed)
    return "" if allowed is None else str(allowed)


def _found(err: ScenarioError) -> str:
    word = kind_words().get(err.found or "", err.found or "")
    if err.found in ("text", "number", "integer", "boolean"):
        return translate("Errors", "{0} ({1})").format(word, _short(err.value))
    return word or _short(err.value)  # errors raised without a kind (experiment files)


def problem(err: ScenarioError) -> str:
    """The problem, in the interface language."""
    v, a, d = _short(err.value), _allowed(err.allowed), err.detail
    reason = reason_words().get(err.reason or "") or _os_reason(err, err.reason or err.detail or "")
    table = {
        E.NOT_FOUND: lambda: translate("Errors", "The file does not exist."),
        E.UNREADABLE: lambda: translate("Errors", "The file cannot be read ({0}).").format(reason),
        E.TOO_LARGE: lambda: translate(
            "Errors", "The file is too large ({0} bytes); the limit is {1} bytes."
        ).format(d, a),
        E.NOT_UTF8: lambda: translate("Errors", "The file is not UTF-8 text (at byte {0}).").format(d),
        E.NOT_JSON: lambda: translate("Errors", "The file is not valid JSON: {0}.").format(reason),
        E.DUPLICATE_KEY: lambda: translate("Errors", "The field appears twice."),
        E.TOO_DEEP: lambda: translate(
            "Errors", "The file is nested too deeply (more than {0} levels)."
        ).format(a),
        E.WRONG_TYPE: lambda: translate("Errors", "Expected {0}, but found {1}.").format(
            kind_words().get(err.allowed, a), _found(err)
        ),
        E.OUT_OF_RANGE: lambda: translate("Errors", "The value {0} is out of range; allowed: {1}.").format(
            v, a
        ),
        E.NOT_FINITE: lambda: translate("Errors", "The value {0} is not a finite number.").format(v),
        E.BAD_CHOICE: lambda: translate("Errors", "The value {0} is not one of: {1}.").format(v, a),
        E.UNKNOWN_FIELD: lambda: translate("Errors", "Unknown field; allowed fields: {0}.").format(a),
        E.MISSING_FIELD: lambda: translate("Errors", "A required field is missing."),
        E.TOO_LONG: lambda: translate(
            "Errors", "The text is too long ({0} characters); the limit is {1}."
        ).format(d, a),
        E.BAD_TEXT: lambda: translate("Errors", "The text contains a control character ({0}).").format(d),
        E.BAD_SURROGATE: lambda: translate(
            "Errors", "The text contains an unpaired surrogate ({0}), which cannot be saved as UTF-8."
        ).format(d),
        E.BLANK_NAME: lambda: translate(
            "Errors", "The name consists only of spaces or invisible characters."
        ),
        E.TOO_MANY: lambda: translate("Errors", "Too many entries ({0}); the limit is {1}.").format(d, a),
        E.TOO_FEW: lambda: translate("Errors", "Too few entries ({0}); at least {1} are needed.").format(
            d, a
        ),
        E.NO_LEAD: lambda: translate("Errors", "No department is marked as the lead department."),
        E.MANY_LEADS: lambda: translate(
            "Errors", "More than one department is marked as the lead ({0})."
        ).format(d),
        E.DUPLICATE_NAME: lambda: translate("Errors", "The department name {0} is used twice.").format(v),
        E.FUTURE_VERSION: lambda: translate(
            "Errors", "The file's format version {0} is newer than this program understands ({1})."
        ).format(v, a),
        E.BAD_VERSION: lambda: translate("Errors", "The format version {0} is not supported ({1}).").format(
            v, a
        ),
        E.WRITE_FAILED: lambda: translate(
            "Errors", "Could not save ({0}); the existing file was left unchanged."
        ).format(_os_reason(err, d)),
        E.WRITE_FAILED_NEW: lambda: translate(
            "Errors", "Could not save ({0}); no file was created."
        ).format(_os_reason(err, d)),
        E.READ_ONLY: lambda: translate("Errors", "The file is read-only; it was left unchanged."),
    }
    text = table[err.code]() if err.code in table else str(err)
    if err.line is not None:
        text += " " + (
            translate("Errors", "(line {0}, column {1})").format(err.line, err.column)
            if err.column
            else translate("Errors", "(line {0})").format(err.line)
        )
    return text


_DEPT = re.compile(r"^departments\[(\d+)\]\.(\w+)$")


def field_label(path: str) -> str | None:
    """The label the user sees for a field path, or None (then only the path is shown)."""
    m = _DEPT.match(path)
    if m:
        column = texts.department_texts().get(m.group(2))
        if column:
            return translate("Errors", "Department {0}, {1}").format(int(m.group(1)) + 1, column[0])
        return None
    if path == "departments":
        return texts.group_titles()["departments"]
    entry = texts.field_texts().get(path)
    return entry[0] if entry else None


def message(err: ScenarioError) -> str:
    """Field (label and path) and problem."""
    text = problem(err)
    if not err.path or err.path == "(top level)":
        return text
    label = field_label(err.path)
    if label:
        return translate("Errors", "Field “{0}” ({1}): {2}").format(label, err.path, text)
    return translate("Errors", "Field {0}: {1}").format(err.path, text)
