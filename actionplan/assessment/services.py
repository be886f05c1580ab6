"""The self-assessment's use cases: templates, a year's assessment, ratings, evidence, and gaps into actions.

Each function takes a unit of work (not yet entered) and plain arguments, runs its
transactions and returns read models (``actionplan.assessment.readmodels``). An assessment is
addressed by its id, or by the plan, the template (default: the plan's) and the day: the
assessment of that day's year, written the first time something is rated, linked or
exported. Days come from the caller or the one clock, never the system date.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import select

from actionplan import clock
from actionplan.assessment.ratings import Rating, parse_rating, summarise
from actionplan.assessment.readmodels import (
    AssessmentView,
    EvidenceView,
    QuestionView,
    SectionView,
    TemplateView,
    YearView,
)
from actionplan.assessment.suggestions import PREVENT_LEAD, DocumentDate, Facts, suggest
from actionplan.assessment.template import TemplateSpec, built_in_template, read_template_file
from actionplan.domain.dates import add_months, format_date
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.domain.text import match_key, tidy
from actionplan.errors import NotFoundError, ValidationError
from actionplan.i18n import _
from actionplan.services import actions as action_service
from actionplan.services import meetings as meeting_service
from actionplan.services import organisations as organisation_service
from actionplan.services.common import get_or_raise
from actionplan.services.compliance import requirement_compliance
from actionplan.services.courses import list_courses
from actionplan.services.plans import get_plan
from actionplan.services.readmodels import ActionView, MeetingView, PlanView, RequirementCompliance
from actionplan.storage.models import (
    Action,
    Assessment,
    AssessmentAnswer,
    AssessmentEvidence,
    AssessmentQuestion,
    AssessmentSection,
    AssessmentTemplate,
    Course,
    Meeting,
    Person,
    Plan,
    Theme,
    TrainingRequirement,
    utc_now,
)
from actionplan.storage.uow import UnitOfWork
from actionplan.templates import TEMPLATE_NAMES, load_template

EVIDENCE_KINDS = ("action", "requirement", "meeting", "document")
GAP_ACTION_MONTHS = 6  # a gap's action is due this long after the assessment (or at the plan's end)
COMMENTARY_LIMIT = 20_000


# -- templates --------------------------------------------------------------------------------


def _store_template(uow: UnitOfWork, spec: TemplateSpec) -> AssessmentTemplate:
    template = AssessmentTemplate(
        key=spec.key, name=spec.name, description=spec.description, source=spec.source
    )
    uow.session.add(template)
    uow.flush()
    for s_position, section in enumerate(spec.sections):
        row = AssessmentSection(
            template_id=template.id,
            key=section.key,
            title=section.title,
            themes=list(section.themes),
            aggregate_only=section.aggregate_only,
            note=section.note,
            position=s_position,
        )
        uow.session.add(row)
        uow.flush()
        for q_position, question in enumerate(section.questions):
            uow.session.add(
                AssessmentQuestion(
                    section_id=row.id,
                    key=question.key,
                    text=question.text,
                    guidance=question.guidance,
                    action_title=question.action,
                    evidence_kinds=list(question.evidence),
                    suggest=question.suggest,
                    position=q_position,
                )
            )
    uow.flush()
    return template


def ensure_template(uow: UnitOfWork, key: str) -> AssessmentTemplate:
    """The built-in template ``key``, stored first when missing (inside an entered unit of work)."""
    found = uow.session.exec(select(AssessmentTemplate).where(AssessmentTemplate.key == key)).first()
    return found or _store_template(uow, built_in_template(key))


def _template_view(uow: UnitOfWork, template: AssessmentTemplate) -> TemplateView:
    sections = uow.session.exec(
        select(AssessmentSection.id).where(AssessmentSection.template_id == template.id)
    ).all()
    questions = (
        uow.session.exec(
            select(AssessmentQuestion.id).where(AssessmentQuestion.section_id.in_(sections))
        ).all()
        if sections
        else []
    )
    used = uow.session.exec(select(Assessment.id).where(Assessment.template_id == template.id)).all()
    assert template.id is not None
    return TemplateView(
        template.id,
        template.uuid,
        template.key,
        template.name,
        template.description,
        template.source,
        len(sections),
        len(questions),
        len(used),
    )


def list_templates(uow: UnitOfWork) -> list[TemplateView]:
    with uow:
        rows = uow.session.exec(select(AssessmentTemplate).order_by(AssessmentTemplate.id)).all()
        return [_template_view(uow, t) for t in rows]


def load_template_file(uow: UnitOfWork, path: str | Path) -> TemplateView:
    """Store a further framework (the FE or NHS tool, say) from a JSON or workbook file.

    Raises:
        FileFormatError: the file cannot be read.
        ValidationError: it is not a usable template, or one with its key is already stored.
    """
    spec = read_template_file(path)
    with uow:
        clash = uow.session.exec(select(AssessmentTemplate).where(AssessmentTemplate.key == spec.key)).first()
        if clash is not None:
            raise ValidationError(
                _(
                    "A template with the key “{key}” is already loaded ({name}): give the new one "
                    "another key."
                ).format(key=spec.key, name=clash.name)
            )
        template = _store_template(uow, spec)
        view = _template_view(uow, template)
        uow.commit(_("Loaded the self-assessment template {name}").format(name=spec.name))
        return view


def _choose_template(uow: UnitOfWork, plan: Plan, key: str | None) -> AssessmentTemplate:
    """The template asked for; else the one the plan's latest assessment used; else its plan
    template's; else the first stored."""
    templates = uow.session.exec(select(AssessmentTemplate).order_by(AssessmentTemplate.id)).all()
    if not templates:
        raise NotFoundError(
            _(
                "No self-assessment template is loaded: load one with "
                "'actionplan assessment load-template FILE'."
            )
        )
    if key:
        for template in templates:
            if match_key(template.key) == match_key(key) or match_key(template.name) == match_key(key):
                return template
        raise NotFoundError(
            _("There is no self-assessment template “{key}”: the templates are {keys}.").format(
                key=key, keys=", ".join(t.key for t in templates)
            )
        )
    latest = uow.session.exec(
        select(Assessment).where(Assessment.plan_id == plan.id).order_by(Assessment.assessed_on.desc())
    ).first()
    if latest is not None:
        return next(t for t in templates if t.id == latest.template_id)
    wanted = (
        load_template(plan.template).get("assessment_templates", [])
        if plan.template in TEMPLATE_NAMES
        else []
    )
    for key_wanted in wanted:
        for template in templates:
            if template.key == key_wanted:
                return template
    return templates[0]


# -- finding and starting an assessment -------------------------------------------------------


@dataclass
class _Target:
    plan: Plan
    template: AssessmentTemplate
    assessment: Assessment | None
    on: date


def _target(
    uow: UnitOfWork,
    plan_id: int,
    *,
    assessment_id: int | None = None,
    template: str | None = None,
    year: int | None = None,
    on: date | None = None,
) -> _Target:
    """The assessment addressed (inside an entered unit of work); ``assessment`` None for a draft."""
    plan = get_or_raise(uow, Plan, plan_id, _("plan"))
    if assessment_id is not None:
        assessment = get_or_raise(uow, Assessment, assessment_id, _("self-assessment"))
        if assessment.plan_id != plan_id:
            raise ValidationError(_("That self-assessment belongs to another plan."))
        chosen = get_or_raise(uow, AssessmentTemplate, assessment.template_id, _("template"))
        return _Target(plan, chosen, assessment, assessment.assessed_on)
    chosen = _choose_template(uow, plan, template)
    day = on or clock.today()
    wanted_year = year or day.year
    assessment = uow.session.exec(
        select(Assessment).where(
            Assessment.plan_id == plan_id,
            Assessment.template_id == chosen.id,
            Assessment.year == wanted_year,
        )
    ).first()
    if assessment is not None:
        return _Target(plan, chosen, assessment, assessment.assessed_on)
    if year is not None and year != day.year:
        years = uow.session.exec(
            select(Assessment.year).where(Assessment.plan_id == plan_id, Assessment.template_id == chosen.id)
        ).all()
        raise NotFoundError(
            _("There is no self-assessment for {year}: the years assessed are {years}.").format(
                year=year, years=", ".join(str(y) for y in sorted(years)) or _("none yet")
            )
        )
    return _Target(plan, chosen, None, day)


def template_questions(
    uow: UnitOfWork, template_id: int
) -> list[tuple[AssessmentSection, AssessmentQuestion]]:
    rows = uow.session.exec(
        select(AssessmentSection, AssessmentQuestion)
        .join(AssessmentQuestion, AssessmentQuestion.section_id == AssessmentSection.id)
        .where(AssessmentSection.template_id == template_id)
        .order_by(AssessmentSection.position, AssessmentQuestion.position)
    ).all()
    return [(s, q) for s, q in rows]


def _create(uow: UnitOfWork, target: _Target, assessor: str = "") -> Assessment:
    assessment = Assessment(
        plan_id=target.plan.id,
        template_id=target.template.id,
        assessed_on=target.on,
        year=target.on.year,
        assessor=tidy(assessor)[:200],
    )
    uow.session.add(assessment)
    uow.flush()
    for _section, question in template_questions(uow, target.template.id):
        uow.session.add(AssessmentAnswer(assessment_id=assessment.id, question_id=question.id))
    uow.flush()
    target.assessment = assessment
    return assessment


def _saved(uow: UnitOfWork, target: _Target) -> Assessment:
    return target.assessment or _create(uow, target)


def start_assessment(
    uow: UnitOfWork,
    plan_id: int,
    *,
    template: str | None = None,
    on: date | None = None,
    assessor: str = "",
) -> int:
    """Start the assessment of ``on``'s year (today's by default); one a year per template.

    Returns the new assessment's id.
    """
    with uow:
        target = _target(uow, plan_id, template=template, on=on)
        if target.assessment is not None:
            raise ValidationError(
                _("The plan already has its {year} self-assessment (of {date}): each year has one.").format(
                    year=target.on.year, date=format_date(target.assessment.assessed_on)
                )
            )
        assessment = _create(uow, target, assessor)
        uow.commit(_("Started the {year} self-assessment").format(year=target.on.year))
        assert assessment.id is not None
        return assessment.id


def update_assessment(
    uow: UnitOfWork, assessment_id: int, *, assessed_on: date | None = None, assessor: str | None = None
) -> None:
    """Move an assessment's date within its year, or name its lead assessor."""
    with uow:
        assessment = get_or_raise(uow, Assessment, assessment_id, _("self-assessment"))
        if assessed_on is not None and assessed_on != assessment.assessed_on:
            if assessed_on.year != assessment.year:
                raise ValidationError(
                    _("The {year} self-assessment must be dated in {year}.").format(year=assessment.year),
                    field="assessed_on",
                )
            assessment.assessed_on = assessed_on
        if assessor is not None and tidy(assessor) != assessment.assessor:
            assessment.assessor = tidy(assessor)[:200]
        if uow.session.is_modified(assessment):
            assessment.updated_at = utc_now()
            uow.commit(_("Edited the {year} self-assessment").format(year=assessment.year))


def _answer(
    uow: UnitOfWork, assessment: Assessment, question_key: str
) -> tuple[AssessmentAnswer, AssessmentQuestion]:
    key = match_key(question_key)
    for _section, question in template_questions(uow, assessment.template_id):
        if match_key(question.key) == key:
            answer = uow.session.exec(
                select(AssessmentAnswer).where(
                    AssessmentAnswer.assessment_id == assessment.id,
                    AssessmentAnswer.question_id == question.id,
                )
            ).first()
            if answer is None:  # a question added to the template after the assessment began
                answer = AssessmentAnswer(assessment_id=assessment.id, question_id=question.id)
                uow.session.add(answer)
                uow.flush()
            return answer, question
    raise NotFoundError(_("There is no question “{key}” in the self-assessment.").format(key=question_key))


# -- rating -----------------------------------------------------------------------------------


def rate(
    uow: UnitOfWork,
    plan_id: int,
    question: str,
    *,
    rating: Rating | str | None = None,
    commentary: str | None = None,
    assessor: str | None = None,
    assessment_id: int | None = None,
    template: str | None = None,
    on: date | None = None,
) -> bool:
    """Set a question's rating, commentary or assessor (None leaves one as it is).

    The assessment of ``on``'s year is started when it does not exist yet. The answer is dated
    ``on`` (today by default). A suggestion is never applied here: only what is given.

    Returns:
        Whether anything changed.
    """
    chosen = None
    if rating is not None:
        try:
            chosen = parse_rating(rating)
        except ValueError as exc:
            raise ValidationError(str(exc), field="rating") from exc
    if commentary is not None and len(commentary) > COMMENTARY_LIMIT:
        raise ValidationError(
            _("The commentary is {n} characters long; at most {limit} fit.").format(
                n=len(commentary), limit=COMMENTARY_LIMIT
            ),
            field="commentary",
        )
    with uow:
        target = _target(uow, plan_id, assessment_id=assessment_id, template=template, on=on)
        started = target.assessment is None
        assessment = _saved(uow, target)
        answer, found = _answer(uow, assessment, question)
        changes: dict[str, str] = {}
        if chosen is not None and answer.rating != chosen.value:
            changes["rating"] = chosen.value
        if commentary is not None and commentary.strip() != answer.commentary:
            changes["commentary"] = commentary.strip()
        if assessor is not None and tidy(assessor) != answer.assessor:
            changes["assessor"] = tidy(assessor)[:200]
        if not changes and not started:
            return False
        for name, value in changes.items():
            setattr(answer, name, value)
        if changes:
            answer.answered_on = on or clock.today()
            if not answer.assessor:
                answer.assessor = assessment.assessor
            answer.updated_at = utc_now()
        what = Rating(answer.rating).label if "rating" in changes else _("commentary")
        uow.commit(_("Self-assessment {key}: {what}").format(key=found.key, what=what))
        return bool(changes)


# -- evidence ---------------------------------------------------------------------------------


def compliance_figures(rc: RequirementCompliance, on: date) -> dict[str, Any]:
    totals = rc.totals
    return {
        "percent": None if rc.percent is None else round(rc.percent, 1),
        "target": rc.requirement.target_percent,
        "trained": totals.trained,
        "counted": totals.audience - totals[ComplianceState.EXEMPT],
        "on": on.isoformat(),
    }


def action_figures(action: ActionView, on: date) -> dict[str, Any]:
    return {
        "status": action.status.value,
        "rag": action.rag.value if action.rag else None,
        "progress": action.progress,
        "due": action.due_date.isoformat() if action.due_date else None,
        "on": on.isoformat(),
    }


def _action_label(ref: str, title: str) -> str:
    return f"{ref} {title}".strip()[:500]


def find_evidence(uow: UnitOfWork, plan_id: int, kind: str, text: str, on: date | None = None) -> str:
    """The UUID of the action (by reference or title), requirement (by course code or title) or
    meeting (by date, dd/mm/yyyy or ISO, or title) that ``text`` names."""
    on = on or clock.today()
    key = match_key(text)
    if kind == "action":
        found = [
            a
            for a in action_service.list_actions(uow, plan_id, on)
            if key in (match_key(a.ref), match_key(a.title))
        ]
        what = _("action")
        names = [f"{a.ref or a.title}" for a in found]
    elif kind == "requirement":
        from actionplan.services.requirements import list_requirements

        rows = list_requirements(uow, plan_id)
        found = [r for r in rows if key in (match_key(r.course_code), match_key(r.title))]
        what = _("training requirement")
        names = [f"{r.course_code} {r.title}" for r in found]
    elif kind == "meeting":
        rows = meeting_service.list_meetings(uow, plan_id)
        found = [
            m
            for m in rows
            if key
            in (match_key(m.held_on.isoformat()), match_key(format_date(m.held_on)), match_key(m.title))
        ]
        what = _("meeting")
        names = [f"{m.title} {format_date(m.held_on)}" for m in found]
    else:
        raise ValidationError(_("“{kind}” is not a kind of evidence that is looked up.").format(kind=kind))
    if len(found) == 1:
        return found[0].uuid
    if not found:
        raise NotFoundError(_("The plan has no {what} “{text}”.").format(what=what, text=text))
    raise ValidationError(
        _("“{text}” names more than one {what}: {names}. Be more precise.").format(
            text=text, what=what, names="; ".join(names)
        )
    )


def add_evidence(
    uow: UnitOfWork,
    plan_id: int,
    question: str,
    kind: str,
    *,
    target_uuid: str = "",
    location: str = "",
    label: str = "",
    review_on: date | None = None,
    assessment_id: int | None = None,
    template: str | None = None,
    on: date | None = None,
) -> int:
    """Link evidence to a question's answer: an action, training requirement or meeting of the plan
    (by UUID; a requirement keeps its compliance on the day, an action its status), or a
    document (a path or a web link, with its next review date).

    Returns the evidence's id.
    """
    if kind not in EVIDENCE_KINDS:
        raise ValidationError(
            _("“{kind}” is not a kind of evidence: use {kinds}.").format(
                kind=kind, kinds=", ".join(EVIDENCE_KINDS)
            ),
            field="kind",
        )
    location, label = tidy(location), tidy(label)
    if kind == "document":
        if not location and not label:
            raise ValidationError(
                _("A document needs its path, its web link or at least its name."), field="location"
            )
        if len(location) > 2000:
            raise ValidationError(_("The path or link is longer than 2,000 characters."), field="location")
    elif not target_uuid:
        raise ValidationError(_("Choose the {kind} to link.").format(kind=kind), field="target")
    day = on or clock.today()
    with uow:
        target = _target(uow, plan_id, assessment_id=assessment_id, template=template, on=on)
        found_label = _link_label(uow, plan_id, kind, target_uuid)
        as_at = target.on
    figures = _link_figures(uow, plan_id, kind, target_uuid, as_at)
    with uow:
        target = _target(uow, plan_id, assessment_id=assessment_id, template=template, on=on)
        assessment = _saved(uow, target)
        answer, found = _answer(uow, assessment, question)
        if kind != "document":
            duplicate = uow.session.exec(
                select(AssessmentEvidence).where(
                    AssessmentEvidence.answer_id == answer.id, AssessmentEvidence.target_uuid == target_uuid
                )
            ).first()
            if duplicate is not None:
                raise ValidationError(_("That is already linked to {key} as evidence.").format(key=found.key))
        shown = label or found_label or Path(location).name or location
        evidence = AssessmentEvidence(
            answer_id=answer.id,
            kind=kind,
            target_uuid=target_uuid if kind != "document" else "",
            label=shown[:500],
            location=location if kind == "document" else "",
            review_on=review_on if kind == "document" else None,
            figures=figures,
            linked_on=day,
        )
        uow.session.add(evidence)
        uow.commit(_("Self-assessment {key}: linked {label}").format(key=found.key, label=shown[:80]))
        assert evidence.id is not None
        return evidence.id


def _link_label(uow: UnitOfWork, plan_id: int, kind: str, target_uuid: str) -> str:
    """The label of the action, requirement or meeting to link (inside an entered unit of work)."""
    session = uow.session
    if kind == "action":
        action = session.exec(
            select(Action).where(Action.uuid == target_uuid, Action.plan_id == plan_id)
        ).first()
        if action is None:
            raise NotFoundError(_("The plan has no such action."))
        return _action_label(action.ref, action.title)
    if kind == "requirement":
        req = session.exec(
            select(TrainingRequirement).where(
                TrainingRequirement.uuid == target_uuid, TrainingRequirement.plan_id == plan_id
            )
        ).first()
        if req is None:
            raise NotFoundError(_("The plan has no such training requirement."))
        course = session.get(Course, req.course_id)
        return f"{course.code}: {req.title}" if course else req.title
    if kind == "meeting":
        meeting = session.exec(
            select(Meeting).where(Meeting.uuid == target_uuid, Meeting.plan_id == plan_id)
        ).first()
        if meeting is None:
            raise NotFoundError(_("The plan has no such meeting."))
        return f"{meeting.title} ({format_date(meeting.held_on)})"
    return ""


def _link_figures(
    uow: UnitOfWork, plan_id: int, kind: str, target_uuid: str, on: date
) -> dict[str, Any] | None:
    """What linked evidence shows on the assessment's day, kept with the link: a requirement's
    compliance, an action's status and RAG, a meeting's date."""
    if kind == "requirement":
        for rc in requirement_compliance(uow, plan_id, on):
            if rc.requirement.uuid == target_uuid:
                return compliance_figures(rc, on)
    elif kind == "action":
        for action in action_service.list_actions(uow, plan_id, on):
            if action.uuid == target_uuid:
                return action_figures(action, on)
    elif kind == "meeting":
        for meeting in meeting_service.list_meetings(uow, plan_id):
            if meeting.uuid == target_uuid:
                return {"held_on": meeting.held_on.isoformat()}
    return None


def remove_evidence(uow: UnitOfWork, evidence_id: int) -> None:
    with uow:
        evidence = get_or_raise(uow, AssessmentEvidence, evidence_id, _("evidence"))
        label = evidence.label
        uow.session.delete(evidence)
        uow.commit(_("Removed the evidence {label}").format(label=label[:80]))


# -- a gap becomes an action ------------------------------------------------------------------


@dataclass(frozen=True)
class GapAction:
    """What "Create an action" proposes for a gap: title, theme (an existing one's id, or a new
    theme's name) and due date; the user may change them."""

    title: str
    theme_id: int | None
    new_theme: str
    due_date: date
    description: str


def gap_action_proposal(
    view: AssessmentView, question_key: str, themes: Iterable[tuple[int, str]], plan: PlanView
) -> GapAction:
    """The action proposed for a gap: in the section's theme (the first of its themes the plan has,
    else a new theme named after the section), due six months on (or at the plan's end)."""
    question = view.question(question_key)
    section = next(s for s in view.sections if s.key == question.section_key)
    by_key = {match_key(name): theme_id for theme_id, name in themes}
    theme_id = next((by_key[match_key(t)] for t in section.themes if match_key(t) in by_key), None)
    due = add_months(view.assessed_on, GAP_ACTION_MONTHS)
    if plan.period_end is not None and view.assessed_on < plan.period_end < due:
        due = plan.period_end
    title = question.action or question.text.rstrip("?").strip()
    description = _("From the {year} self-assessment: rated {rating}. {question}").format(
        year=view.year, rating=question.rating.label.lower(), question=question.text
    )
    if question.commentary:
        description += "\n\n" + question.commentary
    return GapAction(title[:500], theme_id, "" if theme_id else section.title, due, description)


def create_gap_action(
    uow: UnitOfWork,
    plan_id: int,
    question: str,
    *,
    title: str,
    theme_id: int | None = None,
    new_theme: str = "",
    due_date: date | None = None,
    description: str = "",
    owner_name: str = "",
    assessment_id: int | None = None,
    template: str | None = None,
    on: date | None = None,
) -> ActionView:
    """Turn a gap (a question rated not met or partially met) into an action of the plan, in one
    change: the action (in ``theme_id``, or a new theme ``new_theme``) and its link back as the
    question's evidence."""
    day = on or clock.today()
    with uow:
        target = _target(uow, plan_id, assessment_id=assessment_id, template=template, on=on)
        if target.assessment is None:
            raise ValidationError(_("Rate the question first: only a gap becomes an action."))
        answer, found = _answer(uow, target.assessment, question)
        rating = Rating(answer.rating)
        if not rating.is_gap:
            raise ValidationError(
                _(
                    "{key} is rated {rating}: only a question rated not met or partially met "
                    "becomes an action."
                ).format(key=found.key, rating=rating.label.lower())
            )
        if theme_id is None and tidy(new_theme):
            existing = uow.session.exec(select(Theme).where(Theme.plan_id == plan_id)).all()
            match = next((t for t in existing if match_key(t.name) == match_key(new_theme)), None)
            if match is None:
                match = Theme(plan_id=plan_id, name=tidy(new_theme)[:200], position=len(existing))
                uow.session.add(match)
                uow.flush()
            theme_id = match.id
        ref = _free_ref(uow, plan_id, f"SA-{found.key}")
        action = action_service.add_action(
            uow,
            plan_id,
            title,
            ref=ref,
            theme_id=theme_id,
            due_date=due_date,
            start_date=day,
            description=description,
            owner_name=owner_name,
            today=day,
        )
        uow.session.add(
            AssessmentEvidence(
                answer_id=answer.id,
                kind="action",
                target_uuid=action.uuid,
                label=_action_label(action.ref, action.title),
                figures={
                    "status": action.status,
                    "due": due_date.isoformat() if due_date else None,
                    "on": day.isoformat(),
                },
                linked_on=day,
            )
        )
        uow.commit(_("Self-assessment {key}: added the action {ref}").format(key=found.key, ref=ref))
        action_id = action.id
    return action_service.get_action(uow, action_id, day)


def _free_ref(uow: UnitOfWork, plan_id: int, base: str) -> str:
    taken = {match_key(r) for r in uow.session.exec(select(Action.ref).where(Action.plan_id == plan_id))}
    ref, n = base, 1
    while match_key(ref) in taken:
        n += 1
        ref = f"{base}-{n}"
    return ref[:30]


# -- reading ----------------------------------------------------------------------------------


def load_facts(uow: UnitOfWork, plan_id: int, on: date) -> tuple[Facts, list[MeetingView]]:
    """What the suggestions look at on ``on``, and every meeting of the plan (for evidence)."""
    plan = get_plan(uow, plan_id)
    compliance = requirement_compliance(uow, plan_id, on)
    actions = action_service.list_actions(uow, plan_id, on, compliance=compliance)
    meetings = meeting_service.list_meetings(uow, plan_id)
    organisations = organisation_service.list_organisations(uow)
    courses = {c.code: c for c in list_courses(uow)}
    leads: dict[int, int] = {}
    groups: set[str] = set()
    lead_key = match_key(PREVENT_LEAD)
    with uow:  # a county's people counted by the database, a row per role group and organisation
        rows = uow.session.exec(
            select(Person.role_group, Person.organisation_id, func.count())
            .where(or_(Person.leaving_date.is_(None), Person.leaving_date > on))
            .group_by(Person.role_group, Person.organisation_id)
        ).all()
    for role_group, org_id, people in rows:
        if role_group:
            groups.add(role_group)
            if match_key(role_group) == lead_key and org_id is not None:
                leads[org_id] = leads.get(org_id, 0) + people
    facts = Facts(
        on=on,
        plan=plan,
        actions=actions,
        compliance=compliance,
        meetings=[m for m in meetings if m.held_on <= on],
        organisations=organisations,
        prevent_leads=leads,
        role_groups=frozenset(groups),
        courses=courses,
    )
    return facts, meetings


def get_assessment(
    uow: UnitOfWork,
    plan_id: int,
    *,
    assessment_id: int | None = None,
    template: str | None = None,
    year: int | None = None,
    on: date | None = None,
) -> AssessmentView:
    """The plan's self-assessment of ``year`` (default: the year of ``on``, today by default), with
    suggestions worked out on its date, last year's ratings and every piece of evidence.

    Without a saved assessment for the current year, a draft dated ``on`` (nothing written).
    """
    with uow:
        target = _target(uow, plan_id, assessment_id=assessment_id, template=template, year=year, on=on)
        plan, chosen, assessment, day = target.plan, target.template, target.assessment, target.on
        structure = [(_plain(a), _plain(b)) for a, b in template_questions(uow, chosen.id)]
        others = uow.session.exec(
            select(Assessment)
            .where(Assessment.plan_id == plan_id, Assessment.template_id == chosen.id)
            .order_by(Assessment.year.desc())
        ).all()
        years = tuple(YearView(a.id, a.year, a.assessed_on) for a in others)
        previous = next((y for y in years if y.year < day.year), None)
        answers = _answers_of(uow, assessment.id) if assessment else {}
        before = _answers_of(uow, previous.id) if previous else {}
        evidence = _evidence_of(uow, [a.id for a in answers.values()])
        header = (
            assessment.id if assessment else None,
            assessment.uuid if assessment else None,
            assessment.assessor if assessment else "",
        )
        plan_name, plan_uuid, template_key, template_name = plan.name, plan.uuid, chosen.key, chosen.name
    facts, all_meetings = load_facts(uow, plan_id, day)
    now = _Now(facts, all_meetings)
    sections: list[SectionView] = []
    grouped: dict[int, list[QuestionView]] = {}
    order: list[Any] = []
    for section, question in structure:
        if section.id not in grouped:
            grouped[section.id] = []
            order.append(section)
        answer = answers.get(question.id)
        links = tuple(now.view(e, day) for e in evidence.get(answer.id, ())) if answer else ()
        documents = [DocumentDate(e.label, e.review_on) for e in links if e.kind == "document"]
        last = before.get(question.id)
        grouped[section.id].append(
            QuestionView(
                key=question.key,
                text=question.text,
                guidance=question.guidance,
                action=question.action_title,
                evidence_kinds=tuple(question.evidence_kinds or ()),
                rule=question.suggest,
                section_key=section.key,
                section_title=section.title,
                aggregate_only=section.aggregate_only,
                answer_id=answer.id if answer else None,
                answer_uuid=answer.uuid if answer else None,
                rating=Rating(answer.rating) if answer else Rating.NOT_ASSESSED,
                commentary=answer.commentary if answer else "",
                assessor=answer.assessor if answer else "",
                answered_on=answer.answered_on if answer else None,
                suggestion=suggest(question.suggest, facts, documents),
                last_year=Rating(last.rating) if last is not None else None,
                evidence=links,
            )
        )
    for section in order:
        questions = tuple(grouped[section.id])
        sections.append(
            SectionView(
                key=section.key,
                title=section.title,
                note=section.note,
                aggregate_only=section.aggregate_only,
                themes=tuple(section.themes or ()),
                questions=questions,
                summary=summarise(q.rating for q in questions),
                last_year=summarise(q.last_year or Rating.NOT_ASSESSED for q in questions)
                if previous
                else None,
            )
        )
    return AssessmentView(
        id=header[0],
        uuid=header[1],
        plan_id=plan_id,
        plan_name=plan_name,
        plan_uuid=plan_uuid,
        template_key=template_key,
        template_name=template_name,
        assessed_on=day,
        assessor=header[2],
        sections=tuple(sections),
        previous=previous,
        years=years,
    )


def _plain(row: Any) -> Any:
    """A row's values, readable after its session has closed."""
    return SimpleNamespace(**row.model_dump())


def _answers_of(uow: UnitOfWork, assessment_id: int | None) -> dict[int, Any]:
    rows = uow.session.exec(
        select(AssessmentAnswer).where(AssessmentAnswer.assessment_id == assessment_id)
    ).all()
    return {a.question_id: _plain(a) for a in rows}


def _evidence_of(uow: UnitOfWork, answer_ids: list[int]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    if not answer_ids:
        return found
    rows = uow.session.exec(
        select(AssessmentEvidence)
        .where(AssessmentEvidence.answer_id.in_(answer_ids))
        .order_by(AssessmentEvidence.linked_on, AssessmentEvidence.id)
    ).all()
    for row in rows:
        found.setdefault(row.answer_id, []).append(_plain(row))
    return found


class _Now:
    """Linked evidence as it stands on the assessment's day."""

    def __init__(self, facts: Facts, meetings: list[MeetingView]):
        self.actions = {a.uuid: a for a in facts.actions}
        self.requirements = {rc.requirement.uuid: rc for rc in facts.compliance}
        self.meetings = {m.uuid: m for m in meetings}

    def view(self, e: Any, day: date) -> EvidenceView:
        figures = dict(e.figures) if e.figures else None
        then, now, missing, overdue = "", "", False, False
        if e.kind == "action":
            action = self.actions.get(e.target_uuid)
            missing = action is None
            if figures and figures.get("status") and figures.get("on"):
                then = _action_words(
                    ActionStatus(figures["status"]),
                    Rag(figures["rag"]) if figures.get("rag") else None,
                    date.fromisoformat(figures["on"]),
                )
            if action is not None:
                now = _action_words(action.status, action.rag, day)
        elif e.kind == "requirement":
            rc = self.requirements.get(e.target_uuid)
            missing = rc is None
            if figures and figures.get("counted") is not None:
                then = _compliance_words(figures)
            if rc is not None:
                now = _compliance_words(compliance_figures(rc, day))
        elif e.kind == "meeting":
            missing = e.target_uuid not in self.meetings  # its label says when it was held
        elif e.review_on is not None:
            overdue = e.review_on < day
            template = _("review was due on {date}") if overdue else _("next review {date}")
            now = template.format(date=format_date(e.review_on))
        if missing:
            now = _("deleted since it was linked")
        return EvidenceView(
            id=e.id,
            uuid=e.uuid,
            kind=e.kind,
            target_uuid=e.target_uuid,
            label=e.label,
            location=e.location,
            review_on=e.review_on,
            figures=figures,
            then=then,
            now=now,
            missing=missing,
            overdue=overdue,
            linked_on=e.linked_on,
        )


def _action_words(status: ActionStatus, rag: Rag | None, on: date) -> str:
    """ "In progress, Amber on 28/11/2026"."""
    shown = f", {rag.label}" if rag else ""
    return _("{status}{rag} on {date}").format(status=status.label, rag=shown, date=format_date(on))


def _compliance_words(figures: dict[str, Any]) -> str:
    pct = figures.get("percent")
    shown = "—" if pct is None else f"{pct:.0f}%"
    return _("{pct} of {counted} trained (target {target}%) on {date}").format(
        pct=shown,
        counted=figures.get("counted", 0),
        target=figures.get("target"),
        date=format_date(date.fromisoformat(figures["on"])) if figures.get("on") else "",
    )
