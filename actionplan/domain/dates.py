"""Date rules: UK display, adding months, and day counts in plain words."""

import calendar
from datetime import date

from actionplan.i18n import _, ngettext


def format_date(value: date | None) -> str:
    """A date as UK users read it: dd/mm/yyyy (empty for no date)."""
    return value.strftime("%d/%m/%Y") if value else ""


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months, clamped to the month's last day (31/01 + 1 = 28/02)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    if start.day <= 28:  # pragma: no mutate (every month has a 28th: "< 28" gives the same dates)
        return date(year, month, start.day)
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def days_phrase(days: int) -> str:
    """'1 day' / '12 days'."""
    return ngettext("{n} day", "{n} days", days).format(n=days)


def relative_due(due: date, today: date) -> str:
    """'due today', 'due in 3 days', '12 days overdue' for a due date seen from ``today``."""
    delta = (due - today).days
    if delta == 0:
        return _("due today")
    if delta > 0:  # pragma: no mutate (0 returned above: ">= 0" is the same)
        return _("due in {days}").format(days=days_phrase(delta))
    return _("{days} overdue").format(days=days_phrase(-delta))
