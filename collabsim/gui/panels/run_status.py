"""The run's state in the status bar: estimate, progress, Cancel, and results marked out of date.

:class:`RunStatus` subscribes to the :class:`~collabsim.gui.controller.SimulationController`:
while an ensemble runs it shows how far it is (and how long it should take, from the budget
estimate) with a Cancel button; when a run is refused because it would not fit the machine's
memory, or records summaries instead, it says so in words; and while the results shown belong
to other settings than the document's (running, cancelled, refused) the result views are faded
and a note says that they are out of date, so no one reads them as current.

A run that answers within :data:`GRACE_MS` (every lever change on an ordinary scenario) shows
none of this: showing the progress bar and Cancel button relaid the status bar (30 ms a change)
and fading the views repainted them twice, for a state that lasts a tenth of a second. Only a
run still going after the grace period shows its progress and fades the views; a run that ends
without current results (cancelled, refused) fades them at once. The widget is always as tall
as its progress bar and Cancel button: showing them must not make the status bar taller, which
resized (and redrew) every chart and the network view twice a run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from collabsim.engine import budget
from collabsim.gui.common import i18n

STALE_OPACITY = 0.35
#: runs expected to take longer than this (seconds) say so when they start
ANNOUNCE_AFTER_S = 1.5
# a run shows its progress and fades the stale views only when it lasts longer than this
GRACE_MS = 300


def size_text(n: float) -> str:
    translate = QCoreApplication.translate
    if n >= 1e9:
        return translate("RunStatus", "{0} GB").format(f"{n / 1e9:.1f}")
    return translate("RunStatus", "{0} MB").format(f"{max(n, 1e6) / 1e6:.0f}")


class RunStatus(QWidget):
    """Progress, Cancel and the stale/refused/switched notes, for one controller."""

    def __init__(self, controller, views: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_status")
        self.controller = controller
        self.views = views
        self.note = QLabel()
        self.note.setObjectName("run_note")
        self.note.setWordWrap(False)
        self.bar = QProgressBar()
        self.bar.setObjectName("run_progress")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("run_cancel")
        self.cancel_button.clicked.connect(controller.cancel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.note)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)
        self._state = "idle"  # idle | running | cancelled | refused
        self._switched: budget.Plan | None = None
        self._refused = None
        self._shown_running = False  # the running state is on screen (after the grace period)
        self._faded = False
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setInterval(GRACE_MS)
        self._grace.timeout.connect(self._after_grace)
        controller.busy_changed.connect(self._on_busy)
        controller.progress.connect(self._on_progress)
        controller.cancelled.connect(self._on_cancelled)
        controller.run_refused.connect(self._on_refused)
        controller.switched_to_summary.connect(self._on_switched)
        controller.stale_changed.connect(self._on_stale)
        controller.results_changed.connect(self._on_results)
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self._on_busy(controller.is_busy())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._tall(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._tall(super().minimumSizeHint())

    def _tall(self, hint: QSize) -> QSize:
        """``hint`` at least as tall as the progress bar and Cancel button, shown or not."""
        tallest = max(self.bar.sizeHint().height(), self.cancel_button.sizeHint().height())
        return QSize(hint.width(), max(hint.height(), tallest))

    # ------------------------------------------------------------------ controller events
    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._refused = None
            self.bar.setRange(0, 0)  # indeterminate until the first progress report
            self._state = "running"
            self._grace.start()
        else:
            self._grace.stop()
            self._shown_running = False
            if self._state == "running":
                self._state = "idle"
            self._apply_stale()
        self._update()

    def _after_grace(self) -> None:
        """The run is taking a while: show its progress and mark the results out of date."""
        if self._state == "running":
            self._shown_running = True
        self._apply_stale()
        self._update()

    def _on_results(self, _results) -> None:
        if not self.controller.is_busy():
            self._set_state("idle")

    def _on_cancelled(self) -> None:
        self._set_state("cancelled")

    def _on_progress(self, step: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(step)

    def _on_refused(self, plan) -> None:
        self._refused = plan
        self._set_state("refused")
        self._apply_stale()

    def _on_switched(self, plan) -> None:
        self._switched = plan
        self._update()

    def _on_stale(self, stale: bool) -> None:
        if not stale or not self.controller.is_busy() or self._shown_running:
            self._apply_stale()  # otherwise when the grace period is over, if still stale
        self._update()

    def _apply_stale(self, force: bool = False) -> None:
        """Fade the result views while the results are out of date (only what changed)."""
        stale = self.controller.is_stale()
        if stale == self._faded and not force:
            return
        self._faded = stale
        for view in self.views:
            if stale:
                effect = QGraphicsOpacityEffect(view)
                effect.setOpacity(STALE_OPACITY)
                view.setGraphicsEffect(effect)
            else:
                view.setGraphicsEffect(None)
            view.setToolTip(self._stale_text() if stale else "")

    def _set_state(self, state: str) -> None:
        self._state = state
        if state != "running":
            self._switched = None if state != "idle" else self._switched
        self._update()

    # ------------------------------------------------------------------ words
    def _stale_text(self) -> str:
        return QCoreApplication.translate(
            "RunStatus", "Out of date: these results are for the previous settings.")

    def note_text(self) -> str:
        translate = QCoreApplication.translate
        stale = self.controller.is_stale()
        plan = self.controller.plan
        if self._state == "refused" and self._refused is not None:
            p = self._refused
            return translate(
                "RunStatus", "Not computed: this run would need about {0} of memory, more than the "
                "{1} available. Lower the replicates or the steps simulated.").format(
                size_text(p.asked.bytes), size_text(p.limit or 0))
        if self._state == "running" and not self._shown_running:  # within the grace period
            return self._switched_text() if self._switched is not None else ""
        if self._state == "running":
            text = translate("RunStatus", "Computing…")
            if plan is not None and plan.estimate.seconds > ANNOUNCE_AFTER_S:
                text = translate("RunStatus", "Computing… (about {0} s)").format(
                    f"{plan.estimate.seconds:.0f}")
            if self._switched is not None:
                text += " " + self._switched_text()
            return text
        if self._state == "cancelled" and stale:
            return translate("RunStatus", "Cancelled. The results shown are for the previous settings.")
        if self._switched is not None:
            return self._switched_text()
        return self._stale_text() if stale else ""

    def _switched_text(self) -> str:
        p = self._switched
        return QCoreApplication.translate(
            "RunStatus", "Keeping medians and bands only: every trajectory would need about {0}, "
            "more than the {1} available.").format(size_text(p.asked.bytes), size_text(p.limit or 0))

    def _update(self) -> None:
        """Show the state; widgets are touched only when what they show changes."""
        running = self._state == "running" and self._shown_running
        if self.bar.isVisibleTo(self) != running:
            self.bar.setVisible(running)
            self.cancel_button.setVisible(running)
        text = self.note_text()
        if self.note.text() != text:
            self.note.setText(text)

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(QCoreApplication.translate("RunStatus", "Cancel"))
        self.cancel_button.setToolTip(QCoreApplication.translate(
            "RunStatus", "Stop this run; the plots keep the previous results, marked out of date"))
        if self._faded:
            self._apply_stale(force=True)  # the tooltips in the new language
        self._update()
