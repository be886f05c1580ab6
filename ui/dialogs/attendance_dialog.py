"""The dialog for recording a whole session's attendance (a WRAP workshop, say) in one step."""

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from actionplan import clock
from actionplan.services.readmodels import CourseView
from ui.dialogs.form import FormDialog, make_date_edit
from ui.dialogs.record_dialog import course_combo
from ui.widgets import to_qdate

NAMES_SHOWN = 6


class AttendanceDialog(FormDialog):
    """Course, date and evidence for everyone selected; ``values()`` are record_attendance's arguments."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], Any] | None,
        courses: Sequence[CourseView],
        names: Sequence[str],
        *,
        course_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, parent)
        self.setWindowTitle(self.tr("Record session attendance"))
        count = len(names)
        self.count_label = QLabel(
            self.tr("%n people selected", "", count) if count != 1 else self.tr("1 person selected")
        )
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        shown = ", ".join(names[:NAMES_SHOWN])
        if count > NAMES_SHOWN:
            shown += self.tr(" and %n more", "", count - NAMES_SHOWN)
        self.names_label = QLabel(shown)
        self.names_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("Attendees"))
        self.names_label.setAccessibleName(self.tr("Names of the attendees"))
        self.form.addRow(self.tr("Attendees:"), self.count_label)
        self.form.addRow("", self.names_label)
        self.course = course_combo(courses, course_id)
        self.completed_on = make_date_edit(today or clock.today())
        if today is not None:
            self.completed_on.setMaximumDate(to_qdate(today))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("Attendance register, session reference or facilitator"))
        self.add_field("course_id", self.tr("&Course:"), self.course)
        self.add_field("completed_on", self.tr("Session &date:"), self.completed_on)
        self.add_field("evidence", self.tr("&Evidence:"), self.evidence)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Record attendance"))
        self.resize(520, self.sizeHint().height())
        self.course.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "course_id": self.course.currentData(),
            "completed_on": self.completed_on.value(),
            "evidence": self.evidence.text(),
        }
