"""The model documentation inside the app (resources/docs/model_zh.md / model_en.md).

A table of contents (the Markdown headings) beside a QTextBrowser: clicking a heading scrolls to
it, ``#anchor`` links inside the text jump to the heading with that slug, web links open in the
browser. Text size can be enlarged for a projector and the text searched. A missing or
unreadable file shows a translated message instead of a traceback.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabsim.gui.common import fonts, i18n
from collabsim.paths import resource_dir

log = logging.getLogger(__name__)

DEFAULT_PT = 13.0
MIN_PT, MAX_PT = 9.0, 32.0
TOC_LEVELS = 3  # headings deeper than this are not listed


def slug(text: str) -> str:
    """GitHub-style anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return re.sub(r"\s", "-", text)


class DocsView(QWidget):
    """Table of contents + Markdown text of the model documentation. API: set_language(lang)."""

    def __init__(self, parent: QWidget | None = None, docs_dir: Path | None = None,
                 lang: str = "zh") -> None:
        super().__init__(parent)
        self._docs_dir = Path(docs_dir) if docs_dir is not None else resource_dir() / "docs"
        self._lang = "en" if lang.startswith("en") else "zh"
        self._point_size = DEFAULT_PT
        self._headings: list[tuple[int, str, int]] = []  # (level, text, block number)
        self._found = False

        self.toc = QTreeWidget()
        self.toc.setHeaderHidden(True)
        self.toc.setMinimumWidth(100)  # a narrow dock (a small screen, 200 %): the page keeps its room
        self.toc.itemActivated.connect(self._go_to_item)
        self.toc.itemClicked.connect(self._go_to_item)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow_link)
        self.find_edit = QLineEdit()
        self.find_edit.returnPressed.connect(self.find_next)
        self.smaller = QToolButton()
        self.smaller.clicked.connect(lambda: self.set_point_size(self._point_size - 1))
        self.larger = QToolButton()
        self.larger.clicked.connect(lambda: self.set_point_size(self._point_size + 1))

        bar = QHBoxLayout()
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.smaller)
        bar.addWidget(self.larger)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.browser, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.toc)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._retranslate()
        self.set_language(self._lang)
        i18n.notifier().language_changed.connect(self._on_language)

    # ------------------------------------------------------------------ public API
    def set_language(self, lang: str) -> None:
        """Show the documentation in 'zh' or 'en'."""
        self._lang = "en" if str(lang).startswith("en") else "zh"
        self._load()

    def language(self) -> str:
        return self._lang

    def found(self) -> bool:
        """Whether the documentation file was found and shown."""
        return self._found

    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of every heading in the shown document."""
        return [(level, text) for level, text, _ in self._headings]

    def go_to_heading(self, index: int) -> None:
        """Scroll so that heading ``index`` (of :meth:`headings`) is at the top."""
        if not 0 <= index < len(self._headings):
            return
        block = self.browser.document().findBlockByNumber(self._headings[index][2])
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def set_point_size(self, size: float) -> None:
        self._point_size = min(MAX_PT, max(MIN_PT, float(size)))
        self.browser.document().setDefaultFont(fonts.ui_font(self._point_size))

    def point_size(self) -> float:
        return self._point_size

    def find_next(self) -> bool:
        """Select the next match of the find box's text (wrapping round); False if none."""
        text = self.find_edit.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.browser.find(text)

    # ------------------------------------------------------------------ loading
    def _path(self) -> Path:
        return self._docs_dir / f"model_{self._lang}.md"

    def _load(self) -> None:
        path = self._path()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("documentation %s not readable: %s", path, exc)
            text = None
        doc = self.browser.document()
        doc.setDefaultFont(fonts.ui_font(self._point_size))
        self.browser.setSearchPaths([str(self._docs_dir)])
        self._found = text is not None
        if text is None:
            self.browser.setPlainText(self.tr("The documentation was not found: {0}").format(str(path)))
        else:
            self.browser.setMarkdown(text)
        self._collect_headings(doc)

    def _collect_headings(self, doc: QTextDocument) -> None:
        self._headings = []
        self.toc.clear()
        parents: list[QTreeWidgetItem | None] = [None] * (TOC_LEVELS + 1)
        block = doc.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if 0 < level <= TOC_LEVELS and block.text().strip():
                index = len(self._headings)
                self._headings.append((level, block.text().strip(), block.blockNumber()))
                item = QTreeWidgetItem([block.text().strip()])
                item.setData(0, Qt.ItemDataRole.UserRole, index)
                parent = next((p for p in reversed(parents[:level]) if p is not None), None)
                if parent is None:
                    self.toc.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                parents[level] = item
                for deeper in range(level + 1, TOC_LEVELS + 1):
                    parents[deeper] = None
            block = block.next()
        self.toc.expandToDepth(0)

    # ------------------------------------------------------------------ navigation
    def _go_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.go_to_heading(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        fragment = url.fragment()
        if fragment:
            for k, (_level, text, _block) in enumerate(self._headings):
                if slug(text) == fragment.lower():
                    self.go_to_heading(k)
                    return

    # ------------------------------------------------------------------ translation
    def _retranslate(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find in the text (Enter)"))
        self.smaller.setText(self.tr("A−"))
        self.smaller.setToolTip(self.tr("Smaller text"))
        self.larger.setText(self.tr("A+"))
        self.larger.setToolTip(self.tr("Larger text"))

    def _on_language(self, lang: str) -> None:
        """The interface language changed: texts and the documentation follow it."""
        self._retranslate()
        self.set_language(lang)
