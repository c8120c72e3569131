"""The status line of an experiment panel: its message follows a language switch.

A panel says ``status.say(lambda: self.tr("{0} scenarios…").format(n))``; the label keeps the
function and calls it again when the language changes, so a finished sweep's "15 scenarios x 5
replicates" does not stay in the language it was run in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from collabsim.gui.common import i18n


class StatusLabel(QLabel):
    """A plain-text, wrapping label whose message is made again in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._make: Callable[[], str] | None = None
        i18n.notifier().language_changed.connect(self._retranslate)

    def say(self, make: Callable[[], str]) -> None:
        """Show ``make()`` now and again after each language switch."""
        self._make = make
        self.setText(make())

    def _retranslate(self, *_args) -> None:
        if self._make is not None:
            self.setText(self._make())
