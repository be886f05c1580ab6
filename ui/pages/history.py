"""The Change history page: every batch of changes, newest first, what it changed, and undoing one."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actionplan.services import history
from actionplan.services.readmodels import ChangeBatchView
from ui.context import AppContext
from ui.models.history_model import COUNT, DESCRIPTION, SOURCE, STATE, WHEN, HistoryModel
from ui.resources import icon
from ui.widgets import RefreshWhenVisible, confirm

BATCH_LIMIT = 500
_HIDDEN_FIELDS = {"id", "uuid", "created_at", "updated_at"}


def _short(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class HistoryPage(QWidget):
    """Change batches with their entries; "Undo this change" reverses a whole batch (an edit or an import)."""

    page_id = "history"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._generation = 0

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Every change is kept here with where it came from. Undoing a change records the undo "
                "as a change of its own, so it can be undone in turn."
            )
        )
        intro.setWordWrap(True)
        self.undo_button = QPushButton(icon("undo"), self.tr("&Undo this change…"))
        self.undo_button.setAccessibleName(self.tr("Undo this change"))
        self.undo_button.clicked.connect(self.undo_selected)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.undo_button)

        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Change batches"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (WHEN, SOURCE, COUNT, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._current_changed)

        self.entries = QTreeWidget()
        self.entries.setAccessibleName(self.tr("Records changed"))
        self.entries.setHeaderLabels([self.tr("Record"), self.tr("Change"), self.tr("Values")])
        self.entries.setRootIsDecorated(False)
        self.entries.header().setStretchLastSection(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.entries)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

        self._refresher = RefreshWhenVisible(self, self.refresh)
        context.data_changed.connect(self._refresher.request)
        context.database_changed.connect(self._refresher.request)
        self._update_button()

    def title(self) -> str:
        return self.tr("Change history")

    def refresh(self) -> None:
        db = self.context.db
        self._generation += 1
        generation = self._generation
        if db is None:
            self._show([])
            return
        self.context.tasks.run(
            lambda _progress: history.list_batches(db.unit_of_work(), BATCH_LIMIT),
            on_done=lambda rows: self._show(rows) if generation == self._generation else None,
        )

    def _show(self, batches: list[ChangeBatchView]) -> None:
        current = self.selected_batch()
        self.model.set_batches(batches)
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.batch_at(row).id == current.id:
                    self.table.selectRow(row)
                    break
        self._update_button()

    def selected_batch(self) -> ChangeBatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.batch_at(rows[0].row()) if rows else None

    def _update_button(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and not batch.undone)

    def _current_changed(self, *_args: object) -> None:
        self._update_button()
        self.entries.clear()
        batch = self.selected_batch()
        if batch is None or self.context.db is None:
            return
        db, batch_id = self.context.db, batch.id
        self.context.tasks.run(
            lambda _p: history.batch_entries(db.unit_of_work(), batch_id),
            on_done=lambda rows: self._show_entries(batch_id, rows),
        )

    def _show_entries(self, batch_id: int, rows: list[dict[str, Any]]) -> None:
        batch = self.selected_batch()
        if batch is None or batch.id != batch_id:
            return
        self.entries.clear()
        ops = {"create": self.tr("Added"), "update": self.tr("Changed"), "delete": self.tr("Deleted")}
        for entry in rows[:1000]:
            old, new = entry.get("old") or {}, entry.get("new") or {}
            if entry["op"] == "update":
                fields = [
                    f"{k.replace('_', ' ')}: {_short(old.get(k))} → {_short(v)}"
                    for k, v in new.items()
                    if k not in _HIDDEN_FIELDS
                ]
            else:
                values = new or old
                fields = [
                    f"{k.replace('_', ' ')}: {_short(v)}"
                    for k, v in values.items()
                    if k not in _HIDDEN_FIELDS and v not in (None, "", [], False)
                ][:6]
            item = QTreeWidgetItem(
                [entry["entity"].replace("_", " "), ops.get(entry["op"], entry["op"]), "; ".join(fields)]
            )
            item.setToolTip(2, "\n".join(fields))
            self.entries.addTopLevelItem(item)
        self.entries.resizeColumnToContents(0)
        self.entries.resizeColumnToContents(1)

    def undo_selected(self) -> None:
        """Undo the selected batch after asking; the undo stack is cleared, its steps may no longer apply."""
        batch = self.selected_batch()
        if batch is None or batch.undone or self.context.db is None:
            return
        if not confirm(
            self,
            self.tr("Undo this change"),
            self.tr("Undo “{what}” ({n} records changed)?").format(what=batch.description, n=batch.entries),
            self.tr("Undo the change"),
        ):
            return
        db, batch_id = self.context.db, batch.id

        def done(_new_batch: int) -> None:
            self.context.undo_stack.clear()
            self.context.show_message(self.tr("Undid “{what}”.").format(what=batch.description))
            self.context.notify_changed()

        self.context.tasks.run(
            lambda _p: history.undo_batch(db.unit_of_work(), batch_id),
            on_done=done,
            on_error=self.context.report_error,
        )
