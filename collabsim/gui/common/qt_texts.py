"""Translations of Qt's own dialog texts that Qt's shipped catalogue lacks.

Qt 6.11's file dialog asks for "&Look in:" and "Files of &type:", but the qtbase_zh_CN.qm that
comes with PySide6 still has the older "Look in:" and "Files of type:", so a Chinese Save dialog
showed those two labels in English. Listing the strings here puts them into collabsim's own
catalogue under Qt's contexts; Qt finds them there (every installed translator is asked).
``tests/test_gui_pictures.py`` checks that the whole dialog is Chinese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_dialog_texts() -> list[str]:
    """The strings (never called for their value: lupdate reads them from here)."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Drive"),
    ]
