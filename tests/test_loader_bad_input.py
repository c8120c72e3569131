"""Bad scenario files: each one gives a ScenarioError with the right code and field path.

Students hand in files edited by hand, truncated by e-mail, saved by other programs; teachers
open dozens of them. Nothing but :class:`ScenarioError` may come out of the loader (its speed on
the worst inputs is measured by benchmarks/bench_loader.py).
"""

from __future__ import annotations

import json

import pytest

from collabsim.presets import PRESET_NAMES, load_preset
from collabsim.scenario import ScenarioError, dumps, load_scenario, loads
from collabsim.scenario import errors as E
from collabsim.scenario.io import MAX_DEPTH, MAX_FILE_BYTES
from collabsim.scenario.model import FORMAT_VERSION, MAX_DEPARTMENTS, MAX_NAME


@pytest.fixture(scope="module")
def base() -> dict:
    return json.loads(dumps(load_preset("default")))


def _err(raw) -> ScenarioError:
    with pytest.raises(ScenarioError) as info:  # how fast: benchmarks/bench_loader.py
        loads(raw)
    assert str(info.value), "empty error message"
    return info.value


def _with(base: dict, path: str, value) -> str:
    """``base`` as JSON text with the value at dotted ``path`` replaced."""
    data = json.loads(json.dumps(base))
    *parents, last = path.split(".")
    node = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return json.dumps(data, ensure_ascii=False)


def _raw_with(base: dict, path: str, literal: str) -> str:
    """Like :func:`_with` but splices a raw JSON literal (NaN, 1e999, 10**5000 ...)."""
    marker = "__MARKER_7f3a__"
    return _with(base, path, marker).replace(json.dumps(marker), literal)


# ---------------------------------------------------------------------------- whole file
@pytest.mark.parametrize(("raw", "code"), [
    (b"", E.NOT_JSON),
    (b"   \n\t ", E.NOT_JSON),
    (b"\xef\xbb\xbf", E.NOT_JSON),
    (b"hello", E.NOT_JSON),
    (b'{"format_version": 1,', E.NOT_JSON),
    (b"\xff\xfe{\x00}\x00", E.NOT_UTF8),  # UTF-16
    ("{\"meta\": \"caf\u00e9\"}".encode("latin-1"), E.NOT_UTF8),
    (b"[1, 2]", E.WRONG_TYPE),
    (b'"text"', E.WRONG_TYPE),
    (b"null", E.WRONG_TYPE),
    (b"42", E.WRONG_TYPE),
    (b"{}", E.MISSING_FIELD),
    (b'{"format_version": 1, "format_version": 1}', E.DUPLICATE_KEY),
])
def test_broken_files(raw, code):
    assert _err(raw).code == code


def test_bom_is_accepted(base):
    text = json.dumps(base, ensure_ascii=False)
    assert loads(b"\xef\xbb\xbf" + text.encode()) == loads(text)
    assert loads("\ufeff" + text) == loads(text)


@pytest.mark.parametrize("opener,closer", [("[", "]"), ('{"a":', "}")])
def test_very_deep_nesting_is_refused_quickly(opener, closer):
    raw = opener * 100_000 + "1" * (opener == '{"a":') + closer * 100_000
    err = _err(raw)
    assert err.code == E.TOO_DEEP and err.allowed == MAX_DEPTH


def test_deep_nesting_inside_a_field(base):
    err = _err(_raw_with(base, "meta.author", "[" * 5000 + "]" * 5000))
    assert err.code == E.TOO_DEEP


def test_huge_input_is_refused_before_parsing():
    err = _err(b" " * (MAX_FILE_BYTES + 1))
    assert err.code == E.TOO_LARGE and err.allowed == MAX_FILE_BYTES


def test_huge_file_on_disk(tmp_path):
    path = tmp_path / "big.collabsim"
    with path.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES * 50)  # sparse: instant, and never read
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert info.value.code == E.TOO_LARGE


def test_directory_instead_of_file(tmp_path):
    with pytest.raises(ScenarioError) as info:
        load_scenario(tmp_path)
    assert info.value.code == E.UNREADABLE


def test_missing_file(tmp_path):
    with pytest.raises(ScenarioError) as info:
        load_scenario(tmp_path / "nope.collabsim")
    assert info.value.code == E.NOT_FOUND


def test_missing_folder(tmp_path):
    with pytest.raises(ScenarioError) as info:
        load_scenario(tmp_path / "gone" / "nope.collabsim")
    assert info.value.code == E.NOT_FOUND


def test_nul_in_path(tmp_path):
    with pytest.raises(ScenarioError) as info:
        load_scenario(str(tmp_path) + "/a\0b")
    assert info.value.code == E.UNREADABLE


def test_unreadable_file(tmp_path, monkeypatch):
    import errno
    import pathlib

    path = tmp_path / "locked.collabsim"
    path.write_text("{}")

    def denied(self, *a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(pathlib.Path, "open", denied)
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert info.value.code == E.UNREADABLE
    assert "Permission denied" in str(info.value)


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_presets_load_from_disk(name):
    assert load_preset(name).n_departments >= 2


# ---------------------------------------------------------------------------- versions
@pytest.mark.parametrize(("value", "code"), [
    (FORMAT_VERSION + 1, E.FUTURE_VERSION),
    (999, E.FUTURE_VERSION),
    (0, E.BAD_VERSION),
    (-1, E.BAD_VERSION),
    ("1", E.WRONG_TYPE),
    (True, E.WRONG_TYPE),
    (None, E.WRONG_TYPE),
    (1.5, E.WRONG_TYPE),
])
def test_format_version(base, value, code):
    err = _err(_with(base, "format_version", value))
    assert (err.code, err.path) == (code, "format_version")


def test_huge_version_number(base):
    err = _err(_raw_with(base, "format_version", "9" * 5000))
    assert (err.code, err.path) == (E.FUTURE_VERSION, "format_version")
    assert len(str(err)) < 300


# ---------------------------------------------------------------------------- values
@pytest.mark.parametrize(("path", "literal", "code"), [
    ("task.size", "NaN", E.NOT_FINITE),
    ("task.size", "Infinity", E.NOT_FINITE),
    ("task.size", "-Infinity", E.NOT_FINITE),
    ("task.size", "1e999", E.NOT_FINITE),
    ("task.size", "-1e999", E.NOT_FINITE),
    ("task.horizon", "1e999", E.NOT_FINITE),
    ("task.horizon", "NaN", E.NOT_FINITE),
    ("meta.author", "NaN", E.NOT_FINITE),  # was "wrong type 'float'" (issue 13 item 15)
    ("task.size", "1" + "0" * 400, E.OUT_OF_RANGE),  # would overflow float()
    ("task.size", "-" + "9" * 5000, E.OUT_OF_RANGE),
    ("task.horizon", "1" + "0" * 5000, E.OUT_OF_RANGE),  # above Python's int-conversion limit
    ("simulation.seed", "1" + "0" * 5000, E.OUT_OF_RANGE),
    ("meta.author", "1" + "0" * 5000, E.WRONG_TYPE),
    ("assessment.weight", "-0.0001", E.OUT_OF_RANGE),
    ("assessment.weight", "1.0000001", E.OUT_OF_RANGE),
    ("assessment.weight", "-1e308", E.OUT_OF_RANGE),
    ("task.horizon", "2001", E.OUT_OF_RANGE),
    ("task.horizon", "0", E.OUT_OF_RANGE),
    ("task.horizon", "3.5", E.WRONG_TYPE),
    ("task.deadline", "-1", E.OUT_OF_RANGE),
    ("simulation.replicates", "10001", E.OUT_OF_RANGE),
    ("simulation.seed", "-1", E.OUT_OF_RANGE),
    ("simulation.seed", str(2**32), E.OUT_OF_RANGE),
    ("departments.1.resources", "NaN", E.NOT_FINITE),
    ("departments.1.resources", "2", E.OUT_OF_RANGE),
])
def test_bad_numbers(base, path, literal, code):
    err = _err(_raw_with(base, path, literal))
    assert err.code == code
    assert err.path == path.replace("departments.1", "departments[1]")
    assert len(str(err)) < 300


def test_nan_constant_names_the_problem(base):
    """NaN written as a JSON constant is rejected while parsing, before the field is known."""
    err = _err(_raw_with(base, "task.size", "NaN"))
    assert "finite" in str(err)


@pytest.mark.parametrize(("path", "value", "code"), [
    ("task.size", True, E.WRONG_TYPE),
    ("task.horizon", False, E.WRONG_TYPE),
    ("assessment.weight", "0.5", E.WRONG_TYPE),
    ("assessment.weight", None, E.WRONG_TYPE),
    ("assessment.weight", [0.5], E.WRONG_TYPE),
    ("assessment.weight", {"v": 0.5}, E.WRONG_TYPE),
    ("controls.supervision", 1, E.WRONG_TYPE),
    ("controls.supervision", "true", E.WRONG_TYPE),
    ("departments.0.lead", 1, E.WRONG_TYPE),
    ("task.kind", "urgent", E.BAD_CHOICE),
    ("task.kind", 1, E.BAD_CHOICE),
    ("task.kind", "Routine", E.BAD_CHOICE),
    ("controls.reporting", None, E.BAD_CHOICE),
    ("meta.author", 5, E.WRONG_TYPE),
    ("meta.author", "x" * 201, E.TOO_LONG),
    ("meta.title", "plain", E.WRONG_TYPE),
    ("meta.title", [], E.WRONG_TYPE),
    ("meta.title.zh", 1, E.WRONG_TYPE),
    ("departments.0.name", "x" * (MAX_NAME + 1), E.TOO_LONG),
    ("task", [], E.WRONG_TYPE),
    ("task", None, E.WRONG_TYPE),
    ("departments", {}, E.WRONG_TYPE),
    ("departments", "abc", E.WRONG_TYPE),
    ("departments.1", "dept", E.WRONG_TYPE),
    ("departments.1", None, E.WRONG_TYPE),
])
def test_wrong_types(base, path, value, code):
    err = _err(_with(base, path, value))
    assert err.code == code
    assert err.path == path.replace("departments.0", "departments[0]").replace(
        "departments.1", "departments[1]")


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\ud800", "\udfff"])
@pytest.mark.parametrize("path", ["meta.author", "meta.title.zh", "departments.1.name",
                                  "meta.teacher_notes.en"])
def test_control_characters_in_text(base, path, char):
    raw = _with(base, path, f"a{char}b") if char < "\ud800" else _raw_with(
        base, path, json.dumps(f"a{char}b"))
    err = _err(raw)
    # a lone surrogate is not a control character: it is text that cannot be saved as UTF-8
    assert err.code == (E.BAD_SURROGATE if "\ud800" <= char <= "\udfff" else E.BAD_TEXT)
    assert err.path == path.replace("departments.1", "departments[1]")
    assert err.detail == f"U+{ord(char):04X}" and err.column == 2


def test_newlines_and_tabs_are_fine_in_notes(base):
    s = loads(_with(base, "meta.teacher_notes.zh", "第一行\n\t第二行"))
    assert s.meta.teacher_notes.zh == "第一行\n\t第二行"


def test_html_in_names_is_kept_literally(base):
    """Markup is data, not formatting; the loader keeps it and the GUI must show it literally."""
    s = loads(_with(base, "departments.1.name", "<b>bold</b><img src=x>"))
    assert s.departments[1].name == "<b>bold</b><img src=x>"


def test_unknown_fields(base):
    err = _err(_with(base, "task.colour", "red"))
    assert (err.code, err.path) == (E.UNKNOWN_FIELD, "task.colour")
    err = _err(_with(base, "departments.1.boss", True))
    assert (err.code, err.path) == (E.UNKNOWN_FIELD, "departments[1].boss")


@pytest.mark.parametrize("key", ["\ud800", "a\x00", "\x1b[31mred", "x" * 5000])
def test_unknown_field_names_are_escaped_in_messages(base, key):
    data = json.loads(json.dumps(base))
    data[key] = 1
    err = _err(json.dumps(data))
    assert err.code == E.UNKNOWN_FIELD
    message = str(err)
    message.encode("utf-8")  # printable: no lone surrogates
    assert message.isprintable()
    assert len(err.path) <= 80


def test_missing_parts_take_defaults():
    s = loads(b'{"format_version": 1}')
    assert s.n_departments >= 2


# ---------------------------------------------------------------------------- departments
def _depts(base: dict, items: list[dict]) -> str:
    data = json.loads(json.dumps(base))
    data["departments"] = items
    return json.dumps(data, ensure_ascii=False)


def _dept(i: int, lead: bool = False, **kw) -> dict:
    return {"name": f"部门{i}", "name_en": f"Dept {i}", "lead": lead, **kw}


def test_hundreds_of_departments(base):
    err = _err(_depts(base, [_dept(i, i == 0) for i in range(500)]))
    assert (err.code, err.path, err.allowed) == (E.TOO_MANY, "departments", MAX_DEPARTMENTS)


def test_the_maximum_number_of_departments_loads(base):
    s = loads(_depts(base, [_dept(i, i == 0) for i in range(MAX_DEPARTMENTS)]))
    assert s.n_departments == MAX_DEPARTMENTS


@pytest.mark.parametrize("n", [0, 1])
def test_too_few_departments(base, n):
    err = _err(_depts(base, [_dept(i, i == 0) for i in range(n)]))
    assert (err.code, err.path) == (E.TOO_FEW, "departments")


def test_no_lead(base):
    err = _err(_depts(base, [_dept(i) for i in range(3)]))
    assert (err.code, err.path) == (E.NO_LEAD, "departments")


def test_two_leads(base):
    err = _err(_depts(base, [_dept(0, True), _dept(1, True), _dept(2)]))
    assert (err.code, err.path) == (E.MANY_LEADS, "departments")
    assert "0, 1" in str(err)


@pytest.mark.parametrize("names", [("甲", "甲"), (" 甲", "甲 ")])
def test_duplicate_names(base, names):
    items = [_dept(0, True), {"name": names[0], "lead": False}, {"name": names[1], "lead": False}]
    err = _err(_depts(base, items))
    assert (err.code, err.path) == (E.DUPLICATE_NAME, "departments[2].name")


def test_nameless_department(base):
    items = [_dept(0, True), {"name": "  ", "name_en": "", "lead": False}]
    err = _err(_depts(base, items))
    assert (err.code, err.path) == (E.MISSING_FIELD, "departments[1].name")


@pytest.mark.parametrize("path", ["departments.1.name", "departments.1.name_en", "meta.author"])
def test_object_where_plain_text_expected(base, path):
    """Found by the fuzzer: {"name": {}} was taken for a bilingual text and crashed later."""
    err = _err(_with(base, path, {"zh": "甲", "en": "A"}))
    assert (err.code, err.path) == (E.WRONG_TYPE, path.replace("departments.1", "departments[1]"))


def test_windows_line_endings_in_notes_are_accepted_and_normalised():
    from collabsim.presets import load_preset
    from collabsim.scenario import dumps, loads

    text = dumps(load_preset("default")).replace('"author": "collabsim"',
                                                 '"author": "a\\r\\nb\\rc"')
    assert loads(text).meta.author == "a\nb\nc"
