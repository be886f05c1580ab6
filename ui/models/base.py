"""What the table models share: a list of the core's frozen read models, shown one a row.

A model names its columns (``_header_texts``), says what a cell shows (``_text``) and answers any
other role in ``_data``; the base keeps the rows, finds a row by id, updates the changed rows in
place when the same rows come back, and answers Qt's row, column and header questions.
"""

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: the parent of every row of a table

# The roles most tables answer: the row's id, the row's read model, and what a column sorts by.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

T = TypeVar("T")


class ReadModelTableModel(QAbstractTableModel, Generic[T]):
    """Read models (frozen dataclasses with an ``id``) one a row, in the order given.

    A subclass sets what it needs of:

    - ``text_roles``: the roles ``_text(item, column)`` answers;
    - ``id_role``, ``item_role``, ``sort_role``: the roles answered with the row's id, its read
      model and ``sort_key(item, column)`` (None: not answered);
    - ``changed_roles``: the roles signalled for a row that changed in place;
    - ``update_in_place``: False to reset the model on every ``set_rows``;
    - ``missing_row``: what ``row_of`` returns for an id that is not shown.
    """

    text_roles: tuple[int, ...] = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
    id_role: int | None = None
    item_role: int | None = None
    sort_role: int | None = None
    changed_roles: Sequence[int] = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ITEM_ROLE,
        SORT_ROLE,
    ]
    update_in_place = True
    missing_row: int | None = -1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[T] = []
        self._row_by_id: dict[int, int] = {}
        self._headers = self._header_texts()

    # --- contents ----------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show ``rows``; the same rows in the same order update in place (only the changed rows
        are signalled, so the selection stays), anything else resets the model."""
        rows = list(rows)
        if self.update_in_place and self._same_ids(rows):
            changed = self._changed_rows(rows)
            self._store(rows)
            for row in changed:
                self._row_changed(row)
            return
        self.beginResetModel()
        self._store(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, item_id: int) -> int | None:
        """The row showing the read model with id ``item_id``, or ``missing_row``."""
        return self._row_by_id.get(item_id, self.missing_row)

    def rows(self) -> list[T]:
        return list(self._rows)

    def _id(self, item: T) -> int:
        return item.id  # type: ignore[attr-defined]

    def _same_ids(self, rows: list[T]) -> bool:
        return [self._id(item) for item in rows] == [self._id(item) for item in self._rows]

    def _changed_rows(self, rows: list[T]) -> list[int]:
        """The rows that differ between those shown and ``rows`` (the same ids in the same order)."""
        pairs = enumerate(zip(self._rows, rows, strict=True))
        return [row for row, (old, new) in pairs if self._differs(old, new)]

    def _differs(self, old: T, new: T) -> bool:
        # The core hands back the same frozen objects for rows that did not change (the people
        # list, say): those need no comparison field by field.
        return old is not new and old != new

    def _store(self, rows: list[T]) -> None:
        """Keep ``rows`` as the rows shown (subclasses keep what goes with them)."""
        self._rows = rows
        self._reindex()

    def _reindex(self) -> None:
        self._row_by_id = {self._id(item): row for row, item in enumerate(self._rows)}

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1), self.changed_roles)

    # --- what a subclass says ------------------------------------------------------------------

    def _header_texts(self) -> dict[int, str]:
        """The columns' titles, by column number from 0: they are the columns."""
        raise NotImplementedError

    def _header_tooltip(self, section: int) -> str | None:
        return None

    def _text(self, item: T, column: int) -> str | None:
        """What a cell shows, for the ``text_roles``."""
        raise NotImplementedError

    def _data(self, item: T, column: int, role: int) -> Any:
        """Any role but the text, id, item and sort roles."""
        return None

    def sort_key(self, item: T, column: int) -> Any:
        return self._text(item, column).casefold()  # type: ignore[union-attr]

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in self.text_roles:
            return self._text(item, column)
        if role == self.id_role:
            return self._id(item)
        if role == self.item_role:
            return item
        if role == self.sort_role:
            return self.sort_key(item, column)
        return self._data(item, column, role)


class SortableRowsModel(ReadModelTableModel[T]):
    """Rows sorted in place, far quicker than a sorting proxy over many people, each with its
    search text folded once (what ``PeopleFilterProxy`` matches typed words against), when
    first needed (the People page and the matrix have them made in their loads, off the GUI
    thread, so that the first letter typed only filters).

    A subclass gives ``sort_key(item, column)`` and ``_search_text(item)``.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._texts: list[str] | None = []
        # Counts the changes of the rows or their order (a proxy keeps what it worked out until then).
        self.rows_version = 0

    @property
    def search_texts(self) -> list[str]:
        """Every row's search text in row order: a new list whenever the rows or their order change."""
        if self._texts is None:
            self._texts = self._search_texts(self._rows)
        return self._texts

    def search_text_at(self, row: int) -> str:
        return self.search_texts[row]

    def _search_text(self, item: T) -> str:
        raise NotImplementedError

    def _search_texts(self, rows: list[T]) -> list[str]:
        """Every row's ``_search_text`` (a subclass may make them all at once)."""
        return [self._search_text(item) for item in rows]

    def _store(self, rows: list[T]) -> None:
        super()._store(rows)
        self._texts = None
        self.rows_version += 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        if not self._rows or column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        reverse = order == Qt.SortOrder.DescendingOrder
        positions = sorted(
            range(len(self._rows)), key=lambda i: self.sort_key(self._rows[i], column), reverse=reverse
        )
        new_row = {old: new for new, old in enumerate(positions)}
        self._rows = [self._rows[i] for i in positions]
        if self._texts is not None:
            self._texts = [self._texts[i] for i in positions]
        self.rows_version += 1
        self._reindex()
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_row[i.row()], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()
