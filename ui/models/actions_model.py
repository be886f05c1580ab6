"""The action plan table: a Qt model over ``list[ActionView]`` and the proxy that filters it as you type."""

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from actionplan import clock
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus, Rag
from actionplan.services.actions import ActionFilter
from actionplan.services.readmodels import ActionView
from ui import theme
from ui.models.base import Index, ReadModelTableModel
from ui.widgets import from_qdate, to_qdate

REF, TITLE, THEME, LEAD, OWNER, DUE, STATUS, PROGRESS, RAG = range(9)

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# Which field of the action each editable column changes.
EDIT_FIELDS = {STATUS: "status", PROGRESS: "progress", DUE: "due_date", OWNER: "owner_id"}

_RAG_ORDER = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2, Rag.COMPLETE: 3, None: 4}
_STATUS_ORDER = {status: i for i, status in enumerate(ActionStatus)}

# The page's hook for an inline edit: (action, field, new value) -> the action as saved, or None.
EditHandler = Callable[[ActionView, str, Any], ActionView | None]


class ActionsModel(ReadModelTableModel[ActionView]):
    """One row per action; status, progress, due date and owner are edited in place through ``on_edit``."""

    text_roles = (Qt.ItemDataRole.DisplayRole,)
    id_role, sort_role = ACTION_ID_ROLE, SORT_ROLE
    changed_roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        SORT_ROLE,
    ]
    missing_row = None

    set_actions = ReadModelTableModel.set_rows
    action_at = ReadModelTableModel.row_at
    actions = ReadModelTableModel.rows

    def __init__(self, on_edit: EditHandler | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._short_names: dict[int, str] = {}
        self.on_edit = on_edit

    def _header_texts(self) -> dict[int, str]:
        return {
            REF: self.tr("Ref"),
            TITLE: self.tr("Action"),
            THEME: self.tr("Theme"),
            LEAD: self.tr("Lead"),
            OWNER: self.tr("Owner"),
            DUE: self.tr("Due"),
            STATUS: self.tr("Status"),
            PROGRESS: self.tr("Progress"),
            RAG: self.tr("RAG"),
        }

    def _header_tooltip(self, section: int) -> str | None:
        if section == RAG:
            return self.tr(
                "Red, amber, green or complete (* set by hand); hover over a rating for the reason"
            )
        return None

    # -- contents ----------------------------------------------------------------------------

    def set_short_names(self, names: dict[int, str]) -> None:
        """Organisations' short names ("Police"), shown in the Lead column to leave room for titles."""
        if names != self._short_names:
            self._short_names = dict(names)
            if self._rows:
                last = len(self._rows) - 1
                self.dataChanged.emit(
                    self.index(0, LEAD), self.index(last, LEAD), [Qt.ItemDataRole.DisplayRole]
                )

    def update_action(self, action: ActionView) -> None:
        """Replace one action (as a service returned it) without waiting for a reload."""
        row = self.row_of(action.id)
        if row is None:
            return
        # A service's single view does not know the theme's position; keep the sort order stable.
        action = replace(action, theme_position=self._rows[row].theme_position)
        if self._rows[row] != action:
            self._rows[row] = action
            self._row_changed(row)

    # -- Qt model ----------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        column = index.column()
        if column in EDIT_FIELDS and self.on_edit is not None:
            action = self._rows[index.row()]
            if not (column == PROGRESS and action.requirement_id is not None):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _data(self, action: ActionView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == RAG:
            return action.rag_explanation
        if column == RAG and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = theme.rag_colours(action.rag)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (REF, DUE):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, action: ActionView, column: int) -> str:
        if column == REF:
            return action.ref
        if column == TITLE:
            return action.title
        if column == THEME:
            return action.theme_name
        if column == LEAD:
            lead = action.lead_organisation_id
            return self._short_names.get(lead) or action.lead_organisation_name if lead else ""
        if column == OWNER:
            return action.owner_name
        if column == DUE:
            return format_date(action.due_date)
        if column == STATUS:
            return action.status.label
        if column == PROGRESS:
            return f"{action.progress}%"
        if column == RAG:
            if action.rag is None:
                return ""
            return action.rag.label + (" *" if action.rag_overridden else "")
        return ""

    def _edit_value(self, action: ActionView, column: int) -> Any:
        if column == STATUS:
            return action.status.value
        if column == PROGRESS:
            return action.progress
        if column == DUE:
            return to_qdate(action.due_date)
        if column == OWNER:
            return action.owner_id
        return self._text(action, column)

    def sort_key(self, action: ActionView, column: int) -> Any:
        if column == REF:  # the service's order: theme, then reference in number order (1.2 before 1.10)
            return self.row_of(action.id)
        if column == DUE:
            return action.due_date.toordinal() if action.due_date else 10_000_000
        if column == STATUS:
            return _STATUS_ORDER[action.status]
        if column == PROGRESS:
            return action.progress
        if column == RAG:
            return _RAG_ORDER[action.rag]
        return self._text(action, column).casefold()

    def _tooltip(self, action: ActionView, column: int) -> str | None:
        if column == RAG:
            return action.rag_explanation
        if column == TITLE:
            return action.title
        if column == LEAD:
            return action.lead_organisation_name or None
        if column == PROGRESS and action.requirement_id is not None:
            return self.tr("Progress follows the linked training requirement's compliance")
        if column == OWNER and action.owner_id is None and action.owner_name:
            return self.tr("Named in the plan but not in the people list")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        field = EDIT_FIELDS.get(index.column())
        if field is None:
            return False
        action = self._rows[index.row()]
        if field == "due_date":
            value = from_qdate(value)
        elif field == "progress":
            value = int(value)
        elif field == "status":
            value = ActionStatus(value)
        current = {
            "status": action.status,
            "progress": action.progress,
            "due_date": action.due_date,
            "owner_id": action.owner_id,
        }[field]
        if value == current:
            return False
        saved = self.on_edit(action, field, value)
        if saved is None:
            return False
        self.update_action(saved)
        return True


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters the action model by the core's ``ActionFilter`` and by when actions are due."""

    DUE_ANY, DUE_OVERDUE, DUE_SOON = "", "overdue", "soon"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.action_filter = ActionFilter()
        self.due = self.DUE_ANY
        self.today = clock.today()
        self.soon_days = 30
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter(self, action_filter: ActionFilter, due: str | None = None) -> None:
        self.beginFilterChange()
        self.action_filter = action_filter
        if due is not None:
            self.due = due
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 (Qt override)
        model = self.sourceModel()
        if not isinstance(model, ActionsModel):
            return True
        action = model.action_at(source_row)
        if not self.action_filter.accepts(action):
            return False
        if self.due == self.DUE_OVERDUE:
            return action.is_overdue
        if self.due == self.DUE_SOON:
            end = self.today + timedelta(days=self.soon_days)
            return (
                action.due_date is not None
                and not action.status.is_closed
                and self.today <= action.due_date <= end
            )
        return True
