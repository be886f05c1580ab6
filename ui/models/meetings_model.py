"""The meetings list: the plan's meetings, most recent first, with their date, title and whether closed."""

from typing import Any

from PySide6.QtCore import Qt

from actionplan.domain.dates import format_date
from actionplan.services.readmodels import MeetingView
from ui.models.base import ReadModelTableModel

DATE, TITLE, STATE = range(3)


class MeetingsModel(ReadModelTableModel[MeetingView]):
    """One read-only row per meeting; the page edits the selected one in its form."""

    text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
    update_in_place = False
    missing_row = None

    set_meetings = ReadModelTableModel.set_rows
    meeting_at = ReadModelTableModel.row_at

    def _header_texts(self) -> dict[int, str]:
        return {DATE: self.tr("Date"), TITLE: self.tr("Meeting"), STATE: self.tr("State")}

    def _text(self, meeting: MeetingView, column: int) -> str | None:
        if column == DATE:
            return format_date(meeting.held_on)
        if column == TITLE:
            return meeting.title
        if column == STATE:
            return self.tr("Closed") if meeting.closed else self.tr("Open")
        return None

    def _data(self, meeting: MeetingView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return meeting.title
        return None
