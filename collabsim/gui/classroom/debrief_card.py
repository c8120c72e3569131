"""The debrief card: at the end of a story or a run, the form, the key numbers against the
baseline, the levers that moved them most and the story's discussion questions; exported as a
one-page PDF handout or printed.

The numbers are computed on a worker thread (:func:`collabsim.classroom.debrief.compute` runs
the ensemble once per changed lever); the card says so while it waits and never blocks.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from collabsim.classroom import debrief
from collabsim.gui.classroom import handout
from collabsim.gui.document import dialogs
from collabsim.scenario import Scenario

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object)


class DebriefCard(QDialog):
    """Shows the debrief of ``current`` against ``baseline`` (None: the run alone)."""

    computed = Signal()

    def __init__(self, current: Scenario, baseline: Scenario | None, results=None, baseline_results=None,
                 image: QImage | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Debrief"))
        self._image = image
        self._debrief: debrief.Debrief | None = None
        self._generation = 0
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.status = QLabel()
        self.pdf_button = QPushButton(self.tr("Export handout as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.print_button.clicked.connect(self.ask_print)
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for b in (self.pdf_button, self.print_button, self.close_button):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(row)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.resize(760, 720)
        self.compute(current, baseline, results, baseline_results)

    def debrief(self) -> debrief.Debrief | None:
        return self._debrief

    def compute(self, current: Scenario, baseline: Scenario | None, results=None,
                baseline_results=None) -> None:
        """Start computing (on a worker thread); the card shows the result when it is in."""
        self._generation += 1
        gen, relay = self._generation, self._relay
        self._debrief = None
        for b in (self.pdf_button, self.print_button):
            b.setEnabled(False)
        self.status.setText(self.tr("Computing: each changed lever is set back and run again…"))
        if baseline == current:
            baseline = None

        def work() -> None:
            try:
                out = debrief.compute(current, baseline, results, baseline_results)
            except Exception as exc:  # noqa: BLE001 - logged and shown, the app goes on
                log.exception("the debrief failed")
                out = exc
            relay.done.emit(gen, out)

        QThreadPool.globalInstance().start(work)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the numbers are in (tests)."""
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
        return self._debrief is not None

    def _on_done(self, gen: int, out: object) -> None:
        if gen != self._generation:
            return
        if isinstance(out, Exception):
            self.status.setText(
                self.tr("The debrief could not be computed ({0}).").format(type(out).__name__))
            return
        self._debrief = out
        if self._image is not None:
            kind = QTextDocument.ResourceType.ImageResource
            self.view.document().addResource(kind, QUrl(handout.IMAGE_URL), self._image)
        shown = None
        if self._image is not None and not self._image.isNull():
            shown = handout.fit(self._image.width(), self._image.height(), 680, 420)
        self.view.setHtml(handout.debrief_html(out, image=shown))
        self.status.setText("")
        for b in (self.pdf_button, self.print_button):
            b.setEnabled(True)
        self.computed.emit()

    # ------------------------------------------------------------------ output
    def ask_pdf(self) -> Path | None:
        if self._debrief is None:
            return None
        name = dialogs.suggested_name(self._debrief.scenario, self.tr("debrief"))
        path = dialogs.save_path(self, self.tr("Export the handout"), name, "pdf",
                                 self.tr("PDF document (*.pdf)"))
        if path is None:
            return None
        try:
            handout.write_pdf(self._debrief, path, self._image)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Cannot write the handout"), str(exc))
            return None
        self.status.setText(self.tr("Wrote {0}").format(path.name))
        return path

    def ask_print(self) -> None:
        if self._debrief is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            handout.print_handout(self._debrief, printer, self._image)

