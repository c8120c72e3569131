"""The documentation view shows the model docs, navigates by headings and survives missing files."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QUrl  # noqa: E402

from collabsim.gui.common import fonts  # noqa: E402
from collabsim.gui.panels.docs_view import DocsView, slug  # noqa: E402
from collabsim.paths import resource_dir  # noqa: E402

SAMPLE = """# Title

Intro text.

## First part

{filler}

See [the second part](#second-part-b).

## Second part (B)

Target paragraph.

### Detail

More.
"""


@pytest.fixture
def docs(tmp_path):
    filler = "\n\n".join(f"Paragraph {k} of filler text." for k in range(120))
    (tmp_path / "model_en.md").write_text(SAMPLE.format(filler=filler), encoding="utf-8")
    (tmp_path / "model_zh.md").write_text("# 模型说明\n\n## 第一节\n\n正文。\n", encoding="utf-8")
    return tmp_path


def _view(qtbot, docs_dir=None) -> DocsView:
    fonts.register_fonts()
    v = DocsView(docs_dir=docs_dir)
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_shipped_docs_in_both_languages(qtbot):
    assert (resource_dir() / "docs" / "model_zh.md").is_file()
    v = _view(qtbot)
    assert v.found()
    zh = v.headings()
    assert len(zh) >= 5 and zh[0][0] == 1
    assert "模型" in v.browser.toPlainText()
    v.set_language("en")
    assert v.found() and v.language() == "en"
    assert v.headings() != zh
    assert "ODD" in v.browser.toPlainText()


def test_headings_build_a_nested_table_of_contents(qtbot, docs):
    v = _view(qtbot, docs)
    v.set_language("en")
    assert v.headings() == [(1, "Title"), (2, "First part"), (2, "Second part (B)"), (3, "Detail")]
    root = v.toc.topLevelItem(0)
    assert v.toc.topLevelItemCount() == 1 and root.text(0) == "Title"
    assert [root.child(k).text(0) for k in range(root.childCount())] == ["First part", "Second part (B)"]
    assert root.child(1).child(0).text(0) == "Detail"


def test_clicking_a_heading_scrolls_to_it(qtbot, docs):
    v = _view(qtbot, docs)
    v.set_language("en")
    bar = v.browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    item = v.toc.topLevelItem(0).child(1)
    v._go_to_item(item)
    assert bar.value() > 0
    assert v.browser.textCursor().block().text() == "Second part (B)"


def test_anchor_link_jumps_to_the_heading(qtbot, docs):
    v = _view(qtbot, docs)
    v.set_language("en")
    assert slug("Second part (B)") == "second-part-b"
    v.browser.anchorClicked.emit(QUrl("#second-part-b"))
    assert v.browser.textCursor().block().text() == "Second part (B)"
    assert v.browser.verticalScrollBar().value() > 0


def test_missing_documentation_shows_a_message(qtbot, tmp_path):
    v = _view(qtbot, tmp_path / "nowhere")
    assert not v.found()
    assert v.headings() == []
    assert "model_zh.md" in v.browser.toPlainText()
    assert "not found" in v.browser.toPlainText()


def test_chinese_docs_and_text_size_and_find(qtbot, docs):
    v = _view(qtbot, docs)
    assert v.headings() == [(1, "模型说明"), (2, "第一节")]
    v.set_point_size(20)
    assert v.browser.document().defaultFont().pointSizeF() == 20
    v.set_point_size(200)
    assert v.point_size() == 32
    v.find_edit.setText("正文")
    assert v.find_next()
    assert v.browser.textCursor().selectedText() == "正文"
    v.find_edit.setText("absent words")
    assert not v.find_next()
