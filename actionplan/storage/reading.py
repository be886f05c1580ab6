"""Reading many rows quickly: dates taken as the database gives them and parsed once a value.

SQLAlchemy turns each date of each row from SQLite's ISO text into a date on its own; over
50,000 people and 150,000 training records that is a large part of a load. A query selects
``date_text(column)`` instead and passes each value through one ``DateReader``: each distinct
text is parsed once (a county's dates repeat), and a database that returns dates (PostgreSQL)
has them passed through.

``driver_rows`` goes a step further for columns that need no conversion at all (whole numbers,
text, and these date texts): SQLAlchemy runs the query, and the rows are taken from the
driver's cursor as it returns them, without SQLAlchemy's per-row result handling.
``fetch_rows`` does the same for any columns, converting each column's values as SQLAlchemy
would, a column at a time.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Executable, Select, String, type_coerce

from actionplan.storage.bulk import processed


def date_text(column: Any) -> Any:
    """``column`` (a date) read as the database holds it, for a ``DateReader``."""
    return type_coerce(column, String)


def driver_rows(connection: Connection, query: Executable) -> list[tuple[Any, ...]]:
    """``query``'s rows as the driver returns them (tuples), without SQLAlchemy's result processing.

    Only for queries whose columns need none: numbers and text come back as they are stored,
    a flag as the driver has it (SQLite's 0 and 1, PostgreSQL's booleans: read it with
    ``bool``), a ``date_text`` column as a ``DateReader`` takes it.
    """
    result = connection.execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def fetch_rows(connection: Connection, query: Select) -> list[tuple[Any, ...]]:
    """Every row of ``query`` as a plain tuple, with the values ``connection.execute(query).all()``
    gives: the rows taken from the driver's cursor (``driver_rows``), then each column's values
    put through its type's result processor (text to dates on SQLite, integers to booleans),
    once per distinct plain value. ``Result.all`` spends more time making its ``Row`` objects
    than the driver takes to fetch: 142,000 training records, 0.36 s against 0.15 s.

    Raises:
        ValueError: a query whose result columns do not match what it selects.
    """
    result = connection.execute(query)
    try:
        description = result.cursor.description
        rows = result.cursor.fetchall()
        compiled = result.context.compiled
    finally:
        result.close()
    entries = compiled._result_columns
    if len(entries) != len(description):
        raise ValueError("fetch_rows needs one result column for each selected column")
    dialect = connection.dialect
    processors = [
        entry.type._cached_result_processor(dialect, column[1])
        for entry, column in zip(entries, description, strict=True)
    ]
    if not rows or not any(processors):
        return [tuple(row) for row in rows]
    columns: list[Any] = list(zip(*rows, strict=True))
    for index, process in enumerate(processors):
        if process is not None:
            columns[index] = processed(columns[index], process)
    return list(zip(*columns, strict=True))


class DateReader:
    """A date column's values, as read through ``date_text``, turned into dates (or None)."""

    def __init__(self) -> None:
        self._seen: dict[Any, date | None] = {None: None}

    def __call__(self, value: Any) -> date | None:
        found = self._seen.get(value, _UNSEEN)
        if found is _UNSEEN:
            found = self._seen[value] = to_date(value)
        return found  # type: ignore[return-value]


_UNSEEN = object()


def to_date(value: Any) -> date:
    """A date from a date, a date and time, or ISO text (SQLite may hold a time after the date)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
