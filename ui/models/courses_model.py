"""The course catalogue table: a Qt model over a list of CourseView."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from actionplan.domain.enums import CourseMode
from actionplan.services.readmodels import CourseView
from ui.models.base import ID_ROLE, ITEM_ROLE, SORT_ROLE, ReadModelTableModel

COL_CODE, COL_NAME, COL_VALIDITY, COL_RENEWS, COL_MODE, COL_PROVIDER, COL_ALIASES = range(7)

COURSE_ID_ROLE, COURSE_ROLE = ID_ROLE, ITEM_ROLE

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


class CoursesModel(ReadModelTableModel[CourseView]):
    """Courses in the catalogue, one a row."""

    id_role, item_role, sort_role = COURSE_ID_ROLE, COURSE_ROLE, SORT_ROLE

    set_courses = ReadModelTableModel.set_rows
    course_at = ReadModelTableModel.row_at
    courses = ReadModelTableModel.rows

    def _header_texts(self) -> dict[int, str]:
        return {
            COL_CODE: self.tr("Code"),
            COL_NAME: self.tr("Course"),
            COL_VALIDITY: self.tr("Valid for"),
            COL_RENEWS: self.tr("Renews"),
            COL_MODE: self.tr("Mode"),
            COL_PROVIDER: self.tr("Provider"),
            COL_ALIASES: self.tr("Other names partners use"),
        }

    def _data(self, course: CourseView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_ALIASES) and course.aliases:
            return self.tr("Also known as: %s") % "; ".join(course.aliases)
        return None

    def sort_key(self, course: CourseView, column: int) -> Any:
        if column == COL_VALIDITY:
            return course.validity_months if course.validity_months is not None else 10_000
        return self._text(course, column).casefold()

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
