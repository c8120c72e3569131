"""Start page: the presets (the article's three cases and a default) with their descriptions."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from collabsim import presets
from collabsim.gui.common import i18n, labels, zoom


@cache
def _preset(name: str):
    return presets.load_preset(name)


def two_lines(text: str) -> str:
    """``text`` broken once: after its colon ("Case A:" / "案例A："), else at the middle space."""
    for colon in ("：", ": "):
        if colon in text:
            head, tail = text.split(colon, 1)
            return f"{head}{colon.strip()}\n{tail.strip()}"
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:cut]}\n{text[cut + 1:]}"


class StartPage(QScrollArea):
    preset_chosen = Signal(str)
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        self.heading = QLabel()
        zoom.relative(self.heading, 1.4, bold=True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.heading)
        lay.addWidget(self.intro)
        self.buttons: dict[str, QPushButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        for name in presets.PRESET_NAMES:
            btn = QPushButton()
            btn.setObjectName(f"preset:{name}")
            btn.clicked.connect(lambda _=False, n=name: self.preset_chosen.emit(n))
            desc = QLabel()
            desc.setWordWrap(True)
            desc.setTextFormat(Qt.TextFormat.PlainText)  # file text is data, never markup
            lay.addWidget(btn)
            lay.addWidget(desc)
            self.buttons[name], self.descriptions[name] = btn, desc
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        lay.addWidget(self.open_button)
        lay.addStretch(1)
        self.setWidget(inner)
        self.retranslate_ui()
        i18n.notifier().language_changed.connect(self.retranslate_ui)

    def retranslate_ui(self) -> None:
        lang = i18n.short_code()
        self.heading.setText(self.tr("Start"))
        self.intro.setText(self.tr(
            "1. Choose one of the article's cases below, or a guided story (Classroom › Stories).\n"
            "2. Press ▶ Play (or Space) under the collaboration form: the network and the cursor "
            "on the plots go through the months; the plots show all the runs from start to end.\n"
            "3. Change a lever on the left: every run is computed again at once. Hover over a "
            "department in the network to see its values; click it for its explanation.\n"
            "4. In front of a class: F11 for presentation mode, Esc to leave it."))
        self._fit_buttons()
        for name in self.buttons:
            desc = _preset(name).meta.description.get(lang)
            self.descriptions[name].setText(desc)
        self.open_button.setText(self.tr("Open a scenario file…"))

    def _fit_buttons(self) -> None:
        """A preset's name on two lines when the page is narrower than the button (a small
        screen, English names): the page never scrolls sideways."""
        room = self.viewport().width() - 40
        for name, btn in self.buttons.items():
            text = labels.preset_label(name)
            if btn.fontMetrics().horizontalAdvance(text) > room:
                text = two_lines(text)
            if btn.text() != text:
                btn.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_buttons()
