"""Undo and redo through QUndoStack commands that call services.

Every service records its change as one batch in the change log; undoing a command undoes
that batch (``history.undo_batch``), and redoing it undoes the undo. So any service call can
be made undoable without writing its inverse by hand.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from actionplan.errors import ActionPlanError
from actionplan.services import history


class ServiceCommand(QUndoCommand):
    """A change already made by a service, as one change-log batch that undo and redo replay.

    If the batch can no longer be reversed (the same field was changed again since, say), the
    error is reported through the context and the command drops off the stack.
    """

    def __init__(self, context: Any, text: str, batch_id: int):
        super().__init__(text)
        self.context = context
        self.batch_id = batch_id
        self._just_done = True  # QUndoStack.push() calls redo(): the service has already run

    def redo(self) -> None:
        if self._just_done:
            self._just_done = False
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        try:
            self.batch_id = history.undo_batch(self.context.db.unit_of_work(), self.batch_id)
        except ActionPlanError as exc:
            self.setObsolete(True)  # QUndoStack then removes it rather than stepping past it
            self.context.report_error(exc)
            self.context.notify_changed()
            return
        self.context.notify_changed()


def push_batch(context: Any, text: str, batch_id: int | None) -> None:
    """Put a change already recorded as ``batch_id`` on the undo stack as ``text``."""
    if batch_id is not None:
        context.undo_stack.push(ServiceCommand(context, text, batch_id))
        context.notify_changed()


def run_undoable(context: Any, text: str, action: Callable[[Any], Any]) -> Any:
    """Run ``action(uow)`` (one service call) and put it on the undo stack as ``text``.

    Errors (a ValidationError, say) propagate and nothing is pushed; a call that changed
    nothing pushes nothing. Returns what ``action`` returned.
    """
    uow = context.db.unit_of_work()
    result = action(uow)
    push_batch(context, text, uow.batch_id)
    return result


def run_undoable_task(
    context: Any,
    text: str,
    action: Callable[[Any], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Like ``run_undoable`` for longer work: ``action(uow)`` runs in the task runner.

    When it finishes, its batch goes on the undo stack as ``text`` and ``on_done(result)`` is
    called; an error goes to ``on_error`` or, without one, to the window.
    """
    db = context.db

    def work(_progress: Any) -> tuple[Any, int | None]:
        uow = db.unit_of_work()
        return action(uow), uow.batch_id

    def done(outcome: tuple[Any, int | None]) -> None:
        result, batch_id = outcome
        push_batch(context, text, batch_id)
        if on_done is not None:
            on_done(result)

    context.tasks.run(work, on_done=done, on_error=on_error or context.report_error)
