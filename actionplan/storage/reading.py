"""Reading many rows quickly: dates taken as the database gives them and parsed once a value.

SQLAlchemy turns each date of each row from SQLite's ISO text into a date on its own; over
50,000 people and 150,000 training records that is a large part of a load. A query selects
``date_text(column)`` instead and passes each value through one ``DateReader``: each distinct
text is parsed once (a county's dates repeat), and a database that returns dates (PostgreSQL)
has them passed through.

``driver_rows`` goes a step further for columns that need no conversion at all (whole numbers,
text, and these date texts): SQLAlchemy runs the query, and the rows are taken from the
driver's cursor as it returns them, without SQLAlchemy's per-row result handling.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Executable, String, type_coerce


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
