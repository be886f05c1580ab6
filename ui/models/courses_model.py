"""The course catalogue table: a Qt model over a list of CourseView."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from actionplan.domain.enums import CourseMode
from actionplan.services.readmodels import CourseView

COL_CODE = 0
COL_NAME = 1
COL_VALIDITY = 2
COL_RENEWS = 3
COL_MODE = 4
COL_PROVIDER = 5
COL_ALIASES = 6
COLUMN_COUNT = 7

COURSE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COURSE_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

CHANGED_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    COURSE_ROLE,
    SORT_ROLE,
]

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table
translate = QCoreApplication.translate


def mode_label(value: str) -> str:
    """The words for a course's mode of delivery."""
    labels = {
        CourseMode.FACE_TO_FACE: translate("CoursesModel", "Face to face"),
        CourseMode.ELEARNING: translate("CoursesModel", "E-learning"),
        CourseMode.VIRTUAL: translate("CoursesModel", "Virtual classroom"),
        CourseMode.BRIEFING: translate("CoursesModel", "Briefing"),
    }
    try:
        return labels[CourseMode(value)]
    except ValueError:
        return value


def validity_text(months: int | None) -> str:
    if months is None:
        return translate("CoursesModel", "Never expires")
    if months % 12 == 0:
        years = months // 12
        return (
            translate("CoursesModel", "1 year")
            if years == 1
            else translate("CoursesModel", "%1 years").replace("%1", str(years))
        )
    return (
        translate("CoursesModel", "1 month")
        if months == 1
        else translate("CoursesModel", "%1 months").replace("%1", str(months))
    )


class CoursesModel(QAbstractTableModel):
    """Courses in the catalogue, one a row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CourseView] = []
        self._headers = {
            COL_CODE: self.tr("Code"),
            COL_NAME: self.tr("Course"),
            COL_VALIDITY: self.tr("Valid for"),
            COL_RENEWS: self.tr("Renews"),
            COL_MODE: self.tr("Mode"),
            COL_PROVIDER: self.tr("Provider"),
            COL_ALIASES: self.tr("Other names partners use"),
        }

    def set_courses(self, courses: Sequence[CourseView]) -> None:
        """Show ``courses``; the same courses in the same order update in place."""
        rows = list(courses)
        if [c.id for c in rows] == [c.id for c in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1), CHANGED_ROLES)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def course_at(self, row: int) -> CourseView:
        return self._rows[row]

    def courses(self) -> list[CourseView]:
        return list(self._rows)

    def row_of(self, course_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == course_id), -1)

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
        course = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(course, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_ALIASES) and course.aliases:
            return self.tr("Also known as: %s") % "; ".join(course.aliases)
        if role == COURSE_ID_ROLE:
            return course.id
        if role == COURSE_ROLE:
            return course
        if role == SORT_ROLE:
            if column == COL_VALIDITY:
                return course.validity_months if course.validity_months is not None else 10_000
            return self._text(course, column).casefold()
        return None

    def _text(self, course: CourseView, column: int) -> str:
        if column == COL_CODE:
            return course.code
        if column == COL_NAME:
            return course.name
        if column == COL_VALIDITY:
            return validity_text(course.validity_months)
        if column == COL_RENEWS:
            return ", ".join(course.renews)
        if column == COL_MODE:
            return mode_label(course.mode)
        if column == COL_PROVIDER:
            return course.provider
        if column == COL_ALIASES:
            return ", ".join(course.aliases)
        return ""
