"""The window keeps the compliance counts in the database a moment after edits, so that the next
start (or ``status``) reads them as kept even when the dashboard was not looked at again."""

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from actionplan.services import kept_counts, organisations
from actionplan.storage import data_version
from tests.conftest import TODAY
from ui.context import AppContext
from ui.counts_keeper import KEEP_AFTER_MS, CountsKeeper
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.sqlite_only


def kept(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT key, version FROM kept_figures")).all())


def version(db) -> int:
    with db.engine.connect() as conn:
        return data_version.current(conn)


@pytest.fixture
def window(qtbot, tmp_path, demo_db):
    db, _plan_id = demo_db
    window = MainWindow(
        AppContext(db, SyncTaskRunner()), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_edit_has_the_counts_kept_at_the_new_version_a_moment_later(window, demo_db, qtbot):
    db, plan_id = demo_db
    window.show_page("people")  # the dashboard is hidden: it does not reload after the edit
    key = kept_counts.key_of(plan_id, TODAY)
    organisations.create_organisation(db.unit_of_work(), "Northvale Youth Trust")
    window.context.notify_changed()
    keeper = window.counts_keeper
    assert keeper.timer.isActive() and keeper.timer.interval() == KEEP_AFTER_MS
    assert kept(db).get(key) != version(db)  # not kept at the version the edit made
    qtbot.waitUntil(lambda: not keeper.timer.isActive(), timeout=KEEP_AFTER_MS + 3000)
    assert kept(db)[key] == version(db)


def test_the_keeper_waits_while_a_task_runs_and_does_nothing_without_a_plan(demo_db, qtbot, monkeypatch):
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    keeper = CountsKeeper(context)
    ran: list[object] = []
    monkeypatch.setattr(context.tasks, "run", lambda *args, **kwargs: ran.append(args))
    keeper.run_now()  # no plan open
    assert ran == [] and not keeper.timer.isActive()
    context.plan_id = _plan_id
    monkeypatch.setattr(type(context.tasks), "is_busy", property(lambda _self: True))
    keeper.run_now()
    assert ran == [] and keeper.timer.isActive()  # tried again later
    monkeypatch.undo()
    monkeypatch.setattr(context.tasks, "run", lambda *args, **kwargs: ran.append(args))
    keeper.run_now()
    assert len(ran) == 1
