"""The import preview as plain dataclasses: per sheet, its mapping, row outcomes, errors and counts."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from actionplan.domain.dates import format_date
from actionplan.exchange.headers import COURSE_PREFIX

ENTITIES = ("people", "training_records", "actions", "organisations", "answers")


class Outcome(StrEnum):
    """What importing a row does."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    CONFLICT = "conflict"  # a field changed here and in the file since the export: the user chooses


class Resolution(StrEnum):
    """The user's choice for a conflict: the file's value, or the one we have."""

    THEIRS = "theirs"
    OURS = "ours"


@dataclass
class Counts:
    """Rows of each entity created, updated or left unchanged."""

    people: int = 0
    training_records: int = 0
    actions: int = 0
    organisations: int = 0
    answers: int = 0  # a self-assessment's answers (ratings and commentary)

    def add(self, other: "Counts") -> None:
        for name in ENTITIES:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def total(self) -> int:
        return sum(getattr(self, name) for name in ENTITIES)

    def to_json(self) -> dict[str, int]:
        """Counts by entity; ``answers`` (a self-assessment's) only when there are some, so the
        shape of other imports' JSON stays as it was."""
        return {name: getattr(self, name) for name in ENTITIES if name != "answers" or self.answers}

    @staticmethod
    def sum(counts: "Iterator[Counts] | list[Counts]") -> "Counts":
        result = Counts()
        for count in counts:
            result.add(count)
        return result


@dataclass(frozen=True)
class FieldChange:
    """One field of an updated row: the stored value and the file's value.

    Values are shown values: text, numbers, dates and yes/no; organisations, themes and
    owners by name. A matrix course column appears as its course code.
    """

    field: str
    old: object
    new: object


@dataclass(frozen=True)
class RowError:
    """Why a row was rejected: the spreadsheet row number the user sees, the column and value."""

    row: int
    column: str
    value: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value, "message": self.message}


@dataclass(eq=False)
class Conflict:
    """A field changed here since the export and changed differently in the returned file.

    Values are shown values, as in FieldChange. ``exported`` is the value at the export (from
    the change log); ``ours`` the value now; ``theirs`` the file's. ``field`` is "record" when
    the row was deleted here since the export and the partner changed it.

    Attributes:
        sheet, row: where it is (the spreadsheet row number the user sees).
        field: the field, as FieldChange names it ("status", "job_title", "owner", ...).
        column: the file's header for it.
        message: one sentence for the user.
        resolution: the choice made when the import was applied (None: none made).
    """

    sheet: str
    row: int
    field: str
    column: str
    exported: object
    ours: object
    theirs: object
    message: str = ""
    resolution: Resolution | None = None
    # Puts the file's value into the planned write (internal; called by apply).
    take: Callable[[], None] | None = field(default=None, repr=False)

    @property
    def key(self) -> tuple[str, int, str]:
        """(sheet, row, field): how ``apply_import(resolutions=...)`` names this conflict."""
        return (self.sheet, self.row, self.field)

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "exported": shown_value(self.exported),
            "ours": shown_value(self.ours),
            "theirs": shown_value(self.theirs),
            "message": self.message,
            "resolution": self.resolution.value if self.resolution else None,
        }


@dataclass(frozen=True)
class ImportWarning:
    """Something the user should check that does not stop the import (row None: the whole sheet)."""

    row: int | None
    column: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(eq=False)
class RowOutcome:
    """One data row of a sheet and what importing it does.

    Attributes:
        row: the spreadsheet row number (1-based, as Excel shows it).
        outcome: new, updated, unchanged, rejected or conflict.
        label: who or what the row is about ("Aisha Ahmed (NV1000)", "1.1 Refresh the...").
        changes: for an updated row, the field-level diff (for a new row, nothing); for a
            row in conflict, the changes that apply whatever the choice.
        errors: for a rejected row, every reason.
        conflicts: for a row in conflict, the fields changed on both sides since the export.
        cells: the row's cells as read from the file (for the rejects workbook).
    """

    row: int
    outcome: Outcome
    label: str = ""
    changes: list[FieldChange] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    cells: list[object] = field(default_factory=list, repr=False)
    # The planned writes this row takes part in (internal; read by apply).
    plans: list[Any] = field(default_factory=list, repr=False)
    # A row deleted here since the export: written only when its conflict is taken (internal).
    held: bool = field(default=False, repr=False)


@dataclass(frozen=True)
class ColumnInfo:
    """How one column of the header row was understood (for the mapping step of the wizard)."""

    column: int  # 0-based; column A is 0
    header: str
    field: str | None
    course: str | None
    confidence: float

    @property
    def target(self) -> str | None:
        """The mapping value: a field name, ``course:CODE`` or None (not imported)."""
        if self.course:
            return COURSE_PREFIX + self.course
        return self.field


@dataclass
class SheetPreview:
    """One sheet of the file: what it is, how it maps, and what each row would do.

    ``kind`` is None and ``skipped`` says why when the sheet cannot be imported. ``kind`` is
    "people", "training" (a list, one completion a row), "matrix" (one column per course) or
    "actions". Counts are of entities (a matrix row may create a person and three records);
    ``count(outcome)`` counts rows.
    """

    name: str
    kind: str | None = None
    header_row: int | None = None  # 1-based
    columns: list[ColumnInfo] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    created: Counts = field(default_factory=Counts)
    updated: Counts = field(default_factory=Counts)
    unchanged: Counts = field(default_factory=Counts)
    skipped: str | None = None
    profile: str | None = None  # the remembered mapping applied, by partner key
    # The first rows of the sheet as read (title rows and header included), so a wizard can
    # show a live sample and let the user pick the header row, even for a skipped sheet.
    top_rows: list[list[object]] = field(default_factory=list, repr=False)

    @property
    def mapping(self) -> dict[str, str]:
        """Header text -> field (or ``course:CODE``) for the columns that are imported."""
        return {c.header or f"column {c.column + 1}": c.target for c in self.columns if c.target}

    @property
    def errors(self) -> list[RowError]:
        return [error for row in self.rows for error in row.errors]

    @property
    def rejected(self) -> int:
        return sum(1 for row in self.rows if row.outcome is Outcome.REJECTED)

    @property
    def conflicts(self) -> list[Conflict]:
        """Every field changed both here and in the file since the export, in row order."""
        return [conflict for row in self.rows for conflict in row.conflicts]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    def to_json(self) -> dict[str, Any]:
        return {
            "sheet": self.name,
            "kind": self.kind,
            "header_row": self.header_row,
            "mapping": self.mapping,
            "rows": len(self.rows),
            "created": self.created.to_json(),
            "updated": self.updated.to_json(),
            "unchanged": self.unchanged.to_json(),
            "rejected": self.rejected,
            "errors": [e.to_json() for e in self.errors],
            "warnings": [w.to_json() for w in self.warnings],
            "conflicts": len(self.conflicts),
            "conflict_details": [c.to_json() for c in self.conflicts],
        }


@dataclass
class ImportPreview:
    """What importing a file would do, sheet by sheet; nothing has been written yet."""

    path: Path
    plan_id: int
    today: date
    org: str | None = None
    kind: str | None = None
    overrides: dict[int | str, str | None] | None = None
    partner_key: str = ""
    sheets: list[SheetPreview] = field(default_factory=list)
    # When the file is one of our exports coming back: its Export ID and time (UTC).
    export_id: str | None = None
    exported_at: datetime | None = None
    # The planned writes shared between rows and sheets (internal; read by apply).
    state: Any = field(default=None, repr=False)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def imported_sheets(self) -> list[SheetPreview]:
        return [s for s in self.sheets if s.skipped is None]

    @property
    def created(self) -> Counts:
        return Counts.sum(s.created for s in self.sheets)

    @property
    def updated(self) -> Counts:
        return Counts.sum(s.updated for s in self.sheets)

    @property
    def unchanged(self) -> Counts:
        return Counts.sum(s.unchanged for s in self.sheets)

    @property
    def rejected(self) -> int:
        return sum(s.rejected for s in self.sheets)

    @property
    def conflicts(self) -> list[Conflict]:
        return [conflict for sheet in self.sheets for conflict in sheet.conflicts]

    @property
    def rows(self) -> int:
        return sum(len(s.rows) for s in self.sheets)

    @property
    def has_changes(self) -> bool:
        return self.created.total + self.updated.total > 0

    def count(self, outcome: Outcome) -> int:
        return sum(s.count(outcome) for s in self.sheets)

    def to_json(self, *, applied: bool) -> dict[str, Any]:
        """The ``import --json`` object."""
        return {
            "file": self.file_name,
            "applied": applied,
            "created": self.created.to_json(),
            "updated": self.updated.to_json(),
            "unchanged": self.unchanged.to_json(),
            "rejected": self.rejected,
            "sheets": [s.to_json() for s in self.sheets],
            "conflicts": len(self.conflicts),
            "exported_at": self.exported_at.isoformat() if self.exported_at else None,
        }


@dataclass(frozen=True)
class ImportResult:
    """What ``apply_import`` did.

    Attributes:
        applied: False when rejected rows or conflicts without a choice stopped an
            all-or-nothing import.
        batch_id: the change batch that undoes the import (None when nothing changed).
        created, updated: entities written, by kind.
        rows_new, rows_updated: rows of the file, for the batch description.
        skipped_rows: rejected rows left out (with ``skip_invalid``).
        unresolved: conflicts without a choice: they stopped the import, or (with
            ``skip_invalid``) kept our values.
        took_theirs, kept_ours: conflicts resolved each way (``kept_ours`` counts the
            unresolved ones too when the import went ahead).
        notes: sentences from the ``after_apply`` callbacks (an update request marked returned).
    """

    applied: bool
    batch_id: int | None = None
    created: Counts = field(default_factory=Counts)
    updated: Counts = field(default_factory=Counts)
    rows_new: int = 0
    rows_updated: int = 0
    skipped_rows: int = 0
    description: str = ""
    unresolved: int = 0
    took_theirs: int = 0
    kept_ours: int = 0
    notes: tuple[str, ...] = ()


def shown_value(value: object) -> str:
    """A cell or field value as the user reads it in a message or a diff."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
