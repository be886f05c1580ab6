"""The people an action can be given to: the list model behind the owner drop-downs and their search."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from actionplan.services.readmodels import PersonView
from ui.models.base import ROOT, Index

# The role a combo box keeps an item's data in (``currentData``, ``findData``): the person's id.
OWNER_ID_ROLE = Qt.ItemDataRole.UserRole
# After this many labels made one at a time (a drop-down shows one), all are made and kept.
LABELS_KEPT_AFTER = 64
LABEL_ROLES = frozenset(
    (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole)
)


class OwnersModel(QAbstractListModel):
    """The choice of no owner, then the people offered, then any owner named from outside them.

    A county offers tens of thousands of key personnel: the model keeps the list it is given and
    makes a row's label only when Qt asks for it (all of them, kept, once a search reads them),
    so filling a drop-down costs no item a person, and it finds a person's row by id without a
    search (``row_of``, and ``match`` for a combo box's ``findData``).
    """

    def __init__(self, none_text: str = "", with_organisation: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.none_text = none_text
        self.with_organisation = with_organisation
        self._people: Sequence[PersonView] = ()
        self._extra: list[tuple[str, int]] = []  # (name, id) of owners outside ``_people``
        self._row_by_id: dict[int, int] | None = None  # made when first asked
        self._labels: list[str] | None = None  # every row's label, made once many are asked for
        self._reads = 0  # labels made one at a time since the list changed

    # --- contents ----------------------------------------------------------------------------

    def set_people(self, people: Sequence[PersonView]) -> None:
        """Offer ``people`` (kept, not copied: treat it as read-only); owners added before go."""
        self.beginResetModel()
        self._people = people
        self._extra = []
        self._row_by_id = None
        self._labels = None
        self._reads = 0
        self.endResetModel()

    def add_owner(self, owner_id: int, name: str) -> int:
        """Offer an owner the list does not hold (a leaver, say) under ``name``; returns their row."""
        row = self.row_of(owner_id)
        if row >= 0:
            return row
        row = self.rowCount()
        self.beginInsertRows(ROOT, row, row)
        self._extra.append((name, owner_id))
        self._index()[owner_id] = row
        if self._labels is not None:
            self._labels.append(name)
        self.endInsertRows()
        return row

    def row_of(self, owner_id: int | None) -> int:
        """The row of the person with id ``owner_id`` (0, "no owner", for None), or -1."""
        if owner_id is None:
            return 0
        return self._index().get(owner_id, -1)

    def owner_id_at(self, row: int) -> int | None:
        if row <= 0:
            return None
        if row <= len(self._people):
            return self._people[row - 1].id
        return self._extra[row - 1 - len(self._people)][1]

    def label_at(self, row: int) -> str:
        if row == 0:
            return self.none_text
        if row <= len(self._people):
            person = self._people[row - 1]
            name = person.full_name
            if self.with_organisation and person.organisation_name:
                return f"{name} ({person.organisation_name})"
            return name
        return self._extra[row - 1 - len(self._people)][0]

    def _make_labels(self) -> list[str]:
        self._labels = [self.label_at(row) for row in range(self.rowCount())]
        return self._labels

    def _index(self) -> dict[int, int]:
        if self._row_by_id is None:
            self._row_by_id = {p.id: row for row, p in enumerate(self._people, start=1)}
            first = len(self._people) + 1
            self._row_by_id.update(
                (owner_id, row) for row, (_name, owner_id) in enumerate(self._extra, first)
            )
        return self._row_by_id

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 1 + len(self._people) + len(self._extra)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A completer asks for every row's label at each key typed: kept short.
        row = index.row()  # -1 for an invalid index
        if role in LABEL_ROLES:
            labels = self._labels
            if labels is None:  # the shown choice: its label; a search: everyone's, kept
                self._reads += 1
                if self._reads < LABELS_KEPT_AFTER:
                    return self.label_at(row) if 0 <= row < self.rowCount() else None
                labels = self._make_labels()
            return labels[row] if 0 <= row < len(labels) else None
        if role == OWNER_ID_ROLE and 0 <= row < self.rowCount():
            return self.owner_id_at(row)
        return None

    def match(  # Qt override: a combo box's findData asks for one person's row by id
        self,
        start: QModelIndex | QPersistentModelIndex,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        exact = Qt.MatchFlag(flags & Qt.MatchFlag.MatchTypeMask) == Qt.MatchFlag.MatchExactly
        if (
            role == OWNER_ID_ROLE
            and exact
            and hits == 1
            and start.row() == 0
            and isinstance(value, int | None)
        ):
            row = self.row_of(value)
            return [self.index(row, 0)] if row >= 0 else []
        return super().match(start, role, value, hits, flags)
