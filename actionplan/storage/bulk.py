"""Many rows into one table through the driver's own executemany, bound as SQLAlchemy binds them.

A Core ``connection.execute(insert(table), rows)`` spends most of its time on 50,000 rows in
SQLAlchemy's per-row parameter handling, not in the driver. ``bulk_insert`` compiles the same
INSERT statement once for the connection's dialect (so its SQL text, paramstyle and, on
PostgreSQL, its casts are SQLAlchemy's own), fills each missing column's Python-side default as
SQLAlchemy would, runs every value through its column type's bind processor (dates to text on
SQLite, JSON to text or to psycopg's ``Json``, aware times to UTC) and hands the lot to the
DBAPI cursor's ``executemany``.
"""

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from json import encoder as json_encoder
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert


def _default_of(table: Table, name: str) -> Callable[[], Any]:
    """What SQLAlchemy puts in a column left out of an insert: its scalar or callable default."""
    default = table.c[name].default
    if default is None:
        raise ValueError(f"{table.name}.{name} has no Python-side default to fill in")
    if default.is_scalar:
        value = default.arg
        return lambda: value
    if default.is_callable:
        # SQLAlchemy wraps a default callable to take the execution context; ours ignore it.
        fn = default.arg
        return lambda: fn(None)
    raise ValueError(f"{table.name}.{name}'s default is a SQL expression, which bulk_insert does not run")


# Values whose equal ones (of the same type) always bind the same way: a cache can stand for them.
# Not floats (0.0 and -0.0), decimals (1.0 and 1.00) or times (equal instants in other zones).
_PLAIN = frozenset({str, int, bool, date, type(None)})


def processed(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``process`` applied to each value, once per distinct plain value or time object: an
    import's rows share their timestamps (one object), flags and many of their texts (and a
    read's rows their dates: ``storage.reading.fetch_rows``)."""
    done: dict[Any, Any] = {}
    out = []
    for value in values:
        kind = value.__class__
        if kind in _PLAIN:
            key: Any = (kind, value)
        elif kind is datetime:
            key = id(value)  # the same object: the values list keeps it alive, so its id is its own
        else:
            out.append(process(value))
            continue
        try:
            out.append(done[key])
        except KeyError:
            done[key] = result = process(value)
            out.append(result)
    return out


def _stock_json(column_type: Any, dialect: Any) -> bool:
    """A JSON column bound by SQLAlchemy's own processor around ``json.dumps`` (no custom serializer)."""
    return (
        isinstance(column_type, JSON)
        and type(column_type).bind_processor is JSON.bind_processor
        and dialect._json_serializer is None
        and hasattr(column_type, "_make_bind_processor")
        and json_encoder.c_make_encoder is not None
    )


def _json_dumps() -> Callable[[Any], str]:
    """``json.dumps`` with its default options, giving the same text, for many values.

    ``json.dumps`` makes a new C encoder on every call, most of its cost for a change-log entry
    (150,000 of them: 0.44 s, against 0.26 s for one encoder made once). A value the encoder
    refuses goes to ``json.dumps`` itself, which raises the same error.
    """
    default = json.JSONEncoder()
    markers: dict[int, Any] = {}  # circular references are refused, as json.dumps refuses them
    encode = json_encoder.c_make_encoder(
        markers, default.default, json_encoder.encode_basestring_ascii, default.indent,
        default.key_separator, default.item_separator, default.sort_keys, default.skipkeys,
        default.allow_nan,
    )  # fmt: skip

    def dumps(value: Any) -> str:
        try:
            return "".join(encode(value, 0))
        except Exception:
            markers.clear()  # an encoding stopped half-way leaves its containers marked
            return json.dumps(value)

    return dumps


def bulk_insert(
    connection: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    same: dict[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (dicts with the same keys, named by column) into ``table`` in one executemany.

    ``same`` holds values every row shares (a change log's batch id), as if each row had them:
    150,000 rows need not be copied to add one key. A row's own key of the same name is ignored.

    The database gets exactly what ``connection.execute(insert(table), rows)`` would send: the
    same statement, Python-side defaults for the columns the rows leave out, and each value
    converted by its column type's bind processor. Server-side defaults (and autoincrement ids)
    are left to the database.

    Raises:
        KeyError: a row lacks a key the first row has.
        ValueError: a row key that is not a column of ``table``.
    """
    if not rows:
        return
    same = same or {}
    keys = [key for key in rows[0] if key not in same] + list(same)
    for key in keys:
        if key not in table.c:
            raise ValueError(f"{key!r} is not a column of {table.name}")
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys, for_executemany=True)
    # The bind names in the statement (in their order when the paramstyle is positional).
    names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
    columns: list[list[Any]] = []
    for name in names:
        bind = compiled.binds[name]
        key = bind.key
        process = bind.type._cached_bind_processor(dialect)
        impl = bind.type.dialect_impl(dialect)
        if process is not None and _stock_json(impl, dialect):
            # SQLAlchemy's own JSON processor, around a json.dumps that makes its encoder once.
            string_process = impl._str_impl.bind_processor(dialect)
            process = impl._make_bind_processor(string_process, _json_dumps())
        if key in same:  # bound once, as processed() would bind it once
            value = same[key] if process is None else process(same[key])
            columns.append([value] * len(rows))
            continue
        if key in keys:
            values = list(map(itemgetter(key), rows))
        else:
            make = _default_of(table, key)
            values = [make() for _ in rows]
        if process is not None:
            values = processed(values, process)
        columns.append(values)
    if compiled.positional:
        params: list[Any] = list(zip(*columns, strict=True))
    else:
        # The names as the statement spells them (SQLAlchemy escapes a few characters in them).
        escaped = [compiled.escaped_bind_names.get(name, name) for name in names]
        params = [dict(zip(escaped, values, strict=True)) for values in zip(*columns, strict=True)]
    with sqlite_page_cache(connection, len(params)):
        connection.exec_driver_sql(compiled.string, params)


# SQLite's page cache while many rows go in: 64 MiB (its default is 2 MB). Each row adds a key to
# every index of its table, and keys such as random UUIDs land all over their index: with the
# default cache most of those pages are thrown out and read again (150,000 training records:
# 3.9 s of CPU in the driver with the default, 2.2 s with this).
BULK_CACHE_KIB = 64 * 1024
BULK_CACHE_ROWS = 1000  # fewer rows than this touch few enough pages: the cache is left alone


@contextmanager
def sqlite_page_cache(connection: Connection, rows: int) -> Iterator[None]:
    """A larger page cache for this SQLite connection while ``rows`` rows are written; put back after.

    The cache size is the connection's own (not the file's, nor the transaction's): nothing
    stored changes, and a cache already as large (a protected database's) is left as it is.
    """
    if connection.dialect.name != "sqlite" or rows < BULK_CACHE_ROWS:
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    page_size = connection.exec_driver_sql("PRAGMA page_size").scalar()
    kib = -before if before < 0 else before * page_size // 1024
    if kib >= BULK_CACHE_KIB:
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
