"""The course catalogue: codes, names, aliases, validity and which courses renew others."""

from typing import Any

from sqlalchemy import func
from sqlmodel import select

from actionplan.domain.text import match_key
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, get_for_edit, get_or_raise, require_text
from actionplan.services.readmodels import CourseView
from actionplan.storage.models import Course, TrainingRecord, TrainingRequirement
from actionplan.storage.uow import UnitOfWork

EDITABLE = ("code", "name", "aliases", "provider", "mode", "validity_months", "renews", "position")


def to_view(course: Course) -> CourseView:
    assert course.id is not None
    return CourseView(
        id=course.id,
        uuid=course.uuid,
        code=course.code,
        name=course.name,
        aliases=tuple(course.aliases or ()),
        provider=course.provider,
        mode=course.mode,
        validity_months=course.validity_months,
        renews=tuple(course.renews or ()),
        version=course.version,
    )


def list_courses(uow: UnitOfWork) -> list[CourseView]:
    with uow:
        rows = uow.session.exec(select(Course).order_by(Course.position, Course.code)).all()
        return [to_view(c) for c in rows]


def _validate(uow: UnitOfWork, values: dict[str, Any], own_id: int | None = None) -> None:
    if "code" in values:
        values["code"] = require_text(values["code"], "code", _("The course code")).upper()
    if "name" in values:
        values["name"] = require_text(values["name"], "name", _("The course name"))
    if "aliases" in values:
        values["aliases"] = [a.strip() for a in values["aliases"] if a and a.strip()]
    if "renews" in values:
        values["renews"] = [c.strip().upper() for c in values["renews"] if c and c.strip()]
    months = values.get("validity_months")
    if months is not None and (not isinstance(months, int) or months <= 0):
        raise ValidationError(
            _("Validity must be a whole number of months, or empty for a course that never expires."),
            field="validity_months",
        )
    existing = uow.session.exec(select(Course)).all()
    taken = {}
    for course in existing:
        if course.id == own_id:
            continue
        for name in (course.code, course.name, *(course.aliases or ())):
            taken[match_key(name)] = course.code
    for name in (values.get("code"), values.get("name"), *values.get("aliases", ())):
        if name and match_key(name) in taken:
            raise ValidationError(
                _("'{name}' already names the course {code}.").format(name=name, code=taken[match_key(name)]),
                field="code" if name == values.get("code") else "aliases",
            )
    codes = {c.code for c in existing} | {values.get("code")}
    for code in values.get("renews", ()):
        if code not in codes:
            raise ValidationError(
                _("There is no course with the code {code} to renew.").format(code=code),
                field="renews",
            )


def create_course(uow: UnitOfWork, code: str, name: str, **values: Any) -> CourseView:
    values.update(code=code, name=name)
    with uow:
        _validate(uow, values)
        course = Course(**values)
        uow.session.add(course)
        uow.commit(_("Added course {code}").format(code=course.code))
        return to_view(course)


def update_course(
    uow: UnitOfWork, course_id: int, *, expected_version: int | None = None, **changes: Any
) -> CourseView:
    with uow:
        course = get_for_edit(uow, Course, course_id, _("course"), expected_version)
        _validate(uow, changes, own_id=course_id)
        if apply_changes(course, changes, EDITABLE):
            uow.commit(_("Edited course {code}").format(code=course.code))
        return to_view(course)


def delete_course(uow: UnitOfWork, course_id: int) -> None:
    with uow:
        course = get_or_raise(uow, Course, course_id, _("course"))
        for model, what in (
            (TrainingRecord, _("training records")),
            (TrainingRequirement, _("requirements")),
        ):
            used = uow.session.exec(
                select(func.count()).select_from(model).where(model.course_id == course_id)
            ).one()
            if used:
                raise ValidationError(
                    _("{code} is used by {n} {what}: it cannot be deleted.").format(
                        code=course.code, n=used, what=what
                    )
                )
        uow.session.delete(course)
        uow.commit(_("Deleted course {code}").format(code=course.code))


def accepted_course_ids(courses: list[Course] | list[CourseView], course_id: int) -> frozenset[int]:
    """The required course and every course whose completion renews or satisfies it."""
    by_id = {c.id: c for c in courses}
    required = by_id.get(course_id)
    if required is None:
        return frozenset({course_id})
    accepted = {course_id}
    for course in courses:
        if required.code in (course.renews or ()):
            accepted.add(course.id)
    return frozenset(accepted)
