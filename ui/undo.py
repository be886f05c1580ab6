"""Undo and redo through QUndoStack commands that call services.

Every service records its change as one batch in the change log; undoing a command undoes
that batch (``history.undo_batch``), and redoing it undoes the undo. So any service call can
be made undoable without writing its inverse by hand.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from actionplan.services import history


class ServiceCommand(QUndoCommand):
    """A change already made by a service, as one change-log batch that undo and redo replay."""

    def __init__(self, context: Any, text: str, batch_id: int):
        super().__init__(text)
        self.context = context
        self.batch_id = batch_id
        self._just_done = True  # QUndoStack.push() calls redo(): the service has already run

    def redo(self) -> None:
        if self._just_done:
            self._just_done = False
            return
        self.batch_id = history.undo_batch(self.context.db.unit_of_work(), self.batch_id)
        self.context.notify_changed()

    def undo(self) -> None:
        self.batch_id = history.undo_batch(self.context.db.unit_of_work(), self.batch_id)
        self.context.notify_changed()


def run_undoable(context: Any, text: str, action: Callable[[Any], Any]) -> Any:
    """Run ``action(uow)`` (one service call) and put it on the undo stack as ``text``.

    Errors (a ValidationError, say) propagate and nothing is pushed; a call that changed
    nothing pushes nothing. Returns what ``action`` returned.
    """
    uow = context.db.unit_of_work()
    result = action(uow)
    if uow.batch_id is not None:
        context.undo_stack.push(ServiceCommand(context, text, uow.batch_id))
        context.notify_changed()
    return result
