"""Long work off the GUI thread, cancellable: sweeps, comparisons, searches.

``BackgroundJob.start(fn)`` runs ``fn(progress, cancelled)`` on a daemon thread; ``progress(done,
total)`` and the result arrive as signals in the GUI thread (queued). ``cancel()`` sets the flag
the work checks between scenarios; ``stop()`` cancels and waits a bounded time, so closing a
window while work runs does not hang (a thread still finishing its current scenario is left to
end on its own; it only touches its own data).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundJob(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the result
    cancelled = Signal()
    failed = Signal(str)  # one-line message (the traceback goes to the log)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._generation = 0

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(
        self,
        fn: Callable[[Callable[[int, int], None], Callable[[], bool]], object],
        cancelled_types: tuple[type, ...] = (),
    ) -> None:
        """Run ``fn`` (cancelling any job still running); exceptions in ``cancelled_types``
        mean it was cancelled."""
        self.stop(0)
        self._generation += 1
        gen, flag = self._generation, threading.Event()
        self._cancel = flag

        def work() -> None:
            try:
                result = fn(lambda d, t: self._emit(gen, self.progress, d, t), flag.is_set)
            except cancelled_types:
                self._emit(gen, self.cancelled)
            except Exception as exc:  # noqa: BLE001 - reported in the window, logged in full
                log.error("background job failed:\n%s", traceback.format_exc())
                self._emit(gen, self.failed, str(exc) or type(exc).__name__)
            else:
                if flag.is_set():
                    self._emit(gen, self.cancelled)
                else:
                    self._emit(gen, self.finished, result)
            finally:
                self._emit(gen, self.running_changed, False)

        self._thread = threading.Thread(target=work, name="collabsim-job", daemon=True)
        self.running_changed.emit(True)
        self._thread.start()

    def _emit(self, gen: int, signal, *args) -> None:
        if gen == self._generation:  # results of a job that was replaced are dropped
            try:
                signal.emit(*args)
            except RuntimeError:  # the QObject is gone (window closed): nobody is listening
                pass

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self, timeout: float = 2.0) -> bool:
        """Cancel and wait up to ``timeout`` seconds; True when no work is running any more."""
        self._cancel.set()
        thread = self._thread
        if thread is not None and thread.is_alive() and timeout > 0:
            thread.join(timeout)
        if thread is not None and not thread.is_alive():
            self._thread = None
        if timeout == 0 and thread is not None:
            self._generation += 1  # whatever it still sends is dropped
        return self._thread is None
