"""Strict JSON parsing for scenario files, with errors that say what and where.

:func:`parse` turns text into plain Python data or raises :class:`ScenarioError` with a reason
code and the line/column: a syntax error (the parser's English message mapped to a code the GUI
translates), a duplicate key (with its field path, found again with a position-tracking parse
only when there is one), nesting deeper than the limit (with the path, or the line when it is
too deep for the parser itself). NaN/Infinity become floats, refused later with their field
path; integer literals too long to convert stand in as :class:`HugeInt`.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from typing import Any

from collabsim.scenario import errors as E
from collabsim.scenario.errors import ScenarioError

MAX_DEPTH = 16
MAX_INT_DIGITS = 100  # longer integer literals are out of every range; never converted in full

_JSON_REASONS = (
    ("Expecting value", "expecting_value"), ("Expecting ',' delimiter", "expecting_comma"),
    ("Expecting ':' delimiter", "expecting_colon"), ("Expecting property name", "expecting_name"),
    ("Unterminated string", "unterminated_string"), ("Invalid control character", "control_character"),
    ("Invalid \\", "bad_escape"), ("Extra data", "extra_data"), ("Illegal trailing comma", "trailing_comma"),
)


class HugeInt(int):
    """Stands in for an integer literal too long to convert (it is out of every range)."""

    digits = 0

    def __repr__(self) -> str:
        return f"{'-' if self < 0 else ''}<integer with {self.digits} digits>"


class _DupDict(dict):
    """An object in which ``dup_key`` appeared more than once (the first value is kept)."""

    dup_key = ""


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits <= MAX_INT_DIGITS:
        return int(text)
    huge = HugeInt(-(10**MAX_INT_DIGITS) if text.startswith("-") else 10**MAX_INT_DIGITS)
    huge.digits = digits
    return huge


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    dup = None
    for key, value in pairs:
        if key in out:
            dup = dup if dup is not None else key
            continue
        out[key] = value
    if dup is None:
        return out
    marked = _DupDict(out)
    marked.dup_key = dup
    return marked


def _decoder() -> json.JSONDecoder:
    return json.JSONDecoder(parse_constant=float, object_pairs_hook=_pairs, parse_int=_parse_int)


def line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def parse(text: str) -> Any:
    """Parse scenario JSON text; raises ScenarioError (never anything else)."""
    if not text.strip():
        raise ScenarioError(E.NOT_JSON, reason="empty")
    try:
        data = _decoder().decode(text)
    except RecursionError:
        line, col = line_col(text, _too_deep_offset(text))
        raise ScenarioError(E.TOO_DEEP, allowed=MAX_DEPTH, line=line, column=col) from None
    except json.JSONDecodeError as exc:
        reason = next((code for msg, code in _JSON_REASONS if exc.msg.startswith(msg)), "syntax")
        raise ScenarioError(E.NOT_JSON, detail=exc.msg, reason=reason, line=exc.lineno,
                            column=exc.colno) from None
    except ValueError as exc:  # e.g. a float literal that cannot be converted
        raise ScenarioError(E.NOT_JSON, detail=str(exc)[:80], reason="syntax") from None
    dup = _first_dup(data, "")
    if dup is not None:
        _raise_duplicate(text)
    deep = _deep_path(data, 0, "")
    if deep is not None:
        raise ScenarioError(E.TOO_DEEP, deep or "(top level)", allowed=MAX_DEPTH)
    return data


def _first_dup(obj: Any, path: str) -> str | None:
    """Path of the first duplicated key in document order, or None."""
    if isinstance(obj, dict):
        if isinstance(obj, _DupDict):
            return _join(path, obj.dup_key)
        for key, value in obj.items():
            found = _first_dup(value, _join(path, key))
            if found is not None:
                return found
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            found = _first_dup(value, f"{path}[{i}]")
            if found is not None:
                return found
    return None


def _raise_duplicate(text: str) -> None:
    """Parse again with the pure-Python scanner, which reports where each object starts, to
    give the duplicate's field path and line; only done when there is a duplicate."""
    where: dict[int, int] = {}
    dec = _decoder()

    def parse_object(s_and_end, *args):
        obj, end = json.decoder.JSONObject(s_and_end, *args)
        if isinstance(obj, _DupDict):
            where[id(obj)] = _second_key_offset(s_and_end[0], s_and_end[1], end, obj.dup_key)
        return obj, end

    dec.parse_object = parse_object
    dec.scan_once = json.scanner.py_make_scanner(dec)
    data = dec.decode(text)
    path, obj = _first_dup_obj(data, "")
    line, col = line_col(text, where.get(id(obj), 0))
    raise ScenarioError(E.DUPLICATE_KEY, _join(path, obj.dup_key), obj.dup_key, line=line, column=col)


def _first_dup_obj(obj: Any, path: str):
    if isinstance(obj, _DupDict):
        return path, obj
    items = obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) else ()
    for key, value in items:
        found = _first_dup_obj(value, _join(path, key) if isinstance(obj, dict) else f"{path}[{key}]")
        if found is not None:
            return found
    return None


def _second_key_offset(s: str, start: int, end: int, key: str) -> int:
    """Offset of the second ``key`` among this object's own keys (``s[start:end]``)."""
    depth, seen, i = 0, 0, start
    while i < end:
        c = s[i]
        if c == '"':
            value, after = json.decoder.scanstring(s, i + 1)
            if depth == 0 and value == key and s[after:end].lstrip().startswith(":"):
                seen += 1
                if seen == 2:
                    return i
            i = after
            continue
        if c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
        i += 1
    return start


def _deep_path(obj: Any, level: int, path: str) -> str | None:
    """Path of the first value nested deeper than MAX_DEPTH, or None."""
    if not isinstance(obj, (dict, list)):
        return None
    if level >= MAX_DEPTH:
        return path
    items = obj.items() if isinstance(obj, dict) else enumerate(obj)
    for key, value in items:
        found = _deep_path(value, level + 1, _join(path, key) if isinstance(obj, dict) else f"{path}[{key}]")
        if found is not None:
            return found
    return None


def _too_deep_offset(text: str) -> int:
    """Offset where the nesting first exceeds MAX_DEPTH (for files too deep for the parser)."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            try:
                _, i = json.decoder.scanstring(text, i + 1)
            except ValueError:
                return i
            continue
        if c in "{[":
            depth += 1
            if depth > MAX_DEPTH:
                return i
        elif c in "}]":
            depth -= 1
        i += 1
    return 0


def _join(path: str, name: Any) -> str:
    name = printable(str(name))
    return f"{path}.{name}" if path else name


def printable(key: str) -> str:
    """A field name fit for a message: control characters and lone surrogates escaped, short."""
    if key.isprintable() and not any(0xD800 <= ord(c) < 0xE000 for c in key):
        return key if len(key) <= 60 else key[:57] + "..."
    return printable(repr(key)[1:-1]) if key else repr(key)
