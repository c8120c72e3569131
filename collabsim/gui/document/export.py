"""Export the plots (PNG via pyqtgraph's ImageExporter, SVG via QSvgGenerator) and data (CSV).

pyqtgraph 0.14.0's SVGExporter fails on every plot with Qt 6.11 (it cannot parse the path data
Qt writes: "not enough values to unpack"), so SVG is rendered by Qt's own generator from the
plot scene: vector paths and text, the same picture as on screen. A PNG name without the
suffix gets it (pyqtgraph's exporter silently writes nothing without one). The File menu's
composed pictures (title, key, network, plots) are in :mod:`collabsim.gui.classroom.pictures`;
:func:`ask_export_data` adds the file dialog for the data.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph.exporters as pgx
from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from collabsim.engine import Results
from collabsim.gui.document import dialogs

translate = QCoreApplication.translate


def export_png(item, path: str | Path, width: int = 1800) -> Path:
    """Render ``item`` into a PNG ``width`` pixels wide; returns the path written (suffix added)."""
    path = dialogs.with_suffix(path, "png")
    exporter = pgx.ImageExporter(item)
    exporter.parameters()["width"] = int(width)
    exporter.export(str(path))
    return path


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


def ask_export_data(parent: QWidget, results: Results) -> Path | None:
    """Ask for a file name (in the documents folder, named after the scenario) and write
    ``results`` as CSV; the path (``.csv`` added when missing) or None."""
    name = dialogs.suggested_name(results.scenario, "collabsim")
    path = dialogs.save_path(parent, translate("Export", "Export data"), name, "csv",
                             translate("Export", "CSV table (*.csv)"))
    if path is None:
        return None
    export_csv(results, path)
    return path
