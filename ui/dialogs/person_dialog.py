"""The dialog for adding or editing a person: name, contact, organisation, role group, dates."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from actionplan.services.readmodels import OrganisationView, PersonView
from ui.dialogs.form import FormDialog, make_date_edit


class PersonDialog(FormDialog):
    """Edits one person's fields; ``values()`` are the keyword arguments of create/update_person."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], Any] | None,
        organisations: Sequence[OrganisationView],
        role_groups: Sequence[str],
        person: PersonView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, parent)
        self.setWindowTitle(self.tr("Edit %s") % person.full_name if person else self.tr("Add a person"))
        self.person = person
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.staff_number = QLineEdit()
        self.email = QLineEdit()
        self.job_title = QLineEdit()
        self.role_group = QComboBox()
        self.role_group.setEditable(True)
        self.role_group.addItems(sorted(set(role_groups) | ({person.role_group} if person else set()) - {""}))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(No organisation)"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        self.team = QLineEdit()
        self.key_personnel = QCheckBox(self.tr("Counts as key personnel for the Prevent duty"))
        self.start_date = make_date_edit(allow_empty=True)
        self.leaving_date = make_date_edit(allow_empty=True)

        self.add_field("first_name", self.tr("&First name:"), self.first_name)
        self.add_field("last_name", self.tr("&Last name:"), self.last_name)
        self.add_field("staff_number", self.tr("S&taff number:"), self.staff_number)
        self.add_field("email", self.tr("&Email:"), self.email)
        self.add_field("job_title", self.tr("&Job title:"), self.job_title)
        self.add_field("role_group", self.tr("&Role group:"), self.role_group)
        self.add_field("organisation_id", self.tr("&Organisation:"), self.organisation)
        self.add_field("team", self.tr("Tea&m:"), self.team)
        self.add_field("key_personnel", self.tr("&Key personnel:"), self.key_personnel)
        self.add_field("start_date", self.tr("&Start date:"), self.start_date)
        self.add_field("leaving_date", self.tr("Lea&ving date:"), self.leaving_date)
        self.email.setPlaceholderText(self.tr("name@example.gov.uk"))
        self.role_group.lineEdit().setPlaceholderText(self.tr("For example Designated Safeguarding Lead"))
        if person is not None:
            self._show(person)
        else:
            self.key_personnel.setChecked(True)
            self.role_group.setCurrentIndex(-1)
        self.resize(480, self.sizeHint().height())

    def _show(self, person: PersonView) -> None:
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self.staff_number.setText(person.staff_number)
        self.email.setText(person.email)
        self.job_title.setText(person.job_title)
        self.role_group.setCurrentText(person.role_group)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(person.organisation_id)))
        self.team.setText(person.team)
        self.key_personnel.setChecked(person.key_personnel)
        self.start_date.set_value(person.start_date)
        self.leaving_date.set_value(person.leaving_date)

    def values(self) -> dict[str, Any]:
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "staff_number": self.staff_number.text(),
            "email": self.email.text(),
            "job_title": self.job_title.text(),
            "role_group": self.role_group.currentText(),
            "organisation_id": self.organisation.currentData(),
            "team": self.team.text(),
            "key_personnel": self.key_personnel.isChecked(),
            "start_date": self.start_date.value(),
            "leaving_date": self.leaving_date.value(),
        }
