"""Help > About: the version, and the licences of collabsim and of everything it ships.

The components and their licence texts come from ``resources/licenses/index.json``
(:mod:`collabsim.licenses`): Qt and PySide6 (LGPL-3.0), pyqtgraph, numpy, platformdirs, the
Noto Sans CJK font (OFL-1.1), Python, collabsim itself. Everything is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabsim import __version__, licenses


def component_words() -> dict[str, str]:
    """The translations of index.json's component names and notes (English there, the key here;
    a name or note without an entry is shown as it is: tests/test_gui_about.py checks there is
    none). The licence texts themselves stay in their original English."""
    translate = QCoreApplication.translate
    return {
        "Qt's libraries are used unmodified and dynamically linked (shared libraries inside PySide6); "
        "the LGPL-3.0 adds permissions to the GPL-3.0, so both texts are included. Qt's source: "
        "https://download.qt.io/official_releases/qt/": translate(
            "About", "Qt's libraries are used unmodified and dynamically linked (shared libraries inside "
            "PySide6); the LGPL-3.0 adds permissions to the GPL-3.0, so both texts are included. Qt's "
            "source: https://download.qt.io/official_releases/qt/"),
        "PySide6 and shiboken6 (Qt for Python)": translate("About", "PySide6 and shiboken6 (Qt for Python)"),
        "NumPy (with OpenBLAS, LAPACK and the GCC runtime in its wheels)": translate(
            "About", "NumPy (with OpenBLAS, LAPACK and the GCC runtime in its wheels)"),
        "Noto Sans SC (subset, resources/fonts/NotoSansSC-Subset.otf)": translate(
            "About", "Noto Sans SC (subset, resources/fonts/NotoSansSC-Subset.otf)"),
        "Python (in the frozen Windows, macOS and Linux bundles)": translate(
            "About", "Python (in the frozen Windows, macOS and Linux bundles)"),
    }


class AboutDialog(QDialog):
    """Version and licences (one list entry per component, its texts beside it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("About", "About collabsim"))
        self.components = licenses.components()
        self.header = QLabel(translate(
            "About", "collabsim {0} — 部门间协作模拟器\nA simulator of collaboration between "
            "government departments (after Wang Zheng 2023).\n\nIt includes the software below, "
            "each under its own licence:").format(__version__))
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.words = words = component_words()
        self.list = QListWidget()
        for c in self.components:
            self.list.addItem(f"{words.get(c.name, c.name)} — {c.licence}")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.list.currentRowChanged.connect(self._show)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)  # component names are long: give them room
        body.addWidget(self.text, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addLayout(body, 1)
        lay.addWidget(buttons)
        self.resize(900, 600)
        self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        c, words = self.components[row], self.words
        head = [words.get(c.name, c.name), c.licence]
        if c.url:
            head.append(c.url)
        if c.note:
            head.append(words.get(c.note, c.note))
        head += ["", QCoreApplication.translate("About", "The licence text, in its original English:")]
        self.text.setPlainText("\n".join(head) + "\n\n" + "\n\n".join(c.texts()))
