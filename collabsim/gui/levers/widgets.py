"""One widget per scenario field, chosen by the field's lever kind (see :mod:`.fields`).

Every lever emits ``changed(path, value)`` when the user changes it, and has ``set_value`` to
show a value without emitting (used when the scenario changes by undo, a file or a preset).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from collabsim.gui.common.qtutil import blocked
from collabsim.gui.levers.fields import LeverField

INT32_MAX = 2**31 - 1
SLIDER_STEPS = 100


class Lever(QWidget):
    changed = Signal(str, object)

    def __init__(self, path: str, spec: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.spec = spec
        self.setObjectName(f"lever:{path}")

    def value(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_tooltip(self, text: str) -> None:
        self.setToolTip(text)
        for child in self.findChildren(QWidget):
            child.setToolTip(text)

    def set_choice_labels(self, labels: dict[str, str]) -> None:
        pass

    def _emit(self, *_args) -> None:
        self.changed.emit(self.path, self.value())


class SliderLever(Lever):
    """A float in a short range (e.g. 0–1): slider with the value shown beside it."""

    def __init__(self, path: str, spec: dict, parent: QWidget | None = None) -> None:
        super().__init__(path, spec, parent)
        self.lo, self.hi = (float(x) for x in spec["range"])
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setPageStep(10)
        self.label = QLabel()
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("0.000"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.label)
        self._value = self.lo
        self.slider.valueChanged.connect(self._on_slider)

    def _on_slider(self, pos: int) -> None:
        self._value = round(self.lo + (self.hi - self.lo) * pos / SLIDER_STEPS, 6)
        self.label.setText(f"{self._value:.2f}")
        self._emit()

    def value(self) -> float:
        return self._value

    def set_value(self, value) -> None:
        self._value = float(value)
        pos = round((self._value - self.lo) / (self.hi - self.lo) * SLIDER_STEPS)
        with blocked(self.slider):
            self.slider.setValue(pos)
        self.label.setText(f"{self._value:.2f}")


class NumberLever(Lever):
    """An integer, or a float in a wide range: a spin box (emits when editing is finished)."""

    def __init__(self, path: str, spec: dict, parent: QWidget | None = None) -> None:
        super().__init__(path, spec, parent)
        lo, hi = spec["range"]
        self.integer = bool(spec.get("integer"))
        if self.integer and hi <= INT32_MAX:
            box = QSpinBox()
            box.setRange(int(lo), int(hi))
        else:
            box = QDoubleSpinBox()
            box.setDecimals(0 if self.integer else 1)
            box.setRange(float(lo), float(hi))
        box.setKeyboardTracking(False)
        box.setAccelerated(True)
        self.box = box
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(box)
        box.valueChanged.connect(self._emit)

    def value(self):
        v = self.box.value()
        return int(round(v)) if self.integer else float(v)

    def set_value(self, value) -> None:
        with blocked(self.box):
            self.box.setValue(value)


class ChoiceLever(Lever):
    def __init__(self, path: str, spec: dict, parent: QWidget | None = None) -> None:
        super().__init__(path, spec, parent)
        self.combo = QComboBox()
        for choice in spec["choices"]:
            self.combo.addItem(choice, choice)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._emit)

    def set_choice_labels(self, labels: dict[str, str]) -> None:
        """Translated item texts; a choice without one raises KeyError (never shows a raw code)."""
        for i in range(self.combo.count()):
            self.combo.setItemText(i, labels[f"{self.path}={self.combo.itemData(i)}"])

    def value(self) -> str:
        return self.combo.currentData()

    def set_value(self, value) -> None:
        index = self.combo.findData(value)
        if index < 0:
            raise ValueError(f"{self.path}: {value!r} is not one of {self.spec['choices']}")
        with blocked(self.combo):
            self.combo.setCurrentIndex(index)


class FlagLever(Lever):
    def __init__(self, path: str, spec: dict, parent: QWidget | None = None) -> None:
        super().__init__(path, spec, parent)
        self.check = QCheckBox()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        self.check.toggled.connect(self._emit)

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value) -> None:
        with blocked(self.check):
            self.check.setChecked(bool(value))


class TextLever(Lever):
    """A short text (emits when editing is finished); at most the field's length limit."""

    def __init__(self, path: str, spec: dict, parent: QWidget | None = None) -> None:
        super().__init__(path, spec, parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(int(spec["text"]))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        self.edit.editingFinished.connect(self._emit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value) -> None:
        with blocked(self.edit):
            self.edit.setText(str(value))


KINDS: dict[str, type[Lever]] = {"flag": FlagLever, "choice": ChoiceLever, "slider": SliderLever,
                                 "number": NumberLever, "text": TextLever}


def make_lever(field: LeverField, parent: QWidget | None = None) -> Lever:
    """The lever widget for ``field``; an unknown kind raises KeyError."""
    return KINDS[field.kind](field.path, field.spec, parent)
