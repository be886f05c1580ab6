"""The one clock: the only place that asks the operating system for today's date or the time.

Everything else asks this module, so "as at" figures, demos, screenshots, support questions
("what did the dashboard say on 31 March?") and tests can be pinned to any day:

- ``pinned(day)`` pins the clock for a block (the command line's ``--as-of`` uses it);
- ``$ACTIONPLAN_TODAY`` (``YYYY-MM-DD`` or ``dd/mm/yyyy``) pins it for a whole process;
- otherwise it is the real date.

A pinned day is the application's today for everything, the time stamps it writes included:
``now()`` is then that day at the real time of day, so the order of events within a run is
kept and "changes since the last meeting" agrees with the day the pack is made for.
States change at midnight local time, so ``today()`` is the local date.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from actionplan.errors import ValidationError
from actionplan.i18n import _

TODAY_ENV = "ACTIONPLAN_TODAY"

_pinned: date | None = None


def parse_day(text: str) -> date:
    """A day written ``YYYY-MM-DD`` or ``dd/mm/yyyy``; anything else is a ``ValidationError``."""
    value = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValidationError(_("'{text}' is not a date: write it as 2027-03-31 or 31/03/2027").format(text=text))


def pinned_day() -> date | None:
    """The day the clock is pinned to (by ``pinned`` or ``$ACTIONPLAN_TODAY``), or None."""
    if _pinned is not None:
        return _pinned
    text = os.environ.get(TODAY_ENV, "").strip()
    if not text:
        return None
    try:
        return parse_day(text)
    except ValidationError as exc:
        raise ValidationError(
            _("{variable} is set to '{text}', which is not a date: write it as 2027-03-31.").format(
                variable=TODAY_ENV, text=text
            )
        ) from exc


def today() -> date:
    """The application's today: the pinned day, else the local date."""
    return pinned_day() or date.today()


def now() -> datetime:
    """The current moment as an aware UTC timestamp (on the pinned day, at the real time of day)."""
    real = datetime.now(UTC)
    day = pinned_day()
    if day is None:
        return real
    local = real.astimezone()
    return datetime.combine(day, local.timetz()).astimezone(UTC)


def pin(day: date | None) -> None:
    """Pin the clock to ``day`` for the rest of the process (None releases it)."""
    global _pinned
    _pinned = day


@contextmanager
def pinned(day: date | None) -> Iterator[None]:
    """Pin the clock to ``day`` inside the block; ``None`` leaves it as it is."""
    global _pinned
    before = _pinned
    if day is not None:
        _pinned = day
    try:
        yield
    finally:
        _pinned = before
