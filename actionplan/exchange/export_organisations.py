"""The Organisations sheet of a full export or partner pack: each partner and its Prevent contact.

A partner pack holds its own organisation's row alone, so the partner can correct its Prevent
contact; the importer reads the sheet back as an organisations list (``organisation_rows``).
"""

from openpyxl.workbook import Workbook
from sqlalchemy import select

from actionplan.domain.enums import Sector
from actionplan.exchange.export_sheets import Scope, yes_no
from actionplan.exchange.workbook_style import Column, Lists, SheetWriter
from actionplan.i18n import _
from actionplan.storage.models import Organisation
from actionplan.storage.uow import UnitOfWork

# Headers the importer maps exactly (not translated). Its UUID column is "Organisation record
# ID": a plain "Record ID" would make the importer read the sheet as a staff list.
ORGANISATION_COLUMNS = (
    Column("Organisation", 34, "wrap"),
    Column("Short name", 14),
    Column("Sector", 20, validation="sector"),
    Column("Specified authority", 11, validation="yesno"),
    Column("Prevent contact", 24),
    Column("Prevent contact email", 34),
    Column("Organisation record ID", 37, "id", printed=False),
)


def sector_words(value: str) -> str:
    try:
        return Sector(value).label
    except ValueError:
        return value


def write_organisations(workbook: Workbook, uow: UnitOfWork, scope: Scope, lists: Lists) -> int:
    """Every organisation (a partner pack: its own), by name, with its sector and contact."""
    lists.add("sector", "Sector", [s.label for s in Sector])
    query = select(
        Organisation.name,
        Organisation.short_name,
        Organisation.sector,
        Organisation.specified_authority,
        Organisation.contact_name,
        Organisation.contact_email,
        Organisation.uuid,
    ).order_by(Organisation.name)
    if scope.partner is not None:
        query = query.where(Organisation.id == scope.partner.id)
    with uow:
        rows = uow.session.execute(query).all()
    writer = SheetWriter(workbook, _("Organisations"), ORGANISATION_COLUMNS, lists=lists, footer=scope.footer)
    for name, short, sector, specified, contact, email, uuid in rows:
        writer.append((name, short, sector_words(sector), yes_no(specified), contact, email, uuid))
    scope.tick(len(rows))
    return writer.finish()
