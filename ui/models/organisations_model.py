"""The organisations table: a Qt model over a list of OrganisationView."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from actionplan.domain.enums import Sector
from actionplan.services.readmodels import OrganisationView

COL_NAME = 0
COL_SHORT_NAME = 1
COL_SECTOR = 2
COL_SPECIFIED = 3
COL_PEOPLE = 4
COL_ALIASES = 5
COLUMN_COUNT = 6

ORGANISATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

CHANGED_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    ORGANISATION_ROLE,
    SORT_ROLE,
]

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table
translate = QCoreApplication.translate


def sector_label(value: str) -> str:
    """A sector's words (the core's labels), or the stored value when it is not a known sector."""
    try:
        return Sector(value).label
    except ValueError:
        return value


class OrganisationsModel(QAbstractTableModel):
    """Organisations in the partnership, one a row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[OrganisationView] = []
        self._headers = {
            COL_NAME: self.tr("Name"),
            COL_SHORT_NAME: self.tr("Short name"),
            COL_SECTOR: self.tr("Sector"),
            COL_SPECIFIED: self.tr("Specified authority"),
            COL_PEOPLE: self.tr("People"),
            COL_ALIASES: self.tr("Other names"),
        }

    def set_organisations(self, organisations: Sequence[OrganisationView]) -> None:
        """Show ``organisations``; the same ones in the same order update in place."""
        rows = list(organisations)
        if [o.id for o in rows] == [o.id for o in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1), CHANGED_ROLES)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def organisation_at(self, row: int) -> OrganisationView:
        return self._rows[row]

    def row_of(self, organisation_id: int) -> int:
        return next((i for i, o in enumerate(self._rows) if o.id == organisation_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        org = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(org, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SPECIFIED:
            if org.specified_authority:
                return self.tr("A specified authority under the Counter-Terrorism and Security Act 2015")
            return self.tr("Not a specified authority: a voluntary partner")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ORGANISATION_ID_ROLE:
            return org.id
        if role == ORGANISATION_ROLE:
            return org
        if role == SORT_ROLE:
            if column == COL_PEOPLE:
                return org.people_count
            return self._text(org, column).casefold()
        return None

    def _text(self, org: OrganisationView, column: int) -> str:
        if column == COL_NAME:
            return org.name
        if column == COL_SHORT_NAME:
            return org.short_name
        if column == COL_SECTOR:
            return sector_label(org.sector)
        if column == COL_SPECIFIED:
            return self.tr("Yes") if org.specified_authority else self.tr("No")
        if column == COL_PEOPLE:
            return str(org.people_count)
        if column == COL_ALIASES:
            return ", ".join(org.aliases)
        return ""
