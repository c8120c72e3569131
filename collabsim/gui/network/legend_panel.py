"""The network's legend as a panel beside or below the view: every row in full, wrapping, scrollable.

The painted legend inside the view had to elide its rows ("Arrow width: superior's atte…") and
had no row for the dashed joint-operation arc; this panel lists every symbol of the view with
the same icons, word-wrapped at any width and scrolled when the dock is short. Texts are plain.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from collabsim.engine import codes as C
from collabsim.gui.common import colours, i18n, labels, zoom
from collabsim.gui.network import legend as L

translate = QCoreApplication.translate


def legend_entries() -> list[tuple[str, str]]:
    """(icon kind, text) of every symbol the network view draws, in reading order."""
    rows = L.legend_rows()
    kinds = ["size", "effort", "ties", "flows", "star", "arrow", "halo", "shares", "tier", "route"]
    out = [("exposure", translate("NetworkView", "Colour: accountability exposure (light 0 – dark 1)"))]
    out += list(zip(kinds, rows, strict=True))
    out.append(("arc", translate("NetworkView",
                                 "Dashed arc: a joint operation this step (green: every partner came; "
                                 "orange: some stayed away)")))
    return out


def icon(kind: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The legend icon ``kind`` (an entry of :func:`legend_entries` or an event code) as a pixmap."""
    w = size * 2 if kind in ("exposure", "arc") or isinstance(kind, int) else size
    pix = QPixmap(int(w * ratio), int(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QPointF(w / 2, size / 2)
    if kind == "exposure":
        grad = QLinearGradient(0, 0, w, 0)
        for k, col in enumerate(L.REDS):
            grad.setColorAt(k / (len(L.REDS) - 1), QColor(col))
        p.setPen(QPen(L.INK, 1))
        p.setBrush(QBrush(grad))
        p.drawRect(QRectF(1, size * 0.2, w - 2, size * 0.6))
    elif kind == "arc":
        arcs = (L.EVENT_COLOURS[C.JOINT_OP_HELD], L.EVENT_COLOURS[C.JOINT_OP_INCOMPLETE])
        for k, colour in enumerate(arcs):
            p.setPen(QPen(colour, 3, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawArc(QRectF(k * w / 2 + 2, 2, w / 2 - 4, size * 1.6), 0, 180 * 16)
    elif isinstance(kind, int):  # an event tag
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(L.EVENT_COLOURS.get(kind, L.INK))
        p.drawRoundedRect(QRectF(1, size * 0.15, w - 2, size * 0.7), size * 0.35, size * 0.35)
    else:
        order = ["size", "effort", "ties", "flows", "star", "arrow", "halo", "shares", "tier", "route"]
        L._legend_icon(p, order.index(kind), c, size * 0.9)
    p.end()
    return pix


class LegendPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_legend")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(48)  # it scrolls
        self._inner = QWidget()
        self._inner.setAutoFillBackground(True)
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(8, 6, 8, 6)
        self._grid.setHorizontalSpacing(10)
        self._grid.setColumnStretch(1, 1)
        self.setWidget(self._inner)
        self.texts: list[QLabel] = []
        i18n.notifier().language_changed.connect(self.rebuild)
        zoom.notifier().zoom_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self, *_args) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.texts = []
        size = max(16, self.fontMetrics().height())
        ratio = self.devicePixelRatioF()
        row = 0
        for heading, entries in (
                (None, legend_entries()),
                (translate("NetworkView", "Events this step"),
                 [(code, labels.event_label(code)) for code in colours.EVENT_ORDER])):
            if heading:
                cap = QLabel(heading)
                font = cap.font()
                font.setBold(True)
                cap.setFont(font)
                self._grid.addWidget(cap, row, 0, 1, 2)
                row += 1
            for kind, text in entries:
                pic = QLabel()
                pic.setPixmap(icon(kind, size, ratio))
                pic.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
                lab = QLabel(text)
                lab.setWordWrap(True)  # every row in full, at any width
                lab.setTextFormat(Qt.TextFormat.PlainText)
                self._grid.addWidget(pic, row, 0)
                self._grid.addWidget(lab, row, 1)
                self.texts.append(lab)
                row += 1
        self._grid.setRowStretch(row, 1)
