"""Collaboration form and key indicators, shown plainly and large (readable on a projector).

Values are ensemble medians at the last step (the plots show how they develop); with a baseline
pinned, the baseline's value is shown beside each one. The form is the most common form over
the ensemble's replicates.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from collabsim.engine import codes as C
from collabsim.gui.common import i18n, labels, zoom
from collabsim.gui.common.colours import FORM_COLOURS
from collabsim.gui.controller import SimulationController

#: below this (the most exposed department's exposure, averaged over the runs) there is no
#: accountability risk to spread and "risk spread evenly" means nothing (as debrief.MIN_EXPOSURE)
MIN_EXPOSURE = 0.02
NARROW = 520  # pixels at 100 % zoom: below this the form goes above the key numbers
KEYS = ("real_progress", "reported_gap", "coop_effort", "lead_effort", "exposure_evenness", "collusion")


def key_values(results, step: int) -> dict[str, float]:
    """Median indicators at ``step`` (clipped to the run), cooperating effort averaged."""
    t = min(max(step, 0), len(results.steps) - 1)
    med = {n: results.summary(n).median for n in ("real_progress", "reported_progress", "effort",
                                                   "exposure_evenness", "collusion")}
    lead = results.scenario.lead_index
    effort = med["effort"][t]
    coop = np.delete(effort, lead)
    return {
        "real_progress": float(med["real_progress"][t]),
        "reported_gap": float(med["reported_progress"][t] - med["real_progress"][t]),
        "coop_effort": float(coop.mean()) if coop.size else 0.0,
        "lead_effort": float(effort[lead]),
        # evenness of (almost) no exposure is noise: NaN, shown as "no risk". The mean over the
        # runs, not the median: in case C most runs end with hardly any exposure (everyone meets
        # the standard) while some carry a lot, and the median hid a spread that is even
        "exposure_evenness": (float(med["exposure_evenness"][t])
                              if results.summary("exposure").mean[t].max() >= MIN_EXPOSURE
                              else float("nan")),
        "collusion": float(med["collusion"][t]),
    }


class IndicatorsPanel(QFrame):
    def __init__(self, controller: SimulationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.form_caption = QLabel()
        self.form_value = QLabel()
        zoom.relative(self.form_value, 2.0, bold=True, minimum=22.0)  # follows View > Zoom
        self.form_detail = QLabel()
        self.form_detail.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.form_caption)
        left.addWidget(self.form_value)
        left.addWidget(self.form_detail, 1)
        self.grid = grid = QGridLayout()
        self.grid_caption = QLabel()
        self.grid_caption.setWordWrap(True)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in KEYS:
            cap, val = QLabel(), QLabel("–")
            cap.setWordWrap(True)
            zoom.relative(val, 1.5, bold=True, minimum=16.0)
            val.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.captions[key], self.values[key] = cap, val
        self._columns = 0
        self._place(3)
        self.box = lay = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        lay.addLayout(left, 2)
        lay.addSpacing(12)
        lay.addLayout(grid, 4)
        self._shown: tuple = (None, None)
        controller.frame.connect(self.refresh)
        self.retranslate_ui()
        i18n.notifier().language_changed.connect(self.retranslate_ui)

    def _place(self, columns: int) -> None:
        """The key numbers in ``columns`` columns (3 in a wide window, 2 in a narrow one)."""
        if columns == self._columns:
            return
        grid = self.grid
        for w in (self.grid_caption, *self.captions.values(), *self.values.values()):
            grid.removeWidget(w)
        grid.addWidget(self.grid_caption, 0, 0, 1, columns)
        for i, key in enumerate(KEYS):
            row, col = 1 + 2 * (i // columns), i % columns
            grid.addWidget(self.captions[key], row, col)
            grid.addWidget(self.values[key], row + 1, col)
        self._columns = columns

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Narrow (a small screen, a big zoom): the form above the numbers, two columns."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW * zoom.factor()
        D = QBoxLayout.Direction
        self.box.setDirection(D.TopToBottom if narrow else D.LeftToRight)
        self._place(2 if narrow else 3)

    def refresh(self, force: bool = False) -> None:
        """Show the current results (only when they changed, or when ``force``)."""
        res = self.controller.results()
        if res is None:
            return
        base = self.controller.baseline()
        if not force and res is self._shown[0] and base is self._shown[1]:
            return
        self._shown = (res, base)
        step = int(res.steps[-1])
        self.grid_caption.setText(self.tr("Key indicators at the end of the run (median of the runs):"))
        now = key_values(res, step)
        then = key_values(base, step) if base is not None else None
        for key, label in self.values.items():
            text = self._fmt(key, now[key])
            if then is not None:
                text = self.tr("{0} (baseline {1})").format(text, self._fmt(key, then[key]))
            label.setText(text)
        form = res.modal_form()
        share = res.form_shares()[C.FORM_NAMES[form]]
        self.form_value.setText(labels.form_label(form))
        style = f"color: {FORM_COLOURS[form]};"
        if self.form_value.styleSheet() != style:  # a new style sheet re-polishes the label
            self.form_value.setStyleSheet(style)
        if res.replicates < res.scenario.simulation.replicates:  # a first answer (controller)
            detail = self.tr("Provisional: {0}% of the first {1} of {2} runs; the rest are being "
                             "computed.").format(round(share * 100), res.replicates,
                                                 res.scenario.simulation.replicates)
        else:
            detail = self.tr("{0}% of {1} runs. {2}").format(
                round(share * 100), res.replicates, labels.form_explanation(form))
        if base is not None:
            detail += " " + self.tr("Baseline: {0}.").format(labels.form_label(base.modal_form()))
        self.form_detail.setText(detail)

    @staticmethod
    def _fmt(key: str, value: float) -> str:
        if np.isnan(value):  # only risk spread evenly, where no department is exposed
            if key == "exposure_evenness":
                return QCoreApplication.translate("IndicatorsPanel", "no risk")
            return "—"
        if key == "reported_gap":
            return f"{value * 100:+.0f}%"
        return f"{value * 100:.0f}%"

    def retranslate_ui(self) -> None:
        self.form_caption.setText(self.tr("Collaboration form"))
        caps = {
            "real_progress": (self.tr("Real progress"), self.tr("Median share of the task really done")),
            "reported_gap": (self.tr("Reported − real"), self.tr(
                "How far reported progress runs ahead of real progress (inflation)")),
            "coop_effort": (self.tr("Cooperating effort"), self.tr(
                "Median effort of the cooperating departments, averaged")),
            "lead_effort": (self.tr("Lead effort"), self.tr("Median effort of the lead department")),
            "exposure_evenness": (self.tr("Risk spread evenly"), self.tr(
                "How evenly accountability exposure is spread over the departments (100% = evenly); "
                "“no risk” when no department is exposed to accountability: there is nothing to spread")),
            "collusion": (self.tr("Collusion"), self.tr("Median level of collusion between departments")),
        }
        for key, (cap, tip) in caps.items():
            self.captions[key].setText(cap)
            self.captions[key].setToolTip(tip)
            self.values[key].setToolTip(tip)
        self.form_value.setToolTip(self.tr("The most common collaboration form in the ensemble"))
        self.refresh(force=True)
