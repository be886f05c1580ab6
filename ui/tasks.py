"""The one way the window runs database and file work: off the GUI thread, results back on it.

``TaskRunner.run(fn, on_done=..., on_error=...)`` runs ``fn(progress)`` in a worker thread;
``progress`` is a ``Progress`` the function may report to and check for cancellation. Results
and errors come back to the GUI thread through queued signals; an error without an
``on_error`` handler is emitted as ``failed`` for the window to show. Tests swap in
``SyncTaskRunner``, which runs the function at once on the calling thread.

A ``quiet`` task is work the window does for itself (keeping figures, reading ahead): it counts
as running, so other such work and the smoke test wait for it, but the window shows no progress
for it. ``IdleJob`` runs one of those a moment after it is asked for, once nothing else runs.
"""

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

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
        self._quiet = 0  # of the running tasks, those the window shows no progress for
        self._keep: set[_Signals] = set()
        self.current: Progress | None = None

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        quiet: bool = False,
    ) -> Progress:
        progress = Progress()
        signals = _Signals()
        self._keep.add(signals)
        if not quiet:
            progress.changed.connect(self.progress)

        def finish() -> None:
            self._keep.discard(signals)
            self._running -= 1
            self._quiet -= quiet
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
        self._quiet += quiet
        if self._running == 1:
            self.busy.emit(True)
        if not quiet:
            self.current = progress
        self.pool.start(_Job(fn, progress, signals))
        return progress

    @property
    def is_busy(self) -> bool:
        return self._running > 0

    @property
    def shows_progress(self) -> bool:
        """Whether a task the user waits for is running (not only quiet ones)."""
        return self._running > self._quiet

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

    def run(self, fn, on_done=None, on_error=None, *, quiet=False):  # type: ignore[override]
        progress = Progress()
        if not quiet:
            progress.changed.connect(self.progress)
            self.current = progress
        self._running += 1
        self._quiet += quiet
        self.busy.emit(True)
        try:
            result = fn(progress)
        except BaseException as exc:
            self._running -= 1
            self._quiet -= quiet
            self.busy.emit(False)
            if on_error:
                on_error(exc)
            elif isinstance(exc, ActionPlanError):
                self.failed.emit(exc)
            elif not isinstance(exc, Cancelled):
                raise
            return progress
        self._running -= 1
        self._quiet -= quiet
        self.busy.emit(False)
        if on_done:
            on_done(result)
        return progress


class IdleJob(QObject):
    """A quiet background job, run a moment after it is asked for (``timer.start()``: each ask
    restarts the wait) and once no other task is running; tried again a moment later otherwise.

    A subclass says what to run (``job``): a function of the progress, or None when there is
    nothing to do. Such jobs are conveniences: a failure is logged (``failure``), never shown.
    """

    failure = "Background job failed"

    def __init__(self, tasks: TaskRunner, delay_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run_now)

    def job(self) -> Callable[[Progress], Any] | None:
        raise NotImplementedError

    def run_now(self) -> None:
        """Run the job now, in the background; later if a task is running (it may be writing)."""
        fn = self.job()
        if fn is None:
            return
        if self.tasks.is_busy:
            self.timer.start()
            return
        self.tasks.run(fn, on_error=lambda exc: log.info("%s: %s", self.failure, exc), quiet=True)
