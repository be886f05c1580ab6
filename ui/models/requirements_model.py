"""The plan's training requirements table: a Qt model over RequirementView, with each one's compliance."""

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt

from actionplan.domain.dates import format_date
from actionplan.services.readmodels import RequirementCompliance, RequirementView
from ui.models.base import ID_ROLE, ITEM_ROLE, SORT_ROLE, ReadModelTableModel
from ui.theme import rag_colours

(
    COL_TITLE,
    COL_COURSE,
    COL_AUDIENCE,
    COL_DEADLINE,
    COL_TARGET,
    COL_TRAINED,
    COL_GRACE_DAYS,
    COL_EXEMPTIONS,
) = range(8)

REQUIREMENT_ID_ROLE, REQUIREMENT_ROLE = ID_ROLE, ITEM_ROLE


class RequirementsModel(ReadModelTableModel[RequirementView]):
    """A plan's requirements, one a row, with the share of the audience trained against the target."""

    id_role, item_role, sort_role = REQUIREMENT_ID_ROLE, REQUIREMENT_ROLE, SORT_ROLE
    changed_roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        REQUIREMENT_ROLE,
        SORT_ROLE,
    ]

    requirement_at = ReadModelTableModel.row_at

    def __init__(self, parent=None):
        super().__init__(parent)
        self._compliance: dict[int, RequirementCompliance] = {}
        self._new_compliance: dict[int, RequirementCompliance] = {}  # coming with the rows being set
        self._org_names: dict[str, str] = {}

    def _header_texts(self) -> dict[int, str]:
        return {
            COL_TITLE: self.tr("Requirement"),
            COL_COURSE: self.tr("Course"),
            COL_AUDIENCE: self.tr("Who"),
            COL_DEADLINE: self.tr("Deadline"),
            COL_TARGET: self.tr("Target"),
            COL_TRAINED: self.tr("Trained"),
            COL_GRACE_DAYS: self.tr("New starters"),
            COL_EXEMPTIONS: self.tr("Exemptions"),
        }

    def _header_tooltip(self, section: int) -> str | None:
        if section == COL_GRACE_DAYS:
            return self.tr("Days a new starter has to complete the course")
        if section == COL_TRAINED:
            return self.tr("Compliant or expiring, out of the audience less exemptions")
        return None

    def set_requirements(
        self,
        requirements: Sequence[RequirementView],
        compliance: Mapping[int, RequirementCompliance] | None = None,
        organisation_names: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``requirements`` (with compliance by requirement id, organisation names by uuid)."""
        self._new_compliance = dict(compliance or {})
        self._org_names = dict(organisation_names or {})
        self.set_rows(requirements)

    def _differs(self, old: RequirementView, new: RequirementView) -> bool:
        """A row changes with its requirement or with the requirement's compliance."""
        return old != new or self._compliance.get(old.id) != self._new_compliance.get(new.id)

    def _store(self, rows: list[RequirementView]) -> None:
        super()._store(rows)
        self._compliance = self._new_compliance

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

    def _data(self, req: RequirementView, column: int, role: int) -> Any:
        result = self._compliance.get(req.id)
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
        return None

    def _text(self, req: RequirementView, column: int) -> str:
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
            result = self._compliance.get(req.id)
            if result is None or result.percent is None:
                return "–"
            return f"{result.rag.letter} {result.percent:.0f}%"
        if column == COL_GRACE_DAYS:
            return self.tr("%n days", "", req.grace_days) if req.grace_days != 1 else self.tr("1 day")
        if column == COL_EXEMPTIONS:
            return str(len(req.exemptions)) if req.exemptions else ""
        return ""

    def sort_key(self, req: RequirementView, column: int) -> Any:
        if column == COL_DEADLINE:
            return req.deadline.toordinal() if req.deadline else 0
        if column == COL_TARGET:
            return req.target_percent
        if column == COL_TRAINED:
            result = self._compliance.get(req.id)
            return -1.0 if result is None or result.percent is None else result.percent
        if column == COL_GRACE_DAYS:
            return req.grace_days
        if column == COL_EXEMPTIONS:
            return len(req.exemptions)
        return self._text(req, column).casefold()
