"""The dialog for adding or editing an organisation: name, sector, specified authority, Prevent contact."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from actionplan.domain.enums import Sector
from actionplan.services.readmodels import OrganisationView
from ui.dialogs.form import FormDialog, LinesEdit


class OrganisationDialog(FormDialog):
    """Edits one organisation; ``values()`` are the keyword arguments of create/update_organisation."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], Any] | None,
        organisation: OrganisationView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, parent)
        self.organisation = organisation
        self.setWindowTitle(
            self.tr("Edit %s") % organisation.name if organisation else self.tr("Add an organisation")
        )
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("Shown where space is short, for example Council"))
        self.sector = QComboBox()
        for sector in Sector:
            self.sector.addItem(sector.label, sector.value)
        self.specified = QCheckBox(
            self.tr("Has the Prevent duty under the Counter-Terrorism and Security Act 2015")
        )
        self.aliases = LinesEdit(organisation.aliases if organisation else ())
        self.aliases.setPlaceholderText(self.tr("One a line: the names partners write in their spreadsheets"))
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("short_name", self.tr("S&hort name:"), self.short_name)
        self.add_field("sector", self.tr("&Sector:"), self.sector)
        self.add_field("specified_authority", self.tr("Specified &authority:"), self.specified)
        self.add_field("aliases", self.tr("&Other names:"), self.aliases)
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Who update requests are addressed to"))
        self.contact_email = QLineEdit()
        self.contact_email.setPlaceholderText(self.tr("name@example.org"))
        self.add_field("contact_name", self.tr("Prevent &contact:"), self.contact_name)
        self.add_field("contact_email", self.tr("Contact &email:"), self.contact_email)
        if organisation is not None:
            self.contact_name.setText(organisation.contact_name)
            self.contact_email.setText(organisation.contact_email)
            self.name.setText(organisation.name)
            self.short_name.setText(organisation.short_name)
            self.sector.setCurrentIndex(max(0, self.sector.findData(organisation.sector)))
            self.specified.setChecked(organisation.specified_authority)
        else:
            self.sector.setCurrentIndex(self.sector.findData(Sector.LOCAL_AUTHORITY.value))
            self.specified.setChecked(True)
        self.resize(520, self.sizeHint().height())
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "short_name": self.short_name.text().strip(),
            "sector": self.sector.currentData(),
            "specified_authority": self.specified.isChecked(),
            "aliases": self.aliases.lines(),
            "contact_name": self.contact_name.text().strip(),
            "contact_email": self.contact_email.text().strip(),
        }
