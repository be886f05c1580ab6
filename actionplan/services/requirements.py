"""Training requirements: audience, deadline, target, grace days, and exemptions with reasons."""

from typing import Any

from sqlmodel import select

from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, check_percent, get_for_edit, get_or_raise, require_text
from actionplan.services.readmodels import ExemptionView, RequirementView
from actionplan.storage.models import (
    Course,
    Person,
    Plan,
    RequirementExemption,
    TrainingRequirement,
)
from actionplan.storage.uow import UnitOfWork

EDITABLE = (
    "course_id",
    "title",
    "organisation_uuids",
    "role_groups",
    "key_personnel_only",
    "deadline",
    "target_percent",
    "grace_days",
    "position",
)


def _to_view(uow: UnitOfWork, req: TrainingRequirement) -> RequirementView:
    course = uow.session.get(Course, req.course_id)
    assert req.id is not None and course is not None
    exemptions = uow.session.exec(
        select(RequirementExemption, Person)
        .join(Person, RequirementExemption.person_id == Person.id)
        .where(RequirementExemption.requirement_id == req.id)
        .order_by(Person.last_name, Person.first_name)
    ).all()
    return RequirementView(
        id=req.id,
        uuid=req.uuid,
        plan_id=req.plan_id,
        course_id=req.course_id,
        course_code=course.code,
        course_name=course.name,
        title=req.title or course.name,
        organisation_uuids=tuple(req.organisation_uuids or ()),
        role_groups=tuple(req.role_groups or ()),
        key_personnel_only=req.key_personnel_only,
        deadline=req.deadline,
        target_percent=req.target_percent,
        grace_days=req.grace_days,
        exemptions=tuple(
            ExemptionView(ex.id, p.id, f"{p.first_name} {p.last_name}".strip(), ex.reason)
            for ex, p in exemptions
        ),
        version=req.version,
    )


def list_requirements(uow: UnitOfWork, plan_id: int) -> list[RequirementView]:
    with uow:
        rows = uow.session.exec(
            select(TrainingRequirement)
            .where(TrainingRequirement.plan_id == plan_id)
            .order_by(TrainingRequirement.position, TrainingRequirement.id)
        ).all()
        return [_to_view(uow, r) for r in rows]


def get_requirement(uow: UnitOfWork, requirement_id: int) -> RequirementView:
    with uow:
        req = get_or_raise(uow, TrainingRequirement, requirement_id, _("requirement"))
        return _to_view(uow, req)


def _validate(uow: UnitOfWork, values: dict[str, Any]) -> None:
    if "course_id" in values:
        get_or_raise(uow, Course, values["course_id"], _("course"))
    if "target_percent" in values:
        check_percent(values["target_percent"], "target_percent", _("The target"))
    if "grace_days" in values and (not isinstance(values["grace_days"], int) or values["grace_days"] < 0):
        raise ValidationError(_("Grace days must be a whole number, 0 or more."), field="grace_days")
    for name in ("organisation_uuids", "role_groups"):
        if name in values:
            values[name] = [v.strip() for v in values[name] if v and v.strip()]


def create_requirement(uow: UnitOfWork, plan_id: int, course_id: int, **values: Any) -> RequirementView:
    values.update(plan_id=plan_id, course_id=course_id)
    with uow:
        get_or_raise(uow, Plan, plan_id, _("plan"))
        _validate(uow, values)
        req = TrainingRequirement(**values)
        uow.session.add(req)
        uow.commit(_("Added requirement {title}").format(title=req.title))
        return _to_view(uow, req)


def update_requirement(
    uow: UnitOfWork, requirement_id: int, *, expected_version: int | None = None, **changes: Any
) -> RequirementView:
    with uow:
        req = get_for_edit(uow, TrainingRequirement, requirement_id, _("requirement"), expected_version)
        _validate(uow, changes)
        if apply_changes(req, changes, EDITABLE):
            uow.commit(_("Edited requirement {title}").format(title=req.title))
        return _to_view(uow, req)


def delete_requirement(uow: UnitOfWork, requirement_id: int) -> None:
    with uow:
        req = get_or_raise(uow, TrainingRequirement, requirement_id, _("requirement"))
        for ex in uow.session.exec(
            select(RequirementExemption).where(RequirementExemption.requirement_id == requirement_id)
        ):
            uow.session.delete(ex)
        uow.flush()  # children first: the ORM knows no relationships to order by
        uow.session.delete(req)
        uow.commit(_("Deleted requirement {title}").format(title=req.title))


def set_exemption(uow: UnitOfWork, requirement_id: int, person_id: int, reason: str) -> RequirementView:
    """Exempt a person from a requirement; the reason is required."""
    reason = require_text(reason, "reason", _("The reason for the exemption"))
    with uow:
        req = get_or_raise(uow, TrainingRequirement, requirement_id, _("requirement"))
        get_or_raise(uow, Person, person_id, _("person"))
        existing = uow.session.exec(
            select(RequirementExemption).where(
                RequirementExemption.requirement_id == requirement_id,
                RequirementExemption.person_id == person_id,
            )
        ).first()
        if existing:
            existing.reason = reason
        else:
            uow.session.add(
                RequirementExemption(requirement_id=requirement_id, person_id=person_id, reason=reason)
            )
        uow.commit(_("Exempted a person from {title}").format(title=req.title))
        return _to_view(uow, req)


def remove_exemption(uow: UnitOfWork, requirement_id: int, person_id: int) -> RequirementView:
    with uow:
        req = get_or_raise(uow, TrainingRequirement, requirement_id, _("requirement"))
        existing = uow.session.exec(
            select(RequirementExemption).where(
                RequirementExemption.requirement_id == requirement_id,
                RequirementExemption.person_id == person_id,
            )
        ).first()
        if existing:
            uow.session.delete(existing)
            uow.commit(_("Removed an exemption from {title}").format(title=req.title))
        return _to_view(uow, req)
