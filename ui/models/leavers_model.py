"""The leavers a purge would remove: a Qt model over the core's list of Leaver."""

from typing import Any

from PySide6.QtCore import Qt

from actionplan.domain.dates import format_date
from actionplan.protection.retention import Leaver
from ui.models.base import ID_ROLE, ITEM_ROLE, SORT_ROLE, ReadModelTableModel

COL_NAME, COL_ORGANISATION, COL_EMAIL, COL_LEFT, COL_RECORDS = range(5)


class LeaversModel(ReadModelTableModel[Leaver]):
    """One leaver a row: name, organisation, email, leaving date and training records held."""

    id_role, item_role, sort_role = ID_ROLE, ITEM_ROLE, SORT_ROLE
    update_in_place = False

    def _header_texts(self) -> dict[int, str]:
        return {
            COL_NAME: self.tr("Name"),
            COL_ORGANISATION: self.tr("Organisation"),
            COL_EMAIL: self.tr("Email"),
            COL_LEFT: self.tr("Left"),
            COL_RECORDS: self.tr("Training records"),
        }

    def _text(self, leaver: Leaver, column: int) -> str:
        if column == COL_NAME:
            return leaver.name
        if column == COL_ORGANISATION:
            return leaver.organisation
        if column == COL_EMAIL:
            return leaver.email
        if column == COL_LEFT:
            return format_date(leaver.leaving_date)
        return str(leaver.training_records)

    def _data(self, leaver: Leaver, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_RECORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort_key(self, leaver: Leaver, column: int) -> Any:
        if column == COL_LEFT:
            return leaver.leaving_date.toordinal()
        if column == COL_RECORDS:
            return leaver.training_records
        return self._text(leaver, column).casefold()
