"""Loader messages say what and where (issue 13 item 15): duplicate keys with their field path
and line, null as null, limits as people write them, surrogates and NaN by name, the depth
check's field, invisible names; and in the Chinese interface every word is Chinese."""

from __future__ import annotations

import json
import re

import pytest

from collabsim.presets import load_preset
from collabsim.scenario import ScenarioError, dumps, loads
from collabsim.scenario import errors as E


@pytest.fixture(scope="module")
def base_text() -> str:
    return dumps(load_preset("default"))


def _err(text) -> ScenarioError:
    with pytest.raises(ScenarioError) as info:
        loads(text)
    return info.value


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_duplicate_key_names_the_field_path_and_line(base_text):
    text = _replace(base_text, '"weight": ', '"weight": 0.9,\n    "weight": ')
    err = _err(text)
    assert err.code == E.DUPLICATE_KEY and err.path == "assessment.weight"
    lines = text.splitlines()
    assert lines[err.line - 1].strip().startswith('"weight"') and err.line == next(
        i for i, line in enumerate(lines, 1) if line.strip().startswith('"weight"')) + 1
    assert "assessment.weight" in str(err) and f"line {err.line}" in str(err)


def test_duplicate_key_inside_a_department(base_text):
    data = json.loads(base_text)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    name = data["departments"][1]["name"]
    text = _replace(text, f'"name": "{name}"', f'"name": "{name}",\n      "name": "x"')
    err = _err(text)
    assert err.path == "departments[1].name" and err.line is not None


@pytest.mark.parametrize("field", ['"weight": ', '"supervision": ', '"author": '])
def test_null_is_reported_as_null(base_text, field):
    start = base_text.index(field) + len(field)
    end = min(base_text.index(c, start) for c in ",\n" if c in base_text[start:])
    err = _err(base_text[:start] + "null" + base_text[end:])
    assert err.code == E.WRONG_TYPE and err.found == "null"
    assert "got null" in str(err) and "None" not in str(err)


def test_the_seed_limit_is_written_out(base_text):
    err = _err(_replace(base_text, '"seed": 1', '"seed": 4294967296'))
    assert err.code == E.OUT_OF_RANGE and "0 to 4,294,967,295" in str(err)
    assert "e+09" not in str(err)


def test_a_lone_surrogate_is_not_called_a_control_character(base_text):
    err = _err(_replace(base_text, '"author": "', '"author": "ab\\ud800'))
    assert err.code == E.BAD_SURROGATE and "surrogate" in str(err) and "control" not in str(err)
    assert err.detail == "U+D800"


@pytest.mark.parametrize("literal", ["NaN", "Infinity"])
def test_nan_in_any_field_is_not_finite(base_text, literal):
    for old in ('"author": "collabsim"', '"supervision": false', '"horizon": 36'):
        key = old.split(":")[0]
        err = _err(_replace(base_text, old, f"{key}: {literal}"))
        assert err.code == E.NOT_FINITE, (old, err)
        assert "finite" in str(err) and "float" not in str(err)


def test_the_depth_check_names_the_field(base_text):
    deep = "[" * 20 + "]" * 20
    err = _err(_replace(base_text, '"author": "collabsim"', f'"author": {deep}'))
    assert err.code == E.TOO_DEEP and err.path.startswith("meta.author[0][0]")
    too_deep_for_the_parser = "[" * 5000 + "]" * 5000
    err = _err(_replace(base_text, '"author": "collabsim"', f'"author": {too_deep_for_the_parser}'))
    assert err.code == E.TOO_DEEP and err.line is not None


def test_invisible_differences_do_not_make_names_different(base_text):
    data = json.loads(base_text)
    first = data["departments"][0]["name"]
    data["departments"][1]["name"] = first + "\u200b"
    err = _err(json.dumps(data, ensure_ascii=False))
    assert err.code == E.DUPLICATE_NAME and err.path == "departments[1].name"
    data["departments"][1]["name"] = "\uff21"  # full-width A equals A after NFKC
    data["departments"][0]["name"] = "A"
    assert _err(json.dumps(data, ensure_ascii=False)).code == E.DUPLICATE_NAME


def test_a_name_of_only_invisible_characters_is_refused(base_text):
    data = json.loads(base_text)
    data["departments"][1]["name"] = "\u200b"
    err = _err(json.dumps(data, ensure_ascii=False))
    assert err.code == E.BLANK_NAME and err.path == "departments[1].name"


def test_json_syntax_errors_are_codes(base_text):
    err = _err(_replace(base_text, '"seed": 1,', '"seed": 1'))
    assert err.code == E.NOT_JSON and err.reason == "expecting_comma" and err.line > 1
    assert _err("").reason == "empty" and _err("  ").reason == "empty"


# ---------------------------------------------------------------------------- the window's words
CASES = [
    ('"weight": ', '"weight": 0.9,\n    "weight": '),
    ('"seed": 1', '"seed": 4294967296'),
    ('"weight": 0.3', '"weight": null'),
    ('"author": "collabsim"', '"author": "ab\\ud800"'),
    ('"author": "collabsim"', '"author": NaN'),
    ('"author": "collabsim"', '"author": ' + "[" * 20 + "]" * 20),
    ('"seed": 1,', '"seed": 1'),
    ('"supervision": false', '"supervision": 3'),
]


@pytest.mark.gui
@pytest.mark.parametrize("old, new", CASES)
def test_chinese_messages_have_no_english_words(qapp, base_text, old, new):
    """Every word of a message in the Chinese interface is Chinese: the only Latin letters left
    are the field path in parentheses, codes such as U+D800, and the file's own values."""
    from collabsim.gui.common import i18n, labels

    err = _err(_replace(base_text, old, new))
    i18n.install_language("zh_CN")
    try:
        text = labels.error_message(err)
    finally:
        i18n.install_language("en")
    rest = text.replace(err.path, "") if err.path else text
    rest = re.sub(r"U\+[0-9A-F]{4}", "", rest)
    rest = rest.replace(repr(err.value), "") if err.value is not None else rest
    words = re.findall(r"[A-Za-z]{3,}", rest)
    assert not [w for w in words if w not in ("JSON", "UTF", "null", "true", "false", "NaN")], text
    assert re.search(r"[\u4e00-\u9fff]", text), text


@pytest.mark.gui
def test_the_field_is_named_by_its_label_with_the_path(qapp, base_text):
    from collabsim.gui.common import i18n, labels

    err = _err(_replace(base_text, '"seed": 1', '"seed": 4294967296'))
    i18n.install_language("en")
    text = labels.error_message(err)
    assert "(simulation.seed)" in text and "4,294,967,295" in text
    from collabsim.gui.common import lever_texts as texts

    assert texts.field_texts()["simulation.seed"][0] in text
