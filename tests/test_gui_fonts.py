"""The shipped CJK font registers and really draws Chinese glyphs (not boxes), offscreen too."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QRawFont  # noqa: E402

from collabsim.gui.common import fonts  # noqa: E402
from collabsim.paths import resource_dir  # noqa: E402

TITLE = "部门间协作模拟器"


def _render(text: str, family: str) -> QImage:
    image = QImage(64 * len(text), 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(48)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no fallback to system fonts
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(4, 60), text)
    painter.end()
    return image


def _ink(image: QImage) -> int:
    return sum(
        1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).value() < 128
    )


def test_font_file_and_licence_are_shipped():
    folder = resource_dir() / "fonts"
    font_file = folder / "NotoSansSC-Subset.otf"
    assert font_file.is_file()
    assert 1_000_000 < font_file.stat().st_size < 14_000_000  # 11.7 MB: GBK + Ext A + Big5-HKSCS
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL.txt").read_text(encoding="utf-8")


def test_register_fonts_returns_the_cjk_family(qapp):
    families = fonts.register_fonts()
    assert fonts.SHIPPED_CJK_FAMILY in families
    assert fonts.register_fonts() == families  # idempotent
    assert fonts.ui_font_family() == fonts.SHIPPED_CJK_FAMILY
    assert fonts.ui_font(14, bold=True).pointSizeF() == 14


def test_font_supports_chinese_characters(qapp):
    fonts.register_fonts()
    font = QFont(fonts.SHIPPED_CJK_FAMILY)
    metrics = QFontMetrics(font)
    raw = QRawFont.fromFont(font)
    assert raw.isValid()
    assert raw.familyName() == fonts.SHIPPED_CJK_FAMILY
    for ch in TITLE + "主责配合任务部署方，。“”":
        assert metrics.inFontUcs4(ord(ch)), ch
        assert raw.supportsCharacter(ord(ch)), ch
    # a character outside the subset really is missing: the check can fail
    assert not raw.supportsCharacter(0x20000)


def test_chinese_renders_as_distinct_glyphs_not_boxes(qapp):
    fonts.register_fonts()
    family = fonts.SHIPPED_CJK_FAMILY
    a, b = _render("部", family), _render("协", family)
    assert _ink(a) > 20 and _ink(b) > 20
    assert a != b  # two characters give two different pixel patterns
    # a box (tofu) would look the same for any two missing characters
    box1, box2 = _render("\U00020000", family), _render("\U00020001", family)
    assert box1 == box2
    assert a != box1
    width = QFontMetrics(QFont(family)).horizontalAdvance(TITLE)
    assert width > 0


def test_the_shipped_file_itself_has_the_glyphs(qapp):
    """Checked on the file, not by family name, so a system-wide Noto CJK cannot mask a bad file."""
    data = (resource_dir() / "fonts" / "NotoSansSC-Subset.otf").read_bytes()
    raw = QRawFont(data, 32)
    assert raw.isValid()
    assert all(raw.supportsCharacter(ord(ch)) for ch in TITLE + "ABC,.，。")
    glyphs = raw.glyphIndexesForString("部协")
    assert len(glyphs) == 2 and glyphs[0] != glyphs[1] and 0 not in glyphs
    paths = [raw.pathForGlyph(g) for g in glyphs]
    assert all(not p.isEmpty() for p in paths)
    assert paths[0].boundingRect() != paths[1].boundingRect() or paths[0] != paths[1]


#: names people type that GB2312 lacked (issue 13 item 6): Zhu Rongji's 镕, 喆, 昇, 珺, the
#: traditional 臺灣 of Taiwan names, Hong Kong's 邨 and 峯, and the euro sign
NAMES = ("朱镕基", "王喆", "李昇", "张珺", "臺灣大學", "香港屯門邨", "林峯", "€ 100")


def _glyph_image(raw: QRawFont, text: str) -> QImage:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QGlyphRun

    run = QGlyphRun()
    run.setRawFont(raw)
    glyphs = raw.glyphIndexesForString(text)
    run.setGlyphIndexes(glyphs)
    advances = raw.advancesForGlyphIndexes(glyphs)
    x, positions = 4.0, []
    for adv in advances:
        positions.append(QPointF(x, 40.0))
        x += adv.x()
    run.setPositions(positions)
    image = QImage(int(x) + 8, 56, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    painter.drawGlyphRun(QPointF(0, 0), run)
    painter.end()
    return image


@pytest.mark.parametrize("name", NAMES)
def test_names_outside_gb2312_render_with_the_shipped_font(qapp, name):
    """Drawn from the shipped file's own glyphs (a system CJK font cannot mask a gap): every
    character has a glyph of its own, with ink, unlike the box drawn for a missing one."""
    raw = QRawFont((resource_dir() / "fonts" / "NotoSansSC-Subset.otf").read_bytes(), 32)
    glyphs = raw.glyphIndexesForString(name.replace(" ", ""))
    assert 0 not in glyphs, [ch for ch, g in zip(name.replace(" ", ""), glyphs, strict=True) if g == 0]
    box = _glyph_image(raw, "\U00020000")  # outside the subset: the .notdef box
    for ch in name.replace(" ", ""):
        image = _glyph_image(raw, ch)
        assert _ink(image) > 10 and image != box, ch
