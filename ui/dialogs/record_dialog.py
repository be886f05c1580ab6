"""The dialog for recording a person's completion of a course, or correcting one already recorded."""

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from actionplan import clock
from actionplan.domain.dates import format_date
from actionplan.errors import ActionPlanError
from actionplan.services import training
from actionplan.services.readmodels import CourseView, PersonView, TrainingRecordView
from ui.dialogs.form import FormDialog, make_date_edit
from ui.undo import run_undoable
from ui.widgets import to_qdate

CORRECT, ADD = "correct", "add"
translate = QCoreApplication.translate


def course_combo(courses: Sequence[CourseView], course_id: int | None = None) -> QComboBox:
    """A drop-down of the catalogue, "CODE – name", holding course ids."""
    combo = QComboBox()
    for course in courses:
        combo.addItem(f"{course.code} – {course.name}", course.id)
    if course_id is not None:
        combo.setCurrentIndex(max(0, combo.findData(course_id)))
    return combo


class RecordDialog(FormDialog):
    """Record a completion for ``person``; given ``record``, it corrects that record (or adds another).

    ``values()`` holds ``mode`` (``"correct"`` or ``"add"``), ``record_id``, ``course_id``,
    ``completed_on`` and ``evidence``. ``delete`` (when given) removes the record being corrected.
    """

    def __init__(
        self,
        save: Callable[[dict[str, Any]], Any] | None,
        courses: Sequence[CourseView],
        person: PersonView,
        *,
        course_id: int | None = None,
        record: TrainingRecordView | None = None,
        today: date | None = None,
        delete: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, parent)
        self.record = record
        self.person = person
        self._delete = delete
        self.setWindowTitle(
            self.tr("Correct a training record") if record else self.tr("Record a completed course")
        )
        self.person_label = QLabel(
            f"{person.full_name} ({person.organisation_name})"
            if person.organisation_name
            else person.full_name
        )
        self.person_label.setAccessibleName(self.tr("Person"))
        self.form.addRow(self.tr("Person:"), self.person_label)

        self.correct_button = QRadioButton()
        self.add_button = QRadioButton(self.tr("&Add a new completion (a later course or refresher)"))
        self.mode_group = QButtonGroup(self)
        if record is not None:
            self.correct_button.setText(
                self.tr("C&orrect the record of %1").replace("%1", format_date(record.completed_on))
            )
            self.mode_group.addButton(self.correct_button)
            self.mode_group.addButton(self.add_button)
            self.correct_button.setChecked(True)
            modes = QWidget()
            column = QVBoxLayout(modes)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.correct_button)
            column.addWidget(self.add_button)
            self.form.addRow(self.tr("Change:"), modes)
            self.add_button.toggled.connect(self._mode_changed)

        self.course = course_combo(courses, record.course_id if record else course_id)
        self.completed_on = make_date_edit(record.completed_on if record else today or clock.today())
        if today is not None:
            self.completed_on.setMaximumDate(to_qdate(today))
        self.evidence = QLineEdit(record.evidence if record else "")
        self.evidence.setPlaceholderText(self.tr("Certificate number, attendance register or file reference"))
        self.add_field("course_id", self.tr("&Course:"), self.course)
        self.add_field("completed_on", self.tr("Completed o&n:"), self.completed_on, aliases=("expires_on",))
        self.add_field("evidence", self.tr("&Evidence:"), self.evidence)
        self._today = today or clock.today()

        self.delete_button: QPushButton | None = None
        if record is not None and delete is not None:
            self.delete_button = self.buttons.addButton(
                self.tr("&Delete this record"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(self.delete_record)
        self.resize(520, self.sizeHint().height())
        self.completed_on.setFocus()

    @property
    def mode(self) -> str:
        return ADD if self.record is None or self.add_button.isChecked() else CORRECT

    def set_mode(self, mode: str) -> None:
        (self.add_button if mode == ADD else self.correct_button).setChecked(True)

    def _mode_changed(self, adding: bool) -> None:
        assert self.record is not None
        self.clear_errors()
        if self.delete_button is not None:
            self.delete_button.setEnabled(not adding)
        if adding:
            self.completed_on.set_value(self._today)
            self.evidence.clear()
        else:
            self.course.setCurrentIndex(max(0, self.course.findData(self.record.course_id)))
            self.completed_on.set_value(self.record.completed_on)
            self.evidence.setText(self.record.evidence)

    def values(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "record_id": self.record.id if self.record and self.mode == CORRECT else None,
            "record_version": self.record.version if self.record and self.mode == CORRECT else None,
            "course_id": self.course.currentData(),
            "completed_on": self.completed_on.value(),
            "evidence": self.evidence.text(),
        }

    def delete_record(self) -> None:
        assert self._delete is not None
        try:
            self._delete()
        except ActionPlanError as exc:
            self.show_error(None, str(exc))
            return
        self.saved = None
        QDialog.accept(self)  # closes without saving the form: the record is gone


def save_record(context: Any, person: PersonView, values: dict, code: str) -> Any:
    """Add or correct a completion from a RecordDialog's values, as one undoable step."""
    name = person.full_name
    if values["mode"] == CORRECT:
        text = translate("RecordDialog", "Correct %1's %2 record").replace("%1", name).replace("%2", code)
        return run_undoable(
            context,
            text,
            lambda uow: training.update_record(
                uow,
                values["record_id"],
                today=context.today,
                expected_version=values.get("record_version"),
                course_id=values["course_id"],
                completed_on=values["completed_on"],
                evidence=values["evidence"],
            ),
        )
    text = translate("RecordDialog", "Record %1 for %2").replace("%1", code).replace("%2", name)
    return run_undoable(
        context,
        text,
        lambda uow: training.add_record(
            uow,
            person.id,
            values["course_id"],
            values["completed_on"],
            evidence=values["evidence"],
            today=context.today,
        ),
    )
