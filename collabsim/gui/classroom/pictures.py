"""Pictures of the run for slides, handouts and reports: a title, the department key, the network
with its legend and the plots, drawn at the size asked for (not a screenshot of the window).

    image = compose(window, QSize(1920, 1080))          # PNG, clipboard
    write_picture(window, path)                        # format from the suffix: .png or .svg

Fresh, hidden views are laid out at the picture's size (so text stays legible at 1920x1080)
and painted with QPainter, into a QImage for PNG or a QSvgGenerator for SVG (vector paths and
text). Department names and titles are drawn as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from collabsim.gui.common import fonts, i18n, labels
from collabsim.gui.document import dialogs
from collabsim.gui.network.panel import NetworkPanel
from collabsim.gui.network.view import NetworkView
from collabsim.gui.panels.indicators import FORM_COLOURS
from collabsim.gui.panels.plots import PlotsPanel

translate = QCoreApplication.translate
SLIDES = QSize(1920, 1080)
PICTURE = QSize(1800, 1100)
WHOLE, NETWORK = "whole", "network"
FORMATS = ("png", "svg")


def _hidden(widget: QWidget, size: QSize) -> QWidget:
    """Lay ``widget`` out at ``size`` without putting it on a screen."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(size)
    widget.show()
    QCoreApplication.processEvents()
    return widget


def title_text(window, step: int | None = None) -> str:
    """'<scenario title> · Tight · Month 18 of 36' (``step``: default the playback's)."""
    s = window.document.scenario()
    c = window.controller
    step = c.step() if step is None else step
    res = c.results()
    parts = [s.meta.title.get(i18n.short_code()) or window.document.title(i18n.short_code())
             or translate("Pictures", "Untitled")]
    if res is not None:
        parts.append(labels.form_label(res.modal_form()))
    parts.append(labels.step_text(step, c.horizon(), s.task.step_unit))
    return translate("Pictures", " · ", "separator in a picture's title").join(parts)


def paint(window, p: QPainter, size: QSize, what: str = WHOLE) -> None:
    """Paint the picture of ``window``'s run with ``p`` onto an area of ``size``."""
    w, h = size.width(), size.height()
    p.fillRect(QRect(0, 0, w, h), QColor("white"))
    c = window.controller
    res = c.results()
    pos = c.position()  # taken once: playback may go on while the views are laid out
    title_h = max(48, h // 16)
    font = fonts.ui_font(title_h * 0.42, bold=True)
    font.setPixelSize(int(title_h * 0.5))
    p.setFont(font)
    p.setPen(QColor("#1a1a1a"))
    p.drawText(QRectF(24, 0, w - 48, title_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               title_text(window, int(pos)))
    if res is not None:
        form = res.modal_form()
        p.fillRect(QRect(0, title_h - 6, w, 6), QColor(FORM_COLOURS[form]))
    small = fonts.ui_font()
    small.setPixelSize(max(14, title_h // 4))
    p.setFont(small)
    p.setPen(QColor("#777777"))
    p.drawText(QRectF(24, 0, w - 48, title_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
               translate("Pictures", "collabsim, after Wang Zheng (2023)"))
    body = QRect(0, title_h + 8, w, h - title_h - 8)
    net_w = body.width() if what == NETWORK else int(body.width() * 0.42)
    network = NetworkView(None, i18n.short_code())
    panel = NetworkPanel(network)  # the view with its legend in full (beside it when wide)
    try:
        panel.legend.setVisible(True)
        _hidden(panel, QSize(net_w, body.height()))
        network.set_results(res)
        network.set_step(pos)
        QCoreApplication.processEvents()
        panel.render(p, body.topLeft())
    finally:
        panel.deleteLater()
    if what == NETWORK:
        return
    plots = PlotsPanel(c)
    try:
        _hidden(plots, QSize(body.width() - net_w - 8, body.height()))
        plots.refresh()
        plots.render(p, QPoint(body.left() + net_w + 8, body.top()))
    finally:
        c.frame.disconnect(plots.refresh)
        plots.deleteLater()


def compose(window, size: QSize = SLIDES, what: str = WHOLE) -> QImage:
    """The picture as an image of exactly ``size`` pixels."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(1.0)
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint(window, p, size, what)
    finally:
        p.end()
    return image


def picture_format(path: str | Path, chosen: str = "png") -> str:
    """'png' or 'svg' from ``path``'s suffix; ``chosen`` when it has neither."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else chosen


def write_picture(window, path: str | Path, size: QSize = PICTURE, what: str = WHOLE) -> Path:
    """Write the picture to ``path`` as PNG or SVG, chosen by its suffix."""
    path = Path(path)
    if picture_format(path) == "svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(size)
        gen.setViewBox(QRect(QPoint(0, 0), size))
        gen.setTitle(title_text(window))
        gen.setResolution(96)
        p = QPainter(gen)
        try:
            paint(window, p, size, what)
        finally:
            p.end()
    else:
        if not compose(window, size, what).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
    return path


def copy_to_clipboard(window, size: QSize = SLIDES) -> QImage:
    image = compose(window, size)
    QGuiApplication.clipboard().setImage(image)
    return image



# ------------------------------------------------------------------ the File menu's commands
def _ask(window, caption: str, name: str, png_only: bool) -> tuple[Path, str] | None:
    png = translate("Pictures", "PNG image (*.png)")
    svg = translate("Pictures", "SVG image (*.svg)")
    filters = png if png_only else f"{png};;{svg}"
    start = dialogs.start_dir() / f"{name}.png"
    chosen, selected = QFileDialog.getSaveFileName(window, caption, str(start), filters)
    if not chosen:
        return None
    fmt = "png" if png_only else picture_format(chosen, "svg" if selected == svg else "png")
    path = dialogs.with_suffix(chosen, fmt, () if png_only else FORMATS)
    dialogs.remember_folder(path)
    return path, fmt


def _write(window, path: Path, size: QSize, what: str) -> Path | None:
    try:
        write_picture(window, path, size, what)
    except OSError as exc:
        QMessageBox.critical(window, translate("Pictures", "Cannot write the picture"),
                             translate("Pictures", "{0} was not written ({1}).").format(path.name, exc))
        return None
    window.statusBar().showMessage(translate("Pictures", "Wrote {0}").format(path.name), 5000)
    return path


def ask_export_picture(window) -> Path | None:
    """File > Export picture: PNG or SVG by the suffix chosen (the file type's when none)."""
    window.controller.wait()
    name = dialogs.suggested_name(window.document.scenario(), "collabsim")
    found = _ask(window, translate("Pictures", "Export picture"), name, png_only=False)
    return None if found is None else _write(window, found[0], PICTURE, WHOLE)


def ask_export_slides(window, what: str = WHOLE) -> Path | None:
    """File > Export for slides: a 1920x1080 PNG of the whole view or of the network with legend."""
    window.controller.wait()
    extra = translate("Pictures", "network") if what == NETWORK else translate("Pictures", "slide")
    name = dialogs.suggested_name(window.document.scenario(), "collabsim", extra)
    found = _ask(window, translate("Pictures", "Export for slides"), name, png_only=True)
    return None if found is None else _write(window, found[0], SLIDES, what)
