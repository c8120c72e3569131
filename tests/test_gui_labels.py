"""Every engine code has its translated words and colours; an unknown code raises, never shows raw."""

from __future__ import annotations

import re

import pytest
from gui_helpers import GUI_MARKS

from collabsim.engine import codes as C
from collabsim.gui.app import create_application
from collabsim.gui.common import colours, i18n, labels
from collabsim.presets import PRESET_NAMES
from collabsim.scenario import model as M

pytestmark = GUI_MARKS
CJK = re.compile(r"[\u4e00-\u9fff]")
UNITS = M.field_spec(M.Task, "step_unit")["choices"]


def words() -> dict[str, str]:
    out = {}
    for code in C.EVENT_NAMES:
        out[f"event {code}"] = labels.event_label(code)
    for code in C.FORM_NAMES:
        out[f"form {code}"] = labels.form_label(code)
        out[f"form explanation {code}"] = labels.form_explanation(code)
    for name in C.COMPONENTS:
        out[f"component {name}"] = labels.component_label(name)
    for name in PRESET_NAMES:
        out[f"preset {name}"] = labels.preset_label(name)
    for unit in UNITS:
        out[f"unit {unit}"] = labels.step_unit(unit) + labels.step_unit(unit, 2)
        out[f"step {unit}"] = labels.step_text(3, 12, unit)
    return out


def test_every_code_has_words_in_both_languages():
    create_application([])
    i18n.install_language("en")
    english = words()
    try:
        i18n.install_language("zh_CN")
        chinese = words()
    finally:
        i18n.install_language("en")
    for key, text in english.items():
        assert text.strip(), key
        assert CJK.search(chinese[key]) and chinese[key] != text, (key, chinese[key])


def test_every_event_has_a_colour_and_a_place_in_the_legend():
    assert set(colours.EVENT_COLOURS) == set(C.EVENT_NAMES)
    assert sorted(colours.EVENT_ORDER) == sorted(C.EVENT_NAMES)
    assert set(colours.FORM_COLOURS) == set(C.FORM_NAMES)


def test_unknown_codes_raise():
    create_application([])
    for call in (lambda: labels.event_label(99), lambda: labels.form_label(99),
                 lambda: labels.form_explanation(99), lambda: labels.component_label("luck"),
                 lambda: labels.preset_label("case_z"), lambda: labels.step_unit("day"),
                 lambda: labels.step_text(1, 2, "day")):
        with pytest.raises(KeyError):
            call()
