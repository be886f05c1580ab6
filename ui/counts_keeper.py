"""Keeping the dashboard's counts in the database after edits, while the window is idle.

The compliance counts are kept at the data version (``services.kept_counts``) whenever the
dashboard or ``status`` works them out. An edit moves the version on; if the dashboard is not
looked at again before the window closes, the next start works the counts out afresh (about
0.7 s more for a county). The keeper asks for them to be kept a moment after the last edit, in
the background, when no other task is running: with the compliance facts patched in memory by
the edit, that costs little, and the next start, or ``status``, reads them as kept.
"""

from PySide6.QtCore import QObject

from actionplan.services import kept_counts
from ui.context import AppContext
from ui.tasks import IdleJob

KEEP_AFTER_MS = 2000  # after the last edit of a burst (an import, a matrix session)


class CountsKeeper(IdleJob):
    """Keeps the current plan's counts for today a moment after each burst of edits."""

    failure = "Compliance counts not kept after an edit"

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(context.tasks, KEEP_AFTER_MS, parent)
        self.context = context
        context.data_changed.connect(self.timer.start)  # restarted by every change of a burst
        context.database_changed.connect(self.timer.stop)

    def job(self):
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        if db is None or plan_id is None:
            return None
        return lambda _progress: kept_counts.keep(db.unit_of_work(), plan_id, today)
