"""Export the plots (PNG via pyqtgraph's ImageExporter, SVG via QSvgGenerator) and data (CSV).

pyqtgraph 0.14.0's SVGExporter fails on every plot with Qt 6.11 (it cannot parse the path data
Qt writes: "not enough values to unpack"), so SVG is rendered by Qt's own generator from the
plot scene: vector paths and text, the same picture as on screen. :func:`ask_export_plots` and
:func:`ask_export_data` add the file dialogs of the File menu.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph.exporters as pgx
from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from collabsim.engine import Results

translate = QCoreApplication.translate


def export_png(item, path: str | Path, width: int = 1800) -> None:
    exporter = pgx.ImageExporter(item)
    exporter.parameters()["width"] = int(width)
    exporter.export(str(path))


def export_svg(item, path: str | Path, title: str = "collabsim") -> None:
    """Render ``item`` (a QGraphicsItem, e.g. the plots' layout) into an SVG file."""
    rect = item.sceneBoundingRect()
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(int(rect.width()), int(rect.height())))
    gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    gen.setTitle(title)
    painter = QPainter(gen)
    try:
        item.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()


def export_csv(results, path: str | Path) -> None:
    Path(path).write_text(results.to_csv(), encoding="utf-8")


def ask_export_plots(parent: QWidget, item, kind: str) -> Path | None:
    """Ask for a file name and export ``item`` as ``kind`` ('png' or 'svg'); the path or None."""
    if kind == "png":
        filt = translate("Export", "PNG image (*.png)")
    elif kind == "svg":
        filt = translate("Export", "SVG image (*.svg)")
    else:
        raise ValueError(f"unknown image kind {kind!r}")
    path, _ = QFileDialog.getSaveFileName(parent, translate("Export", "Export plots"),
                                          f"collabsim.{kind}", filt)
    if not path:
        return None
    (export_png if kind == "png" else export_svg)(item, path)
    return Path(path)


def ask_export_data(parent: QWidget, results: Results) -> Path | None:
    """Ask for a file name and write ``results`` as CSV; the path or None."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("Export", "Export data"), "collabsim.csv",
                                          translate("Export", "CSV table (*.csv)"))
    if not path:
        return None
    export_csv(results, path)
    return Path(path)
