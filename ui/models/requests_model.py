"""The update requests table: each partner's latest request, one a row, with its state in words and colour."""

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt

from actionplan import clock
from actionplan.domain.dates import format_date
from actionplan.domain.enums import Rag
from actionplan.requests.status import RequestState, RequestView, changes_words
from ui.models.base import ID_ROLE, ITEM_ROLE, SORT_ROLE, ReadModelTableModel
from ui.theme import rag_colours

(
    COL_ORGANISATION,
    COL_CONTACT,
    COL_SENT,
    COL_DUE,
    COL_STATE,
    COL_RETURNED,
    COL_REMINDERS,
    COL_CHANGES,
) = range(8)

REQUEST_ID_ROLE, REQUEST_ROLE = ID_ROLE, ITEM_ROLE

# A state's colour, as a RAG's (the words are always there too).
STATE_RAG = {RequestState.ON_TIME: Rag.GREEN, RequestState.LATE: Rag.AMBER, RequestState.OVERDUE: Rag.RED}
STATE_LETTER = {
    RequestState.ON_TIME: "✓",
    RequestState.LATE: "✓",
    RequestState.OUTSTANDING: "…",
    RequestState.OVERDUE: "!",
}


class RequestsModel(ReadModelTableModel[RequestView]):
    """Update requests, one a row, as on a given day (which decides overdue and late)."""

    id_role, item_role, sort_role = REQUEST_ID_ROLE, REQUEST_ROLE, SORT_ROLE
    changed_roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        ITEM_ROLE,
        SORT_ROLE,
    ]
    request_at = ReadModelTableModel.row_at

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.today: date = clock.today()
        self._new_today: date = self.today

    def set_requests(self, requests: list[RequestView], today: date) -> None:
        self._new_today = today
        self.set_rows(requests)

    def _differs(self, old: RequestView, new: RequestView) -> bool:
        return old != new or self.today != self._new_today

    def _store(self, rows: list[RequestView]) -> None:
        self.today = self._new_today
        super()._store(rows)

    def _header_texts(self) -> dict[int, str]:
        return {
            COL_ORGANISATION: self.tr("Organisation"),
            COL_CONTACT: self.tr("Prevent contact"),
            COL_SENT: self.tr("Sent"),
            COL_DUE: self.tr("Due"),
            COL_STATE: self.tr("State"),
            COL_RETURNED: self.tr("Returned"),
            COL_REMINDERS: self.tr("Reminded"),
            COL_CHANGES: self.tr("What the return changed"),
        }

    def state_text(self, request: RequestView) -> str:
        state = request.state(self.today)
        if state is RequestState.OVERDUE:
            n = request.days_overdue(self.today)
            words = self.tr("Overdue by 1 day") if n == 1 else self.tr("Overdue by %n days", "", n)
        else:
            words = {
                RequestState.ON_TIME: self.tr("Returned on time"),
                RequestState.LATE: self.tr("Returned late"),
                RequestState.OUTSTANDING: self.tr("Outstanding"),
            }[state]
        return f"{STATE_LETTER[state]}  {words}"

    def _text(self, request: RequestView, column: int) -> str:
        if column == COL_ORGANISATION:
            return request.organisation
        if column == COL_CONTACT:
            return request.contact_name or request.contact_email  # the address is in the tooltip
        if column == COL_SENT:
            return format_date(request.sent_on)
        if column == COL_DUE:
            return format_date(request.due_on)
        if column == COL_STATE:
            return self.state_text(request)
        if column == COL_RETURNED:
            return format_date(request.returned_on)
        if column == COL_CHANGES:
            return changes_words(request.changes)
        if column == COL_REMINDERS:
            if not request.reminders:
                return ""
            last = format_date(request.reminded_on)
            return last if request.reminders == 1 else f"{last} (×{request.reminders})"
        return ""

    def _data(self, request: RequestView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_STATE:
                return request.describe(self.today)
            if column == COL_CONTACT:
                return request.contact
            if column == COL_REMINDERS and request.reminders:
                return self.tr("%n reminders written", "", request.reminders)
            if column == COL_CHANGES and request.returned_file:
                return self.tr("From %1").replace("%1", request.returned_file)
            if column == COL_ORGANISATION and request.pack_path:
                protected = self.tr(" (protected with a password)") if request.protected else ""
                return self.tr("Pack: %1").replace("%1", request.pack_path) + protected
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column == COL_STATE:
            colours = rag_colours(STATE_RAG.get(request.state(self.today)))
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        return None

    def sort_key(self, request: RequestView, column: int) -> Any:
        if column == COL_SENT:
            return request.sent_on.toordinal()
        if column == COL_DUE:
            return request.due_on.toordinal()
        if column == COL_RETURNED:
            return request.returned_on.toordinal() if request.returned_on else 0
        if column == COL_STATE:
            order = [RequestState.OVERDUE, RequestState.OUTSTANDING, RequestState.LATE, RequestState.ON_TIME]
            return (order.index(request.state(self.today)), -request.days_overdue(self.today))
        if column == COL_REMINDERS:
            return request.reminders
        return self._text(request, column).casefold()
