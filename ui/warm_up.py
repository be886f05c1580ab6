"""Reading the plan's people and compliance facts in the background, once the window has opened it.

The People page and the training matrix start from the plan's people and compliance facts,
kept in memory and brought up to date after edits (``compliance.kept_people``,
``compliance.load_facts``). Read when a page first needs them, they cost about 0.3 s at county
scale (50,000 people) on top of the page's own work: the matrix's first paint took 0.42 s
rather than 0.13 s. A moment after a plan is opened, while the coordinator reads the dashboard,
they are read in the background, so that the first visit to either page finds them ready. The
start itself is not slowed: the dashboard reads only the counts kept in the database.
"""

from PySide6.QtCore import QObject

from actionplan.services import compliance
from ui.context import AppContext
from ui.tasks import IdleJob

WARM_AFTER_MS = 1000  # after a plan is opened: the dashboard has been painted by then


class WarmUp(IdleJob):
    """Reads the current plan's people and compliance facts a moment after it is opened."""

    failure = "People and compliance facts not read ahead"

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(context.tasks, WARM_AFTER_MS, parent)
        self.context = context
        context.plan_changed.connect(self.timer.start)
        context.database_changed.connect(self.timer.stop)

    def job(self):
        db, plan_id = self.context.db, self.context.plan_id
        if db is None or plan_id is None:
            return None

        def warm(_progress) -> None:
            compliance.kept_people(db.unit_of_work())  # everyone: the People page's list, and the matrix's
            compliance.load_facts(db.unit_of_work(), plan_id)

        return warm
