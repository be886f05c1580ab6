"""Organisations in the partnership: list, create, edit, delete and find by name or alias."""

import re
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from actionplan.domain.enums import Sector
from actionplan.domain.text import match_key
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, get_for_edit, get_or_raise, require_text
from actionplan.services.readmodels import OrganisationView
from actionplan.storage.models import Organisation, Person
from actionplan.storage.uow import UnitOfWork

EDITABLE = ("name", "short_name", "sector", "specified_authority", "aliases", "contact_name", "contact_email")
# An address a draft can be sent to: one @, a dot in the domain, nothing a mail header would split on.
CONTACT_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+$")


def to_view(org: Organisation, people_count: int = 0) -> OrganisationView:
    assert org.id is not None
    return OrganisationView(
        id=org.id,
        uuid=org.uuid,
        name=org.name,
        short_name=org.short_name,
        sector=org.sector,
        specified_authority=org.specified_authority,
        aliases=tuple(org.aliases or ()),
        people_count=people_count,
        contact_name=org.contact_name,
        contact_email=org.contact_email,
        version=org.version,
    )


def list_organisations(uow: UnitOfWork) -> list[OrganisationView]:
    with uow:
        counts = dict(
            uow.session.exec(
                select(Person.organisation_id, func.count()).group_by(Person.organisation_id)
            ).all()
        )
        orgs = uow.session.exec(select(Organisation).order_by(Organisation.name)).all()
        return [to_view(org, counts.get(org.id, 0)) for org in orgs]


def _validate(values: dict[str, Any]) -> None:
    if "name" in values:
        values["name"] = require_text(values["name"], "name", _("The organisation's name"))
    if "sector" in values:
        try:
            values["sector"] = Sector(values["sector"]).value
        except ValueError as exc:
            raise ValidationError(
                _("'{sector}' is not a sector.").format(sector=values["sector"]), field="sector"
            ) from exc
    if "aliases" in values:
        values["aliases"] = [a.strip() for a in values["aliases"] if a and a.strip()]
    if "contact_name" in values:
        values["contact_name"] = " ".join((values["contact_name"] or "").split())[:200]
    if "contact_email" in values:
        values["contact_email"] = check_contact_email(values["contact_email"])


def check_contact_email(value: str | None) -> str:
    """A Prevent contact's email address, trimmed and lower-cased ("" for none)."""
    email = (value or "").strip().lower()
    if email.startswith("mailto:"):
        email = email[len("mailto:") :]
    if email and (len(email) > 254 or not CONTACT_EMAIL.match(email)):
        raise ValidationError(
            _("'{email}' is not an email address: write it as name@example.org.").format(email=email),
            field="contact_email",
        )
    return email


def _check_unique_name(uow: UnitOfWork, name: str, own_id: int | None = None) -> None:
    existing = find_organisation_row(uow, name)
    if existing is not None and existing.id != own_id:
        raise ValidationError(
            _("There is already an organisation called '{name}'.").format(name=existing.name),
            field="name",
        )


def create_organisation(uow: UnitOfWork, name: str, **values: Any) -> OrganisationView:
    values["name"] = name
    _validate(values)
    with uow:
        _check_unique_name(uow, values["name"])
        org = Organisation(**values)
        uow.session.add(org)
        uow.commit(_("Added organisation {name}").format(name=org.name))
        return to_view(org)


def update_organisation(
    uow: UnitOfWork, org_id: int, *, expected_version: int | None = None, **changes: Any
) -> OrganisationView:
    _validate(changes)
    with uow:
        org = get_for_edit(uow, Organisation, org_id, _("organisation"), expected_version)
        if "name" in changes:
            _check_unique_name(uow, changes["name"], org.id)
        if apply_changes(org, changes, EDITABLE):
            uow.commit(_("Edited organisation {name}").format(name=org.name))
        return to_view(org)


def delete_organisation(uow: UnitOfWork, org_id: int) -> None:
    with uow:
        org = get_or_raise(uow, Organisation, org_id, _("organisation"))
        people = uow.session.exec(
            select(func.count()).select_from(Person).where(Person.organisation_id == org_id)
        ).one()
        if people:
            raise ValidationError(
                _("{name} still has {n} people: move or delete them first.").format(name=org.name, n=people)
            )
        uow.session.delete(org)
        uow.commit(_("Deleted organisation {name}").format(name=org.name))


def find_organisation_row(uow: UnitOfWork, name: str) -> Organisation | None:
    """The organisation whose name, short name or alias matches ``name`` (ignoring case and punctuation)."""
    key = match_key(name)
    if not key:
        return None
    for org in uow.session.exec(select(Organisation)).all():
        keys = {match_key(org.name), match_key(org.short_name)}
        keys.update(match_key(alias) for alias in org.aliases or ())
        if key in keys:
            return org
    return None
