"""The one error type the scenario loader and saver raise.

It carries a machine-readable ``code`` plus the field ``path``, the offending ``value`` and what
is ``allowed``, and where it applies the kind of value ``found``, a ``reason`` code (which JSON
syntax error, why a file is unreadable), the ``line``/``column`` in the file and the OS
``os_errno``: everything as codes and numbers, so the GUI can word a fully translated message
(``gui/common/labels.py``). ``str(err)`` is a plain English one-liner for the command line and
logs.
"""

from __future__ import annotations

from typing import Any

# Codes (stable; the GUI translates them).
NOT_FOUND = "not_found"
UNREADABLE = "unreadable"
TOO_LARGE = "too_large"
NOT_UTF8 = "not_utf8"
NOT_JSON = "not_json"
DUPLICATE_KEY = "duplicate_key"
TOO_DEEP = "too_deep"
WRONG_TYPE = "wrong_type"
OUT_OF_RANGE = "out_of_range"
NOT_FINITE = "not_finite"
BAD_CHOICE = "bad_choice"
UNKNOWN_FIELD = "unknown_field"
MISSING_FIELD = "missing_field"
TOO_LONG = "too_long"
BAD_TEXT = "bad_text"  # a control character
BAD_SURROGATE = "bad_surrogate"  # a lone surrogate: cannot be saved as UTF-8
BLANK_NAME = "blank_name"  # a name made only of spaces and invisible characters
TOO_MANY = "too_many"
TOO_FEW = "too_few"
NO_LEAD = "no_lead"
MANY_LEADS = "many_leads"
DUPLICATE_NAME = "duplicate_name"
FUTURE_VERSION = "future_version"
BAD_VERSION = "bad_version"
WRITE_FAILED = "write_failed"  # the existing file was left unchanged
WRITE_FAILED_NEW = "write_failed_new"  # there was no file; none was created
READ_ONLY = "read_only"  # the file is read-only; save again with overwrite_readonly=True

# Kinds of JSON values (``found`` and, for WRONG_TYPE, ``allowed``).
KIND_WORDS = {
    "object": "an object", "list": "a list", "departments": "a list of departments",
    "text": "text", "boolean": "true or false", "number": "a number", "integer": "an integer",
    "null": "null", "not_finite": "a value that is not a finite number",
}

# Reasons of NOT_JSON (the JSON parser's messages) and of UNREADABLE.
REASON_WORDS = {
    "empty": "the file is empty",
    "expecting_value": "a value was expected",
    "expecting_comma": "a ',' was expected",
    "expecting_colon": "a ':' was expected",
    "expecting_name": "a field name in double quotes was expected",
    "unterminated_string": "a text is not closed with '\"'",
    "control_character": "a text contains a raw control character",
    "bad_escape": "a text contains an invalid \\ escape",
    "extra_data": "there is more after the end of the data",
    "trailing_comma": "a ',' is followed by the end of an object or list",
    "syntax": "the syntax is invalid",
    "not_a_file": "not a regular file",
    "bad_name": "invalid file name",
}


class ScenarioError(ValueError):
    """A scenario file or dict is not acceptable; nothing was loaded or written."""

    def __init__(self, code: str, path: str = "", value: Any = None, allowed: Any = None,
                 detail: str = "", *, found: str | None = None, reason: str | None = None,
                 line: int | None = None, column: int | None = None,
                 os_errno: int | None = None) -> None:
        self.code = code
        self.path = path
        self.value = value
        self.allowed = allowed
        self.detail = detail
        self.found = found
        self.reason = reason
        self.line = line
        self.column = column
        self.os_errno = os_errno
        super().__init__(self._format())

    def template_fields(self) -> dict[str, Any]:
        """The values the English templates use (subclasses with templates of their own too)."""
        allowed = self.allowed
        if self.code == WRONG_TYPE:
            allowed = KIND_WORDS.get(allowed, allowed)
        elif isinstance(allowed, tuple) and len(allowed) == 2:
            allowed = f"{number_text(allowed[0])} to {number_text(allowed[1])}"
        elif isinstance(allowed, int) and not isinstance(allowed, bool):
            allowed = number_text(allowed)
        # callers that predate ``found``/``reason`` (experiment files) put the words in value/detail
        reason = REASON_WORDS.get(self.reason or "") or self.reason or self.detail
        return {"value": _short(self.value), "allowed": allowed, "detail": self.detail,
                "found": self._found_text() or _short(self.value), "reason": reason}

    def _format(self) -> str:
        where = f"{self.path}: " if self.path else ""
        text = _TEMPLATES.get(self.code, self.code).format(**self.template_fields())
        if self.line is not None:
            text += f" (line {self.line}" + (f", column {self.column})" if self.column else ")")
        return f"{where}{text}"

    def _found_text(self) -> str:
        word = KIND_WORDS.get(self.found or "", self.found or "")
        if self.found in ("text", "number", "integer", "boolean", "not_finite"):
            return f"{word} ({_short(self.value)})"
        return word


def number_text(x: Any) -> str:
    """A limit as people write it: 4,294,967,295 rather than 4.29497e+09; 0.5 rather than 0.500."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    if isinstance(x, int) or float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:g}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_TEMPLATES = {
    NOT_FOUND: "file not found",
    UNREADABLE: "cannot read the file ({reason})",
    TOO_LARGE: "file is too large ({detail} bytes); the limit is {allowed} bytes",
    NOT_UTF8: "file is not UTF-8 text (at byte {detail})",
    NOT_JSON: "not valid JSON: {reason}",
    DUPLICATE_KEY: "the field appears twice",
    TOO_DEEP: "nested too deeply (more than {allowed} levels)",
    WRONG_TYPE: "expected {allowed}, got {found}",
    OUT_OF_RANGE: "value {value} is out of range; allowed {allowed}",
    NOT_FINITE: "value {value} is not a finite number",
    BAD_CHOICE: "value {value} is not one of {allowed}",
    UNKNOWN_FIELD: "unknown field; allowed fields are {allowed}",
    MISSING_FIELD: "required field is missing",
    TOO_LONG: "text is too long ({detail} characters); the limit is {allowed}",
    BAD_TEXT: "text contains a control character ({detail})",
    BAD_SURROGATE: "text contains an unpaired surrogate ({detail}), which cannot be saved as UTF-8",
    BLANK_NAME: "the name is only spaces or invisible characters",
    TOO_MANY: "too many entries ({detail}); the limit is {allowed}",
    TOO_FEW: "too few entries ({detail}); at least {allowed} needed",
    NO_LEAD: "no department is marked as the lead",
    MANY_LEADS: "more than one department is marked as the lead ({detail})",
    DUPLICATE_NAME: "department name {value} is used twice",
    FUTURE_VERSION: "file format version {value} is newer than this program understands ({allowed})",
    BAD_VERSION: "format_version {value} is not a supported version ({allowed})",
    WRITE_FAILED: "could not save ({detail}); the existing file was left unchanged",
    WRITE_FAILED_NEW: "could not save ({detail}); no file was created",
    READ_ONLY: "the file is read-only; it was left unchanged",
}
