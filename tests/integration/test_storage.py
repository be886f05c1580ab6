"""Storage: SQLite pragmas, migrations on open (create, upgrade with backup, refuse newer), backups.

The migration tests run on PostgreSQL too (``--backend postgresql``); pragmas and file backups
are SQLite's own.
"""

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import given
from hypothesis import strategies as st
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


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("table", "dropped", "query", "used"),
    [
        (
            "training_record",
            "ix_training_record_person_id",
            "SELECT id FROM training_record WHERE person_id = 1",
            "sqlite_autoindex_training_record_1",  # the unique (person, course, date) constraint's
        ),
        (
            "person",
            "ix_person_organisation_id",
            "SELECT id FROM person WHERE organisation_id = 1",
            "ix_person_org_staff",
        ),
    ],
)
def test_look_ups_use_the_index_that_covers_the_one_0008_dropped(db, table, dropped, query, used):
    with db.engine.connect() as conn:
        names = [row[1] for row in conn.execute(text(f"PRAGMA index_list('{table}')"))]
        assert dropped not in names and used in names
        plan = conn.execute(text(f"EXPLAIN QUERY PLAN {query}")).all()
        assert used in " ".join(str(row[-1]) for row in plan)


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


def _bulk_and_core_rows(db, table, make_rows, key, clocked=()):
    """The rows ``make_rows(tag)`` written by ``bulk_insert`` and by a Core insert, read back
    raw (JSON as the stored text, SQL NULL told apart from JSON null) without ids and ``key``;
    the ``clocked`` columns (set by the running clock) only as whether they are aware times."""
    from sqlalchemy import cast, insert, select
    from sqlalchemy.types import Text

    from actionplan.storage.bulk import bulk_insert

    with db.unit_of_work() as uow:
        connection = uow.session.connection()
        bulk_insert(connection, table, make_rows("bulk"))
        connection.execute(insert(table), make_rows("core"))
        uow.session.commit()
    columns = [
        cast(c, Text).label(c.name) if c.type.__class__.__name__ == "JSON" else c
        for c in table.columns
        if c.name != "id"
    ]
    with db.unit_of_work() as uow:
        rows = uow.session.connection().execute(select(*columns).order_by(table.c.id)).mappings().all()
    found = {"bulk": [], "core": []}
    for row in rows:
        row = dict(row)
        tag, _, _rest = row.pop(key).partition("-")
        for name in clocked:
            row[name] = row[name].tzinfo is not None
        found[tag].append(row)
    return found


def test_bulk_insert_writes_what_a_core_insert_writes(db):
    """``bulk_insert`` on people: text, booleans, dates, aware times, nulls and the columns left
    to their defaults (a constant, the clock, the server's version) come back as from ``insert``."""
    from actionplan.storage.models import Person

    def people(tag):
        return [
            {
                "uuid": f"{tag}-1",
                "first_name": "Ann",
                "last_name": "O'Neil",
                "email": "ann@example.org",
                "key_personnel": True,
                "start_date": date(2024, 2, 29),
                "leaving_date": None,
                "updated_at": datetime(2026, 3, 31, 23, 30, tzinfo=UTC),
            },
            {
                "uuid": f"{tag}-2",
                "first_name": "Bryn ŵ",
                "last_name": "",
                "email": "",
                "key_personnel": False,
                "start_date": None,
                "leaving_date": date(2031, 1, 1),
                "updated_at": datetime(2027, 1, 1, tzinfo=UTC),
            },
            {  # values met before (bound once, then reused) and the same instant an hour east
                "uuid": f"{tag}-3",
                "first_name": "Ann",
                "last_name": "",
                "email": "",
                "key_personnel": True,
                "start_date": date(2024, 2, 29),
                "leaving_date": None,
                "updated_at": datetime(2027, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))),
            },
        ]

    found = _bulk_and_core_rows(db, Person.__table__, people, "uuid", clocked=["created_at"])
    assert found["bulk"] == found["core"]
    assert len(found["bulk"]) == 3
    assert found["bulk"][1]["updated_at"] == found["bulk"][2]["updated_at"]
    first = found["bulk"][0]
    assert first["staff_number"] == "" and first["version"] == 1 and first["key_personnel"] is True
    assert first["created_at"] is True
    assert first["start_date"] == date(2024, 2, 29)
    assert first["updated_at"].astimezone(UTC) == datetime(2026, 3, 31, 23, 30, tzinfo=UTC)


def test_bulk_insert_writes_json_as_a_core_insert_does(db):
    """``bulk_insert`` on change entries: JSON objects, lists, text with quotes and JSON null
    (Python None is stored as JSON ``null``, as SQLAlchemy stores it) match a Core insert."""
    from sqlalchemy import insert

    from actionplan.storage.models import ChangeBatch, ChangeEntry

    with db.unit_of_work() as uow:
        batch_id = uow.session.execute(insert(ChangeBatch).values(uuid="b-1")).inserted_primary_key[0]
        uow.session.commit()

    def entries(tag):
        return [
            {
                "batch_id": batch_id,
                "entity": "person",
                "entity_uuid": f"{tag}-1",
                "entity_id": 7,
                "op": "create",
                "old": None,
                "new": {"first_name": 'Siân "Sî"', "start_date": "2026-04-01", "tags": [1, None, True]},
            },
            {
                "batch_id": batch_id,
                "entity": "person",
                "entity_uuid": f"{tag}-2",
                "entity_id": None,
                "op": "update",
                "old": {"email": ""},
                "new": {"email": "a@b.org"},
            },
        ]

    found = _bulk_and_core_rows(db, ChangeEntry.__table__, entries, "entity_uuid")
    assert found["bulk"] == found["core"]
    assert found["bulk"][0]["old"] == "null"  # JSON null, not SQL NULL, both ways


def test_bulk_insert_fills_defaults_and_refuses_what_it_cannot_write(db):
    """Rows with no keys left out of the first get the columns' defaults; a key that is no
    column, or a later row missing a key, is refused before anything is written."""
    from sqlalchemy import func, select

    from actionplan.storage.bulk import bulk_insert
    from actionplan.storage.models import Person

    table = Person.__table__
    with db.unit_of_work() as uow:
        connection = uow.session.connection()
        bulk_insert(connection, table, [])
        with pytest.raises(ValueError, match="'nickname' is not a column of person"):
            bulk_insert(connection, table, [{"nickname": "Al"}])
        with pytest.raises(KeyError):
            bulk_insert(connection, table, [{"first_name": "Al"}, {"last_name": "Bo"}])
        assert connection.execute(select(func.count()).select_from(table)).scalar() == 0
        bulk_insert(connection, table, [{"first_name": "Al"}, {"first_name": "Cy"}])
        made = connection.execute(select(table.c.uuid, table.c.team, table.c.version)).all()
    assert len({uuid for uuid, _team, _version in made}) == 2  # a fresh UUID each
    assert [(team, version) for _uuid, team, version in made] == [("", 1), ("", 1)]


def test_new_uuid_is_a_random_uuid_in_canonical_form(monkeypatch):
    """``new_uuid`` gives what ``str(uuid.UUID(bytes=..., version=4))`` gives for the same random
    bytes (version 4, RFC 4122 variant, lower-case hex), for every variant digit; and differs each call."""
    import os
    import uuid

    from actionplan.storage import models

    real = os.urandom
    for first in range(16):
        raw = bytes([0xA7, 0x3F, 0x00, 0xFF, 0x12, 0x34, 0xC5, 0x6E, first * 16 + 9]) + bytes(range(7))
        monkeypatch.setattr(models.os, "urandom", lambda n, raw=raw: raw[:n])
        assert models.new_uuid() == str(uuid.UUID(bytes=raw, version=4))
    monkeypatch.setattr(models.os, "urandom", real)
    made = {models.new_uuid() for _ in range(100)}
    assert len(made) == 100
    assert all(uuid.UUID(u).version == 4 and uuid.UUID(u).variant == uuid.RFC_4122 for u in made)


def test_bulk_insert_names_its_parameters_as_the_statement_does(db):
    """A column whose name SQLAlchemy escapes in a named parameter (PostgreSQL's style) is
    still filled: the parameters take the statement's spelling of the names."""
    from sqlalchemy import Column, Integer, MetaData, String, Table, select

    from actionplan.storage.bulk import bulk_insert

    table = Table(
        "bulk_odd_names",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("a b(c)", String(20)),
        Column("from", String(20), default="here"),
    )
    table.create(db.engine)
    try:
        with db.engine.begin() as connection:
            bulk_insert(connection, table, [{"a b(c)": "one"}, {"a b(c)": "two"}])
            got = connection.execute(select(table.c["a b(c)"], table.c["from"]).order_by(table.c.id)).all()
    finally:
        table.drop(db.engine)
    assert [tuple(row) for row in got] == [("one", "here"), ("two", "here")]


def test_bulk_insert_gives_sqlite_a_larger_page_cache_only_while_it_writes(tmp_path):
    """Many rows go in with a 64 MiB page cache on the connection, put back as it was after;
    a few rows, or a connection whose cache is as large already, leave it alone."""
    from sqlalchemy import event, func, select

    from actionplan.services import open_database
    from actionplan.storage import bulk
    from actionplan.storage.models import Person

    database = open_database(f"sqlite:///{tmp_path / 'cache.db'}", backups_dir=tmp_path / "b", create=True)
    seen: list[int] = []

    def during(conn, cursor, statement, parameters, context, executemany):
        if executemany:
            seen.append(conn.connection.driver_connection.execute("PRAGMA cache_size").fetchone()[0])

    event.listen(database.engine, "before_cursor_execute", during)
    table = Person.__table__
    try:
        with database.unit_of_work() as uow:
            connection = uow.session.connection()
            start = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            many = [{"first_name": f"P{n}"} for n in range(bulk.BULK_CACHE_ROWS)]
            bulk.bulk_insert(connection, table, many)
            assert seen == [-bulk.BULK_CACHE_KIB]
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == start
            bulk.bulk_insert(connection, table, many[: bulk.BULK_CACHE_ROWS - 1])
            assert seen[1:] == [start]
            connection.exec_driver_sql("PRAGMA cache_size = 20000")  # pages of 4 KiB: larger already
            bulk.bulk_insert(connection, table, many)
            assert seen[2:] == [20000]
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == 20000
            connection.exec_driver_sql("PRAGMA cache_size = -100")
            with pytest.raises(RuntimeError), bulk.sqlite_page_cache(connection, 10**6):
                assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -bulk.BULK_CACHE_KIB
                raise RuntimeError  # put back all the same
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -100
            uow.session.commit()
        with database.unit_of_work() as uow:
            total = uow.session.connection().execute(select(func.count()).select_from(table)).scalar()
        assert total == 3 * bulk.BULK_CACHE_ROWS - 1
    finally:
        database.close()


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@given(_json_values)
def test_the_change_logs_json_text_is_json_dumps_own(value):
    from actionplan.storage.bulk import _json_dumps

    assert _json_dumps()(value) == json.dumps(value)


def test_the_change_logs_json_refuses_what_json_dumps_refuses_and_goes_on():
    from actionplan.storage.bulk import _json_dumps

    dumps = _json_dumps()
    looped: list = [1]
    looped.append({"again": looped})
    for bad in (looped, {"when": object()}, {1j: 1}):
        with pytest.raises(Exception) as ours:
            dumps(bad)
        with pytest.raises(Exception) as plain:
            json.dumps(bad)
        assert (type(ours.value), str(ours.value)) == (type(plain.value), str(plain.value))
        # Nothing left marked from the encoding that stopped half-way.
        assert dumps([{"a": [1, 2.5, None, "é"]}]) == '[{"a": [1, 2.5, null, "\\u00e9"]}]'


def test_bulk_insert_writes_json_through_one_encoder(db, monkeypatch):
    """The change log's JSON goes through the encoder made once (on SQLite, where JSON is text)."""
    from actionplan.domain.enums import ChangeOp
    from actionplan.storage import bulk
    from actionplan.storage.models import ChangeEntry

    made = []
    real = bulk._json_dumps
    monkeypatch.setattr(bulk, "_json_dumps", lambda: made.append(1) or real())
    with db.unit_of_work() as uow:
        connection = uow.session.connection()
        bulk.bulk_insert(connection, ChangeEntry.__table__, [])
        assert made == []
        uow.log_extra("person", ChangeOp.CREATE, {"a": 1})
        uow.commit("one")
    native = db.engine.dialect.supports_native_json_serialization
    assert made == ([] if native else [1, 1])  # old and new


def test_fetch_rows_gives_what_a_select_gives(db):
    """``fetch_rows`` on people (text, booleans, dates, aware times, nulls, repeated values) and on
    a JSON column: the same values, of the same types, in the same order as ``execute().all()``."""
    from sqlalchemy import select

    from actionplan.storage.bulk import bulk_insert
    from actionplan.storage.models import Course, Person
    from actionplan.storage.reading import fetch_rows

    people = [
        {
            "uuid": f"p-{n}",
            "first_name": ["Ann", "Bryn ŵ", ""][n % 3],
            "email": "",
            "key_personnel": n % 2 == 0,
            "start_date": [date(2024, 2, 29), None, date(1999, 12, 31)][n % 3],
            "leaving_date": None if n % 4 else date(2031, 1, 1),
            "updated_at": datetime(2026, 3, 31, 23, n, tzinfo=UTC),
        }
        for n in range(12)
    ]
    with db.engine.begin() as connection:
        bulk_insert(connection, Person.__table__, people)
        connection.execute(
            Course.__table__.insert(),
            [
                {"uuid": "c-1", "code": "X1", "name": "One", "aliases": ["a", "ü"], "renews": ["X2"]},
                {"uuid": "c-2", "code": "X2", "name": "Two", "aliases": [], "renews": None},
            ],
        )
    statements = [
        select(Person.id, Person.uuid, Person.first_name, Person.key_personnel, Person.start_date,
               Person.leaving_date, Person.updated_at, Person.created_at, Person.version).order_by(Person.id),
        select(Course.code, Course.aliases, Course.renews).order_by(Course.code),
        select(Person.uuid).where(Person.first_name.is_(None)),
    ]  # fmt: skip
    with db.engine.connect() as connection:
        for statement in statements:
            fast = fetch_rows(connection, statement)
            plain = [tuple(row) for row in connection.execute(statement).all()]
            assert fast == plain
            assert [[type(v) for v in row] for row in fast] == [[type(v) for v in row] for row in plain]
    assert len(fast) == 0 and len(plain) == 0
    with db.engine.connect() as connection:  # with a bound parameter, as the import's id read-back
        statement = select(Person.uuid, Person.start_date).where(Person.first_name == "Ann")
        assert fetch_rows(connection, statement) == [tuple(row) for row in connection.execute(statement)]


def test_bulk_insert_same_values_write_as_each_rows_own(db):
    """``same`` (values every row shares) writes what the rows would write holding them, bound as
    theirs would be (a date, a boolean, JSON), and wins over a row's own value of that name."""
    from sqlalchemy import select

    from actionplan.storage.bulk import bulk_insert
    from actionplan.storage.models import Course, Person

    shared = {"start_date": date(2024, 2, 29), "key_personnel": True, "team": "Ops"}
    with db.unit_of_work() as uow:
        connection = uow.session.connection()
        bulk_insert(
            connection,
            Person.__table__,
            [{"uuid": f"same-{n}", "first_name": f"P{n}", "team": "ignored"} for n in range(3)],
            same=shared,
        )
        bulk_insert(
            connection,
            Person.__table__,
            [{"uuid": f"own-{n}", "first_name": f"P{n}", **shared} for n in range(3)],
        )
        bulk_insert(
            connection,
            Course.__table__,
            [{"uuid": "c-1", "code": "X1", "name": "One", "renews": []}],
            same={"aliases": ["ü"]},
        )
        uow.session.commit()
    columns = (Person.first_name, Person.start_date, Person.key_personnel, Person.team, Person.version)
    with db.engine.connect() as connection:
        same = connection.execute(
            select(*columns).where(Person.uuid.like("same-%")).order_by(Person.id)
        ).all()
        own = connection.execute(select(*columns).where(Person.uuid.like("own-%")).order_by(Person.id)).all()
        aliases = connection.execute(select(Course.aliases).where(Course.code == "X1")).scalar()
        text_aliases = connection.exec_driver_sql("SELECT aliases FROM course WHERE code = 'X1'").scalar()
    assert same == own and len(same) == 3 and same[0][1:4] == (date(2024, 2, 29), True, "Ops")
    assert aliases == ["ü"]
    # As stored: SQLite keeps the JSON text json.dumps writes; psycopg hands JSON back decoded.
    assert text_aliases == (json.dumps(["ü"]) if db.engine.dialect.name == "sqlite" else ["ü"])
