"""Translations: complete catalogues, compiled .qm up to date, live language switch."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_helpers import reset_window

from collabsim import presets
from collabsim.gui.common import i18n, labels

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{\d[^}]*\}")


def messages(lang: str):
    tree = ET.parse(I18N / f"collabsim_{lang}.ts")
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg.findtext("source"), msg.find("translation")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_source_string_has_a_translation(lang):
    found = list(messages(lang))
    assert len(found) > 200
    for ctx, source, tr in found:
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), (ctx, source)
        assert (tr.text or "").strip(), (ctx, source)
        # placeholders survive translation
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(tr.text)), (ctx, source)


def test_chinese_translations_are_chinese():
    for ctx, source, tr in messages("zh_CN"):
        if len(re.findall(r"[A-Za-z]", source)) >= 3 and "(*" not in source:
            assert CJK.search(tr.text), (ctx, source, tr.text)


def test_catalogues_and_compiled_qm_are_up_to_date():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    assert update_translations.check() == [], "run: python tools/update_translations.py"
    for lang in i18n.LANGUAGES:
        assert i18n.qm_path(lang).stat().st_size > 1000


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_language_switch_is_live(shared_window):
    w = reset_window(shared_window, presets.load_preset("case_c"))
    assert w.file_menu.title() == "&File"
    assert w.levers.groups["assessment"].title() == "Assessment"
    assert w.indicators.form_value.text() == "Tight"
    w.set_language("zh_CN")
    assert i18n.current_language() == "zh_CN"
    assert w.file_menu.title() == "文件(&F)"
    assert w.levers.groups["assessment"].title() == "考核"
    assert w.indicators.form_value.text() == "紧密"
    assert "第" in w.playback.step_label.text()
    assert "责任到人" in w.levers.levers["responsibility.attribution"].combo.currentText()
    assert w.language_actions["zh_CN"].isChecked()
    assert "县扶贫办" in w.plots.key.text()  # department names follow the language
    w.set_language("en")
    assert w.file_menu.title() == "&File"
    assert w.indicators.form_value.text() == "Tight"
    assert "Poverty alleviation office" in w.plots.key.text()


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_form_names_translate(shared_window):
    reset_window(shared_window, lang="zh_CN")
    assert [labels.form_label(c) for c in range(4)] == ["松散", "不规则", "紧密", "共谋"]
    assert labels.step_unit("week") == "周"
    i18n.install_language("en")
    assert [labels.form_label(c) for c in range(4)] == ["Loose", "Irregular", "Tight", "Collusive"]


def test_system_locale_picks_the_default(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.preferred_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.preferred_language() == "en"
