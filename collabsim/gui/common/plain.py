"""Text from files and file names shown literally where Qt would guess rich text (tooltips).

QToolTip, QMessageBox's static functions and item tooltips render a string as HTML whenever
``Qt.mightBeRichText`` says it could be: a department name such as ``<img src=...><h1>Agri``
would load a local image. :func:`literal` turns any string into rich text that displays exactly
those characters.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def literal(text: str) -> str:
    """``text`` as rich text that shows its characters literally (line breaks kept)."""
    if not text:
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)
