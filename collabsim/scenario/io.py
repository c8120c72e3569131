"""Reading, validating and writing scenario files (JSON, ``.collabsim``).

Loading never raises anything but :class:`ScenarioError`; saving is atomic
(:mod:`collabsim.atomic`) and keeps the last different version as ``<name>.bak``.
"""

from __future__ import annotations

import json
import math
import os
import unicodedata
from dataclasses import MISSING, fields, is_dataclass
from pathlib import Path
from typing import Any

from collabsim.atomic import ReadOnlyError, WriteReport, atomic_write, resolve
from collabsim.scenario import classroom_io, jsonparse
from collabsim.scenario import errors as E
from collabsim.scenario.errors import ScenarioError
from collabsim.scenario.jsonparse import MAX_DEPTH, MAX_INT_DIGITS, printable  # noqa: F401
from collabsim.scenario.migrate import migrate
from collabsim.scenario.model import (
    FORMAT_VERSION,
    MAX_DEPARTMENTS,
    Department,
    Scenario,
)

MAX_FILE_BYTES = 2_000_000


def load_scenario(path: str | os.PathLike) -> Scenario:
    """Read and validate a scenario file."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise ScenarioError(E.UNREADABLE, reason="not_a_file")
        if size > MAX_FILE_BYTES:
            raise ScenarioError(E.TOO_LARGE, detail=f"{size:,}", allowed=MAX_FILE_BYTES)
        with p.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except ScenarioError:
        raise
    except FileNotFoundError:
        raise ScenarioError(E.NOT_FOUND, detail=str(p)) from None
    except OSError as exc:
        raise ScenarioError(E.UNREADABLE, reason=exc.strerror or type(exc).__name__,
                            os_errno=exc.errno) from None
    except ValueError:  # e.g. a NUL character in the path
        raise ScenarioError(E.UNREADABLE, reason="bad_name") from None
    return loads(raw)


def loads(raw: bytes | str) -> Scenario:
    """Parse and validate scenario JSON given as bytes or text."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise ScenarioError(E.TOO_LARGE, detail=f"{len(raw):,}", allowed=MAX_FILE_BYTES)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ScenarioError(E.NOT_UTF8, detail=str(exc.start)) from None
    else:
        text = raw.removeprefix("\ufeff")
    return scenario_from_dict(jsonparse.parse(text))


def scenario_from_dict(data: Any) -> Scenario:
    """Validate a plain dict (as read from JSON) and build a :class:`Scenario`."""
    if not isinstance(data, dict):
        raise ScenarioError(E.WRONG_TYPE, "(top level)", data, "object", found=kind(data))
    deep = jsonparse._deep_path(data, 0, "")
    if deep is not None:
        raise ScenarioError(E.TOO_DEEP, deep, allowed=MAX_DEPTH)
    if "format_version" not in data:
        raise ScenarioError(E.MISSING_FIELD, "format_version")
    version = data["format_version"]
    if isinstance(version, float) and not math.isfinite(version):
        raise ScenarioError(E.NOT_FINITE, "format_version", version)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError(E.WRONG_TYPE, "format_version", version, "integer", found=kind(version))
    if version > FORMAT_VERSION:
        raise ScenarioError(E.FUTURE_VERSION, "format_version", version, FORMAT_VERSION)
    if version < 1:
        raise ScenarioError(E.BAD_VERSION, "format_version", version, (1, FORMAT_VERSION))
    body = migrate({k: v for k, v in data.items() if k != "format_version"}, version)
    scenario = _build(Scenario, body, "")
    _check_departments(scenario)
    classroom_io.check_sections(scenario)
    return scenario


def _build(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise ScenarioError(E.WRONG_TYPE, path or "(top level)", data, "object", found=kind(data))
    names = [f.name for f in fields(cls)]
    for key in data:
        if key not in names:
            raise ScenarioError(E.UNKNOWN_FIELD, _join(path, printable(str(key))),
                                allowed=", ".join(names))
    kwargs = {}
    for f in fields(cls):
        where = _join(path, f.name)
        if f.name not in data:
            continue  # the dataclass default applies
        value = data[f.name]
        if f.name == "departments":
            kwargs[f.name] = _build_departments(value, where)
        elif "section" in f.metadata:  # story, assignment, submission
            kwargs[f.name] = classroom_io.build_section(f.metadata["section"], value, where,
                                                         _check_value)
        elif is_dataclass(_field_type(cls, f)):
            kwargs[f.name] = _build(_field_type(cls, f), value, where)
        else:
            kwargs[f.name] = _check_value(dict(f.metadata), value, where)
    return cls(**kwargs)


def _field_type(cls: type, f: Any) -> Any:
    default = f.default_factory() if f.default_factory is not MISSING else f.default
    return type(default) if is_dataclass(default) else None


def _build_departments(value: Any, path: str) -> tuple[Department, ...]:
    if not isinstance(value, list):
        raise ScenarioError(E.WRONG_TYPE, path, value, "departments", found=kind(value))
    if len(value) > MAX_DEPARTMENTS:
        raise ScenarioError(E.TOO_MANY, path, detail=str(len(value)), allowed=MAX_DEPARTMENTS)
    if len(value) < 2:
        raise ScenarioError(E.TOO_FEW, path, detail=str(len(value)), allowed=2)
    return tuple(_build(Department, item, f"{path}[{i}]") for i, item in enumerate(value))


def name_key(name: str) -> str:
    """What makes two department names the same to a reader: Unicode compatibility forms
    folded (NFKC), invisible format characters (U+200B zero-width space, U+200D, U+FEFF, ...)
    removed, runs of white space collapsed and trimmed."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def _check_departments(s: Scenario) -> None:
    leads = [i for i, d in enumerate(s.departments) if d.lead]
    if not leads:
        raise ScenarioError(E.NO_LEAD, "departments")
    if len(leads) > 1:
        raise ScenarioError(E.MANY_LEADS, "departments", detail=", ".join(map(str, leads)))
    seen: dict[str, int] = {}
    for i, d in enumerate(s.departments):
        for field_name in ("name", "name_en"):
            text = getattr(d, field_name)
            if text.strip() and not name_key(text):  # e.g. only U+200B: looks empty, is not
                raise ScenarioError(E.BLANK_NAME, f"departments[{i}].{field_name}", text)
        key = name_key(d.name) or name_key(d.name_en)
        if not key:
            raise ScenarioError(E.MISSING_FIELD, f"departments[{i}].name")
        if key in seen:
            raise ScenarioError(E.DUPLICATE_NAME, f"departments[{i}].name", d.name or d.name_en,
                                detail=str(seen[key]))
        seen[key] = i


def _check_value(spec: dict, value: Any, path: str) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        raise ScenarioError(E.NOT_FINITE, path, value)  # NaN, Infinity: in any field
    if "bool" in spec:
        if not isinstance(value, bool):
            raise ScenarioError(E.WRONG_TYPE, path, value, "boolean", found=kind(value))
        return value
    if "choices" in spec:
        if not isinstance(value, str) or value not in spec["choices"]:
            raise ScenarioError(E.BAD_CHOICE, path, value, ", ".join(spec["choices"]))
        return value
    if "text" in spec:  # a plain-text field (LocalText fields are built as dataclasses above)
        if not isinstance(value, str):
            raise ScenarioError(E.WRONG_TYPE, path, value, "text", found=kind(value))
        if len(value) > spec["text"]:
            raise ScenarioError(E.TOO_LONG, path, detail=str(len(value)), allowed=spec["text"])
        value = value.replace("\r\n", "\n").replace("\r", "\n")  # Windows / old Mac line ends
        for i, c in enumerate(value):
            o = ord(c)
            if 0xD800 <= o < 0xE000:  # a lone surrogate cannot be saved as UTF-8
                raise ScenarioError(E.BAD_SURROGATE, path, value, detail=f"U+{o:04X}", column=i + 1)
            if o < 32 and c not in "\n\t" or 0x7F <= o < 0xA0:
                raise ScenarioError(E.BAD_TEXT, path, value, detail=f"U+{o:04X}", column=i + 1)
        return value
    lo, hi = spec["range"]
    if spec.get("integer"):
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise ScenarioError(E.WRONG_TYPE, path, value, "integer", found=kind(value))
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(E.WRONG_TYPE, path, value, "number", found=kind(value))
    if not lo <= value <= hi:  # before float(): a huge int would overflow
        raise ScenarioError(E.OUT_OF_RANGE, path, value, (lo, hi))
    return value if spec.get("integer") else float(value)


def kind(value: Any) -> str:
    """The kind of a JSON value, as a code (errors.KIND_WORDS words it)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float):
        return "number" if math.isfinite(value) else "not_finite"
    if isinstance(value, int):
        return "integer"
    return {dict: "object", list: "list", str: "text"}.get(type(value), "object")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def dumps(scenario: Scenario) -> str:
    """The scenario as pretty, diff-friendly JSON text."""
    return json.dumps(scenario.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def save_scenario(scenario: Scenario, path: str | os.PathLike, backup: bool = True,
                  overwrite_readonly: bool = False) -> WriteReport:
    """Write atomically (:func:`collabsim.atomic.atomic_write`) and keep the last different
    version as ``<name>.bak``; returns the :class:`~collabsim.atomic.WriteReport` (its
    ``backup_error`` says when the backup could not be written).

    A symbolic link is followed (its target is saved). A read-only file is refused with
    READ_ONLY unless ``overwrite_readonly`` (ask the user first). On any failure the existing
    file is untouched and :class:`ScenarioError` is raised: WRITE_FAILED when there was a file,
    WRITE_FAILED_NEW when there was none. A scenario that would not load again (a value out of
    range, NaN, ...) is refused with the loader's error before anything is written.
    """
    target = Path(path)
    data = dumps(scenario_from_dict(_plain_for_check(scenario))).encode("utf-8")
    try:
        return atomic_write(target, data, backup=backup, overwrite_readonly=overwrite_readonly)
    except ReadOnlyError:
        raise ScenarioError(E.READ_ONLY, str(target)) from None
    except (OSError, ValueError) as exc:  # ValueError: e.g. a NUL character in the path
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        code = E.WRITE_FAILED if _exists(resolve(target)) else E.WRITE_FAILED_NEW
        raise ScenarioError(code, str(target), detail=detail) from None


def _exists(path: Path) -> bool:
    try:
        path.stat()
    except (OSError, ValueError):
        return False
    return True


def _plain_for_check(scenario: Scenario) -> Any:
    """``scenario.to_dict()``, or a marker the validator rejects if it cannot even be built."""
    try:
        return scenario.to_dict()
    except Exception:  # noqa: BLE001 - not a Scenario at all
        return None
