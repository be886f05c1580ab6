"""The dialog for adding or editing a course: code, name, aliases, validity and the courses it renews."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from actionplan.domain.enums import CourseMode
from actionplan.services.readmodels import CourseView
from ui.dialogs.form import CheckList, FormDialog, LinesEdit
from ui.models.courses_model import mode_label


class CourseDialog(FormDialog):
    """Edits one course; ``values()`` are the keyword arguments of create/update_course.

    Validity 0 shows as "Never expires" and is saved as no validity.
    """

    def __init__(
        self,
        save: Callable[[dict[str, Any]], Any] | None,
        catalogue: Sequence[CourseView],
        course: CourseView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, parent)
        self.course = course
        self.setWindowTitle(self.tr("Edit course %s") % course.code if course else self.tr("Add a course"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("A short, stable code, for example WRAP"))
        self.name = QLineEdit()
        self.aliases = LinesEdit(course.aliases if course else ())
        self.aliases.setPlaceholderText(self.tr("One a line: the names partners use for this course"))
        self.provider = QLineEdit()
        self.mode = QComboBox()
        for mode in CourseMode:
            self.mode.addItem(mode_label(mode.value), mode.value)
        self.validity = QSpinBox()
        self.validity.setRange(0, 240)
        self.validity.setSuffix(self.tr(" months"))
        self.validity.setSpecialValueText(self.tr("Never expires"))
        self.validity.setToolTip(
            self.tr("How long a completion lasts before a refresher is needed; 0 for never")
        )
        self.renews = CheckList()
        own = course.code if course else None
        for other in catalogue:
            if other.code != own:
                self.renews.add_choice(
                    f"{other.code} – {other.name}", other.code, bool(course and other.code in course.renews)
                )
        self.renews.setToolTip(self.tr("Completing this course also counts for the courses ticked here"))
        self.add_field("code", self.tr("&Code:"), self.code)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("aliases", self.tr("&Other names:"), self.aliases)
        self.add_field("provider", self.tr("&Provider:"), self.provider)
        self.add_field("mode", self.tr("&Mode:"), self.mode)
        self.add_field("validity_months", self.tr("&Valid for:"), self.validity)
        self.add_field("renews", self.tr("&Renews:"), self.renews)
        if course is not None:
            self.code.setText(course.code)
            self.name.setText(course.name)
            self.provider.setText(course.provider)
            self.mode.setCurrentIndex(max(0, self.mode.findData(course.mode)))
            self.validity.setValue(course.validity_months or 0)
        else:
            self.validity.setValue(24)
        self.resize(560, self.sizeHint().height())
        self.code.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "code": self.code.text(),
            "name": self.name.text(),
            "aliases": self.aliases.lines(),
            "provider": self.provider.text().strip(),
            "mode": self.mode.currentData(),
            "validity_months": self.validity.value() or None,
            "renews": self.renews.checked_data(),
        }
