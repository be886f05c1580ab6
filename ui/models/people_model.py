"""The people table: a Qt model over a list of PersonView, and the proxy that filters people as you type."""

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from actionplan import clock
from actionplan.domain.dates import format_date
from actionplan.services.readmodels import PersonView
from ui.models.base import ID_ROLE, ITEM_ROLE, SORT_ROLE, Index, ReadModelTableModel, SortableRowsModel

(
    COL_NAME,
    COL_ORGANISATION,
    COL_ROLE_GROUP,
    COL_JOB_TITLE,
    COL_STAFF_NUMBER,
    COL_KEY_PERSONNEL,
    COL_START_DATE,
    COL_LEAVING_DATE,
) = range(8)

PERSON_ID_ROLE, PERSON_ROLE = ID_ROLE, ITEM_ROLE

ACTIVE, LEAVERS, EVERYONE = "active", "leavers", "everyone"


# The search text of the people last shown, by id, with the (frozen) PersonView it was made
# from: the core hands the People page and the matrix the same objects until a person changes
# (``compliance.kept_people``), so a page loading 50,000 people makes only the changed texts.
_texts: dict[int, tuple[PersonView, str]] = {}


def search_text(person: PersonView) -> str:
    """Everything a search box matches a person on, folded for case-insensitive matching."""
    known = _texts.get(person.id)
    if known is not None and known[0] is person:
        return known[1]
    text = _fold(person)
    _texts[person.id] = (person, text)
    return text


def search_texts(people: Iterable[PersonView]) -> list[str]:
    """``search_text`` of each of ``people``, in one pass (a page of 50,000 people)."""
    known = _texts.get
    texts = []
    add = texts.append
    for person in people:
        found = known(person.id)
        add(found[1] if found is not None and found[0] is person else search_text(person))
    return texts


def _fold(person: PersonView) -> str:
    return " ".join(
        (
            person.first_name,
            person.last_name,
            person.staff_number,
            person.email,
            person.job_title,
            person.team,
            person.organisation_name,
            person.role_group,
        )
    ).casefold()


def _date_key(value: date | None) -> int:
    return value.toordinal() if value else 0


class PeopleModel(SortableRowsModel[PersonView]):
    """People, one a row; holds the whole list so filtering (in ``PeopleFilterProxy``) needs no query."""

    id_role, item_role, sort_role = PERSON_ID_ROLE, PERSON_ROLE, SORT_ROLE
    changed_roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        PERSON_ROLE,
        SORT_ROLE,
    ]

    person_at = ReadModelTableModel.row_at

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = clock.today()

    def _header_texts(self) -> dict[int, str]:
        return {
            COL_NAME: self.tr("Name"),
            COL_ORGANISATION: self.tr("Organisation"),
            COL_ROLE_GROUP: self.tr("Role group"),
            COL_JOB_TITLE: self.tr("Job title"),
            COL_STAFF_NUMBER: self.tr("Staff no."),
            COL_KEY_PERSONNEL: self.tr("Key personnel"),
            COL_START_DATE: self.tr("Started"),
            COL_LEAVING_DATE: self.tr("Left"),
        }

    def set_people(self, people: Sequence[PersonView], today: date | None = None) -> None:
        """Show ``people``; the same people in the same order update in place (selection kept)."""
        self.today = today or self.today
        self.set_rows(people)

    def _search_text(self, person: PersonView) -> str:
        return search_text(person)

    def _search_texts(self, rows: list[PersonView]) -> list[str]:
        return search_texts(rows)

    def _data(self, person: PersonView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            parts = [person.full_name, person.job_title, person.email]
            if not person.is_active(self.today):
                parts.append(self.tr("Left on %s") % format_date(person.leaving_date))
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ForegroundRole and not person.is_active(self.today):
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, person: PersonView, column: int) -> str:
        if column == COL_NAME:
            return f"{person.last_name}, {person.first_name}" if person.first_name else person.last_name
        if column == COL_ORGANISATION:
            return person.organisation_name
        if column == COL_ROLE_GROUP:
            return person.role_group
        if column == COL_JOB_TITLE:
            return person.job_title
        if column == COL_STAFF_NUMBER:
            return person.staff_number
        if column == COL_KEY_PERSONNEL:
            return self.tr("Yes") if person.key_personnel else self.tr("No")
        if column == COL_START_DATE:
            return format_date(person.start_date)
        if column == COL_LEAVING_DATE:
            return format_date(person.leaving_date)
        return ""

    def sort_key(self, row: PersonView, column: int) -> Any:
        name = (row.last_name.casefold(), row.first_name.casefold(), row.id)
        if column == COL_START_DATE:
            return (_date_key(row.start_date), *name)
        if column == COL_LEAVING_DATE:
            return (_date_key(row.leaving_date), *name)
        if column == COL_KEY_PERSONNEL:
            return (not row.key_personnel, *name)
        if column == COL_NAME:
            return name
        return (self._text(row, column).casefold(), *name)


class PeopleFilterProxy(QSortFilterProxyModel):
    """Filters a people-shaped model (``person_at``, ``search_texts``, ``rows_version``) by
    organisation, role group, key personnel, active or leaver, and words typed in a search box.

    Sorting is handed to the source model, which sorts its list in place.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.organisation_id: int | None = None
        self.role_group: str | None = None
        self.key_personnel_only = False
        self.status = ACTIVE
        self.today = clock.today()
        self._words: list[str] = []
        self._accepted: list[bool] = []
        self._accepted_for: int | None = None  # the source's ``rows_version`` they were worked out for
        self._source: Any = None

    def set_filter(self, **criteria: Any) -> None:
        """Change any of organisation_id, role_group, key_personnel_only, status, today, text.

        Filtering again is skipped when nothing changed (it costs a call per person).
        """
        if "text" in criteria:
            criteria["_words"] = criteria.pop("text").casefold().split()
        for name in criteria:
            if not hasattr(self, name):
                raise AttributeError(name)
        if all(getattr(self, name) == value for name, value in criteria.items()):
            return
        self.beginFilterChange()
        for name, value in criteria.items():
            setattr(self, name, value)
        self._accepted_for = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt override)
        self._source = model
        self._accepted_for = None
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        # Qt asks once a row: answered from a list worked out for every row in one pass, kept
        # until the criteria (set_filter), the rows or their order (``rows_version``) change.
        if self._accepted_for != self._source.rows_version:
            self._accepted = self._accepts_all(self._source)
            self._accepted_for = self._source.rows_version
        return self._accepted[source_row]

    def _accepts_all(self, source) -> list[bool]:
        """Each criterion applied to every row at once (a comprehension a criterion); the rows'
        search texts are asked for only when words are typed."""
        count = source.rowCount()
        people: list[PersonView] = list(map(source.person_at, range(count)))
        accepted = [True] * count
        if self._words:
            texts = source.search_texts
            for word in self._words:
                accepted = [ok and word in text for ok, text in zip(accepted, texts, strict=True)]
        if self.organisation_id is not None:
            organisation_id = self.organisation_id
            accepted = [
                ok and p.organisation_id == organisation_id for ok, p in zip(accepted, people, strict=True)
            ]
        if self.role_group is not None:
            role_group = self.role_group
            accepted = [ok and p.role_group == role_group for ok, p in zip(accepted, people, strict=True)]
        if self.key_personnel_only:
            accepted = [ok and p.key_personnel for ok, p in zip(accepted, people, strict=True)]
        if self.status != EVERYONE:
            today, active = self.today, self.status == ACTIVE
            accepted = [
                ok and (p.leaving_date is None or p.leaving_date > today) == active
                for ok, p in zip(accepted, people, strict=True)
            ]
        return accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        self.sourceModel().sort(column, order)

    def person_ids(self, rows: Sequence[int]) -> list[int]:
        """The ids of the people on these proxy rows."""
        source = self.sourceModel()
        return [source.person_at(self.mapToSource(self.index(r, 0)).row()).id for r in rows]
