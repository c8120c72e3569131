"""The classroom guide and the stories use the interface's words (issue 12: the guide named levers
by code, said 不稳定 where the app says 不规则 and "Press Run" where there is no Run button).

Every name quoted as an interface name -- 「…」 in Chinese, “…” in English -- in the teacher's
guide (resources/docs/classroom_*.md) and in the shipped stories must be a text the app shows in
that language: a lever, a choice, a panel, a key number, a form, a part of the explanation, a
preset. No lever is named by its code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from gui_helpers import GUI_MARKS, reset_window
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QMenu

from collabsim.engine import codes as C
from collabsim.gui.common import i18n, labels, lever_texts

pytestmark = GUI_MARKS
ROOT = Path(__file__).resolve().parent.parent
QUOTED = {"en": re.compile(r"“([^”]+)”"), "zh": re.compile(r"「([^」]+)」")}
CODE = re.compile(r"`?\b(task|departments|responsibility|assessment|controls|attention|simulation)\.[a-z_]+")


def _clean(text: str) -> str:
    return re.sub(r"\(&\w\)|&", "", " ".join(text.split()))


def interface_words(window) -> set[str]:
    """Every text the app shows in the current language (what a quoted name may be)."""
    words = {v[0] for v in lever_texts.field_texts().values()}
    words |= {v[0] for v in lever_texts.department_texts().values()}
    words |= set(lever_texts.choice_texts().values())
    words |= {labels.form_label(i) for i in C.FORM_NAMES}
    words |= {labels.component_label(c) for c in C.COMPONENTS}
    words |= {labels.event_label(c) for c in C.EVENT_NAMES}
    words |= {labels.preset_label(n) for n in ("default", "case_a", "case_b", "case_c")}
    words |= {d.windowTitle() for d in window.findChildren(QDockWidget)}
    for kind in (QLabel, QAbstractButton, QAction):
        words |= {w.text() for w in window.findChildren(kind)}
    words |= {m.title() for m in window.menuBar().findChildren(QMenu)}
    words |= {window.plots.charts[k].plot.titleLabel.text for k in window.plots.charts}
    return {_clean(w) for w in words if w}


def documents(lang: str) -> dict[str, str]:
    docs = {f"classroom_{lang}.md": (ROOT / "resources" / "docs" / f"classroom_{lang}.md").read_text("utf-8")}
    for path in sorted((ROOT / "resources" / "stories").glob("*.json")):
        story = json.loads(path.read_text("utf-8"))["story"]
        texts = [story["title"].get(lang, "")]
        for st in story["steps"]:
            texts += [st[k].get(lang, "") for k in ("title", "text", "question", "notes") if k in st]
        texts += [q.get(lang, "") for q in story.get("questions", [])]
        docs[path.name] = "\n".join(texts)
    return docs


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_quoted_names_are_the_interface_s_words(shared_window, lang):
    window = reset_window(shared_window)
    i18n.install_language("en" if lang == "en" else "zh_CN")
    try:
        QCoreApplication.processEvents()
        words = interface_words(window)
        wrong = {}
        for name, text in documents(lang).items():
            quoted = {_clean(q) for q in QUOTED[lang].findall(text)}
            unknown = sorted(q for q in quoted if q not in words and not _in_chart_title(q, words))
            codes = [m.group(0) for m in CODE.finditer(text)]
            if unknown or codes:
                wrong[name] = {"not in the interface": unknown, "lever codes": codes}
        assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)
    finally:
        i18n.install_language("en")


def _in_chart_title(name: str, words: set[str]) -> bool:
    """A plot named by its title ("Progress", 「投入」): the start of a chart title."""
    return any(w.startswith(f"<b>{name}") for w in words)


def test_the_guide_uses_no_old_words():
    zh = (ROOT / "resources" / "docs" / "classroom_zh.md").read_text("utf-8")
    en = (ROOT / "resources" / "docs" / "classroom_en.md").read_text("utf-8")
    for old in ("不稳定", "决策构成", "点击运行", "解释面板"):
        assert old not in zh, old
    for old in ("Press Run", "explanation panel"):
        assert old not in en, old
