"""People (key personnel and staff of partner organisations): list, filter, create, edit, delete."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_
from sqlmodel import select

from actionplan import clock
from actionplan.bulk import gc_paused
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, get_for_edit, get_or_raise
from actionplan.services.readmodels import PersonView
from actionplan.storage.models import Action, Organisation, Person, RequirementExemption, TrainingRecord
from actionplan.storage.reading import DateReader, date_text, driver_rows
from actionplan.storage.uow import UnitOfWork

EDITABLE = (
    "staff_number",
    "first_name",
    "last_name",
    "email",
    "job_title",
    "role_group",
    "organisation_id",
    "team",
    "key_personnel",
    "start_date",
    "leaving_date",
)


@dataclass(frozen=True)
class PeopleFilter:
    text: str = ""
    organisation_id: int | None = None
    role_group: str | None = None
    key_personnel_only: bool = False
    include_leavers: bool = False
    on: date | None = None
    person_ids: frozenset[int] | None = None  # only these people (the ones an edit changed, say)


def _columns(dates_as_text: bool = False):
    """The columns of a ``PersonView``; ``dates_as_text`` for ``_views`` (see ``storage.reading``)."""
    date_column = date_text if dates_as_text else (lambda column: column)
    return (
        Person.id,
        Person.uuid,
        Person.staff_number,
        Person.first_name,
        Person.last_name,
        Person.email,
        Person.job_title,
        Person.role_group,
        Person.organisation_id,
        Organisation.name,
        Person.team,
        Person.key_personnel,
        date_column(Person.start_date),
        date_column(Person.leaving_date),
        Person.version,
    )


def _view(row: Any) -> PersonView:
    values = list(row)
    values[9] = values[9] or ""
    return PersonView(*values)


def _views(rows: Any) -> list[PersonView]:
    """``_view`` for many rows read through ``_columns(dates_as_text=True)`` (``driver_rows``: the
    key-personnel flag as the driver has it).

    Names, job titles, role groups, organisations, teams and dates repeat across a county's
    people: one object each instead of one per person (the window holds several such lists).
    Written out field by field for speed at county scale.
    """
    shared: dict[Any, Any] = {}
    keep = shared.setdefault
    as_date = DateReader()
    return [
        PersonView(
            pid,
            uuid,
            staff_number,
            keep(first, first),
            keep(last, last),
            email,
            keep(job, job),
            keep(role, role),
            organisation_id,
            keep(organisation or "", organisation or ""),
            keep(team, team),
            bool(key),
            as_date(start),
            as_date(leaving),
            version,
        )
        for (
            pid,
            uuid,
            staff_number,
            first,
            last,
            email,
            job,
            role,
            organisation_id,
            organisation,
            team,
            key,
            start,
            leaving,
            version,
        ) in rows
    ]


def _conditions(flt: PeopleFilter) -> list[Any]:
    """The WHERE clauses of ``flt`` (on the person table)."""
    where: list[Any] = []
    if flt.person_ids is not None:
        where.append(Person.id.in_(flt.person_ids))
    if flt.organisation_id is not None:
        where.append(Person.organisation_id == flt.organisation_id)
    if flt.role_group:
        where.append(Person.role_group == flt.role_group)
    if flt.key_personnel_only:
        where.append(Person.key_personnel.is_(True))
    if not flt.include_leavers:
        on = flt.on or clock.today()
        where.append(or_(Person.leaving_date.is_(None), Person.leaving_date > on))
    for word in flt.text.split():
        like = f"%{word}%"
        where.append(
            or_(
                Person.first_name.ilike(like),
                Person.last_name.ilike(like),
                Person.email.ilike(like),
                Person.staff_number.ilike(like),
                Person.job_title.ilike(like),
                Person.team.ilike(like),
            )
        )
    return where


def list_people(uow: UnitOfWork, flt: PeopleFilter | None = None) -> list[PersonView]:
    """People matching ``flt``, ordered by surname, first name.

    Everyone, or everyone in post on a day (the People page, the matrix, the courses), is taken
    from the list kept with the data version (``compliance.kept_people``): the pages share one
    read of a county's people, and the same objects, until someone is added, removed or renamed.
    """
    flt = flt or PeopleFilter()
    if flt == PeopleFilter(include_leavers=flt.include_leavers, on=flt.on):
        from actionplan.services.compliance import kept_people  # compliance imports this module

        return list(kept_people(uow, None if flt.include_leavers else flt.on or clock.today()))
    return read_people(uow, flt)


def read_people(uow: UnitOfWork, flt: PeopleFilter) -> list[PersonView]:
    """``list_people`` read from the database."""
    query = (
        select(*_columns(dates_as_text=True))
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(*_conditions(flt))
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    with uow, gc_paused():
        return _views(driver_rows(uow.session.connection(), query))


def get_person(uow: UnitOfWork, person_id: int) -> PersonView:
    with uow:
        get_or_raise(uow, Person, person_id, _("person"))
        row = uow.session.exec(
            select(*_columns())
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.id == person_id)
        ).one()
        return _view(row)


def role_groups(uow: UnitOfWork) -> list[str]:
    with uow:
        rows = uow.session.exec(select(Person.role_group).distinct()).all()
        return sorted(r for r in rows if r)


def _validate(values: dict[str, Any]) -> None:
    for name in ("staff_number", "first_name", "last_name", "job_title", "role_group", "team"):
        if name in values:
            values[name] = (values[name] or "").strip()
    if "email" in values:
        email = (values["email"] or "").strip().lower()
        if email and ("@" not in email or " " in email):
            raise ValidationError(_("'{email}' is not an email address.").format(email=email), field="email")
        values["email"] = email
    start, leaving = values.get("start_date"), values.get("leaving_date")
    if start and leaving and leaving < start:
        raise ValidationError(_("The leaving date cannot be before the start date."), field="leaving_date")


def _check_named(person: Person) -> None:
    if not (person.first_name or person.last_name):
        raise ValidationError(_("A person needs a name."), field="last_name")


def create_person(uow: UnitOfWork, **values: Any) -> PersonView:
    _validate(values)
    with uow:
        person = Person(**values)
        _check_named(person)
        uow.session.add(person)
        uow.commit(_("Added {name}").format(name=f"{person.first_name} {person.last_name}".strip()))
        assert person.id is not None
        person_id = person.id
    return get_person(uow, person_id)


def update_person(
    uow: UnitOfWork, person_id: int, *, expected_version: int | None = None, **changes: Any
) -> PersonView:
    """Change a person's fields; refused (StaleEditError) if changed since ``expected_version``."""
    _validate(changes)
    with uow:
        person = get_for_edit(uow, Person, person_id, _("person"), expected_version)
        if person.start_date and changes.get("leaving_date") and changes["leaving_date"] < person.start_date:
            raise ValidationError(
                _("The leaving date cannot be before the start date."), field="leaving_date"
            )
        if apply_changes(person, changes, EDITABLE):
            _check_named(person)
            uow.commit(_("Edited {name}").format(name=f"{person.first_name} {person.last_name}".strip()))
    return get_person(uow, person_id)


def delete_people(uow: UnitOfWork, person_ids: list[int]) -> int:
    """Delete people (their training records go with them); returns how many."""
    with uow:
        people = [get_or_raise(uow, Person, pid, _("person")) for pid in person_ids]
        # Dependent rows are deleted through the session (not left to the database's cascade)
        # so the change log holds them and the deletion can be undone whole.
        for action in uow.session.exec(select(Action).where(Action.owner_id.in_(person_ids))):
            action.owner_id = None
        for model in (TrainingRecord, RequirementExemption):
            for row in uow.session.exec(select(model).where(model.person_id.in_(person_ids))):
                uow.session.delete(row)
        uow.flush()  # children first: the ORM knows no relationships to order by
        for person in people:
            uow.session.delete(person)
        uow.commit(_("Deleted {n} people").format(n=len(people)))
        return len(people)
