"""The data version: a number in the database, counted up by every transaction that writes.

Figures worked out from the whole of a county's data (the compliance counts behind the
dashboard and ``status``) are kept in the database with the version they were worked out at
(``kept_figures``, see ``services.kept_counts``). While the version is unchanged they are the
data's figures, and reading them costs the same for 50 people as for 50,000.

Every write goes through SQLAlchemy: the services, the imports' bulk inserts, the copy between
databases, undo and the migrations. A listener on the engine notes the first statement of a
transaction that is not a read; when that transaction commits, the version is counted up in
the same transaction, just before the commit. A transaction rolled back counts nothing, and a
statement that may write (anything but a read) always counts, so a doubt costs a recount,
never a stale figure. Writes to ``kept_figures`` are bookkeeping and leave the version alone.

Only SQLite files keep figures: a file is used by one application at a time, so the version's
one row costs a write nobody waits for. On a database server every writer would queue on that
row, so there nothing is kept and the figures are worked out each time.
"""

import re
import weakref
from typing import Any

from sqlalchemy import Connection, Engine, event, text

_WROTE = "actionplan.data_version.wrote"
_counted: "weakref.WeakSet[Engine]" = weakref.WeakSet()  # the engines whose writes are counted
_own: "weakref.WeakKeyDictionary[Engine, list[int]]" = weakref.WeakKeyDictionary()  # counted here
# The statements that write nothing (SQLite's and PostgreSQL's); anything else may write.
_READS = ("SELECT", "PRAGMA", "SAVEPOINT", "RELEASE", "ROLLBACK", "SHOW", "BEGIN", "SET ")
_BOOKKEEPING = re.compile(
    r'\s*(?:INSERT\s+(?:OR\s+REPLACE\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?kept_figures\b', re.I
)
BUMP = "UPDATE data_version SET n = n + 1 WHERE id = 1"


def is_bookkeeping(sql: str) -> bool:
    """Whether ``sql`` writes only the kept figures (which do not change the data)."""
    return _BOOKKEEPING.match(sql) is not None


def may_write(sql: str) -> bool:
    """Whether ``sql`` may change the data: any statement but a read or the kept figures' own."""
    return not sql.lstrip()[:10].upper().startswith(_READS) and not is_bookkeeping(sql)


def keeps_figures(engine: Engine) -> bool:
    """Whether figures are kept in this database (a SQLite file, see above)."""
    return engine.dialect.name == "sqlite"


def count_writes(engine: Engine) -> None:
    """Count the data version up with every transaction that writes through ``engine``.

    Nothing is done on a database server (see above), nor twice on the same engine.
    """
    if not keeps_figures(engine) or engine in _counted:
        return
    _counted.add(engine)
    own = _own[engine] = [0]

    def statement(conn: Connection, _cursor: Any, sql: str, *_args: Any) -> None:
        if _WROTE not in conn.info and may_write(sql):
            conn.info[_WROTE] = True

    def commit(conn: Connection) -> None:
        if conn.info.pop(_WROTE, False):
            # On the driver's own connection: SQLAlchemy is in the middle of committing.
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(BUMP)
                own[0] += 1
            finally:
                cursor.close()

    def rollback(conn: Connection) -> None:
        conn.info.pop(_WROTE, None)

    event.listen(engine, "after_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    event.listen(engine, "rollback", rollback)


def current(connection: Connection) -> int | None:
    """The data version as ``connection`` sees it; None where figures are not kept (a server,
    or an engine whose writes are not counted: see ``count_writes``)."""
    if connection.engine not in _counted:
        return None
    return connection.execute(text("SELECT n FROM data_version WHERE id = 1")).scalar()


def foreign(connection: Connection) -> int | None:
    """The data version less the counts this process made through ``connection``'s engine: it
    moves only when another program writes to the database (or a backup is restored over it).
    None where figures are not kept."""
    version = current(connection)
    if version is None:
        return None
    return version - _own[connection.engine][0]
