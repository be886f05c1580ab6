"""People > Subject access report…: everything held about one person, written to a workbook for them.

The core gathers it (``subject_access.write_report``: their record or records, training,
requirements and states, the actions they own and every change-log entry that mentions them);
the workbook is private to the user and, by default, protected with a password to send to the
person by another channel.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actionplan.protection.subject_access import SubjectAccessReport, records_of, write_report
from actionplan.services.readmodels import PersonView
from ui.password_box import PasswordBox
from ui.reports_actions import safe_file_name
from ui.widgets import FieldError, error_message


class SubjectAccessDialog(QDialog):
    """Where to write the report on ``person``, and its password; Write runs it in the background."""

    written = Signal(object, object)  # SubjectAccessReport, Path

    def __init__(self, context: Any, person: PersonView, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.person = person
        self.setWindowTitle(self.tr("Subject access report"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "A workbook with everything held about {name}: their record, training records, the "
                "requirements that apply to them and their state, the actions they own, and every entry in "
                "the change history that mentions them."
            ).format(name=person.full_name or person.email)
        )
        intro.setWordWrap(True)
        name = safe_file_name(
            self.tr("Subject access - {name} - {day}").format(
                name=person.full_name or person.staff_number, day=f"{context.today:%d-%m-%Y}"
            )
        )
        self.path_edit = QLineEdit(str(folder / f"{name}.xlsx"))
        self.path_edit.setAccessibleName(self.tr("File to write"))
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path_edit)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.password_box = PasswordBox(self)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("&Write the report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setDefault(True)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.password_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.casefold() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def _browse(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Write the report to"), str(self.path()), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.path_edit.setText(name)

    def write(self) -> None:
        problem = self.password_box.problem()
        if not self.path_edit.text().strip():
            problem = self.tr("Give the file a name.")
        if problem:
            self.error.show_error(problem)
            return
        db, person_id, path, today = self.context.db, self.person.id, self.path(), self.context.today
        password = self.password_box.password()
        self.error.clear_error()
        self.write_button.setEnabled(False)

        def work(_progress: Any) -> SubjectAccessReport:
            people = records_of(db.unit_of_work(), person_id)
            return write_report(db, people, path, on=today, password=password)

        self.context.tasks.run(
            work, on_done=lambda report: self._written(report, path), on_error=self._failed
        )

    def _written(self, report: SubjectAccessReport, path: Path) -> None:
        self.write_button.setEnabled(True)
        self.written.emit(report, path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.error.show_error(error_message(exc))
