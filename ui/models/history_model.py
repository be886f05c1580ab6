"""The change history table: change batches, newest first, with when, where from, what and how many."""

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from actionplan.domain.enums import ChangeSource
from actionplan.services.readmodels import ChangeBatchView
from ui.models.base import ReadModelTableModel

WHEN, SOURCE, DESCRIPTION, COUNT, STATE = range(5)


def local_time(value: datetime) -> datetime:
    """A stored timestamp (UTC, with or without its zone) in the computer's own time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


class HistoryModel(ReadModelTableModel[ChangeBatchView]):
    """One read-only row per change batch."""

    text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
    update_in_place = False

    set_batches = ReadModelTableModel.set_rows
    batch_at = ReadModelTableModel.row_at

    def _header_texts(self) -> dict[int, str]:
        return {
            WHEN: self.tr("When"),
            SOURCE: self.tr("From"),
            DESCRIPTION: self.tr("Change"),
            COUNT: self.tr("Records"),
            STATE: self.tr("State"),
        }

    def source_label(self, source: str) -> str:
        labels = {
            ChangeSource.SCREEN.value: self.tr("In the app"),
            ChangeSource.IMPORT.value: self.tr("Import"),
            ChangeSource.COMMAND.value: self.tr("Command line"),
            ChangeSource.SYSTEM.value: self.tr("System"),
        }
        return labels.get(source, source)

    def _text(self, batch: ChangeBatchView, column: int) -> str | None:
        if column == WHEN:
            return local_time(batch.at).strftime("%d/%m/%Y %H:%M")
        if column == SOURCE:
            return self.source_label(batch.source) + (f" ({batch.user})" if batch.user else "")
        if column == DESCRIPTION:
            return batch.description
        if column == COUNT:
            return str(batch.entries)
        if column == STATE:
            if batch.copied:
                return self.tr("Undone elsewhere") if batch.undone else self.tr("Made in another database")
            return self.tr("Undone") if batch.undone else ""
        return None

    def _data(self, batch: ChangeBatchView, column: int, role: int) -> Any:
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
