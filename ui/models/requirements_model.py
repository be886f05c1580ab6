"""The plan's training requirements table: a Qt model over RequirementView, with each one's compliance."""

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from actionplan.domain.dates import format_date
from actionplan.services.readmodels import RequirementCompliance, RequirementView
from ui.theme import rag_colours

COL_TITLE = 0
COL_COURSE = 1
COL_AUDIENCE = 2
COL_DEADLINE = 3
COL_TARGET = 4
COL_TRAINED = 5
COL_GRACE_DAYS = 6
COL_EXEMPTIONS = 7
COLUMN_COUNT = 8

REQUIREMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REQUIREMENT_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

CHANGED_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    REQUIREMENT_ROLE,
    SORT_ROLE,
]

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table


class RequirementsModel(QAbstractTableModel):
    """A plan's requirements, one a row, with the share of the audience trained against the target."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RequirementView] = []
        self._compliance: dict[int, RequirementCompliance] = {}
        self._org_names: dict[str, str] = {}
        self._headers = {
            COL_TITLE: self.tr("Requirement"),
            COL_COURSE: self.tr("Course"),
            COL_AUDIENCE: self.tr("Who"),
            COL_DEADLINE: self.tr("Deadline"),
            COL_TARGET: self.tr("Target"),
            COL_TRAINED: self.tr("Trained"),
            COL_GRACE_DAYS: self.tr("New starters"),
            COL_EXEMPTIONS: self.tr("Exemptions"),
        }

    def set_requirements(
        self,
        requirements: Sequence[RequirementView],
        compliance: Mapping[int, RequirementCompliance] | None = None,
        organisation_names: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``requirements`` (with compliance by requirement id, organisation names by uuid)."""
        rows = list(requirements)
        compliance = dict(compliance or {})
        same = [r.id for r in rows] == [r.id for r in self._rows]
        old = [(r, self._compliance.get(r.id)) for r in self._rows]
        self._org_names = dict(organisation_names or {})
        if same:
            new = [(r, compliance.get(r.id)) for r in rows]
            changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
            self._rows, self._compliance = rows, compliance
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1), CHANGED_ROLES)
            return
        self.beginResetModel()
        self._rows, self._compliance = rows, compliance
        self.endResetModel()

    def requirement_at(self, row: int) -> RequirementView:
        return self._rows[row]

    def row_of(self, requirement_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == requirement_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_GRACE_DAYS:
                return self.tr("Days a new starter has to complete the course")
            if section == COL_TRAINED:
                return self.tr("Compliant or expiring, out of the audience less exemptions")
        return None

    def audience_text(self, req: RequirementView) -> str:
        """Who the requirement applies to, in words."""
        parts = []
        if req.key_personnel_only:
            parts.append(self.tr("Key personnel"))
        if req.role_groups:
            parts.append(", ".join(req.role_groups))
        if req.organisation_uuids:
            names = [self._org_names.get(u, "?") for u in req.organisation_uuids]
            parts.append(", ".join(names) if len(names) <= 2 else self.tr("%n organisations", "", len(names)))
        return "; ".join(parts) or self.tr("Everyone")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        req = self._rows[index.row()]
        column = index.column()
        result = self._compliance.get(req.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(req, column, result)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TRAINED and result is not None:
                return result.rag_explanation
            if column == COL_AUDIENCE:
                return self.audience_text(req)
            if column == COL_EXEMPTIONS and req.exemptions:
                return "\n".join(f"{e.person_name}: {e.reason}" for e in req.exemptions)
            if column == COL_COURSE:
                return req.course_name
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if column != COL_TRAINED or result is None:
                return None
            colours = rag_colours(result.rag)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TARGET, COL_TRAINED, COL_GRACE_DAYS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == REQUIREMENT_ID_ROLE:
            return req.id
        if role == REQUIREMENT_ROLE:
            return req
        if role == SORT_ROLE:
            return self._sort_key(req, column, result)
        return None

    def _text(self, req: RequirementView, column: int, result: RequirementCompliance | None) -> str:
        if column == COL_TITLE:
            return req.title
        if column == COL_COURSE:
            return req.course_code
        if column == COL_AUDIENCE:
            return self.audience_text(req)
        if column == COL_DEADLINE:
            return format_date(req.deadline)
        if column == COL_TARGET:
            return f"{req.target_percent}%"
        if column == COL_TRAINED:
            if result is None or result.percent is None:
                return "–"
            return f"{result.rag.letter} {result.percent:.0f}%"
        if column == COL_GRACE_DAYS:
            return self.tr("%n days", "", req.grace_days) if req.grace_days != 1 else self.tr("1 day")
        if column == COL_EXEMPTIONS:
            return str(len(req.exemptions)) if req.exemptions else ""
        return ""

    def _sort_key(self, req: RequirementView, column: int, result: RequirementCompliance | None) -> Any:
        if column == COL_DEADLINE:
            return req.deadline.toordinal() if req.deadline else 0
        if column == COL_TARGET:
            return req.target_percent
        if column == COL_TRAINED:
            return -1.0 if result is None or result.percent is None else result.percent
        if column == COL_GRACE_DAYS:
            return req.grace_days
        if column == COL_EXEMPTIONS:
            return len(req.exemptions)
        return self._text(req, column, result).casefold()
