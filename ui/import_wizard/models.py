"""The import wizard's tables: the column mapping, the sample as it will be read, and the row outcomes."""

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState, Rag
from actionplan.exchange import values
from actionplan.exchange.headers import COURSE_PREFIX, EXACT, STRIPPED
from actionplan.exchange.preview import ColumnInfo, Conflict, Outcome, Resolution, RowOutcome, shown_value
from ui import theme

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


# -- words for fields and outcomes -----------------------------------------------------------------


def field_label(target: str | None) -> str:
    """The words for a mapping target: a field name, ``course:CODE`` or None (not imported)."""
    if target is None:
        return tr("Ignore (not imported)")
    if target.startswith(COURSE_PREFIX):
        return tr("Course: {code}").format(code=target[len(COURSE_PREFIX) :])
    labels = {
        "record_id": tr("Record ID"),
        "staff_number": tr("Staff number"),
        "first_name": tr("First name"),
        "last_name": tr("Last name"),
        "full_name": tr("Full name"),
        "email": tr("Email"),
        "job_title": tr("Job title"),
        "role_group": tr("Role group"),
        "organisation": tr("Organisation"),
        "team": tr("Team"),
        "key_personnel": tr("Key personnel"),
        "start_date": tr("Start date"),
        "leaving_date": tr("Leaving date"),
        "course": tr("Course"),
        "completed_on": tr("Completed on"),
        "expires_on": tr("Expires on"),
        "evidence": tr("Evidence"),
        "ref": tr("Reference"),
        "title": tr("Action title"),
        "description": tr("Description"),
        "theme": tr("Theme"),
        "objective": tr("Objective"),
        "lead_organisation": tr("Lead organisation"),
        "owner": tr("Owner"),
        "partners": tr("Partners"),
        "due_date": tr("Due date"),
        "status": tr("Status"),
        "progress": tr("Progress"),
        "rag": tr("RAG"),
        "statutory": tr("Statutory"),
        "notes": tr("Notes"),
        "update": tr("Progress update"),
        "question_id": tr("Question ID"),
        "question": tr("Question"),
        "section": tr("Section"),
        "rating": tr("Rating"),
        "commentary": tr("Commentary"),
        "suggested": tr("Suggested rating"),
        "reasons": tr("Why suggested"),
        "last_year": tr("Last year's rating"),
        "assessor": tr("Assessor"),
        "answered_on": tr("Date rated"),
        "short_name": tr("Short name"),
        "sector": tr("Sector"),
        "specified_authority": tr("Specified authority"),
        "contact_name": tr("Prevent contact"),
        "contact_email": tr("Prevent contact email"),
    }
    # A matrix diff names its course by code ("WRAP"), which is shown as it is.
    return labels.get(target, target)


def outcome_label(outcome: Outcome | str) -> str:
    return {
        Outcome.NEW: tr("New"),
        Outcome.UPDATED: tr("Updated"),
        Outcome.UNCHANGED: tr("Unchanged"),
        Outcome.REJECTED: tr("Rejected"),
        Outcome.CONFLICT: tr("Conflict"),
    }[Outcome(outcome)]


def outcome_colours(outcome: Outcome | str) -> tuple[QColor, QColor] | None:
    """(background, text) for an outcome, from the theme's contrast-checked pairs."""
    outcome = Outcome(outcome)
    if outcome is Outcome.NEW:
        return theme.rag_colours(Rag.GREEN)
    if outcome is Outcome.UPDATED:
        return theme.rag_colours(Rag.COMPLETE)
    if outcome is Outcome.REJECTED:
        return theme.rag_colours(Rag.RED)
    if outcome is Outcome.CONFLICT:
        return theme.rag_colours(Rag.AMBER)
    return theme.state_colours(ComplianceState.DUE)


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column: 0 is A, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


DATE_FIELDS = frozenset({"start_date", "leaving_date", "completed_on", "expires_on", "due_date"})


def read_value(target: str, value: object) -> tuple[str, str | None]:
    """A cell as the import will read it into ``target``: (the words shown, the reason it fails or None).

    Day-first dates, yes/no, emails, status, RAG and percentages are read the way the importer
    reads them, so the sample shows "05/01/2015" for the text 05/01/2015 and "Yes" for "Y".
    """
    try:
        if target.startswith(COURSE_PREFIX) or target in DATE_FIELDS:
            read: object = values.parse_date(value)
            return (format_date(read) if isinstance(read, date) else ""), None
        if target in ("key_personnel", "statutory"):
            flag = values.parse_bool(value)
            return ("" if flag is None else tr("Yes") if flag else tr("No")), None
        if target == "email":
            return values.clean_email(value) or "", None
        if target == "status":
            status = values.parse_status(value)
            return (status.label if status else ""), None
        if target == "rag":
            rag = values.parse_rag(value)
            return (rag.label if rag else ""), None
        if target == "progress":
            percent = values.parse_percent(value)
            return ("" if percent is None else f"{percent}%"), None
        if target == "partners":
            return "; ".join(values.split_list(value)), None
    except ValueError as exc:
        return shown_value(value), str(exc)
    return values.clean_text(value) or "", None


def _warning_colour() -> QColor:
    return QColor("#ff9a90" if theme.is_dark() else "#a4161a")  # the FieldError colours


# -- the mapping table -----------------------------------------------------------------------------

MAP_COL_LETTER = 0
MAP_COL_HEADER = 1
MAP_COL_TARGET = 2
MAP_COL_MATCH = 3
MAP_COL_FIRST = 4
MAP_COLUMN_COUNT = 5

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # the mapping value: a field, "course:CODE" or None
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 2  # the file's 0-based column index
CONFIDENCE_ROLE = Qt.ItemDataRole.UserRole + 3

MAPPING_CHANGED_ROLES = [DISPLAY, EDIT, Qt.ItemDataRole.ToolTipRole, TARGET_ROLE, CONFIDENCE_ROLE]


class MappingModel(QAbstractTableModel):
    """The sheet's columns, one a row, each with the field it fills; the field is editable.

    Editing a row's field emits ``target_changed(column, target)``; the wizard turns it into
    an override and previews again.
    """

    target_changed = Signal(int, object)  # file column (0-based), field / "course:CODE" / None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[ColumnInfo] = []
        self._first: list[object] = []
        self._chosen: set[int] = set()
        self._choices: list[tuple[str, str | None]] = []
        self._headers = {
            MAP_COL_LETTER: self.tr("Column"),
            MAP_COL_HEADER: self.tr("Heading in the file"),
            MAP_COL_TARGET: self.tr("Imported as"),
            MAP_COL_MATCH: self.tr("Match"),
            MAP_COL_FIRST: self.tr("First value"),
        }

    def set_columns(
        self,
        columns: Sequence[ColumnInfo],
        first_row: Sequence[object] = (),
        chosen: set[int] | None = None,
        choices: Sequence[tuple[str, str | None]] = (),
    ) -> None:
        """Show a sheet's columns, the first data row's cells, and the columns the user chose."""
        self.beginResetModel()
        self._columns = list(columns)
        self._first = list(first_row)
        self._chosen = set(chosen or ())
        self._choices = list(choices)
        self.endResetModel()

    def choices(self) -> list[tuple[str, str | None]]:
        """(label, target) for the drop-down: "Ignore" first, then the fields of the sheet's kind."""
        return list(self._choices)

    def column_at(self, row: int) -> ColumnInfo:
        return self._columns[row]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else MAP_COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == MAP_COL_TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._columns):
            return None
        info = self._columns[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(info, column)
        if role == EDIT and column == MAP_COL_TARGET:
            return info.target
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == MAP_COL_MATCH and self._near(info):
            return _warning_colour()
        if role == TARGET_ROLE:
            return info.target
        if role == COLUMN_ROLE:
            return info.column
        if role == CONFIDENCE_ROLE:
            return info.confidence
        return None

    def _near(self, info: ColumnInfo) -> bool:
        return info.target is not None and info.column not in self._chosen and info.confidence < STRIPPED

    def _text(self, info: ColumnInfo, column: int) -> str:
        if column == MAP_COL_LETTER:
            return column_letter(info.column)
        if column == MAP_COL_HEADER:
            return info.header or self.tr("(no heading)")
        if column == MAP_COL_TARGET:
            return field_label(info.target)
        if column == MAP_COL_MATCH:
            return self._match_text(info)
        if column == MAP_COL_FIRST:
            value = self._first[info.column] if info.column < len(self._first) else None
            return shown_value(value)
        return ""

    def _match_text(self, info: ColumnInfo) -> str:
        if info.column in self._chosen:
            return self.tr("Your choice")
        if info.target is None:
            return self.tr("Not recognised") if info.header else ""
        if info.course:
            return self.tr("Course name")
        if info.confidence >= EXACT:
            return self.tr("Exact")
        if info.confidence >= STRIPPED:
            return self.tr("Exact, without the note")
        return self.tr("Near match ({percent}%): check it").format(percent=round(info.confidence * 100))

    def _tooltip(self, info: ColumnInfo, column: int) -> str | None:
        if column == MAP_COL_TARGET:
            return self.tr("Choose the field this column fills, or Ignore to leave it out")
        if column == MAP_COL_MATCH and self._near(info):
            return self.tr("The heading is close to a known heading but not the same: check the field")
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != MAP_COL_TARGET or role != EDIT:
            return False
        info = self._columns[index.row()]
        target = value or None
        if target == info.target and info.column in self._chosen:
            return False
        course = target[len(COURSE_PREFIX) :] if target and target.startswith(COURSE_PREFIX) else None
        field = None if course or target is None else target
        self._columns[index.row()] = ColumnInfo(info.column, info.header, field, course, EXACT)
        self._chosen.add(info.column)
        first = self.index(index.row(), 0)
        self.dataChanged.emit(first, self.index(index.row(), MAP_COLUMN_COUNT - 1), MAPPING_CHANGED_ROLES)
        self.target_changed.emit(info.column, target)
        return True


# -- the sample, as the mapping will read it --------------------------------------------------------

SAMPLE_ROWS = 6
ERROR_ROLE = Qt.ItemDataRole.UserRole + 4  # the reason a sample cell would be rejected, or None


class SampleModel(QAbstractTableModel):
    """The first data rows, one a row; a column per imported column, its cells read as the import will."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: list[ColumnInfo] = []
        self._rows: list[RowOutcome] = []

    def set_sample(self, columns: Sequence[ColumnInfo], rows: Sequence[RowOutcome]) -> None:
        self.beginResetModel()
        self._columns = [c for c in columns if c.target is not None]
        self._rows = list(rows[:SAMPLE_ROWS])
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return field_label(self._columns[section].target)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(self._rows[section].row)
        return None

    def _read(self, index: Index) -> tuple[str, str | None]:
        info = self._columns[index.column()]
        cells = self._rows[index.row()].cells
        value = cells[info.column] if info.column < len(cells) else None
        assert info.target is not None
        return read_value(info.target, value)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)
        ):
            return None
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            text, error = self._read(index)
            return f"⚠ {text}" if error else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._read(index)[1]
        if role == Qt.ItemDataRole.ForegroundRole and self._read(index)[1]:
            return _warning_colour()
        if role == ERROR_ROLE:
            return self._read(index)[1]
        return None


# -- the row outcomes ------------------------------------------------------------------------------

OUT_COL_ROW = 0
OUT_COL_OUTCOME = 1
OUT_COL_RECORD = 2
OUT_COL_COLUMN = 3
OUT_COL_VALUE = 4
OUT_COL_DETAILS = 5
OUT_COLUMN_COUNT = 6

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 5  # the Outcome value ("new", "updated", …)
ROW_OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 6  # the RowOutcome
SORT_ROLE = Qt.ItemDataRole.UserRole + 7
_OUTCOME_ORDER = {
    Outcome.REJECTED: 0,
    Outcome.CONFLICT: 1,
    Outcome.UPDATED: 2,
    Outcome.NEW: 3,
    Outcome.UNCHANGED: 4,
}


def describe_conflict(conflict: Conflict) -> str:
    """ "Status: ours In progress, theirs Complete (at the export: Not started)"."""
    if conflict.field == "record":
        return conflict.message
    text = tr("{field}: ours “{ours}”, theirs “{theirs}”").format(
        field=field_label(conflict.field),
        ours=shown_value(conflict.ours),
        theirs=shown_value(conflict.theirs),
    )
    if conflict.exported is not None:
        text += " " + tr("(at the export “{exported}”)").format(exported=shown_value(conflict.exported))
    return text


def describe_changes(row: RowOutcome) -> str:
    """The field-level diff: "Job title: Librarian → Senior Librarian; Team: Housing → Libraries".

    A row in conflict names its conflicts first.
    """
    parts = [describe_conflict(c) for c in row.conflicts]
    for change in row.changes:
        old, new = shown_value(change.old), shown_value(change.new)
        name = field_label(change.field)
        parts.append(f"{name}: {old} → {new}" if old else f"{name}: {new}")
    return "; ".join(parts)


class OutcomesModel(QAbstractTableModel):
    """What importing each data row does: new, updated (with its diff), unchanged or rejected (and why)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RowOutcome] = []
        self._headers = {
            OUT_COL_ROW: self.tr("Row"),
            OUT_COL_OUTCOME: self.tr("Outcome"),
            OUT_COL_RECORD: self.tr("Record"),
            OUT_COL_COLUMN: self.tr("Column"),
            OUT_COL_VALUE: self.tr("Value"),
            OUT_COL_DETAILS: self.tr("Changes or reason"),
        }

    def set_rows(self, rows: Sequence[RowOutcome]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowOutcome:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else OUT_COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers.get(section)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (OUT_COL_DETAILS, OUT_COL_RECORD):
            return self._tooltip(row)
        if column == OUT_COL_OUTCOME and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            colours = outcome_colours(row.outcome)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OUT_COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OUTCOME_ROLE:
            return row.outcome.value
        if role == ROW_OUTCOME_ROLE:
            return row
        if role == SORT_ROLE:
            if column == OUT_COL_ROW:
                return row.row
            if column == OUT_COL_OUTCOME:
                return _OUTCOME_ORDER[row.outcome]
            return self._text(row, column).casefold()
        return None

    def _text(self, row: RowOutcome, column: int) -> str:
        if column == OUT_COL_ROW:
            return str(row.row)
        if column == OUT_COL_OUTCOME:
            return outcome_label(row.outcome)
        if column == OUT_COL_RECORD:
            return row.label
        if column == OUT_COL_COLUMN:
            if row.conflicts:
                return ", ".join(dict.fromkeys(c.column or field_label(c.field) for c in row.conflicts))
            return ", ".join(dict.fromkeys(e.column for e in row.errors if e.column))
        if column == OUT_COL_VALUE:
            if row.conflicts:
                return ", ".join(f"“{shown_value(c.theirs)}”" for c in row.conflicts if c.field != "record")
            return ", ".join(f"“{e.value}”" for e in row.errors if e.value)
        if column == OUT_COL_DETAILS:
            if row.errors:
                return " ".join(e.message for e in row.errors)
            return describe_changes(row)
        return ""

    def _tooltip(self, row: RowOutcome) -> str | None:
        if row.errors:
            return "\n".join(
                f"{e.column} (“{e.value}”): {e.message}" if e.column else e.message for e in row.errors
            )
        lines = [part for part in describe_changes(row).split("; ") if part]
        return "\n".join(lines) or None


class OutcomesFilter(QSortFilterProxyModel):
    """Shows the rows of one outcome (or all) whose words contain the search text; sorts by SORT_ROLE."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._outcome: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_outcome(self, outcome: str | None) -> None:
        self.beginFilterChange()
        self._outcome = outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def outcome(self) -> str | None:
        return self._outcome

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._outcome is not None:
            index = self.sourceModel().index(source_row, OUT_COL_OUTCOME, source_parent)
            if index.data(OUTCOME_ROLE) != self._outcome:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


# -- conflicts: a field changed here and in a returned export ---------------------------------------

CON_COL_ROW = 0
CON_COL_RECORD = 1
CON_COL_FIELD = 2
CON_COL_EXPORTED = 3
CON_COL_OURS = 4
CON_COL_THEIRS = 5
CON_COL_CHOICE = 6
CON_COLUMN_COUNT = 7


def choice_label(choice: Resolution | str | None) -> str:
    if choice is None:
        return tr("Choose…")
    return tr("Take theirs") if Resolution(choice) is Resolution.THEIRS else tr("Keep ours")


class ConflictsModel(QAbstractTableModel):
    """The conflicts of a preview, each with the user's choice (ours, theirs or not yet chosen)."""

    choices_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[tuple[Conflict, str]] = []  # (conflict, the row's label)
        self._choices: dict[tuple[str, int, str], Resolution | None] = {}
        self._headers = {
            CON_COL_ROW: self.tr("Row"),
            CON_COL_RECORD: self.tr("Record"),
            CON_COL_FIELD: self.tr("Field"),
            CON_COL_EXPORTED: self.tr("At the export"),
            CON_COL_OURS: self.tr("Ours (changed here)"),
            CON_COL_THEIRS: self.tr("Theirs (in the file)"),
            CON_COL_CHOICE: self.tr("Keep"),
        }

    def set_rows(self, rows: Sequence[RowOutcome]) -> None:
        """The conflicts of these rows; choices already made for the same conflicts are kept."""
        self.beginResetModel()
        self._items = [(c, row.label) for row in rows for c in row.conflicts]
        self._choices = {c.key: self._choices.get(c.key) for c, _label in self._items}
        self.endResetModel()
        self.choices_changed.emit()

    def conflict_at(self, row: int) -> Conflict:
        return self._items[row][0]

    def choose_all(self, choice: Resolution | str) -> None:
        choice = Resolution(choice)
        for key in self._choices:
            self._choices[key] = choice
        if self._items:
            self.dataChanged.emit(
                self.index(0, CON_COL_CHOICE), self.index(len(self._items) - 1, CON_COL_CHOICE)
            )
        self.choices_changed.emit()

    def choose(self, row: int, choice: Resolution | str | None) -> None:
        self.setData(self.index(row, CON_COL_CHOICE), choice, EDIT)

    def resolutions(self) -> dict[tuple[str, int, str], str]:
        """The choices made, for ``apply_import(resolutions=...)``."""
        return {key: choice.value for key, choice in self._choices.items() if choice is not None}

    def open_count(self) -> int:
        """Conflicts without a choice yet."""
        return sum(1 for choice in self._choices.values() if choice is None)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else CON_COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CON_COL_CHOICE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        conflict, label = self._items[index.row()]
        column = index.column()
        choice = self._choices.get(conflict.key)
        if role == EDIT and column == CON_COL_CHOICE:
            return choice.value if choice is not None else None
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            if column == CON_COL_ROW:
                return str(conflict.row)
            if column == CON_COL_RECORD:
                return label
            if column == CON_COL_FIELD:
                return conflict.column or field_label(conflict.field)
            if column == CON_COL_EXPORTED:
                return shown_value(conflict.exported)
            if column == CON_COL_OURS:
                return shown_value(conflict.ours)
            if column == CON_COL_THEIRS:
                return shown_value(conflict.theirs)
            if column == CON_COL_CHOICE:
                return choice_label(choice)
        if role == Qt.ItemDataRole.ToolTipRole:
            return conflict.message
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CON_COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT or not index.isValid() or index.column() != CON_COL_CHOICE:
            return False
        try:
            choice = Resolution(value) if value is not None else None
        except ValueError:
            return False
        key = self._items[index.row()][0].key
        self._choices[key] = choice
        self.dataChanged.emit(index, index)
        self.choices_changed.emit()
        return True
