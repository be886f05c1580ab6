"""The meetings list: the plan's meetings, most recent first, with their date, title and whether closed."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from actionplan.domain.dates import format_date
from actionplan.services.readmodels import MeetingView

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table

DATE, TITLE, STATE = range(3)
COLUMN_COUNT = 3


class MeetingsModel(QAbstractTableModel):
    """One read-only row per meeting; the page edits the selected one in its form."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._meetings: list[MeetingView] = []

    def set_meetings(self, meetings: list[MeetingView]) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        self.endResetModel()

    def meeting_at(self, row: int) -> MeetingView:
        return self._meetings[row]

    def row_of(self, meeting_id: int) -> int | None:
        return next((row for row, m in enumerate(self._meetings) if m.id == meeting_id), None)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        return (self.tr("Date"), self.tr("Meeting"), self.tr("State"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._meetings):
            return None
        meeting = self._meetings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            column = index.column()
            if column == DATE:
                return format_date(meeting.held_on)
            if column == TITLE:
                return meeting.title
            if column == STATE:
                return self.tr("Closed") if meeting.closed else self.tr("Open")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE:
            return meeting.title
        return None
