"""Compliance counts kept in the database between runs: read back only while the data is unchanged.

Every transaction that writes counts the data version up (``storage.data_version``); a count is
kept with the version it was worked out at (``services.kept_counts``) and used only at that
version, for the same plan, day and requirements. On a database server nothing is kept.
"""

import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import text, update

from actionplan.services import (
    compliance,
    dashboard,
    kept_counts,
    open_database,
    organisations,
    people,
    requirements,
    settings,
    training,
)
from actionplan.services.compliance import Counted
from actionplan.storage import data_version
from actionplan.storage.models import Person
from tests.conftest import TODAY


def version(db) -> int | None:
    with db.engine.connect() as conn:
        return data_version.current(conn)


def kept_rows(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT key, version FROM kept_figures ORDER BY key")).all()


def forget(db) -> None:
    """Drop what is kept (the demo's meetings keep the counts of their days)."""
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM kept_figures"))


def fresh(db, plan_id, day=TODAY) -> Counted:
    """The counts worked out from the data read whole, kept nowhere."""
    return Counted.of(compliance._load_facts(db.unit_of_work(), plan_id, None), day)


@pytest.fixture
def no_loads(monkeypatch):
    """Fails a test that reads the plan's facts (the counts must come from what is kept)."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("the facts were read")

    def refusing():
        monkeypatch.setattr(kept_counts, "load_facts", refuse)

    return refusing


def on_sqlite(db) -> bool:
    return db.engine.dialect.name == "sqlite"


def test_a_count_is_kept_and_read_back_without_the_facts(demo_db, no_loads):
    db, plan_id = demo_db
    forget(db)
    first = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    assert first == fresh(db, plan_id)
    if not on_sqlite(db):  # a database server keeps nothing: counted every time
        assert version(db) is None and kept_rows(db) == []
        return
    assert kept_rows(db) == [(kept_counts.key_of(plan_id, TODAY), version(db))]
    no_loads()
    again = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    assert again == first
    # what status and the dashboard show, from the kept count alone
    summary = dashboard.status_summary(db.unit_of_work(), plan_id, TODAY)
    assert summary.requirements == first.requirement_compliance()


@pytest.mark.sqlite_only
def test_the_kept_count_outlives_the_process(demo_db, data_dir, no_loads):
    db, plan_id = demo_db
    first = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    url = db.url
    db.close()
    reopened = open_database(url, backups_dir=data_dir / "backups")
    try:
        no_loads()
        assert kept_counts.counted(reopened.unit_of_work(), plan_id, TODAY) == first
    finally:
        reopened.close()


def _edits(db, plan_id):
    """One write of each kind the counts read, each through the services."""
    u = db.unit_of_work
    everyone = people.list_people(u(), people.PeopleFilter(on=TODAY))
    person = everyone[0]
    req = requirements.list_requirements(u(), plan_id)[0]
    yield (
        "attendance",
        lambda: training.record_attendance(
            u(), req.course_id, TODAY, [p.id for p in everyone[:5]], today=TODAY
        ),
    )
    yield "leaver", lambda: people.update_person(u(), person.id, leaving_date=TODAY - timedelta(days=1))
    yield "exemption", lambda: requirements.set_exemption(u(), req.id, everyone[1].id, "Seconded elsewhere")
    yield "target", lambda: requirements.update_requirement(u(), req.id, target_percent=55)
    yield "setting", lambda: settings.set_setting(u(), "warning_days", 90)
    org = organisations.list_organisations(u())[0]
    yield "organisation", lambda: organisations.update_organisation(u(), org.id, name=org.name + " (renamed)")
    yield "remove", lambda: people.delete_people(u(), [everyone[2].id])


@pytest.mark.sqlite_only
def test_every_write_counts_the_version_up_and_the_next_count_is_fresh(demo_db):
    db, plan_id = demo_db
    kinds = []
    for kind, edit in _edits(db, plan_id):
        before = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
        old = version(db)
        edit()
        assert version(db) > old, kind
        after = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
        assert after == fresh(db, plan_id), kind
        kinds.append(kind if after != before else None)
        assert [v for _key, v in kept_rows(db)] == [version(db)]  # older versions' counts dropped
    # the edits changed the figures (the test would pass on stale counts otherwise)
    assert {"attendance", "leaver", "exemption", "target", "organisation", "remove"} <= set(kinds)


@pytest.mark.sqlite_only
def test_a_write_outside_the_services_counts_too(demo_db):
    db, plan_id = demo_db
    kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    old = version(db)
    with db.engine.begin() as conn:
        conn.execute(update(Person).values(key_personnel=False))
    assert version(db) == old + 1
    assert kept_counts.counted(db.unit_of_work(), plan_id, TODAY) == fresh(db, plan_id)


@pytest.mark.sqlite_only
def test_what_is_rolled_back_counts_nothing_and_a_doubt_counts(demo_db):
    db, _plan_id = demo_db
    old = version(db)
    with db.engine.connect() as conn:
        conn.execute(update(Person).values(team="Nowhere"))
        conn.rollback()
    assert version(db) == old
    with db.engine.connect() as conn:  # reads only
        conn.execute(text("SELECT count(*) FROM person"))
        conn.commit()
    assert version(db) == old
    with db.engine.begin() as conn:  # a write undone to a savepoint, then committed: counted
        savepoint = conn.begin_nested()
        conn.execute(update(Person).values(team="Nowhere"))
        savepoint.rollback()
    assert version(db) == old + 1


@pytest.mark.sqlite_only
def test_another_day_or_other_requirements_are_counted_again(demo_db):
    db, plan_id = demo_db
    forget(db)
    kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    later = TODAY + timedelta(days=200)
    assert kept_counts.counted(db.unit_of_work(), plan_id, later) == fresh(db, plan_id, later)
    assert len(kept_rows(db)) == 2
    figures = kept_counts.encode(kept_counts.counted(db.unit_of_work(), plan_id, TODAY))
    listed = requirements.list_requirements(db.unit_of_work(), plan_id)
    assert kept_counts.decode(figures, TODAY, listed) == fresh(db, plan_id)
    assert kept_counts.decode(figures, later, listed) is None
    assert kept_counts.decode(figures, TODAY, listed[1:]) is None
    assert kept_counts.decode({**figures, "format": 0}, TODAY, listed) is None
    assert kept_counts.decode({**figures, "counts": [["x"]]}, TODAY, listed) is None


@pytest.mark.sqlite_only
def test_keeping_never_waits_for_another_program_nor_fails_the_count(demo_db):
    db, plan_id = demo_db
    forget(db)
    other = sqlite3.connect(db.path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        counted = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
        assert counted == fresh(db, plan_id)
    finally:
        other.rollback()
        other.close()
    assert kept_rows(db) == []  # nothing kept this time; the next count keeps it
    kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    assert len(kept_rows(db)) == 1


@pytest.mark.sqlite_only
def test_keeping_a_count_is_not_a_change_of_the_data(demo_db):
    db, plan_id = demo_db
    forget(db)
    old = version(db)
    facts = compliance.load_facts(db.unit_of_work(), plan_id)
    kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    assert kept_rows(db) and version(db) == old
    # and the facts kept in this process are still current (not read again)
    assert compliance.load_facts(db.unit_of_work(), plan_id) is facts


def test_the_bookkeeping_is_told_from_the_data():
    assert data_version.is_bookkeeping("INSERT INTO kept_figures (key) VALUES (?)")
    assert data_version.is_bookkeeping('  delete from "kept_figures" where key = ?')
    assert not data_version.is_bookkeeping("INSERT INTO kept_figures_2 VALUES (1)")
    assert not data_version.is_bookkeeping("UPDATE person SET team = 'kept_figures'")
    assert not data_version.may_write("SELECT * FROM person")
    assert data_version.may_write("UPDATE person SET team = ''")
    assert data_version.may_write("WITH x AS (SELECT 1) DELETE FROM person")


@pytest.mark.sqlite_only
def test_another_programs_write_is_seen_by_what_this_process_keeps(demo_db, data_dir):
    """Another copy of the application writes to the same file, without a change-log batch (a
    setting): the facts and people kept here are read again, so no stale count is kept."""
    db, plan_id = demo_db
    forget(db)
    facts = compliance.load_facts(db.unit_of_work(), plan_id)  # kept in this process
    people.list_people(db.unit_of_work(), people.PeopleFilter(on=TODAY))
    before = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    other = open_database(db.url, backups_dir=data_dir / "backups")  # its own engine: another program
    try:
        settings.set_setting(other.unit_of_work(), "warning_days", 400)
        with other.engine.begin() as conn:  # and one that no change log names
            conn.execute(update(Person).where(Person.key_personnel.is_(True)).values(key_personnel=False))
    finally:
        other.close()
    assert compliance.load_facts(db.unit_of_work(), plan_id) is not facts
    after = kept_counts.counted(db.unit_of_work(), plan_id, TODAY)
    assert after == fresh(db, plan_id) != before
    assert all(
        not p.key_personnel for p in people.list_people(db.unit_of_work(), people.PeopleFilter(on=TODAY))
    )
