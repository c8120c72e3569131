"""Horizontal bar chart of the parts of one department's effort decision (QPainter, no axes).

One row per component: a colour swatch (the component's line colour in the time-series plot),
its translated name, a bar from zero to the ensemble mean (positive parts in a blue family,
negative parts in a red family), a black diamond at the animated run's value, and the mean as a
number. In a narrow dock each name goes on its own line above its bar. The value range is fixed
by the caller (over the whole run) so that bars do not rescale while playing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

#: one shade per component in each family (credit ... baseline)
POSITIVE = ("#08519c", "#2171b5", "#4292c6", "#3182bd", "#6baed6", "#1c6aa8", "#4a8fc9")
NEGATIVE = ("#a50f15", "#cb181d", "#d94801", "#e6550d", "#ef3b2c", "#b2182b", "#d6604d")
#: distinct line colours for the time-series plot (shown as swatches beside the names)
#: one colour per decision component (codes.COMPONENTS), in order
LINE_COLOURS = ("#1f77b4", "#2ca02c", "#9467bd", "#17becf", "#bcbd22", "#ff7f0e", "#d62728",
                "#8c564b", "#e377c2")  # the last: shared identity (party building, an extension)


class ComponentBars(QWidget):
    """Paints rows ``names[i]``: bar = ``mean[i]``, diamond = ``replicate[i]`` on [lo, hi]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.mean = np.zeros(0)
        self.replicate: np.ndarray | None = None
        self.lo, self.hi = -1.0, 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_data(self, names: list[str], mean: np.ndarray, replicate: np.ndarray | None,
                 lo: float, hi: float) -> None:
        self.names = list(names)
        self.mean = np.asarray(mean, dtype=float)
        self.replicate = None if replicate is None else np.asarray(replicate, dtype=float)
        self.lo, self.hi = min(lo, 0.0), max(hi, 0.0)
        if self.hi - self.lo < 1e-9:
            self.lo, self.hi = -1.0, 1.0
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------------ geometry
    def compact_at(self, width: int) -> bool:
        """Narrow (a docked panel): each name goes on its own line above its bar."""
        return width < self._label_width() + self._value_width() + 240

    def _compact(self) -> bool:
        return self.compact_at(self.width())

    def _name_height(self) -> int:
        return int(self.fontMetrics().height() * 1.15)

    def _row_height(self, compact: bool | None = None) -> int:
        compact = self._compact() if compact is None else compact
        bar = int(self.fontMetrics().height() * 1.55)
        return bar - 8 + self._name_height() if compact else bar

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(n) for n in self.names), default=80)
        return widest + fm.height() + 12  # swatch and gaps

    def _value_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("−0.00") + 10

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return max(len(self.names), 7) * self._row_height(self.compact_at(width)) + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self._label_width() + self._value_width() + 240
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._value_width() + 160, self.heightForWidth(self._value_width() + 160))

    def bar_rect(self, row: int) -> QRectF:
        """Where the bar of ``row`` is drawn (tests and hit-testing)."""
        x0, x1 = self._plot_span()
        h = self._row_height()
        zero = self._x(0.0, x0, x1)
        end = self._x(float(self.mean[row]), x0, x1)
        name_h = self._name_height() if self._compact() else 0
        bar_h = h - name_h
        top = 4 + row * h + name_h + bar_h * 0.18
        return QRectF(min(zero, end), top, abs(end - zero), bar_h * 0.64)

    def _plot_span(self) -> tuple[float, float]:
        left = self.fontMetrics().height() if self._compact() else self._label_width()
        right = self.width() - self._value_width()
        return float(left + 6), float(max(right - 6, left + 20))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.compact_at(event.size().width()) != self.compact_at(event.oldSize().width()):
            self.updateGeometry()  # the height depends on the layout of the rows
        super().resizeEvent(event)

    def _x(self, v: float, x0: float, x1: float) -> float:
        v = min(max(v, self.lo), self.hi)
        return x0 + (v - self.lo) / (self.hi - self.lo) * (x1 - x0)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        h = self._row_height()
        compact = self._compact()
        name_h = self._name_height() if compact else 0
        bar_h = h - name_h
        x0, x1 = self._plot_span()
        zero = self._x(0.0, x0, x1)
        text_pen = QPen(self.palette().text().color())
        label_w = self.width() - 12 if compact else self._label_width()
        for i, name in enumerate(self.names):
            top = 4 + i * h
            if i % 2:
                p.fillRect(QRectF(0, top, self.width(), h), QColor(0, 0, 0, 12))
            sw = fm.height() * 0.6
            label_h = name_h if compact else h
            colour = QColor(LINE_COLOURS[i % len(LINE_COLOURS)])
            p.fillRect(QRectF(4, top + (label_h - sw) / 2, sw, sw), colour)
            p.setPen(text_pen)
            p.drawText(QRectF(8 + sw, top, label_w - sw - 8, label_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
            if i >= len(self.mean):
                continue
            v = float(self.mean[i])
            colour = QColor((POSITIVE if v >= 0 else NEGATIVE)[i % 7])
            p.fillRect(self.bar_rect(i), colour)
            mid = top + name_h + bar_h / 2
            if self.replicate is not None and i < len(self.replicate):
                self._diamond(p, self._x(float(self.replicate[i]), x0, x1), mid, bar_h * 0.3)
            p.setPen(text_pen)
            p.drawText(QRectF(x1 + 6, top + name_h, self._value_width(), bar_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{v:+.2f}".replace("-", "−"))
        p.setPen(QPen(QColor("#333333"), 1.5))
        p.drawLine(QPointF(zero, 2), QPointF(zero, 4 + len(self.names) * h + 2))
        p.end()

    @staticmethod
    def _diamond(p: QPainter, x: float, y: float, r: float) -> None:
        p.setPen(QPen(QColor("white"), 1.2))
        p.setBrush(QColor("#111111"))
        p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r * 0.7, y), QPointF(x, y + r),
                                 QPointF(x - r * 0.7, y)]))
