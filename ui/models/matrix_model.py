"""The training matrix as a Qt model: people down, the plan's requirements across, a state in each cell."""

from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from actionplan import clock
from actionplan.bulk import gc_paused
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState
from actionplan.services.readmodels import MatrixCell, MatrixRow, PersonView, RequirementView, TrainingMatrix
from ui.models.base import ROOT, Index, SortableRowsModel
from ui.models.people_model import search_texts
from ui.theme import STATE_LETTER, state_colours

COL_NAME, COL_ORGANISATION, COL_ROLE_GROUP, FIRST_REQUIREMENT_COLUMN = range(4)

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # ComplianceState of a requirement cell
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # the MatrixCell
REQUIREMENT_ROLE = Qt.ItemDataRole.UserRole + 4  # the column's RequirementView (cells and header)
SORT_ROLE = Qt.ItemDataRole.UserRole + 5

CELL_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    STATE_ROLE,
    CELL_ROLE,
    SORT_ROLE,
]

# Worst first, so sorting a column brings the people to chase to the top.
STATE_ORDER = {
    state: i
    for i, state in enumerate(
        (
            ComplianceState.OVERDUE,
            ComplianceState.EXPIRED,
            ComplianceState.DUE,
            ComplianceState.EXPIRING,
            ComplianceState.COMPLIANT,
            ComplianceState.EXEMPT,
            ComplianceState.NOT_REQUIRED,
        )
    )
}

# States whose cell shows a completion date; the others show their word.
_SHOWS_DATE = (ComplianceState.COMPLIANT, ComplianceState.EXPIRING, ComplianceState.EXPIRED)

translate = QCoreApplication.translate

_NOT_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.SizeHintRole,
    }
)
_person_of = attrgetter("person")
_person_id_of = attrgetter("person.id")


class MatrixModel(SortableRowsModel[MatrixRow]):
    """A ``TrainingMatrix`` for a table view; each cell carries its state as a colour, a letter and words."""

    text_roles = ()
    id_role = PERSON_ID_ROLE

    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: tuple[RequirementView, ...] = ()
        self._exemption_reasons: dict[tuple[int, int], str] = {}
        self.as_of = clock.today()

    def _header_texts(self) -> dict[int, str]:
        """The person columns' titles; the requirement columns follow them."""
        return {
            COL_NAME: self.tr("Name"),
            COL_ORGANISATION: self.tr("Organisation"),
            COL_ROLE_GROUP: self.tr("Role group"),
        }

    # --- loading -------------------------------------------------------------------------

    def set_matrix(self, matrix: TrainingMatrix) -> None:
        """Show ``matrix``; when the people and columns are unchanged only changed rows are updated."""
        with gc_paused():
            self._set_matrix(matrix)

    def _set_matrix(self, matrix: TrainingMatrix) -> None:
        rows = list(matrix.rows)
        self.as_of = matrix.as_of
        self._exemption_reasons = {
            (req.id, ex.person_id): ex.reason for req in matrix.columns for ex in req.exemptions
        }
        same_columns = [c.id for c in matrix.columns] == [c.id for c in self._columns]
        if same_columns and self._same_ids(rows):
            changed = self._changed_rows(rows)
            columns_changed = matrix.columns != self._columns
            self._columns = matrix.columns
            self._store(rows)
            last = self.columnCount() - 1
            for first, end in _runs(changed):
                self.dataChanged.emit(self.index(first, 0), self.index(end, last), CELL_ROLES)
            if columns_changed and self._columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, FIRST_REQUIREMENT_COLUMN, last)
            return
        self.beginResetModel()
        self._columns = matrix.columns
        self._store(rows)
        self.endResetModel()

    def update_rows(self, person_ids: Iterable[int], rows: Iterable[MatrixRow]) -> bool:
        """Show ``rows`` (the matrix of just the people ``person_ids``) in place of theirs.

        Only the cells may have changed: False (and nothing done) when one of those people is
        new to the matrix, gone from it, or changed themselves (name, organisation, dates), as
        then the whole matrix is to be read again.
        """
        new = {row.person.id: row for row in rows}
        at: list[tuple[int, MatrixRow]] = []
        for pid in person_ids:
            row, shown = self._row_by_id.get(pid), new.get(pid)
            if row is None and shown is None:
                continue  # neither shown before nor now (a leaver)
            if row is None or shown is None or self._rows[row].person != shown.person:
                return False
            at.append((row, shown))
        for row, shown in at:
            self._rows[row] = shown  # the same person: the search text and the row's place stay
        last = self.columnCount() - 1
        for first, end in _runs(sorted(row for row, _shown in at)):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last), CELL_ROLES)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        with gc_paused():  # sorting by a course works out that column's cells for everyone
            super().sort(column, order)

    def _id(self, row: MatrixRow) -> int:
        return row.person.id

    def _differs(self, old: MatrixRow, new: MatrixRow) -> bool:
        # Only the cells worked out for the old row can have been shown (the others are worked
        # out when first asked for), so only they are compared: a new matrix of 50,000 people
        # is not assessed whole to find the rows an edit changed.
        person_changed = old.person is not new.person and old.person != new.person
        return person_changed or any(new.cell(i) != cell for i, cell in old.known_cells().items())

    def _search_texts(self, rows: list[MatrixRow]) -> list[str]:
        return search_texts(map(_person_of, rows))

    def _reindex(self) -> None:
        self._row_by_id = dict(zip(map(_person_id_of, self._rows), range(len(self._rows)), strict=True))

    def person_at(self, row: int) -> PersonView:
        return self._rows[row].person

    def requirement_at(self, column: int) -> RequirementView | None:
        i = column - FIRST_REQUIREMENT_COLUMN
        return self._columns[i] if 0 <= i < len(self._columns) else None

    def requirements(self) -> tuple[RequirementView, ...]:
        return self._columns

    def cell(self, row: int, column: int) -> MatrixCell | None:
        i = column - FIRST_REQUIREMENT_COLUMN
        if not 0 <= row < len(self._rows) or not 0 <= i < len(self._columns):
            return None
        return self._rows[row].cell(i)

    # --- Qt model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A delegate asks each painted cell for a font, a check state and an icon, which no cell
        # has: answered before finding the row and the cell.
        if role in _NOT_ANSWERED:
            return None
        return super().data(index, role)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else FIRST_REQUIREMENT_COLUMN + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section in self._headers:
            return self._headers[section] if role == Qt.ItemDataRole.DisplayRole else None
        req = self.requirement_at(section)
        if req is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return req.course_code
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [req.title, self.tr("Course: %s") % req.course_name]
            if req.deadline:
                lines.append(self.tr("Deadline: %s") % format_date(req.deadline))
            lines.append(self.tr("Target: %d%%") % req.target_percent)
            return "\n".join(lines)
        if role == REQUIREMENT_ROLE:
            return req
        return None

    def _data(self, row: MatrixRow, column: int, role: int) -> Any:
        if column < FIRST_REQUIREMENT_COLUMN:
            return self._person_data(row.person, column, role)
        req = self.requirement_at(column)
        if req is None:
            return None
        cell = row.cell(column - FIRST_REQUIREMENT_COLUMN)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.explain(cell, req, row.person)}\n{req.course_code}: {req.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:  # "Jane Smith, WRAP: Expired: completed …"
            return f"{row.person.full_name}, {req.course_code}: {self.explain(cell, req, row.person)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return req.title
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = state_colours(cell.state)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == STATE_ROLE:
            return cell.state
        if role == CELL_ROLE:
            return cell
        if role == REQUIREMENT_ROLE:
            return req
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        return None

    def _person_data(self, person: PersonView, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_NAME:
                return person.full_name
            if column == COL_ORGANISATION:
                return person.organisation_name
            return person.role_group
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                return "\n".join(p for p in (person.full_name, person.job_title, person.email) if p)
            return person.organisation_name if column == COL_ORGANISATION else person.role_group
        return None

    # --- words for a cell --------------------------------------------------------------------

    def cell_text(self, cell: MatrixCell) -> str:
        """What a cell shows: the state's letter and the completion date, or the state's word."""
        letter = STATE_LETTER[cell.state]
        if cell.state is ComplianceState.NOT_REQUIRED:
            return ""
        if cell.state in _SHOWS_DATE and cell.completed_on:
            return f"{letter} {format_date(cell.completed_on)}"
        return f"{letter} {self.state_word(cell.state)}"

    def state_word(self, state: ComplianceState) -> str:
        return state_word(state)

    def explain(self, cell: MatrixCell, req: RequirementView, person: PersonView) -> str:
        """One sentence saying what the cell's state means for this person, with its dates."""
        done, expires, deadline = (
            format_date(d) for d in (cell.completed_on, cell.expires_on, cell.personal_deadline)
        )
        state = cell.state
        word = self.state_word(state)
        if state in (ComplianceState.COMPLIANT, ComplianceState.EXPIRING):
            if cell.expires_on is None:
                return fill(self.tr("%1: completed %2, never expires"), word, done)
            return fill(self.tr("%1: completed %2, expires %3"), word, done, expires)
        if state is ComplianceState.EXPIRED:
            return fill(
                self.tr("%1: completed %2, expired %3; the deadline %4 has passed"),
                word,
                done,
                expires,
                deadline,
            )
        if state is ComplianceState.DUE:
            if cell.completed_on:
                text = fill(self.tr("%1: the completion of %2 expired %3"), word, done, expires)
            else:
                text = fill(self.tr("%1: not trained yet"), word)
            if cell.personal_deadline:
                return text + fill(self.tr("; deadline %1"), deadline)
            return text + self.tr("; no deadline set")
        if state is ComplianceState.OVERDUE:
            return fill(self.tr("%1: never trained; the deadline %2 has passed"), word, deadline)
        if state is ComplianceState.EXEMPT:
            reason = self._exemption_reasons.get((req.id, person.id), "")
            return f"{word}: {reason}" if reason else word
        return fill(self.tr("%1: outside this requirement's audience"), word)

    def sort_key(self, row: MatrixRow, column: int) -> Any:
        person = row.person
        name = (person.last_name.casefold(), person.first_name.casefold(), person.id)
        if column == COL_ORGANISATION:
            return (person.organisation_name.casefold(), *name)
        if column == COL_ROLE_GROUP:
            return (person.role_group.casefold(), *name)
        i = column - FIRST_REQUIREMENT_COLUMN
        if 0 <= i < row.width:
            cell = row.cell(i)
            done = cell.completed_on.toordinal() if cell.completed_on else 0
            return (STATE_ORDER[cell.state], done, *name)
        return name


def state_word(state: ComplianceState) -> str:
    """The word for a compliance state, as the matrix, legend and person panel show it."""
    words = {
        ComplianceState.EXEMPT: translate("MatrixModel", "Exempt"),
        ComplianceState.COMPLIANT: translate("MatrixModel", "Compliant"),
        ComplianceState.EXPIRING: translate("MatrixModel", "Expiring"),
        ComplianceState.EXPIRED: translate("MatrixModel", "Expired"),
        ComplianceState.DUE: translate("MatrixModel", "Due"),
        ComplianceState.OVERDUE: translate("MatrixModel", "Overdue"),
        ComplianceState.NOT_REQUIRED: translate("MatrixModel", "Not required"),
    }
    return words[state]


def fill(text: str, *values: str) -> str:
    """Qt-style placeholders: %1, %2, ... replaced by ``values`` (translators may reorder them)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers grouped into (first, last) ranges."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
