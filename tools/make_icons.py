"""Render the SVG icons in resources/icons/ to PNG sizes, .ico (Windows) and .icns (macOS).

    python tools/make_icons.py

Qt's QSvgRenderer (PySide6.QtSvg) draws each size from the SVG, so small sizes are rendered,
not downscaled; Pillow (a build-only dependency, the ``build`` extra) packs them into the
multi-size .ico and .icns containers. The outputs are committed, so the app can set its window
icon and the installers can use them without running this tool.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
#: icon name -> PNG sizes written as ``NAME-SIZE.png``
ICONS = {"collabsim": (16, 24, 32, 48, 64, 128, 256, 512), "collabsim-doc": (16, 32, 48, 64, 128, 256, 512)}
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts/painting need one)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def outputs(name: str) -> list[Path]:
    return [ICON_DIR / f"{name}-{s}.png" for s in ICONS[name]] + [
        ICON_DIR / f"{name}.ico", ICON_DIR / f"{name}.icns"]


def make(name: str) -> list[Path]:
    """Write every PNG size, the .ico and the .icns for ``resources/icons/NAME.svg``."""
    from PIL import Image

    svg = ICON_DIR / f"{name}.svg"
    sizes = sorted(set(ICONS[name]) | set(ICO_SIZES) | set(ICNS_SIZES))
    pngs = {s: render_png(svg, s) for s in sizes}
    for s in ICONS[name]:
        (ICON_DIR / f"{name}-{s}.png").write_bytes(pngs[s])
    images = {s: Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in sizes}
    big = images[max(ICO_SIZES)]
    big.save(ICON_DIR / f"{name}.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
             append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    biggest = images[max(ICNS_SIZES)]
    biggest.save(ICON_DIR / f"{name}.icns", format="ICNS",
                 append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    return outputs(name)


def main(argv: list[str]) -> int:
    for name in ICONS:
        for path in make(name):
            print(f"wrote {path.relative_to(ICON_DIR.parent.parent)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
