"""The one way the window runs database and file work: off the GUI thread, results back on it.

``TaskRunner.run(fn, on_done=..., on_error=...)`` runs ``fn(progress)`` in a worker thread;
``progress`` is a ``Progress`` the function may report to and check for cancellation. Results
and errors come back to the GUI thread through queued signals; an error without an
``on_error`` handler is emitted as ``failed`` for the window to show. Tests swap in
``SyncTaskRunner``, which runs the function at once on the calling thread.
"""

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from actionplan.errors import ActionPlanError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user asked it to stop."""


class Progress(QObject):
    """Handed to a task: report how far it is, and find out whether to stop."""

    changed = Signal(int, int, str)  # done, total, message

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = False

    def report(self, done: int, total: int = 0, message: str = "") -> None:
        self.changed.emit(done, total, message)
        self.check()

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self.fn, self.progress, self.signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            if not isinstance(exc, ActionPlanError | Cancelled):
                log.error("Task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs tasks in a thread pool; ``busy`` tells the window to show or hide its progress bar."""

    busy = Signal(bool)
    progress = Signal(int, int, str)
    failed = Signal(object)  # an error no ``on_error`` handled (Cancelled is never reported)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer at a time keeps SQLite happy
        self._running = 0
        self._keep: set[_Signals] = set()
        self.current: Progress | None = None

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Progress:
        progress = Progress()
        signals = _Signals()
        self._keep.add(signals)
        progress.changed.connect(self.progress)

        def finish() -> None:
            self._keep.discard(signals)
            self._running -= 1
            if self._running == 0:
                self.busy.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error:
                on_error(exc)
            elif not isinstance(exc, Cancelled):
                self.failed.emit(exc)

        signals.done.connect(done)
        signals.failed.connect(failed)
        self._running += 1
        if self._running == 1:
            self.busy.emit(True)
        self.current = progress
        self.pool.start(_Job(fn, progress, signals))
        return progress

    @property
    def is_busy(self) -> bool:
        return self._running > 0

    def cancel(self) -> None:
        """Ask the most recent task to stop at its next progress report."""
        if self.current is not None:
            self.current.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread (tests).

    Errors go where the threaded runner sends them (``on_error``, else ``failed``), except that
    an unexpected exception with no handler is raised, so a test sees the bug.
    """

    def run(self, fn, on_done=None, on_error=None):  # type: ignore[override]
        progress = Progress()
        progress.changed.connect(self.progress)
        self.current = progress
        self._running += 1
        self.busy.emit(True)
        try:
            result = fn(progress)
        except BaseException as exc:
            self._running -= 1
            self.busy.emit(False)
            if on_error:
                on_error(exc)
            elif isinstance(exc, ActionPlanError):
                self.failed.emit(exc)
            elif not isinstance(exc, Cancelled):
                raise
            return progress
        self._running -= 1
        self.busy.emit(False)
        if on_done:
            on_done(result)
        return progress
