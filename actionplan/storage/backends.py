"""What differs between the database servers we run on (SQLite and PostgreSQL), in one place.

Services and the copy between databases stay portable by asking here: who the database user
is, how to add rows that another session may be adding at the same moment, how a Core
statement counts a row's version up, and which errors mean "busy, try again".
"""

import getpass
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, Table, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

log = logging.getLogger(__name__)

APPLICATION_NAME = "actionplan"  # shown to the server's administrator in pg_stat_activity
CONNECT_TIMEOUT_S = 10

# SQLSTATE codes of PostgreSQL errors that mean "another session got there first: try again".
_PG_BUSY = {
    "40001": "serialization_failure",
    "40P01": "deadlock_detected",
    "55P03": "lock_not_available",
    "57014": "query_canceled",  # statement_timeout or lock_timeout set by the administrator
}


# What libpq says when a password is wrong or missing (it gives no SQLSTATE for the latter).
_PASSWORD_REFUSED = ("password authentication failed", "no password supplied")


def backend_name(bind: Engine | Connection | str | URL) -> str:
    """ "sqlite", "postgresql", ... for an engine, a connection or a URL."""
    if isinstance(bind, str | URL):
        return make_url(bind).get_backend_name()
    return bind.dialect.name


def is_sqlite(bind: Engine | Connection | str | URL) -> bool:
    return backend_name(bind) == "sqlite"


def os_user() -> str:
    """The operating system's name for the person running the application ("" if it has none)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name and no password-file entry
        return ""


def database_user(engine: Engine) -> str:
    """Who the change log says made a change: the database role on a server, else the OS user.

    A SQLite file has no users of its own, so the person logged in to the computer is named.
    """
    if is_sqlite(engine):
        return os_user()
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT current_user")).scalar() or "")
    except SQLAlchemyError as exc:
        log.warning("Could not read the database user: %s", exc)
        return engine.url.username or ""


def server_engine_options(url: URL, password: str | None = None) -> tuple[URL, dict[str, Any]]:
    """The URL (with ``password`` when given) and engine options for a database server.

    Connections are checked before use (a laptop that slept, a server restarted), give up after
    ``CONNECT_TIMEOUT_S`` rather than hanging, and name the application to the server.
    """
    if password:
        url = url.set(password=password)
    options: dict[str, Any] = {"pool_pre_ping": True}
    if url.get_backend_name() == "postgresql":
        options["connect_args"] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
        }
    return url, options


def is_busy_error(exc: DBAPIError) -> bool:
    """Whether an error means another session held what we needed (locked, deadlock, timeout)."""
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if code in _PG_BUSY:
        return True
    return "database is locked" in str(orig) or "database table is locked" in str(orig)


def is_password_error(exc: BaseException) -> bool:
    """Whether a failed connection was refused for its password (wrong, or none given)."""
    seen: BaseException | None = exc
    while seen is not None:  # our DatabaseError wraps SQLAlchemy's, which wraps the driver's
        orig = getattr(seen, "orig", None) or seen
        code = getattr(orig, "sqlstate", None)
        text = str(orig).casefold()
        if (
            code in ("28P01", "28000")
            or "password authentication failed" in text
            or "no password supplied" in text
        ):
            return True
        seen = seen.__cause__
    return False


def snapshot_options(engine: Engine) -> dict[str, Any]:
    """Connection options under which several reads see one moment of the database (for a copy).

    PostgreSQL's default (read committed) lets each statement see other sessions' newer commits;
    repeatable read holds one snapshot for the transaction. SQLite has one writer at a time.
    """
    return {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}


def version_bump(table: Table) -> dict[str, Any]:
    """Values that count a row's version up, for Core UPDATEs of a versioned table ({} otherwise)."""
    if "version" in table.c:
        return {"version": table.c.version + 1}
    return {}


def insert_missing(
    connection: Connection, table: Table, rows: Sequence[dict[str, Any]], unique: Sequence[str]
) -> list[tuple[int, str]]:
    """Insert the rows that do not clash with a row already there on ``unique``; (id, uuid) of those added.

    Another session may be adding the same rows at the same moment (two coordinators marking
    one session's attendance): on both SQLite and PostgreSQL the clash is skipped quietly
    (``ON CONFLICT DO NOTHING``) instead of failing the whole change. Rows should come sorted,
    so that concurrent sessions take their locks in the same order and cannot deadlock.
    """
    if not rows:
        return []
    # Only the dialect in use is imported: the PostgreSQL one costs 40 to 90 ms to import (the
    # first attendance recorded paid it) and most runs never use it.
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql as dialect
    elif connection.dialect.name == "sqlite":
        from sqlalchemy.dialects import sqlite as dialect
    else:
        raise NotImplementedError(f"insert_missing does not know {connection.dialect.name}")
    statement = (
        dialect.insert(table)
        .on_conflict_do_nothing(index_elements=[table.c[name] for name in unique])
        .returning(table.c.id, table.c.uuid)
    )
    # SQLAlchemy runs this as few multi-row statements; only the rows added come back.
    return [(row_id, uuid) for row_id, uuid in connection.execute(statement, list(rows))]
