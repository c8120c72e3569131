"""The fonts collabsim ships (resources/fonts/) and the CJK-capable family the interface uses.

A fresh Linux machine, or an offscreen test, may have no Chinese font at all; Qt then draws
Chinese text as boxes. :func:`register_fonts` adds every font in resources/fonts/ to Qt's font
database (once per process, after the QGuiApplication exists); :func:`ui_font_family` names the
family to use app-wide.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from collabsim.paths import resource_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
#: the family inside resources/fonts/NotoSansSC-Subset.otf
SHIPPED_CJK_FAMILY = "Noto Sans CJK SC"

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Register resources/fonts/*.ttf|otf with Qt; return the family names (idempotent).

    Needs a QGuiApplication. A missing or unreadable font file is logged, never raised.
    """
    global _registered
    if _registered is not None:
        return list(_registered)
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QGuiApplication")
    families: list[str] = []
    folder = resource_dir() / "fonts"
    paths = sorted(folder.glob("*")) if folder.is_dir() else []
    paths = [p for p in paths if p.suffix.lower() in FONT_SUFFIXES]
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not families:
        log.warning("no font registered from %s; Chinese text may show as boxes", folder)
    _registered = families
    return list(families)


def ui_font_family() -> str:
    """The CJK-capable family for the whole interface (the shipped one when it registered)."""
    families = register_fonts() if QGuiApplication.instance() is not None else (_registered or [])
    if SHIPPED_CJK_FAMILY in families:
        return SHIPPED_CJK_FAMILY
    if families:
        return families[0]
    return QFont().defaultFamily()


def ui_font(point_size: float | None = None, bold: bool = False) -> QFont:
    """A QFont in :func:`ui_font_family`, with the given point size (default: the app's)."""
    font = QFont(QGuiApplication.font()) if QGuiApplication.instance() is not None else QFont()
    font.setFamilies([ui_font_family(), *font.families()])
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
