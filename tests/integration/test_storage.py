"""Storage: SQLite pragmas, migrations on open (create, upgrade with backup, refuse newer), backups.

The migration tests run on PostgreSQL too (``--backend postgresql``); pragmas and file backups
are SQLite's own.
"""

import sqlite3
from datetime import UTC, date, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from actionplan.errors import DatabaseError, DatabaseTooNewError
from actionplan.services import open_database
from actionplan.storage.database import alembic_config, head_revision, make_engine


@pytest.fixture
def empty_url(request, tmp_path):
    """A database with nothing in it yet: a new SQLite file, or an empty PostgreSQL database."""
    if request.config.getoption("--backend") != "postgresql":
        yield f"sqlite:///{tmp_path / 'm.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    url = server.empty_database()
    yield url
    server.drop(url)


@pytest.mark.sqlite_only
def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_fresh_database_is_created_and_stamped(db):
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()


def test_migrations_match_the_models(empty_url):
    """Upgrading through every migration gives exactly the schema the models describe."""
    engine = make_engine(empty_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    assert diffs == []


def _database_at_first_migration(url):
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:  # the table as 0001 made it: no version column yet
        conn.execute(
            text(
                "INSERT INTO organisation (uuid, name, short_name, sector, specified_authority, aliases, "
                "created_at, updated_at) VALUES ('u-1', 'Northvale Council', '', 'local_authority', "
                ":yes, '[]', :at, :at)"
            ).bindparams(yes=True, at=datetime(2026, 1, 1, tzinfo=UTC))
        )
    engine.dispose()


def test_upgrade_from_the_first_migration_keeps_data(empty_url, tmp_path):
    _database_at_first_migration(empty_url)
    database = open_database(empty_url, backups_dir=tmp_path / "backups")
    try:
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM organisation")).scalar() == "Northvale Council"
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
            conn.execute(text("SELECT key FROM app_setting")).all()  # the table added by 0002
            assert conn.execute(text("SELECT version FROM organisation")).scalar() == 1  # added by 0006
            conn.execute(text("SELECT peer FROM sync_state")).all()
    finally:
        database.close()


@pytest.mark.sqlite_only
def test_upgrade_of_a_file_backs_it_up_first(tmp_path):
    path = tmp_path / "old.db"
    _database_at_first_migration(f"sqlite:///{path}")
    backups = tmp_path / "backups"
    open_database(f"sqlite:///{path}", backups_dir=backups).close()
    saved = list(backups.glob("*before-upgrade-0001.db"))
    assert len(saved) == 1
    old = sqlite3.connect(saved[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()


def test_database_from_a_newer_version_is_refused(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(db.url)


def test_missing_database_file_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="There is no database at .*actionplan init"):
        open_database(f"sqlite:///{tmp_path / 'missing.db'}")


def test_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("meeting notes, not a database")
    with pytest.raises(DatabaseError, match="not an action plan database"):
        open_database(f"sqlite:///{bogus}")


@pytest.mark.sqlite_only
def test_backup_and_restore(demo_db, tmp_path):
    db, plan_id = demo_db
    from actionplan.services import people

    before = len(people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True)))
    copy = db.backup(tmp_path / "copy.db")
    people.delete_people(db.unit_of_work(), [people.list_people(db.unit_of_work())[0].id])
    safety = db.restore(copy)
    assert safety.exists()
    after = len(people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True)))
    assert after == before


@pytest.mark.sqlite_only
def test_backups_are_pruned(db):
    from actionplan.storage.database import prune_backups

    for _ in range(5):
        db.backup()
    prune_backups(db.backups_dir, 3)
    assert len(list(db.backups_dir.glob("*.db"))) == 3


def test_timestamps_are_timezone_aware(plan, db):
    from actionplan.services import history

    batch = history.list_batches(db.unit_of_work())[0]
    assert batch.at.tzinfo is not None
    assert plan.period_start == date(2026, 4, 1)


def test_a_row_added_by_a_core_statement_is_logged_as_created(db):
    """``log_created``: the entry names the row, keeps its values as JSON (dates as ISO text),
    leaves out the timestamps and adds the id; with no UUID among the values, it has none."""
    from sqlmodel import select

    from actionplan.storage.models import ChangeBatch, ChangeEntry

    with db.unit_of_work() as uow:
        uow.log_created(
            "training_record",
            41,
            {
                "uuid": "rec-41",
                "completed_on": date(2026, 3, 1),
                "created_at": datetime(2026, 3, 1, tzinfo=UTC),
                "updated_at": datetime(2026, 3, 2, tzinfo=UTC),
                "version": 1,
            },
        )
        uow.log_created("training_record", 42, {"completed_on": None})
        uow.commit("Two records added")
    with db.unit_of_work() as uow:
        described = uow.session.exec(select(ChangeBatch.description)).one()
        entries = [
            (e.entity, e.entity_uuid, e.entity_id, e.op, e.old, e.new)
            for e in uow.session.exec(select(ChangeEntry).order_by(ChangeEntry.id)).all()
        ]
    assert described == "Two records added"
    assert entries == [
        (
            "training_record",
            "rec-41",
            41,
            "create",
            None,
            {"uuid": "rec-41", "completed_on": "2026-03-01", "version": 1, "id": 41},
        ),
        ("training_record", "", 42, "create", None, {"completed_on": None, "id": 42}),
    ]
