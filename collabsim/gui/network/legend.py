"""Colours of the network view and its legend, drawn once into a pixmap (never per frame).

The exposure colour map runs from light to dark red (ColorBrewer "Reds", colour-blind safe and
readable in greyscale). Event colours come from :mod:`collabsim.gui.common.colours` (shared
with the event log).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen, QPixmap

from collabsim.engine import codes as C
from collabsim.gui.common.colours import EVENT_COLOURS, EVENT_ORDER

#: ColorBrewer Reds (9 classes), light -> dark
REDS = ("#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15",
        "#67000d")
LUT_SIZE = 101

INK = QColor("#1a1a1a")
TIE = QColor(70, 90, 120)
FLOW = QColor("#b2182b")
EFFORT = QColor("#1f4e9c")
TRACK = QColor("#d9d9d9")
ATTENTION = QColor("#6a3d9a")
AUTHORITY = QColor(230, 167, 0, 170)
LEAD_STAR = QColor("#e6a700")
#: the superior's attention bar: this task, rival tasks (alternating), central task, emergency,
#: other business (items in the order of Results.shares)
SHARE_THIS = ATTENTION
SHARE_RIVALS = (QColor("#7f7f7f"), QColor("#b0b0b0"))
SHARE_CENTRAL = QColor("#b8860b")
SHARE_EMERGENCY = EVENT_COLOURS[C.EMERGENCY]
SHARE_OTHER = QColor("#e6e6e6")


def share_colours(rivals: int) -> list[QColor]:
    """Colours of the attention bar's segments for ``rivals`` rival tasks."""
    return ([SHARE_THIS] + [SHARE_RIVALS[k % 2] for k in range(rivals)]
            + [SHARE_CENTRAL, SHARE_EMERGENCY, SHARE_OTHER])


def _lerp(a: QColor, b: QColor, f: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                           a.blueF() + (b.blueF() - a.blueF()) * f)


def exposure_colour(value: float) -> QColor:
    """Colour of exposure ``value`` in [0, 1] on the light-to-dark red scale."""
    v = min(1.0, max(0.0, float(value))) * (len(REDS) - 1)
    i = min(int(v), len(REDS) - 2)
    return _lerp(QColor(REDS[i]), QColor(REDS[i + 1]), v - i)


def tie_colour(strength: float) -> QColor:
    """Opaque colour of a tie: light grey-blue when weak, dark slate when strong."""
    return _lerp(QColor("#dde3ea"), QColor("#4a5d78"), min(1.0, max(0.0, strength)))


def exposure_brushes() -> list[QBrush]:
    """``LUT_SIZE`` brushes for exposure 0, 0.01, ..., 1 (index = round(100 * exposure))."""
    return [QBrush(exposure_colour(k / (LUT_SIZE - 1))) for k in range(LUT_SIZE)]


def legend_rows() -> list[str]:
    return [
        QCoreApplication.translate("NetworkView", "Node size: resources"),
        QCoreApplication.translate("NetworkView", "Blue ring: effort"),
        QCoreApplication.translate("NetworkView", "Line width: tie strength"),
        QCoreApplication.translate("NetworkView", "Red dots: exposure spreading"),
        QCoreApplication.translate("NetworkView", "Star: lead department"),
        QCoreApplication.translate("NetworkView", "Arrow width: superior's attention"),
        QCoreApplication.translate("NetworkView", "Gold halo: lead's authority"),
        QCoreApplication.translate(
            "NetworkView", "Bar: where a tier's attention goes (this task, rival tasks, central task, "
            "emergency, other business)"),
        QCoreApplication.translate(
            "NetworkView", "Pale box: the tier the lead does not seek (政府 or 党委); rival tasks may "
            "seek it"),
        QCoreApplication.translate(
            "NetworkView", "逐级 / 越级: the lead seeks the government, or goes over its head to the "
            "party committee"),
    ]


def legend_width(font: QFont, event_labels: dict[int, str]) -> float:
    """The width the legend needs to show every row unelided."""
    fm = QFontMetricsF(font)
    texts = legend_rows() + list(event_labels.values())
    return max(fm.horizontalAdvance(s) for s in texts) + fm.height() + 40


def draw_legend(width: float, font: QFont, small: QFont, event_labels: dict[int, str],
                ratio: float = 1.0) -> QPixmap:
    """The legend as a pixmap ``width`` logical pixels wide (height as needed); long rows elided."""
    fm = QFontMetricsF(font)
    line = fm.height() + 6
    rows = legend_rows()
    height = line * (4.15 + len(rows) + len(EVENT_ORDER)) + 22
    pix = QPixmap(int(width * ratio), int(height * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(200, 200, 200), 1.5))
    p.setBrush(QColor(255, 255, 255, 235))
    p.drawRoundedRect(QRectF(1, 1, width - 2, height - 2), 8, 8)
    x0, y = 12.0, 10.0
    bold = QFont(font)
    bold.setBold(True)
    p.setFont(bold)
    p.setPen(INK)
    text_w = width - 2 * x0
    p.drawText(QRectF(x0, y, text_w, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               QCoreApplication.translate("NetworkView", "Accountability exposure"))
    y += line
    grad = QLinearGradient(x0, 0, width - x0, 0)
    for k, c in enumerate(REDS):
        grad.setColorAt(k / (len(REDS) - 1), QColor(c))
    p.setPen(QPen(INK, 1.2))
    p.setBrush(QBrush(grad))
    p.drawRect(QRectF(x0, y, text_w, line * 0.7))
    y += line * 0.75
    p.setFont(small)
    p.drawText(QRectF(x0, y, text_w, line), Qt.AlignmentFlag.AlignLeft, "0")
    p.drawText(QRectF(x0, y, text_w, line), Qt.AlignmentFlag.AlignHCenter, "0.5")
    p.drawText(QRectF(x0, y, text_w, line), Qt.AlignmentFlag.AlignRight, "1")
    y += line * 1.1
    p.setFont(font)
    icon = line * 0.8
    tx = x0 + icon + 10
    for k, text in enumerate(rows):
        c = QPointF(x0 + icon / 2, y + line / 2)
        _legend_icon(p, k, c, icon)
        p.setPen(INK)
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, width - tx - 8)
        p.drawText(QRectF(tx, y, width - tx - 6, line), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter, text)
        y += line
    y += line * 0.3
    p.setFont(bold)
    p.setPen(INK)
    p.drawText(QRectF(x0, y, text_w, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               QCoreApplication.translate("NetworkView", "Events this step"))
    y += line
    p.setFont(small)
    for code in EVENT_ORDER:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(EVENT_COLOURS[code])
        p.drawRoundedRect(QRectF(x0, y + line * 0.2, icon, line * 0.6), 4, 4)
        p.setPen(INK)
        text = QFontMetricsF(small).elidedText(event_labels.get(code, ""), Qt.TextElideMode.ElideRight,
                                               width - tx - 8)
        p.drawText(QRectF(tx, y, width - tx - 6, line), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter, text)
        y += line
    p.end()
    return pix


def _legend_icon(p: QPainter, kind: int, c: QPointF, size: float) -> None:
    r = size / 2
    p.setBrush(Qt.BrushStyle.NoBrush)
    if kind == 0:  # node size
        p.setPen(QPen(INK, 1.2))
        p.setBrush(QColor(REDS[3]))
        p.drawEllipse(QPointF(c.x() - r * 0.45, c.y()), r * 0.35, r * 0.35)
        p.drawEllipse(QPointF(c.x() + r * 0.35, c.y()), r * 0.6, r * 0.6)
    elif kind == 1:  # effort ring
        p.setPen(QPen(TRACK, 4))
        p.drawEllipse(c, r * 0.75, r * 0.75)
        p.setPen(QPen(EFFORT, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawArc(QRectF(c.x() - r * 0.75, c.y() - r * 0.75, 1.5 * r, 1.5 * r), 90 * 16, -270 * 16)
    elif kind == 2:  # tie strength
        for k, w in enumerate((1.5, 3.5, 6.0)):
            p.setPen(QPen(tie_colour(0.2 + 0.4 * k), w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            yy = c.y() - r * 0.6 + k * r * 0.6
            p.drawLine(QPointF(c.x() - r, yy), QPointF(c.x() + r, yy))
    elif kind == 3:  # flow dots
        p.setPen(QPen(TIE, 2))
        p.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()))
        p.setPen(QPen(QColor("white"), 1.5))
        p.setBrush(FLOW)
        p.drawEllipse(QPointF(c.x() - r * 0.3, c.y()), r * 0.3, r * 0.3)
        p.drawEllipse(QPointF(c.x() + r * 0.5, c.y()), r * 0.2, r * 0.2)
    elif kind == 4:  # lead star
        p.setPen(QPen(INK, 1))
        p.setBrush(LEAD_STAR)
        p.drawPolygon(star_polygon(c, r, r * 0.45))
    elif kind == 5:  # attention arrow
        p.setPen(QPen(ATTENTION, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r * 0.2))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ATTENTION)
        p.drawPolygon([QPointF(c.x() - r * 0.55, c.y() + r * 0.1), QPointF(c.x() + r * 0.55, c.y() + r * 0.1),
                       QPointF(c.x(), c.y() + r)])
    elif kind == 6:  # authority halo
        p.setPen(QPen(AUTHORITY, 6))
        p.drawEllipse(c, r * 0.75, r * 0.75)
    elif kind == 7:  # the superior's attention bar
        x, p_w = c.x() - r, 2 * r
        p.setPen(Qt.PenStyle.NoPen)
        for colour, share in zip(share_colours(1), (0.35, 0.2, 0.15, 0.1, 0.2), strict=True):
            p.setBrush(colour)
            p.drawRect(QRectF(x, c.y() - r * 0.3, p_w * share, r * 0.6))
            x += p_w * share
        p.setPen(QPen(INK, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(c.x() - r, c.y() - r * 0.3, p_w, r * 0.6))
    elif kind == 8:  # the tier not sought: a pale box
        p.setOpacity(0.5)
        p.setPen(QPen(INK, 1.2))
        p.setBrush(QColor("#f2f2f2"))
        p.drawRoundedRect(QRectF(c.x() - r, c.y() - r * 0.6, 2 * r, r * 1.2), r * 0.3, r * 0.3)
        p.setOpacity(1.0)
    elif kind == 9:  # the route's tag beside the arrow
        p.setPen(QPen(ATTENTION, 1.2))
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(c.x() - r, c.y() - r * 0.45, 2 * r, r * 0.9), r * 0.2, r * 0.2)
        p.setPen(QPen(ATTENTION, 2))
        p.drawLine(QPointF(c.x() - r * 0.6, c.y()), QPointF(c.x() + r * 0.6, c.y()))


def star_polygon(c: QPointF, outer: float, inner: float) -> list[QPointF]:
    """A five-pointed star centred on ``c``."""
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = outer if k % 2 == 0 else inner
        pts.append(QPointF(c.x() + rr * math.cos(a), c.y() + rr * math.sin(a)))
    return pts
