"""A moment after a plan is opened, its people and compliance facts are read in the background,
so that the first visit to the People page or the training matrix finds them ready."""

import time

import pytest
from PySide6.QtCore import QSettings, QTimer
from sqlalchemy import text

from actionplan.services import compliance, kept_counts
from tests.conftest import TODAY
from ui.app import wait_until_idle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner, TaskRunner
from ui.warm_up import WARM_AFTER_MS, WarmUp


@pytest.fixture
def reads(monkeypatch, demo_db):
    """The whole-plan reads of facts and of people from the test's database, by kind."""
    engine = demo_db[0].engine
    found: list[str] = []
    load_facts, read_people = compliance._load_facts, compliance.read_people

    def facts(uow, plan_id, person_ids):
        if person_ids is None and uow.engine is engine:
            found.append("facts")
        return load_facts(uow, plan_id, person_ids)

    def people(uow, flt):
        if uow.engine is engine:
            found.append("people")
        return read_people(uow, flt)

    monkeypatch.setattr(compliance, "_load_facts", facts)
    monkeypatch.setattr(compliance, "read_people", people)
    return found


def open_window(qtbot, tmp_path, db, reads) -> MainWindow:
    """The window as a start finds it: the dashboard's counts kept, nothing else in memory."""
    with db.unit_of_work() as uow:
        plan_id = uow.session.exec(text("SELECT min(id) FROM plan")).one()[0]
    kept_counts.keep(db.unit_of_work(), plan_id, TODAY)
    compliance.forget_facts(db.engine)
    reads.clear()
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, SyncTaskRunner()), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_people_and_facts_are_read_a_moment_after_the_plan_opens(qtbot, tmp_path, demo_db, reads):
    db, plan_id = demo_db
    window = open_window(qtbot, tmp_path, db, reads)
    assert window.context.plan_id == plan_id
    timer = window.warm_up.timer
    assert timer.isActive() and timer.interval() == WARM_AFTER_MS
    assert reads == []  # the dashboard reads only the kept counts
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=WARM_AFTER_MS + 3000)
    assert reads == ["people", "facts"]
    matrix = window.show_page("matrix")
    people = window.show_page("people")
    assert matrix.model.rowCount() > 0 and people.model.rowCount() > 0
    assert reads == ["people", "facts"]  # both pages found them ready


def test_a_page_visited_first_reads_for_itself_and_what_it_read_is_not_read_again(
    qtbot, tmp_path, demo_db, reads
):
    db, _plan_id = demo_db
    window = open_window(qtbot, tmp_path, db, reads)
    window.show_page("people")
    assert reads == ["people"]
    window.warm_up.run_now()
    assert reads == ["people", "facts"]  # the people were kept by the page


def test_nothing_is_read_without_a_plan(qtbot, demo_db, monkeypatch):
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    ran: list[object] = []
    monkeypatch.setattr(context.tasks, "run", lambda *args, **kwargs: ran.append(kwargs))
    warm_up = WarmUp(context)
    warm_up.run_now()
    assert ran == []
    context.set_plan(_plan_id)
    assert warm_up.timer.isActive()
    warm_up.run_now()
    assert ran == [{"on_error": ran[0]["on_error"], "quiet": True}]


def test_quiet_work_counts_as_running_but_shows_no_progress(qtbot, tmp_path, demo_db, reads):
    db, _plan_id = demo_db
    window = open_window(qtbot, tmp_path, db, reads)
    tasks = window.context.tasks
    reported: list[tuple] = []
    tasks.progress.connect(lambda *args: reported.append(args))
    seen: dict[str, tuple] = {}

    def work(name):
        def fn(progress):
            progress.report(1, 2, "Reading ahead")
            window._show_busy()  # as the window's timer does once a task has run 300 ms
            seen[name] = (tasks.is_busy, tasks.shows_progress, window.progress.isVisible())
            window._busy_changed(False)

        return fn

    tasks.run(work("quiet"), quiet=True)
    assert seen["quiet"] == (True, False, False) and reported == []
    tasks.run(work("shown"))
    assert seen["shown"] == (True, True, True) and reported == [(1, 2, "Reading ahead")]


def test_the_smoke_test_waits_for_a_task_that_starts_as_the_last_one_ends(qtbot):
    """Background work whose timer falls due in the same turn as a load ends (the read-ahead)
    starts a task just after the wait saw no task running: the wait goes on until it ends."""
    tasks = TaskRunner()
    ended: list[str] = []

    def second() -> None:
        tasks.run(lambda _p: time.sleep(0.05), on_done=lambda _r: ended.append("second"))

    def first_done(_result) -> None:
        ended.append("first")
        QTimer.singleShot(0, second)  # due in the same turn as the wait's own check

    tasks.run(lambda _p: time.sleep(0.05), on_done=first_done)
    assert wait_until_idle(tasks, 5000)
    assert ended == ["first", "second"] and not tasks.is_busy
