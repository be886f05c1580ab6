"""Keeping the dashboard's counts in the database after edits, while the window is idle.

The compliance counts are kept at the data version (``services.kept_counts``) whenever the
dashboard or ``status`` works them out. An edit moves the version on; if the dashboard is not
looked at again before the window closes, the next start works the counts out afresh (about
0.7 s more for a county). The keeper asks for them to be kept a moment after the last edit, in
the background, when no other task is running: with the compliance facts patched in memory by
the edit, that costs little, and the next start, or ``status``, reads them as kept.
"""

import logging

from PySide6.QtCore import QObject, QTimer

from actionplan.services import kept_counts
from ui.context import AppContext

log = logging.getLogger(__name__)

KEEP_AFTER_MS = 2000  # after the last edit of a burst (an import, a matrix session)


class CountsKeeper(QObject):
    """Keeps the current plan's counts for today a moment after each burst of edits."""

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(KEEP_AFTER_MS)
        self.timer.timeout.connect(self.keep_now)
        context.data_changed.connect(self.timer.start)  # restarted by every change of a burst
        context.database_changed.connect(self.timer.stop)

    def keep_now(self) -> None:
        """Keep the counts now, in the background; later if a task is running (it may be writing)."""
        context = self.context
        db, plan_id, today = context.db, context.plan_id, context.today
        if db is None or plan_id is None:
            return
        if context.tasks.is_busy:
            self.timer.start()
            return
        context.tasks.run(
            lambda _progress: kept_counts.keep(db.unit_of_work(), plan_id, today),
            # A convenience only (the counts are worked out when needed): a failure is logged.
            on_error=lambda exc: log.info("Compliance counts not kept after an edit: %s", exc),
        )
