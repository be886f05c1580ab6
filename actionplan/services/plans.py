"""Plans: create one from a template, list, edit, and their themes and objectives."""

from datetime import date
from typing import Any

from sqlmodel import select

from actionplan import clock
from actionplan.domain.dates import add_months
from actionplan.errors import NotFoundError, ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, get_for_edit, get_or_raise, require_text
from actionplan.services.readmodels import ObjectiveView, PlanView, ThemeView
from actionplan.storage.models import (
    Course,
    Objective,
    Organisation,
    Plan,
    Theme,
    TrainingRequirement,
)
from actionplan.storage.uow import UnitOfWork
from actionplan.templates import load_template

EDITABLE = (
    "name",
    "area",
    "lead_organisation_id",
    "period_start",
    "period_end",
    "review_cadence",
    "leaver_retention_months",
)
MAX_RETENTION_MONTHS = 240


def _to_view(uow: UnitOfWork, plan: Plan) -> PlanView:
    assert plan.id is not None
    lead = uow.session.get(Organisation, plan.lead_organisation_id) if plan.lead_organisation_id else None
    return PlanView(
        id=plan.id,
        uuid=plan.uuid,
        name=plan.name,
        area=plan.area,
        lead_organisation_id=plan.lead_organisation_id,
        lead_organisation_name=lead.name if lead else "",
        period_start=plan.period_start,
        period_end=plan.period_end,
        review_cadence=plan.review_cadence,
        template=plan.template,
        leaver_retention_months=plan.leaver_retention_months,
        version=plan.version,
    )


def list_plans(uow: UnitOfWork) -> list[PlanView]:
    with uow:
        return [_to_view(uow, p) for p in uow.session.exec(select(Plan).order_by(Plan.id)).all()]


def get_plan(uow: UnitOfWork, plan_id: int) -> PlanView:
    with uow:
        return _to_view(uow, get_or_raise(uow, Plan, plan_id, _("plan")))


def find_plan(uow: UnitOfWork, name_or_id: str | int | None = None) -> PlanView:
    """The plan named (or numbered) ``name_or_id``; without one, the only or most recent plan."""
    plans = list_plans(uow)
    if not plans:
        raise NotFoundError(_("The database holds no plan yet: run 'actionplan init' to create one."))
    if name_or_id in (None, ""):
        return plans[-1]
    for plan in plans:
        if str(plan.id) == str(name_or_id) or plan.name.casefold() == str(name_or_id).casefold():
            return plan
    raise NotFoundError(
        _("There is no plan called '{name}'. Plans: {names}.").format(
            name=name_or_id, names=", ".join(p.name for p in plans)
        )
    )


def create_plan(uow: UnitOfWork, name: str, **options: Any) -> PlanView:
    """A new plan seeded by a template: themes, objectives, courses and requirements.

    Options: ``template`` ("prevent" or "blank"), ``area``, ``period_start``, ``period_end``,
    ``review_cadence``, ``lead_organisation_id``. Courses are shared between plans: a template
    course whose code already exists is reused. Requirement deadlines are set that many months
    after the plan's start.
    """
    with uow:
        plan = add_plan(uow, name, **options)
        uow.commit(
            _("Created the plan {name} from the {template} template").format(
                name=plan.name, template=plan.template
            )
        )
        return _to_view(uow, plan)


def add_plan(
    uow: UnitOfWork,
    name: str,
    *,
    template: str = "prevent",
    area: str = "",
    period_start: date | None = None,
    period_end: date | None = None,
    review_cadence: str = "quarterly",
    lead_organisation_id: int | None = None,
) -> Plan:
    """``create_plan``'s work inside a unit of work the caller has entered and will commit."""
    name = require_text(name, "name", _("The plan's name"))
    data = load_template(template)
    start = period_start or clock.today()
    end = period_end or add_months(start, 12)
    if end <= start:
        raise ValidationError(_("The plan must end after it starts."), field="period_end")
    if uow.session.exec(select(Plan).where(Plan.name == name)).first():
        raise ValidationError(_("There is already a plan called '{name}'.").format(name=name), field="name")
    plan = Plan(
        name=name,
        area=area.strip(),
        period_start=start,
        period_end=end,
        review_cadence=review_cadence,
        template=template,
        lead_organisation_id=lead_organisation_id,
    )
    uow.session.add(plan)
    uow.flush()
    for position, theme in enumerate(data["themes"]):
        uow.session.add(Theme(plan_id=plan.id, name=theme, position=position))
    for position, objective in enumerate(data["objectives"]):
        uow.session.add(Objective(plan_id=plan.id, name=objective, position=position))
    courses = {c.code: c for c in uow.session.exec(select(Course)).all()}
    for position, spec in enumerate(data["courses"]):
        if spec["code"] not in courses:
            course = Course(**spec, position=position)
            uow.session.add(course)
            courses[course.code] = course
    uow.flush()
    for position, spec in enumerate(data["requirements"]):
        uow.session.add(
            TrainingRequirement(
                plan_id=plan.id,
                course_id=courses[spec["course"]].id,
                title=spec["title"],
                role_groups=spec["role_groups"],
                key_personnel_only=spec["key_personnel_only"],
                deadline=add_months(start, spec["deadline_months"]),
                target_percent=spec["target_percent"],
                grace_days=spec["grace_days"],
                position=position,
            )
        )
    if data.get("assessment_templates"):
        from actionplan.assessment.services import ensure_template  # the room builds on this one

        for key in data["assessment_templates"]:
            ensure_template(uow, key)
    uow.flush()
    return plan


def update_plan(
    uow: UnitOfWork, plan_id: int, *, expected_version: int | None = None, **changes: Any
) -> PlanView:
    if "name" in changes:
        changes["name"] = require_text(changes["name"], "name", _("The plan's name"))
    if "leaver_retention_months" in changes:
        months = changes["leaver_retention_months"]
        if not isinstance(months, int) or not 1 <= months <= MAX_RETENTION_MONTHS:
            raise ValidationError(
                _("Keep leavers' records for between 1 and {n} months.").format(n=MAX_RETENTION_MONTHS),
                field="leaver_retention_months",
            )
    with uow:
        plan = get_for_edit(uow, Plan, plan_id, _("plan"), expected_version)
        if apply_changes(plan, changes, EDITABLE):
            if plan.period_start and plan.period_end and plan.period_end <= plan.period_start:
                raise ValidationError(_("The plan must end after it starts."), field="period_end")
            uow.commit(_("Edited the plan {name}").format(name=plan.name))
        return _to_view(uow, plan)


def list_themes(uow: UnitOfWork, plan_id: int) -> list[ThemeView]:
    with uow:
        rows = uow.session.exec(
            select(Theme).where(Theme.plan_id == plan_id).order_by(Theme.position, Theme.id)
        ).all()
        return [ThemeView(t.id, t.uuid, t.name, t.position) for t in rows]


def list_objectives(uow: UnitOfWork, plan_id: int) -> list[ObjectiveView]:
    with uow:
        rows = uow.session.exec(
            select(Objective).where(Objective.plan_id == plan_id).order_by(Objective.position, Objective.id)
        ).all()
        return [ObjectiveView(o.id, o.uuid, o.name, o.position) for o in rows]


def add_theme(uow: UnitOfWork, plan_id: int, name: str) -> ThemeView:
    name = require_text(name, "name", _("The theme's name"))
    with uow:
        get_or_raise(uow, Plan, plan_id, _("plan"))
        themes = uow.session.exec(select(Theme).where(Theme.plan_id == plan_id)).all()
        if any(t.name.casefold() == name.casefold() for t in themes):
            raise ValidationError(
                _("The plan already has a theme called '{name}'.").format(name=name), field="name"
            )
        theme = Theme(plan_id=plan_id, name=name, position=len(themes))
        uow.session.add(theme)
        uow.commit(_("Added the theme {name}").format(name=name))
        return ThemeView(theme.id, theme.uuid, theme.name, theme.position)
