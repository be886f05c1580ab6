"""Pure normalising of spreadsheet cell values: dates, yes/no, status, RAG, percentages, text, emails.

Every parser takes a raw cell value (str, int, float, bool, date, datetime or None) and
returns the normalised value, ``None`` for a blank cell, or raises ``ValueError`` whose
message is a plain sentence the import preview shows beside the row and column.
"""

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from actionplan import i18n
from actionplan.domain.enums import ActionStatus, Rag
from actionplan.domain.text import match_key, tidy
from actionplan.exchange import welsh
from actionplan.i18n import _

# Cells that mean "nothing here" rather than a value (compared after casefold and tidy).
BLANK_MARKERS = frozenset({"", "-", "--", "–", "—", "n/a", "n / a", "na", "none", "nil", "not applicable"})

# Excel's 1900 date system: serial 1 is 1 January 1900, and serial 60 is the 29 February 1900
# that never was (a Lotus 1-2-3 bug Excel keeps). 1 to 73415 covers 1900-01-01 to 2100-12-31.
MIN_SERIAL = 1
MAX_SERIAL = 73415
_LOTUS_LEAP_DAY = 60
# Digit text counts as a serial only from 10000 (18 May 1927): "2025" in a date column is a year.
MIN_TEXT_SERIAL = 10000
MIN_YEAR = 1900
MAX_YEAR = 2100

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+"
)
_TIME_SUFFIX = re.compile(r"(?:\s+|t)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?(?:z|[+-]\d{2}:?\d{2})?$")
_ISO = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$")
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*(?:of\s+)?([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})$"
)
_MONTH_DAY_YEAR = re.compile(r"^([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+$")
_PERCENT_TEXT = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(%?)$")
_LIST_SEPARATORS = re.compile(r"\s*(?:;|,|\n|\r|\u2022)\s*")
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def is_blank(value: object) -> bool:
    """Tell whether a cell holds nothing: None, empty or spaces, or a marker like "N/A" or "-"."""
    if value is None:
        return True
    if isinstance(value, str):
        return tidy(value).casefold() in BLANK_MARKERS
    return False


def _shown(value: object) -> str:
    """The value as the user would recognise it in a message."""
    return tidy(value) if isinstance(value, str) else str(value)


# ---------------------------------------------------------------- dates


def _two_digit_year(year: int) -> int:
    return year + (2000 if year < 70 else 1900)


def _make_date(year: int, month: int, day: int, shown: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(
            _("“{value}” is outside the years {low} to {high}: check the year.").format(
                value=shown, low=MIN_YEAR, high=MAX_YEAR
            )
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            _("“{value}” is not a real date: check the day and month.").format(value=shown)
        ) from None


def from_serial(serial: float) -> date:
    """Turn an Excel serial number (1900 date system) into a date; the time of day is dropped."""
    whole = int(serial)
    if not MIN_SERIAL <= whole <= MAX_SERIAL or whole == _LOTUS_LEAP_DAY:
        raise ValueError(
            _("{value} is not a date Excel can hold: write it as 31/03/2025.").format(value=_shown(serial))
        )
    origin = date(1899, 12, 31) if whole < _LOTUS_LEAP_DAY else date(1899, 12, 30)
    return origin + timedelta(days=whole)


def parse_date(value: object, *, month_first: bool = False) -> date | None:
    """Read a date from a cell.

    Accepts date and datetime cells, Excel serial numbers (numbers, or digit text from 10000),
    ISO text (2025-03-31, always year first), compact 20250331, and text read day first:
    31/03/2025, 31/3/25, 31-03-2025, 31.03.2025, 31-Mar-25, 31 Mar 2025, 31 March 2025,
    31st March 2026, Monday 31 March 2025, and the unambiguous March 31, 2025. A time of day
    after the date is ignored. Two-digit years 00-69 are 2000-2069 and 70-99 are 1970-1999.

    Args:
        value: the cell value.
        month_first: read numeric text such as 03/31/2025 month first (US style); see
            ``detect_month_first``.

    Returns:
        The date, or None for a blank cell or a marker such as "N/A".

    Raises:
        ValueError: with a plain reason, when the value is not a date.
    """
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | time | timedelta):
        raise ValueError(_("“{value}” is not a date.").format(value=_shown(value)))
    if isinstance(value, int | float):
        if float(value).is_integer() and _COMPACT.match(str(int(value))):
            return _parse_text(str(int(value)), month_first=month_first)
        return from_serial(value)
    if not isinstance(value, str):
        raise ValueError(_("“{value}” is not a date.").format(value=_shown(value)))
    return _parse_text(value, month_first=month_first)


def _parse_text(value: str, *, month_first: bool) -> date:
    shown = tidy(value)
    text = shown.casefold()
    text = _WEEKDAY.sub("", text)
    text = _TIME_SUFFIX.sub("", text).strip()

    if m := _ISO.match(text):
        return _make_date(int(m[1]), int(m[3]), int(m[4]), shown)
    if m := _COMPACT.match(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), shown)
    if _DIGITS.match(text):
        if float(text) < MIN_TEXT_SERIAL:
            raise ValueError(_("“{value}” is not a date: write it as 31/03/2025.").format(value=shown))
        return from_serial(float(text))
    if m := _NUMERIC.match(text):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if len(m[4]) == 2:
            year = _two_digit_year(year)
        day, month = (second, first) if month_first else (first, second)
        if month > 12 and day <= 12 and not month_first:
            raise ValueError(
                _(
                    "“{value}” has no month {month}: dates are read day first (31/03/2025); "
                    "check whether this column is written month first."
                ).format(value=shown, month=month)
            )
        return _make_date(year, month, day, shown)
    if m := _DAY_MONTH_YEAR.match(text):
        month = _month(m[2], shown)
        year = int(m[3]) if len(m[3]) == 4 else _two_digit_year(int(m[3]))
        return _make_date(year, month, int(m[1]), shown)
    if m := _MONTH_DAY_YEAR.match(text):
        return _make_date(int(m[3]), _month(m[1], shown), int(m[2]), shown)
    raise ValueError(_("“{value}” is not a date: write it as 31/03/2025.").format(value=shown))


def _month(word: str, shown: str) -> int:
    try:
        return _MONTHS[word]
    except KeyError:
        raise ValueError(
            _("“{value}” does not name a month: write it as 31/03/2025.").format(value=shown)
        ) from None


def detect_month_first(values: Iterable[object]) -> bool:
    """Tell whether a column's numeric text dates (03/31/2025) only make sense month first.

    True when some value has a second number above 12 and none has a first number above 12.
    Date cells, serial numbers and ISO text are ignored: they are never ambiguous.
    """
    saw_late_second = False
    for value in values:
        if not isinstance(value, str):
            continue
        text = _TIME_SUFFIX.sub("", tidy(value).casefold()).strip()
        m = _NUMERIC.match(text)
        if not m:
            continue
        first, second = int(m[1]), int(m[3])
        if 12 < first <= 31:
            return False
        if 12 < second <= 31:
            saw_late_second = True
    return saw_late_second


# ---------------------------------------------------------------- yes / no

_TRUE_WORDS = frozenset({"yes", "y", "true", "t", "1", "x", "✓", "✔", "☑", "tick", "ticked"})
_FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "✗", "✘", "☐", "cross"})


def parse_bool(value: object) -> bool | None:
    """Read Yes/No in its usual spellings.

    True: yes, y, true, t, 1, x, ✓, ✔, ☑, tick, ticked. False: no, n, false, f, 0, ✗, ✘, ☐,
    cross. Blank cells and markers such as "N/A" give None (not given), not False.

    Raises:
        ValueError: for anything else.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = tidy(value).casefold().rstrip(".")
    if word in _TRUE_WORDS or word in welsh.YES_WORDS:
        return True
    if word in _FALSE_WORDS or word in welsh.NO_WORDS:
        return False
    raise ValueError(_("“{value}” is not Yes or No.").format(value=_shown(value)))


# ---------------------------------------------------------------- status and RAG


@lru_cache(maxsize=256)
def label_keys(member: object) -> frozenset[str]:
    """The matching keys of an enum member's label in English and in Welsh (a Welsh workbook reads back)."""
    return frozenset(match_key(label) for label in i18n.in_every_language(lambda: member.label))  # type: ignore[attr-defined]


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(match_key(w) for w in words)


_STATUS_WORDS: dict[ActionStatus, frozenset[str]] = {
    ActionStatus.NOT_STARTED: _keys(
        ["Not started", "Not yet started", "Yet to start", "To do", "Planned", "Pending", "New"]
    ),
    ActionStatus.IN_PROGRESS: _keys(
        [
            "In progress", "On track", "Delayed", "Ongoing", "On going", "Started", "Underway",
            "Under way", "Progressing", "At risk", "Behind", "Behind schedule", "Off track",
            "Overdue", "Active", "In hand", "WIP", "Work in progress",
        ]
    ),
    ActionStatus.COMPLETE: _keys(
        ["Complete", "Completed", "Done", "Closed", "Finished", "Achieved", "Delivered", "Met"]
    ),
    ActionStatus.BLOCKED: _keys(["Blocked", "On hold", "Stuck", "Paused", "Suspended"]),
    ActionStatus.CANCELLED: _keys(
        [
            "Cancelled", "Canceled", "Withdrawn", "Dropped", "Abandoned", "Superseded",
            "Not required", "No longer required",
        ]
    ),
}  # fmt: skip


def parse_status(value: object) -> ActionStatus | None:
    """Read an action status from the words partners write.

    "Not started", "In progress", "On track", "Delayed" and "Ongoing" (in progress),
    "Complete", "Completed", "Done", "Closed", "Blocked", "On hold", "Stuck", "Cancelled",
    "Canceled", "Withdrawn" and more, ignoring case, spaces and punctuation.

    Raises:
        ValueError: for words that name no status.
    """
    if is_blank(value):
        return None
    key = match_key(_shown(value))
    for status in ActionStatus:
        if key == match_key(status.value) or key in label_keys(status):
            return status
    for status, words in _STATUS_WORDS.items():
        if key in words:
            return status
    raise ValueError(
        _("“{value}” is not a status: use Not started, In progress, Complete, Blocked or Cancelled.").format(
            value=_shown(value)
        )
    )


_RAG_WORDS: dict[Rag, frozenset[str]] = {
    Rag.RED: _keys(["R", "Red", "Off track", "Delayed", "Behind", "Behind schedule", "Overdue"]),
    Rag.AMBER: _keys(["A", "Amber", "Yellow", "At risk", "Some concerns"]),
    Rag.GREEN: _keys(["G", "Green", "On track", "On target", "No concerns"]),
    Rag.COMPLETE: _keys(["B", "Blue", "Glas", "Complete", "Completed", "Done", "Closed", "Achieved"]),
}
_RAG_COLOURS = {"red": Rag.RED, "amber": Rag.AMBER, "green": Rag.GREEN, "blue": Rag.COMPLETE}
_RAG_LETTERS = {"r": Rag.RED, "a": Rag.AMBER, "g": Rag.GREEN}
_RAG_MIXED = re.compile(r"^(red|amber|green|r|a|g)\s*[/\-–]\s*(red|amber|green|r|a|g)$")
_RAG_LEADING = re.compile(r"^(red|amber|green|blue)\b\s*[-–—:(]")


def parse_rag(value: object) -> Rag | None:
    """Read a RAG (BRAG) rating.

    R/A/G/B and Red/Amber/Green/Blue; Complete, Completed and Done give the blue
    "complete" rating; "On track" is green, "At risk" amber, "Off track", "Delayed" and
    "Overdue" red. A colour followed by words ("Green - on track") takes the colour.

    Mixed ratings of the five-point scale ("Red/Amber", "Amber/Green", "A/G") become
    Amber: it is the band both halves share, so the four-point scale neither escalates
    nor hides them. "Red/Green" names no band and is refused.

    Raises:
        ValueError: for anything else.
    """
    if is_blank(value):
        return None
    text = tidy(value).casefold()
    if m := _RAG_MIXED.match(text):
        halves = {_RAG_LETTERS[m[1][0]], _RAG_LETTERS[m[2][0]]}
        if len(halves) == 1:
            return halves.pop()
        if Rag.AMBER in halves:
            return Rag.AMBER
        raise ValueError(_("“{value}” mixes red and green: give one rating.").format(value=_shown(value)))
    key = match_key(text)
    for rag in Rag:
        if key == match_key(rag.value) or key in label_keys(rag):
            return rag
    for rag, words in _RAG_WORDS.items():
        if key in words:
            return rag
    if m := _RAG_LEADING.match(text):
        return _RAG_COLOURS[m[1]]
    raise ValueError(
        _("“{value}” is not a RAG rating: use Red, Amber, Green or Blue (complete).").format(
            value=_shown(value)
        )
    )


# ---------------------------------------------------------------- numbers


def detect_fractions(values: Iterable[object]) -> bool:
    """Tell whether a column's numbers are fractions (a % cell holds 0.5 for 50%).

    True when every number lies within 0 to 1 and at least one has a fractional part, so a
    1 in that column is read as 100%.
    """
    saw_fraction = False
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if not 0 <= value <= 1:
            return False
        if value not in (0, 1):
            saw_fraction = True
    return saw_fraction


def parse_percent(value: object, *, fractions: bool = False) -> int | None:
    """Read a percentage 0 to 100, rounded to a whole number.

    "50%", "50 %", "50" and 50 give 50. A number strictly between 0 and 1 (how a % cell
    holds it) is multiplied by 100; so is every number when ``fractions`` is True (see
    ``detect_fractions``), which makes 1 read as 100%.

    Raises:
        ValueError: for text that is not a number, or a result outside 0 to 100.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(_("“{value}” is not a percentage.").format(value=_shown(value)))
    if isinstance(value, int | float):
        number = float(value)
        if fractions or 0 < number < 1:
            number *= 100
    elif isinstance(value, str):
        m = _PERCENT_TEXT.match(tidy(value))
        if not m:
            raise ValueError(_("“{value}” is not a percentage: write it as 50%.").format(value=_shown(value)))
        number = float(m[1])
        if not m[2] and (fractions or 0 < number < 1):
            number *= 100
    else:
        raise ValueError(_("“{value}” is not a percentage.").format(value=_shown(value)))
    if not 0 <= number <= 100:
        raise ValueError(_("{value} is outside 0% to 100%.").format(value=_shown(value).rstrip("%") + "%"))
    return math.floor(number + 0.5)


# ---------------------------------------------------------------- text


def clean_text(value: object) -> str | None:
    """Trim text (non-breaking spaces too) and fold inner spaces; None when nothing is left.

    Whole numbers read as floats (1001.0) become "1001"; dates become 31/03/2025 and
    TRUE/FALSE cells "TRUE"/"FALSE", as Excel shows them.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        # 15 significant digits, as Excel shows a number: 0.1 + 0.2 reads "0.3".
        text = str(int(value)) if value.is_integer() else format(value, ".15g")
    elif isinstance(value, datetime):
        text = value.strftime("%d/%m/%Y" if value.time() == time() else "%d/%m/%Y %H:%M")
    elif isinstance(value, date):
        text = value.strftime("%d/%m/%Y")
    else:
        text = tidy(value)
    return text or None


def clean_email(value: object) -> str | None:
    """Return an email address trimmed and lower-cased; None for a blank cell.

    "Name <a.b@x.gov.uk>" and "mailto:a.b@x.gov.uk" give the bare address.

    Raises:
        ValueError: when the text is not an email address ("not given", "see HR").
    """
    # Text with no spaces to trim or fold, nothing tidy would change (its whitespace other than
    # a space is all unprintable): the common case, checked without tidy's regular expression.
    # Equivalent mutants: the general way below gives the same answer for such text.
    if type(value) is str and " " not in value and value.isprintable():  # pragma: no mutate
        text = value
        if text.casefold() in BLANK_MARKERS:
            return None
    else:
        if is_blank(value):
            return None
        text = tidy(value)
    if "<" in text and text.endswith(">"):
        text = text[text.rindex("<") + 1 : -1].strip()
    if text.casefold().startswith("mailto:"):
        text = text[len("mailto:") :]
    text = text.casefold()
    if not _EMAIL.match(text):
        raise ValueError(_("“{value}” is not an email address.").format(value=_shown(value)))
    return text


def split_list(value: object) -> list[str]:
    """Split a cell listing names: "Police; Council; Schools", commas, new lines, bullets.

    " and " / " & " split only the last item of a list that already has separators
    ("Police, Council and Schools"), because organisation names contain them ("Police and
    Crime Commissioner"). Items are tidied, blanks dropped and repeats (ignoring case and
    punctuation) kept once, in order.
    """
    if is_blank(value):
        return []
    text = str(value).replace("\xa0", " ")
    parts = [tidy(p) for p in _LIST_SEPARATORS.split(text)]
    parts = [p for p in parts if p]
    if len(parts) > 1:
        parts = parts[:-1] + [tidy(p) for p in _AND.split(parts[-1]) if tidy(p)]
    seen: set[str] = set()
    items: list[str] = []
    for part in parts:
        key = match_key(part) or part
        if key not in seen:
            seen.add(key)
            items.append(part)
    return items
