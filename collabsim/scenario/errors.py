"""The one error type the scenario loader raises.

It carries a machine-readable ``code`` plus the field ``path``, the offending ``value`` and what
is ``allowed``, so the GUI can show a translated message; ``str(err)`` is a plain English
one-liner for the command line and logs.
"""

from __future__ import annotations

from typing import Any

# Codes (stable; the GUI translates them).
NOT_FOUND = "not_found"
UNREADABLE = "unreadable"
TOO_LARGE = "too_large"
NOT_UTF8 = "not_utf8"
NOT_JSON = "not_json"
TOO_DEEP = "too_deep"
WRONG_TYPE = "wrong_type"
OUT_OF_RANGE = "out_of_range"
NOT_FINITE = "not_finite"
BAD_CHOICE = "bad_choice"
UNKNOWN_FIELD = "unknown_field"
MISSING_FIELD = "missing_field"
TOO_LONG = "too_long"
BAD_TEXT = "bad_text"
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


class ScenarioError(ValueError):
    """A scenario file or dict is not acceptable; nothing was loaded or written."""

    def __init__(self, code: str, path: str = "", value: Any = None, allowed: Any = None,
                 detail: str = "") -> None:
        self.code = code
        self.path = path
        self.value = value
        self.allowed = allowed
        self.detail = detail
        super().__init__(self._format())

    def _format(self) -> str:
        where = f"{self.path}: " if self.path else ""
        what = _TEMPLATES.get(self.code, self.code)
        text = what.format(value=_short(self.value), allowed=self.allowed, detail=self.detail)
        return f"{where}{text}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_TEMPLATES = {
    NOT_FOUND: "file not found",
    UNREADABLE: "cannot read the file ({detail})",
    TOO_LARGE: "file is too large ({detail}); the limit is {allowed} bytes",
    NOT_UTF8: "file is not UTF-8 text ({detail})",
    NOT_JSON: "not valid JSON ({detail})",
    TOO_DEEP: "nested too deeply (more than {allowed} levels)",
    WRONG_TYPE: "expected {allowed}, got {value}",
    OUT_OF_RANGE: "value {value} is out of range; allowed {allowed}",
    NOT_FINITE: "value {value} is not a finite number",
    BAD_CHOICE: "value {value} is not one of {allowed}",
    UNKNOWN_FIELD: "unknown field; allowed fields are {allowed}",
    MISSING_FIELD: "required field is missing",
    TOO_LONG: "text is too long ({detail} characters); the limit is {allowed}",
    BAD_TEXT: "text contains control characters",
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
