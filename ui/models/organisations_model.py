"""The organisations table: a Qt model over a list of OrganisationView."""

from typing import Any

from PySide6.QtCore import Qt

from actionplan.domain.enums import Sector
from actionplan.services.readmodels import OrganisationView
from ui.models.base import ID_ROLE, ITEM_ROLE, SORT_ROLE, ReadModelTableModel

COL_NAME, COL_SHORT_NAME, COL_SECTOR, COL_SPECIFIED, COL_PEOPLE, COL_ALIASES, COL_CONTACT = range(7)

ORGANISATION_ID_ROLE, ORGANISATION_ROLE = ID_ROLE, ITEM_ROLE


def sector_label(value: str) -> str:
    """A sector's words (the core's labels), or the stored value when it is not a known sector."""
    try:
        return Sector(value).label
    except ValueError:
        return value


class OrganisationsModel(ReadModelTableModel[OrganisationView]):
    """Organisations in the partnership, one a row."""

    id_role, item_role, sort_role = ORGANISATION_ID_ROLE, ORGANISATION_ROLE, SORT_ROLE

    set_organisations = ReadModelTableModel.set_rows
    organisation_at = ReadModelTableModel.row_at

    def _header_texts(self) -> dict[int, str]:
        return {
            COL_NAME: self.tr("Name"),
            COL_SHORT_NAME: self.tr("Short name"),
            COL_SECTOR: self.tr("Sector"),
            COL_SPECIFIED: self.tr("Specified authority"),
            COL_PEOPLE: self.tr("People"),
            COL_ALIASES: self.tr("Other names"),
            COL_CONTACT: self.tr("Prevent contact"),
        }

    def _data(self, org: OrganisationView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SPECIFIED:
            if org.specified_authority:
                return self.tr("A specified authority under the Counter-Terrorism and Security Act 2015")
            return self.tr("Not a specified authority: a voluntary partner")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CONTACT and not org.contact_email:
            return self.tr("No Prevent contact: update requests cannot be addressed to this organisation")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort_key(self, org: OrganisationView, column: int) -> Any:
        if column == COL_PEOPLE:
            return org.people_count
        return self._text(org, column).casefold()

    def _text(self, org: OrganisationView, column: int) -> str:
        if column == COL_NAME:
            return org.name
        if column == COL_SHORT_NAME:
            return org.short_name
        if column == COL_SECTOR:
            return sector_label(org.sector)
        if column == COL_SPECIFIED:
            return self.tr("Yes") if org.specified_authority else self.tr("No")
        if column == COL_PEOPLE:
            return str(org.people_count)
        if column == COL_ALIASES:
            return ", ".join(org.aliases)
        if column == COL_CONTACT:
            if org.contact_name and org.contact_email:
                return f"{org.contact_name} <{org.contact_email}>"
            return org.contact_email or org.contact_name
        return ""
