"""The committed icons (tools/make_icons.py output) exist, have the right sizes and match the SVG."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT / "tools"))
import make_icons  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("name", sorted(make_icons.ICONS))
def test_png_sizes_exist_and_are_square(qapp, name):
    from PySide6.QtGui import QImage

    for size in make_icons.ICONS[name]:
        image = QImage(str(ICON_DIR / f"{name}-{size}.png"))
        assert not image.isNull(), f"{name}-{size}.png missing or unreadable"
        assert (image.width(), image.height()) == (size, size)
        # transparent corner (rounded/ page shape), opaque centre: really drawn, not blank
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


@pytest.mark.parametrize("name", sorted(make_icons.ICONS))
def test_ico_holds_every_windows_size(name):
    data = (ICON_DIR / f"{name}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h = struct.unpack_from("<BB", data, 6 + 16 * i)
        sizes.add(w or 256)  # 0 means 256 in the ICO directory
    assert sizes == set(make_icons.ICO_SIZES)


@pytest.mark.parametrize("name", sorted(make_icons.ICONS))
def test_icns_is_a_mac_icon_file(name):
    data = (ICON_DIR / f"{name}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)


def test_committed_png_matches_the_svg(qapp):
    """The 32 px PNG is what the SVG renders to now (re-run tools/make_icons.py after editing)."""
    from PySide6.QtGui import QImage

    fresh = QImage.fromData(make_icons.render_png(ICON_DIR / "collabsim.svg", 32), "PNG")
    committed = QImage(str(ICON_DIR / "collabsim-32.png"))
    fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
    committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
    diff = max(
        abs(fresh.pixelColor(x, y).red() - committed.pixelColor(x, y).red())
        for x in range(32) for y in range(32)
    )
    assert diff <= 8
