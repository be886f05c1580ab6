"""Fixtures the window's tests share."""

import pytest

from ui.context import AppContext
from ui.tasks import SyncTaskRunner


@pytest.fixture
def context(demo_db, qtbot):
    """The window's context on the demo plan, its tasks run at once (``SyncTaskRunner``)."""
    db, plan_id = demo_db
    ctx = AppContext(db, SyncTaskRunner())
    ctx.set_plan(plan_id)
    return ctx
