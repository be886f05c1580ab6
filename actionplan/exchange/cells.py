"""Reading the mapped cells of one sheet row into typed values, collecting plain-language errors."""

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from actionplan.exchange.headers import ColumnMapping
from actionplan.exchange.preview import ImportWarning, RowError, SheetPreview, shown_value
from actionplan.exchange.values import (
    BLANK_MARKERS,
    clean_email,
    clean_text,
    detect_fractions,
    detect_month_first,
    is_blank,
    parse_bool,
    parse_date,
    parse_percent,
)
from actionplan.i18n import _

DATE_FIELDS = frozenset({"start_date", "leaving_date", "completed_on", "expires_on", "due_date"})


def _is_tidy(text: str) -> bool:
    """Text that ``tidy`` leaves as it is (its whitespace other than a space is all unprintable);
    None-or-empty aside, ``clean_text`` of it is itself."""
    return text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]


class SheetInput:
    """A sheet's data rows below its header, with the mapping and per-column reading rules."""

    def __init__(
        self, preview: SheetPreview, rows: list[list[object]], header_index: int, mapping: ColumnMapping
    ):
        self.preview = preview
        self.rows = rows
        self.header_index = header_index
        self.mapping = mapping
        self.headers = [m.header for m in mapping.columns]
        self.fields = mapping.field_columns
        self.course_columns = mapping.course_columns
        self._header_keys = [clean_text(v) for v in rows[header_index]]
        self._warned: set[tuple[int | None, str, str]] = set()
        date_columns = [c for f, c in self.fields.items() if f in DATE_FIELDS] + list(self.course_columns)
        self.month_first: frozenset[int] = frozenset(
            c for c in date_columns if detect_month_first(self.column_values(c))
        )
        for column in sorted(self.month_first):
            self.warn(
                None,
                self.header(column),
                _(
                    "Dates in this column only make sense month first (as in 03/31/2025), so they "
                    "were read month first: check them."
                ),
            )
        # Parsed dates and yes/no by column and cell value: columns repeat their values a lot.
        self.parsed: dict[int, dict[object, object]] = defaultdict(dict)
        progress = self.fields.get("progress")
        self.fractions = progress is not None and detect_fractions(self.column_values(progress))

    def column_values(self, column: int) -> Iterator[object]:
        for row in self.rows[self.header_index + 1 :]:
            yield row[column]

    def header(self, column: int | None) -> str:
        if column is None or column >= len(self.headers):
            return ""
        return self.headers[column] or _("column {n}").format(n=column + 1)

    def field_header(self, field: str) -> str:
        return self.header(self.fields.get(field))

    def warn(self, row: int | None, column: str, message: str) -> None:
        """Add a warning to the sheet once."""
        key = (row, column, message)
        if key not in self._warned:
            self._warned.add(key)
            self.preview.warnings.append(ImportWarning(row, column, message))

    def data_rows(self) -> Iterator[tuple[int, list[object]]]:
        """(spreadsheet row number, cells) of the rows below the header.

        Entirely blank rows and repeats of the header row (as printed reports have) are
        left out silently.
        """
        header = self._header_keys
        for index in range(self.header_index + 1, len(self.rows)):
            cells = self.rows[index]
            # Any cell not empty (most rows: the first) keeps the row; a loop that stops there.
            for value in cells:
                if value is not None and not (isinstance(value, str) and not value.strip()):
                    break
            else:
                continue
            first = cells[0]
            if first is None:
                yield index + 1, cells
                continue
            # The first cell as clean_text reads it: tidy text is itself (see RowReader.text).
            # Equivalent mutants: clean_text gives the same for any text the fast way takes.
            if type(first) is str and first and _is_tidy(first):  # pragma: no mutate
                first_text: object = first
            else:
                first_text = clean_text(first)
            if first_text == header[0] and [clean_text(v) for v in cells] == header:
                continue
            yield index + 1, cells


class RowReader:
    """Typed reads of one row's mapped fields; each bad cell adds a RowError instead of raising."""

    __slots__ = ("sheet", "number", "cells", "errors", "_fields")

    def __init__(self, sheet: SheetInput, number: int, cells: list[object]):
        self.sheet = sheet
        self.number = number
        self.cells = cells
        self.errors: list[RowError] = []
        self._fields = sheet.fields

    def has(self, field: str) -> bool:
        return field in self._fields

    def raw(self, field: str) -> object:
        column = self._fields.get(field)
        return None if column is None else self.cells[column]

    def error(
        self, field: str | None, message: str, *, column: int | None = None, value: object = None
    ) -> None:
        if column is None and field is not None:
            column = self._fields.get(field)
        if value is None and column is not None:
            value = self.cells[column]
        self.errors.append(RowError(self.number, self.sheet.header(column), shown_value(value), message))

    def text(self, field: str, limit: int | None = None) -> str | None:
        """Trimmed text, or None for a blank cell; longer than ``limit`` is an error."""
        column = self._fields.get(field)
        if column is None:
            return None
        value = self.cells[column]
        if value is None:
            return None
        if (  # _is_tidy, written out: this runs for every text cell
            type(value) is str
            and value.isprintable()
            and "  " not in value
            and value[:1] != " " != value[-1:]
        ):
            text = value  # already tidy: no odd spaces to trim or fold (the common case, and fast)
        else:
            text = clean_text(value)
        if text and limit is not None and len(text) > limit:
            self.error(
                field,
                _("This is {n} characters long; at most {limit} fit.").format(n=len(text), limit=limit),
            )
            return None
        return text

    def identifier(self, field: str, limit: int) -> str | None:
        """Text that identifies something (a staff number, an organisation): "N/A" or "-" is blank."""
        text = self.text(field, limit)
        if text and text.casefold() in BLANK_MARKERS:
            return None
        return text

    def date_value(self, field: str) -> date | None:
        column = self._fields.get(field)
        if column is None:
            return None
        return self.date_at(column)

    def date_at(self, column: int) -> date | None:
        value = self.cells[column]
        if value is None:
            return None
        if type(value) is date:
            return value
        cache = self.sheet.parsed[column] if type(value) is str else {}  # True == 1: text only
        found = cache.get(value)
        if found is not None:
            return found
        try:
            found = parse_date(value, month_first=column in self.sheet.month_first)
        except ValueError as exc:
            self.error(None, str(exc), column=column)
            return None
        cache[value] = found
        return found

    def flag(self, field: str) -> bool | None:
        column = self._fields.get(field)
        if column is None or self.cells[column] is None:
            return None
        value = self.cells[column]
        cache = self.sheet.parsed[column]
        if value in cache:
            return cache[value]
        try:
            cache[value] = found = parse_bool(value)
        except ValueError as exc:
            self.error(field, str(exc))
            return None
        return found

    def email(self, field: str = "email") -> str | None:
        column = self._fields.get(field)
        if column is None or self.cells[column] is None:
            return None
        try:
            email = clean_email(self.cells[column])
        except ValueError as exc:
            self.error(field, str(exc))
            return None
        if email is not None and len(email) > 254:
            self.error(field, _("This email address is too long."))
            return None
        return email

    def percent(self, field: str) -> int | None:
        column = self._fields.get(field)
        if column is None or self.cells[column] is None:
            return None
        try:
            return parse_percent(self.cells[column], fractions=self.sheet.fractions)
        except ValueError as exc:
            self.error(field, str(exc))
            return None

    def blank(self, field: str) -> bool:
        return is_blank(self.raw(field))
