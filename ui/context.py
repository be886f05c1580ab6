"""What every page is handed: the open database, the current plan, the task runner and undo stack.

Pages never reach for globals: they get an ``AppContext`` and listen to its signals.
"""

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from actionplan import clock
from actionplan.services import Database
from ui.tasks import TaskRunner


class AppContext(QObject):
    """The open database and plan; ``data_changed`` tells pages to reload after any edit."""

    data_changed = Signal()
    plan_changed = Signal()
    database_changed = Signal()
    error_occurred = Signal(object)  # an exception for the window to show as one sentence
    message = Signal(str)  # a short note for the status bar ("Deleted action 1.2")

    def __init__(self, db: Database | None, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.plan_id: int | None = None
        self.tasks = tasks
        self.undo_stack = QUndoStack(self)

    @property
    def today(self) -> date:
        """Today, from the core's one clock (``--as-of`` or ``$ACTIONPLAN_TODAY`` pin it)."""
        return clock.today()

    def uow(self):
        """A fresh unit of work on the open database (for a service call)."""
        assert self.db is not None
        return self.db.unit_of_work()

    def set_database(self, db: Database | None) -> None:
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db = db
        self.plan_id = None
        self.undo_stack.clear()
        self.database_changed.emit()

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.undo_stack.clear()
        self.plan_changed.emit()

    def notify_changed(self) -> None:
        self.data_changed.emit()

    def show_message(self, text: str) -> None:
        self.message.emit(text)

    def report_error(self, exc: BaseException) -> None:
        """Hand an error to the window, which shows its sentence (never a traceback)."""
        self.error_occurred.emit(exc)
