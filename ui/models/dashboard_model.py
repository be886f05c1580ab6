"""The dashboard's tables: compliance % and RAG for each requirement, overall and by organisation."""

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt

from actionplan import clock
from actionplan.domain.compliance import ComplianceCounts, requirement_rag
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState, Rag
from actionplan.services.readmodels import RequirementCompliance
from ui import theme
from ui.models.base import ROOT, Index, ReadModelTableModel

COURSE, REQUIREMENT, AUDIENCE, TRAINED, PERCENT, TARGET, DEADLINE, RAG = range(8)

_BREAKDOWN = (
    ComplianceState.COMPLIANT,
    ComplianceState.EXPIRING,
    ComplianceState.EXPIRED,
    ComplianceState.DUE,
    ComplianceState.OVERDUE,
    ComplianceState.EXEMPT,
)


class ComplianceModel(ReadModelTableModel[RequirementCompliance]):
    """One read-only row per training requirement, as ``requirement_compliance`` computed it."""

    text_roles = (Qt.ItemDataRole.DisplayRole,)
    update_in_place = False

    def _id(self, rc: RequirementCompliance) -> int:
        return rc.requirement.id

    def _header_texts(self) -> dict[int, str]:
        return {
            COURSE: self.tr("Course"),
            REQUIREMENT: self.tr("Requirement"),
            AUDIENCE: self.tr("Audience"),
            TRAINED: self.tr("Trained"),
            PERCENT: self.tr("Compliance"),
            TARGET: self.tr("Target"),
            DEADLINE: self.tr("Deadline"),
            RAG: self.tr("RAG"),
        }

    def _header_tooltip(self, section: int) -> str | None:
        if section == PERCENT:
            return self.tr("Compliant and expiring, out of the audience less exemptions")
        return None

    def _data(self, rc: RequirementCompliance, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == PERCENT:
                return None if rc.percent is None else round(rc.percent)
            return self._text(rc, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == RAG:
                return rc.rag_explanation
            if column in (PERCENT, TRAINED, AUDIENCE):
                return ", ".join(f"{state.label} {rc.totals[state]}" for state in _BREAKDOWN)
            if column == REQUIREMENT:
                return f"{rc.requirement.title}\n{self.tr('Audience')}: {rc.requirement.audience_text}"
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == RAG:
            return rc.rag_explanation
        if column == RAG and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = theme.rag_colours(rc.rag)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AUDIENCE, TRAINED, TARGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, rc: RequirementCompliance, column: int) -> str:
        req = rc.requirement
        if column == COURSE:
            return req.course_code
        if column == REQUIREMENT:
            return req.title
        if column == AUDIENCE:
            return str(rc.totals.audience - rc.totals[ComplianceState.EXEMPT])
        if column == TRAINED:
            return str(rc.totals.trained)
        if column == PERCENT:
            return "—" if rc.percent is None else f"{rc.percent:.0f}%"
        if column == TARGET:
            return f"{req.target_percent}%"
        if column == DEADLINE:
            return format_date(req.deadline)
        if column == RAG:
            return rc.rag.label
        return ""


class OrganisationComplianceModel(QAbstractTableModel):
    """Organisations down, the plan's requirements across: each cell the organisation's compliance %.

    A cell carries the RAG letter as well as its colour, and its tooltip the counts behind it.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._requirements: list[RequirementCompliance] = []
        self._organisations: list[str] = []
        self.on = clock.today()
        # Each cell's counts and RAG, worked out once: a paint asks for half a dozen roles a cell.
        self._cells: dict[tuple[int, int], tuple[ComplianceCounts | None, Rag | None, str]] = {}

    def set_rows(self, rows: list[RequirementCompliance], on: date) -> None:
        self.beginResetModel()
        self._cells = {}
        self._requirements = list(rows)
        self._organisations = sorted({name for rc in rows for name in rc.by_organisation}, key=str.casefold)
        self.on = on
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._organisations)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 1 + len(self._requirements)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Organisation") if role == Qt.ItemDataRole.DisplayRole else None
        rc = self._requirements[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return rc.requirement.course_code
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title} (target {target}%)").format(
                title=rc.requirement.title, target=rc.requirement.target_percent
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _cell(self, index: Index) -> tuple[ComplianceCounts | None, Rag | None, str]:
        key = (index.row(), index.column())
        found = self._cells.get(key)
        if found is None:
            found = self._cells[key] = self._work_out(index)
        return found

    def _work_out(self, index: Index) -> tuple[ComplianceCounts | None, Rag | None, str]:
        rc = self._requirements[index.column() - 1]
        counts = rc.by_organisation.get(self._organisations[index.row()])
        if counts is None or counts.percent is None:
            return counts, None, ""
        rag, why = requirement_rag(
            counts.percent, rc.requirement.target_percent, rc.requirement.deadline, self.on
        )
        return counts, rag, why

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._organisations):
            return None
        if index.column() == 0:
            return self._organisations[index.row()] if role == Qt.ItemDataRole.DisplayRole else None
        counts, rag, why = self._cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if counts is None:
                return ""
            if counts.percent is None:
                return "—"
            return f"{rag.letter if rag else ''}  {counts.percent:.0f}%"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and counts is not None:
            breakdown = ", ".join(f"{state.label} {counts[state]}" for state in _BREAKDOWN if counts[state])
            return f"{why}\n{breakdown}" if why else breakdown
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and rag is not None:
            colours = theme.rag_colours(rag)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
