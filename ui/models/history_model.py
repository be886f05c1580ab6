"""The change history table: change batches, newest first, with when, where from, what and how many."""

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from actionplan.domain.enums import ChangeSource
from actionplan.services.readmodels import ChangeBatchView

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table

WHEN, SOURCE, DESCRIPTION, COUNT, STATE = range(5)
COLUMN_COUNT = 5


def local_time(value: datetime) -> datetime:
    """A stored timestamp (UTC, with or without its zone) in the computer's own time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


class HistoryModel(QAbstractTableModel):
    """One read-only row per change batch."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._batches: list[ChangeBatchView] = []

    def set_batches(self, batches: list[ChangeBatchView]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch_at(self, row: int) -> ChangeBatchView:
        return self._batches[row]

    def source_label(self, source: str) -> str:
        labels = {
            ChangeSource.SCREEN.value: self.tr("In the app"),
            ChangeSource.IMPORT.value: self.tr("Import"),
            ChangeSource.COMMAND.value: self.tr("Command line"),
            ChangeSource.SYSTEM.value: self.tr("System"),
        }
        return labels.get(source, source)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        return (
            self.tr("When"),
            self.tr("From"),
            self.tr("Change"),
            self.tr("Records"),
            self.tr("State"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._batches):
            return None
        batch = self._batches[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == WHEN:
                return local_time(batch.at).strftime("%d/%m/%Y %H:%M")
            if column == SOURCE:
                return self.source_label(batch.source) + (f" ({batch.user})" if batch.user else "")
            if column == DESCRIPTION:
                return batch.description
            if column == COUNT:
                return str(batch.entries)
            if column == STATE:
                return self.tr("Undone") if batch.undone else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return batch.description
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and batch.undone:
            font = QFont()
            font.setStrikeOut(column == DESCRIPTION)
            font.setItalic(True)
            return font
        return None
