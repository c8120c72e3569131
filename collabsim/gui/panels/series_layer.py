"""One graphics item that draws every series of a chart from cached paths (bands, lines, grid).

A chart with 20 departments has about 80 curves and bands. As separate pyqtgraph items each
redraw cost its own bookkeeping (bounds, pixel padding, exception guards), and after new data
every curve rebuilt its path while being painted: about 30 ms of a lever change with 20
departments. Here the paths are built once per result with :func:`pyqtgraph.arrayToQPath`
(numpy, no Python loop over points) and the whole chart is one ``paint`` call that strokes or
fills them in order, in data coordinates with cosmetic (pixel-wide) pens.

A first answer from fewer runs than the scenario's (the controller's provisional answer) is
marked with a note in the chart's top-left corner (:meth:`SeriesLayer.set_note`).

Antialiased lines wider than one pixel are the raster engine's slow case (0.4 ms for a 37-point
line 3 px wide); on screen such a line is drawn as five 1-pixel antialiased strokes offset by a
pixel (2.5x faster, measured interleaved, and alike to the eye). Exports (pyqtgraph's export
mode, SVG) get the true wide pen, scaled to the export's resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

GRID = (0.2, 0.4, 0.6, 0.8)  # horizontal reference lines (cheaper than the axis grid)
GRID_PEN = pg.mkPen("#e3e3e3", width=1)
#: device-pixel offsets of the 1-pixel strokes that draw a wide antialiased line on screen
OFFSETS = ((0.0, 0.0), (0.0, -1.0), (0.0, 1.0), (-0.9, 0.0), (0.9, 0.0))
#: a chart with more wide lines than this draws each with the vertical offsets only
CROWDED = 8
NOTE_PEN = QPen(QColor("#8a5a00"))  # the provisional badge: dark amber on white
NOTE_BRUSH = QBrush(QColor(255, 255, 255, 230))


@dataclass(frozen=True)
class Stroke:
    """A path drawn with one pen (a line) or one brush (a band)."""

    kind: str  # "band", "replicate", "baseline" or "median"
    series: int  # index of the series it belongs to
    path: QPainterPath
    pen: QPen | None
    brush: QBrush | None
    antialias: bool
    x: np.ndarray  # the data, kept for tests and tools
    y: np.ndarray


def line(x: np.ndarray, y: np.ndarray) -> QPainterPath:
    return pg.arrayToQPath(np.asarray(x, float), np.asarray(y, float), connect="all")


def band(x: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> QPainterPath:
    xs = np.concatenate([x, x[::-1]]).astype(float)
    path = pg.arrayToQPath(xs, np.concatenate([lo, hi[::-1]]).astype(float), connect="all")
    path.closeSubpath()
    return path


class SeriesLayer(pg.GraphicsObject):
    """Draws its strokes in order over x in [0, x_max] and y in [0, 1]."""

    def __init__(self) -> None:
        super().__init__()
        self.strokes: tuple[Stroke, ...] = ()
        self._rect = QRectF(0.0, 0.0, 1.0, 1.0)
        self.note = ""  # drawn in the top-left corner (a provisional answer), plain text
        self.note_font = QFont()  # the chart's tick-label size (set by the chart)
        self.note_font.setBold(True)

    def set_note(self, note: str) -> None:
        if note != self.note:
            self.note = note
            self.update()

    def set_strokes(self, strokes: list[Stroke], x_max: float) -> None:
        """Replace everything drawn (one repaint)."""
        rect = QRectF(0.0, 0.0, max(float(x_max), 1e-9), 1.0)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.strokes = tuple(strokes)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(self._rect)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):  # noqa: N802 - pyqtgraph API
        r = self._rect
        return (r.left(), r.right()) if ax == 0 else (r.top(), r.bottom())

    def paint(self, p: QPainter, *args) -> None:
        r = self._rect
        export = self._exportOpts or {}  # pyqtgraph's export mode (set while exporting)
        scale = float(export.get("resolutionScale", 1.0)) if export else 1.0
        true_pens = bool(export) or p.paintEngine().type() != QPaintEngine.Type.Raster
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(_scaled(GRID_PEN, scale))
        for y in GRID:
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        base = p.worldTransform()
        wide = sum(1 for s in self.strokes if s.antialias and s.pen is not None and s.pen.widthF() > 1.0)
        offsets = OFFSETS[:3] if wide > CROWDED else OFFSETS
        for s in self.strokes:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, s.antialias)
            p.setBrush(s.brush if s.brush is not None else Qt.BrushStyle.NoBrush)
            if s.pen is None:
                p.setPen(Qt.PenStyle.NoPen)
                p.drawPath(s.path)
            elif s.antialias and s.pen.widthF() > 1.0 and not true_pens:
                thin = QPen(s.pen)
                thin.setWidthF(1.0)
                p.setPen(thin)
                for dx, dy in offsets:
                    p.setWorldTransform(base * QTransform.fromTranslate(dx, dy))
                    p.drawPath(s.path)
                p.setWorldTransform(base)
            else:
                p.setPen(_scaled(s.pen, scale))
                p.drawPath(s.path)
        if self.note:
            self._paint_note(p, base)

    def _paint_note(self, p: QPainter, base: QTransform) -> None:
        """The note as a badge in device pixels in the chart's top-left corner (y = 1 is the
        top), on a white ground so that it reads over the lines; elided to the chart's width."""
        left, right = base.map(QPointF(self._rect.left(), 1.0)), base.map(QPointF(self._rect.right(), 1.0))
        fm = QFontMetricsF(self.note_font)
        text = fm.elidedText(self.note, Qt.TextElideMode.ElideRight, max(right.x() - left.x() - 20, 40))
        box = QRectF(left.x() + 4, left.y() + 3, fm.horizontalAdvance(text) + 10, fm.height() + 4)
        p.setWorldTransform(QTransform())
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setPen(NOTE_PEN)
        p.setBrush(NOTE_BRUSH)
        p.drawRect(box)
        p.setFont(self.note_font)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, text)
        p.setWorldTransform(base)


def _scaled(pen: QPen, scale: float) -> QPen:
    if scale == 1.0:
        return pen
    wide = QPen(pen)
    wide.setWidthF(pen.widthF() * scale)
    return wide
