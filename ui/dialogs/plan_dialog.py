"""The "New plan" dialog: name, area, template and period, checked by the core before it closes."""

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from actionplan import clock
from actionplan.domain.dates import add_months
from actionplan.errors import ValidationError
from ui.widgets import DateEdit, FieldError, error_message

# submit(dialog, name, template, area, start, end): starts the work, then calls
# dialog.succeeded() or dialog.failed(exc) when it is done (it may run in the background).
Submit = Callable[["PlanDialog", str, str, str, date, date], object]


class PlanDialog(QDialog):
    """Collects a new plan's details; ``submit`` creates it, and its errors show at the field.

    The dialog stays open, its buttons disabled, until the work reports back.
    """

    def __init__(self, submit: Submit, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(440)
        today = today or clock.today()

        self.name = QLineEdit(self.tr("Prevent partnership plan {year}").format(year=today.year))
        self.name.setAccessibleName(self.tr("Plan name"))
        self.name.selectAll()
        self.name_error = FieldError()
        self.area = QLineEdit()
        self.area.setAccessibleName(self.tr("Area"))
        self.area.setPlaceholderText(self.tr("For example: Northvale"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.template.addItem(self.tr("Prevent template (themes, courses and requirements)"), "prevent")
        self.template.addItem(self.tr("Blank plan"), "blank")
        self.start = DateEdit()
        self.start.setAccessibleName(self.tr("Start date"))
        self.start.set_value(today)
        self.end = DateEdit()
        self.end.setAccessibleName(self.tr("End date"))
        self.end.set_value(add_months(today, 12))
        self.end_error = FieldError()
        self.error = FieldError()

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("&Starts"), self.start)
        form.addRow(self.tr("&Ends"), self.end)
        form.addRow("", self.end_error)

        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for label in (self.name_error, self.end_error, self.error):
            label.clear_error()
        start, end = self.start.value(), self.end.value()
        assert start is not None and end is not None
        self.buttons.setEnabled(False)
        self.submit(self, self.name.text(), self.template.currentData(), self.area.text(), start, end)

    def succeeded(self) -> None:
        self.buttons.setEnabled(True)
        super().accept()

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            target = {"name": self.name_error, "period_end": self.end_error}.get(exc.field or "", self.error)
            target.show_error(str(exc))
        else:
            self.error.show_error(error_message(exc))
