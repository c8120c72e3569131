"""Reading experiment files safely: JSON or TOML, size-, depth- and number-checked like scenario files.

Only :class:`ExperimentError` leaves this module: a missing, huge, non-UTF-8, malformed, too
deeply nested file, duplicate keys, NaN or infinite numbers and integer literals of absurd length
are all refused with a one-line message, before anything is built from the data.
"""

from __future__ import annotations

import json
import math
import os
import tomllib
from pathlib import Path
from typing import Any

from collabsim.scenario import errors as E

from .errors import ExperimentError

FILE_SUFFIX = ".collabsim-experiment"
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 16
MAX_INT_DIGITS = 100


def read_file(path: str | os.PathLike) -> tuple[dict, Path]:
    """The parsed contents of an experiment file (a dict) and its resolved path."""
    p = Path(path)
    try:
        if not p.exists():
            raise ExperimentError(E.NOT_FOUND, str(p))
        if not p.is_file():
            raise ExperimentError(E.UNREADABLE, str(p), detail="not a regular file")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExperimentError(E.TOO_LARGE, str(p), detail=f"{size} bytes", allowed=MAX_FILE_BYTES)
        with p.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except ExperimentError:
        raise
    except OSError as exc:
        raise ExperimentError(E.UNREADABLE, str(p), detail=exc.strerror or type(exc).__name__) from None
    except ValueError:  # a NUL character in the path
        raise ExperimentError(E.UNREADABLE, repr(str(p)), detail="invalid file name") from None
    return parse(raw), p.resolve()


def parse(raw: bytes | str) -> dict:
    """Parse JSON (if it starts with '{') or TOML text into a checked plain dict."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise ExperimentError(E.TOO_LARGE, detail=f"{len(raw)} bytes", allowed=MAX_FILE_BYTES)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExperimentError(E.NOT_UTF8, detail=f"byte {exc.start}") from None
    else:
        text = raw.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise ExperimentError(E.NOT_JSON, detail="the file is empty")
    if text.lstrip().startswith("{"):
        data = _json(text)
    else:
        data = _toml(text)
    if not isinstance(data, dict):
        raise ExperimentError(E.WRONG_TYPE, "(top level)", type(data).__name__, "an object")
    _check_tree(data, "", 0)
    return data


def _json(text: str) -> Any:
    try:
        return json.loads(
            text, parse_constant=float, object_pairs_hook=_no_dup_keys, parse_int=_parse_int
        )
    except ExperimentError:
        raise
    except RecursionError:
        raise ExperimentError(E.TOO_DEEP, allowed=MAX_DEPTH) from None
    except json.JSONDecodeError as exc:
        raise ExperimentError(
            E.NOT_JSON, detail=f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise ExperimentError(E.NOT_JSON, detail=str(exc)[:80]) from None


def _toml(text: str) -> Any:
    for line_no, line in enumerate(text.splitlines(), 1):  # before the parser converts them
        digits = max((len(tok) for tok in _digit_runs(line)), default=0)
        if digits > MAX_INT_DIGITS:
            raise ExperimentError(E.NOT_JSON, detail=f"a number of {digits} digits at line {line_no}")
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ExperimentError(E.TOO_DEEP, allowed=MAX_DEPTH) from None
    except tomllib.TOMLDecodeError as exc:
        raise ExperimentError(
            E.NOT_JSON, detail=f"neither JSON nor valid TOML ({str(exc)[:100]})"
        ) from None


def _digit_runs(line: str):
    run = 0
    for c in line:
        if c.isdigit() or c == "_":
            run += 1
        else:
            if run:
                yield "x" * run
            run = 0
    if run:
        yield "x" * run


def _no_dup_keys(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ExperimentError(E.NOT_JSON, detail=f"duplicate key {key[:40]!r}")
        out[key] = value
    return out


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ExperimentError(E.NOT_JSON, detail=f"an integer of {len(text)} digits")
    return int(text)


def _check_tree(obj: Any, path: str, level: int) -> None:
    """Depth, finite numbers and plain types everywhere (TOML dates are refused here)."""
    if level > MAX_DEPTH:
        raise ExperimentError(E.TOO_DEEP, allowed=MAX_DEPTH)
    if isinstance(obj, dict):
        for k, v in obj.items():
            _check_tree(v, f"{path}.{k}" if path else str(k), level + 1)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            _check_tree(v, f"{path}[{i}]", level + 1)
    elif isinstance(obj, float) and not math.isfinite(obj):
        raise ExperimentError(E.NOT_FINITE, path, obj)
    elif not isinstance(obj, (str, int, float, bool)) and obj is not None:
        raise ExperimentError(
            E.WRONG_TYPE, path, type(obj).__name__, "text, a number, true/false, a list or a table"
        )
