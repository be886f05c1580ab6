"""Suggested ratings worked out from the plan's own data, each with the reasons that led to it.

Pure rules over read models the services load once (``Facts``). A template question names
its rule (``"suggest": "plan_overdue"``); a rule answers with a ``Suggestion`` or None when
the data does not speak to the question. A suggestion never changes the assessor's rating:
it is shown beside it. No rule suggests "exceeding": impact and shared practice are for the
assessor to show. The thresholds are the constants below (docs/assessment.md explains them).
"""

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from math import ceil

from actionplan.assessment.ratings import Rating
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag, Sector
from actionplan.domain.text import match_key
from actionplan.i18n import _, ngettext
from actionplan.services.readmodels import (
    ActionView,
    CourseView,
    MeetingView,
    OrganisationView,
    PlanView,
    RequirementCompliance,
)

WINDOW_DAYS = 365  # meetings are counted over the year before the assessment
# Meetings a year for a plan's review cycle (matched ignoring case and punctuation).
CADENCE_MEETINGS = {
    "weekly": 52,
    "fortnightly": 26,
    "monthly": 12,
    "bimonthly": 6,
    "everytwomonths": 6,
    "quarterly": 4,
    "termly": 3,
    "sixmonthly": 2,
    "halfyearly": 2,
    "biannual": 2,
    "biannually": 2,
    "annual": 1,
    "annually": 1,
    "yearly": 1,
}
DEFAULT_MEETINGS = 4
PLAN_SHARE_PARTIAL = 0.2  # open actions overdue, or lacking an owner or due date: partially met up to this
TRAINING_SHARE_PARTIAL = 0.1  # people overdue or expired: partially met up to this share
TIERS_FOR_MET = 3  # role groups (or all key personnel) the training requirements cover
LISTED = 6  # references named in a reason before "and n more"
PREVENT_LEAD = "Prevent lead"
ELECTED_MEMBER = "Elected member"
# The partners the toolkit expects round the table, as groups of sectors.
PARTNER_GROUPS: tuple[tuple[str, frozenset[Sector]], ...] = (
    ("local authority", frozenset({Sector.LOCAL_AUTHORITY})),
    ("police", frozenset({Sector.POLICE})),
    ("health", frozenset({Sector.HEALTH})),
    ("probation or youth justice", frozenset({Sector.PROBATION, Sector.YOUTH_JUSTICE, Sector.PRISONS})),
    ("education", frozenset({Sector.SCHOOL, Sector.FURTHER_EDUCATION, Sector.HIGHER_EDUCATION})),
)


@dataclass(frozen=True)
class Suggestion:
    """A rating the data points to, and why (one sentence a reason)."""

    rating: Rating
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"rating": self.rating.value, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Facts:
    """What the rules look at, loaded once for an assessment on its day.

    Attributes:
        on: the assessment's date; nothing later is counted.
        plan: the plan (its period and review cycle).
        actions: the plan's actions with their RAG on ``on``.
        compliance: each requirement's compliance on ``on``.
        meetings: the plan's meetings held on or before ``on``.
        organisations: every organisation, with its sector.
        prevent_leads: organisation id -> current people in the role group "Prevent lead".
        role_groups: the role groups of current people.
        courses: the course catalogue by code.
    """

    on: date
    plan: PlanView
    actions: Sequence[ActionView] = ()
    compliance: Sequence[RequirementCompliance] = ()
    meetings: Sequence[MeetingView] = ()
    organisations: Sequence[OrganisationView] = ()
    prevent_leads: Mapping[int, int] = field(default_factory=dict)
    role_groups: frozenset[str] = frozenset()
    courses: Mapping[str, CourseView] = field(default_factory=dict)


Rule = Callable[[Facts, str], Suggestion | None]


def _listed(items: Sequence[str]) -> str:
    shown = ", ".join(items[:LISTED])
    if len(items) > LISTED:
        shown += " " + _("and {n} more").format(n=len(items) - LISTED)
    return shown


def _ref(action: ActionView) -> str:
    return action.ref or action.title


def _by_share(share: float, partial: float) -> Rating:
    if share <= 0:
        return Rating.MET
    return Rating.PARTIALLY_MET if share <= partial else Rating.NOT_MET


# -- the partnership group: meetings ----------------------------------------------------------


def _recent_meetings(facts: Facts) -> list[MeetingView]:
    start = facts.on - timedelta(days=WINDOW_DAYS)
    return sorted((m for m in facts.meetings if start < m.held_on <= facts.on), key=lambda m: m.held_on)


def meetings_expected(cadence: str) -> int:
    """Meetings a year that a review cycle ("quarterly", "monthly") means; quarterly when unknown."""
    return CADENCE_MEETINGS.get(match_key(cadence), DEFAULT_MEETINGS)


def meeting_frequency(facts: Facts, _param: str = "") -> Suggestion:
    """Met: as many meetings in the last year as the plan's cycle asks, the last within a cycle,
    each with notes or decisions; partially met: at least half of them; not met: fewer."""
    held = _recent_meetings(facts)
    expected = meetings_expected(facts.plan.review_cadence)
    cadence = facts.plan.review_cadence or _("quarterly")
    reasons = [
        ngettext(
            "{n} meeting in the 12 months to {date}; a {cadence} cycle means {expected}.",
            "{n} meetings in the 12 months to {date}; a {cadence} cycle means {expected}.",
            len(held),
        ).format(n=len(held), date=format_date(facts.on), cadence=cadence, expected=expected)
    ]
    if len(held) >= expected:
        rating = Rating.MET
    elif len(held) >= ceil(expected / 2):
        rating = Rating.PARTIALLY_MET
    else:
        rating = Rating.NOT_MET
    if held:
        last = held[-1].held_on
        cycle_days = round(365 / expected)
        if (facts.on - last).days > cycle_days + 31:
            reasons.append(
                _("The last meeting was on {date}, more than a cycle ago.").format(date=format_date(last))
            )
            rating = min(rating, Rating.PARTIALLY_MET, key=_score)
        unrecorded = [m for m in held if not (m.notes.strip() or m.decisions.strip())]
        if unrecorded:
            reasons.append(
                _("{n} of {total} meetings have no notes or decisions recorded: {dates}.").format(
                    n=len(unrecorded),
                    total=len(held),
                    dates=_listed([format_date(m.held_on) for m in unrecorded]),
                )
            )
            rating = min(rating, Rating.PARTIALLY_MET, key=_score)
    return Suggestion(rating, tuple(reasons))


def _score(rating: Rating) -> int:
    return rating.score or 0


def _name_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({n.strip().casefold() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def meeting_attendance(facts: Facts, _param: str = "") -> Suggestion:
    """Met: attendance recorded at every meeting of the last year, naming organisations from each
    partner group (local authority, police, health, probation or youth justice, education);
    partially met: recorded at some, or some groups missing; not met: none recorded."""
    held = _recent_meetings(facts)
    if not held:
        return Suggestion(
            Rating.NOT_MET,
            (_("No meetings are recorded in the 12 months to {date}.").format(date=format_date(facts.on)),),
        )
    recorded = [m for m in held if m.attendees.strip()]
    reasons = [
        _("Attendance is recorded for {n} of {total} meetings in the last 12 months.").format(
            n=len(recorded), total=len(held)
        )
    ]
    if not recorded:
        return Suggestion(Rating.NOT_MET, tuple(reasons))
    text = " ".join(m.attendees for m in recorded).casefold()
    sectors: set[Sector] = set()
    for org in facts.organisations:
        pattern = _name_pattern([org.name, org.short_name, *org.aliases])
        if pattern is not None and pattern.search(text):
            try:
                sectors.add(Sector(org.sector))
            except ValueError:
                continue
    seen = [name for name, group in PARTNER_GROUPS if group & sectors]
    missing = [name for name, group in PARTNER_GROUPS if not group & sectors]
    if seen:
        reasons.append(_("Partners named among the attendees: {groups}.").format(groups=", ".join(seen)))
    if missing:
        reasons.append(_("Not named among the attendees: {groups}.").format(groups=", ".join(missing)))
    complete = len(recorded) == len(held) and not missing
    return Suggestion(Rating.MET if complete else Rating.PARTIALLY_MET, tuple(reasons))


# -- the partnership plan: actions -------------------------------------------------------------


def _live(actions: Sequence[ActionView]) -> list[ActionView]:
    return [a for a in actions if a.status is not ActionStatus.CANCELLED]


def _open(actions: Sequence[ActionView]) -> list[ActionView]:
    return [a for a in actions if not a.status.is_closed]


def _no_actions() -> Suggestion:
    return Suggestion(Rating.NOT_MET, (_("The plan holds no actions."),))


def plan_current(facts: Facts, _param: str = "") -> Suggestion:
    """Met: the plan's period covers the day and it holds actions; partially met: no actions yet;
    not met: its period has ended or not begun."""
    plan, on = facts.plan, facts.on
    if plan.period_end is not None and plan.period_end < on:
        return Suggestion(
            Rating.NOT_MET,
            (
                _("The plan's period ended on {date}: agree a new plan.").format(
                    date=format_date(plan.period_end)
                ),
            ),
        )
    if plan.period_start is not None and plan.period_start > on:
        return Suggestion(
            Rating.NOT_MET,
            (_("The plan's period starts on {date}.").format(date=format_date(plan.period_start)),),
        )
    live = _live(facts.actions)
    period = ""
    if plan.period_start and plan.period_end:
        period = _("The plan runs from {start} to {end}.").format(
            start=format_date(plan.period_start), end=format_date(plan.period_end)
        )
    reasons = [period] if period else []
    if not live:
        return Suggestion(Rating.PARTIALLY_MET, (*reasons, _("It holds no actions yet.")))
    reasons.append(ngettext("It holds {n} action.", "It holds {n} actions.", len(live)).format(n=len(live)))
    return Suggestion(Rating.MET, tuple(reasons))


def plan_fields(facts: Facts, _param: str = "") -> Suggestion:
    """Met: every open action has an owner and a due date; partially met: up to a fifth lack one."""
    if not _live(facts.actions):
        return _no_actions()
    open_actions = _open(facts.actions)
    if not open_actions:
        return Suggestion(Rating.MET, (_("Every action is complete or cancelled."),))
    missing = [a for a in open_actions if not (a.owner_id or a.owner_name.strip()) or a.due_date is None]
    if not missing:
        return Suggestion(
            Rating.MET,
            (_("All {n} open actions have an owner and a due date.").format(n=len(open_actions)),),
        )
    reasons = [
        _("{n} of {total} open actions lack an owner or a due date: {refs}.").format(
            n=len(missing), total=len(open_actions), refs=_listed([_ref(a) for a in missing])
        )
    ]
    return Suggestion(_by_share(len(missing) / len(open_actions), PLAN_SHARE_PARTIAL), tuple(reasons))


def plan_overdue(facts: Facts, _param: str = "") -> Suggestion:
    """Met: no open action overdue; partially met: up to a fifth of open actions overdue; not met: more."""
    if not _live(facts.actions):
        return _no_actions()
    open_actions = _open(facts.actions)
    overdue = [a for a in open_actions if a.is_overdue]
    blocked = [a for a in open_actions if a.status is ActionStatus.BLOCKED and not a.is_overdue]
    if not open_actions:
        return Suggestion(Rating.MET, (_("Every action is complete or cancelled."),))
    reasons = [
        _("{n} of {total} open actions are overdue on {date}.").format(
            n=len(overdue), total=len(open_actions), date=format_date(facts.on)
        )
    ]
    if overdue:
        reasons.append(_("Overdue: {refs}.").format(refs=_listed([_ref(a) for a in overdue])))
    if blocked:
        reasons.append(_("Blocked: {refs}.").format(refs=_listed([_ref(a) for a in blocked])))
    red = sum(1 for a in open_actions if a.rag is Rag.RED)
    share = max(len(overdue), red) / len(open_actions)
    return Suggestion(_by_share(share, PLAN_SHARE_PARTIAL), tuple(reasons))


def plan_evaluated(facts: Facts, _param: str = "") -> Suggestion | None:
    """Met: every completed action records evidence of what it achieved; partially met: some do;
    not met: none do. No suggestion until an action is complete."""
    done = [a for a in facts.actions if a.status is ActionStatus.COMPLETE]
    if not done:
        return None
    without = [a for a in done if not a.evidence.strip()]
    reasons = [
        _("{n} of {total} completed actions record evidence of what they achieved.").format(
            n=len(done) - len(without), total=len(done)
        )
    ]
    if without:
        reasons.append(_("Without evidence: {refs}.").format(refs=_listed([_ref(a) for a in without])))
    if not without:
        return Suggestion(Rating.MET, tuple(reasons))
    return Suggestion(Rating.NOT_MET if len(without) == len(done) else Rating.PARTIALLY_MET, tuple(reasons))


# -- the referral pathway: named leads ---------------------------------------------------------


def prevent_leads(facts: Facts, _param: str = "") -> Suggestion | None:
    """Met: every specified authority has someone in the role group "Prevent lead"; partially met:
    some have; not met: none has. No suggestion without specified authorities."""
    specified = [o for o in facts.organisations if o.specified_authority]
    if not specified:
        return None
    without = [o for o in specified if not facts.prevent_leads.get(o.id)]
    reasons = [
        _("{n} of {total} specified authorities have someone in the role group “{role}”.").format(
            n=len(specified) - len(without), total=len(specified), role=PREVENT_LEAD
        )
    ]
    if without:
        reasons.append(
            _("Without one: {names}.").format(names=_listed([o.short_name or o.name for o in without]))
        )
        rating = Rating.NOT_MET if len(without) == len(specified) else Rating.PARTIALLY_MET
        return Suggestion(rating, tuple(reasons))
    return Suggestion(Rating.MET, tuple(reasons))


# -- the training programme: requirements and compliance ----------------------------------------


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def _requirement_line(rc: RequirementCompliance, on: date) -> str:
    req = rc.requirement
    pct = rc.percent
    if pct is None:
        state = _("nobody is in its audience")
    elif pct >= req.target_percent:
        state = _("on target")
    elif req.deadline is not None and req.deadline < on:
        state = _("below target; its deadline {date} has passed").format(date=format_date(req.deadline))
    elif req.deadline is not None:
        state = _("below target; deadline {date}").format(date=format_date(req.deadline))
    else:
        state = _("below target")
    return _("{code} ({title}): {pct} against a target of {target}%, {state}.").format(
        code=req.course_code, title=req.title, pct=_pct(pct), target=req.target_percent, state=state
    )


def _by_requirements(found: Sequence[RequirementCompliance], on: date) -> Suggestion:
    """Met when every requirement is at target; not met when none has anyone trained or all are
    below target past their deadline; partially met otherwise."""
    counted = [rc for rc in found if rc.percent is not None]
    if not counted:
        codes = ", ".join(rc.requirement.course_code for rc in found)
        return Suggestion(
            Rating.NOT_MET,
            (
                _(
                    "No one is counted against the requirements yet ({codes}): add the people they apply to."
                ).format(codes=codes),
            ),
        )
    reasons = tuple(_requirement_line(rc, on) for rc in found)
    at_target = [rc for rc in counted if rc.percent >= rc.requirement.target_percent]
    if len(at_target) == len(counted):
        return Suggestion(Rating.MET, reasons)
    late = [
        rc
        for rc in counted
        if rc.percent < rc.requirement.target_percent
        and rc.requirement.deadline is not None
        and rc.requirement.deadline < on
    ]
    if len(late) == len(counted) or all(rc.totals.trained == 0 for rc in counted):
        return Suggestion(Rating.NOT_MET, reasons)
    return Suggestion(Rating.PARTIALLY_MET, reasons)


def training_compliance(facts: Facts, _param: str = "") -> Suggestion:
    """Every requirement's compliance against its target (see ``_by_requirements``)."""
    if not facts.compliance:
        return Suggestion(Rating.NOT_MET, (_("The plan sets no training requirement."),))
    return _by_requirements(facts.compliance, facts.on)


def training_refresh(facts: Facts, _param: str = "") -> Suggestion:
    """Met: every required course has a refresher period and no one is overdue or expired;
    partially met: up to a tenth of the people counted are; not met: more. A required course
    without a refresher period caps it at partially met."""
    if not facts.compliance:
        return Suggestion(Rating.NOT_MET, (_("The plan sets no training requirement."),))
    codes = list(dict.fromkeys(rc.requirement.course_code for rc in facts.compliance))
    no_refresher = [c for c in codes if c in facts.courses and facts.courses[c].validity_months is None]
    counted = sum(rc.totals.audience - rc.totals[ComplianceState.EXEMPT] for rc in facts.compliance)
    behind = sum(
        rc.totals[ComplianceState.OVERDUE] + rc.totals[ComplianceState.EXPIRED] for rc in facts.compliance
    )
    reasons = []
    if counted:
        reasons.append(
            _("{n} of {total} people counted across the requirements are overdue or expired ({pct}).").format(
                n=behind, total=counted, pct=_pct(100 * behind / counted)
            )
        )
        rating = _by_share(behind / counted, TRAINING_SHARE_PARTIAL)
    else:
        reasons.append(_("No one is counted against the requirements yet."))
        rating = Rating.NOT_MET
    expiring = sum(rc.totals[ComplianceState.EXPIRING] for rc in facts.compliance)
    if expiring:
        reasons.append(
            ngettext(
                "{n} more person's training expires within the warning window.",
                "{n} more people's training expires within the warning window.",
                expiring,
            ).format(n=expiring)
        )
    if no_refresher:
        reasons.append(_("No refresher period is set for {codes}.").format(codes=", ".join(no_refresher)))
        rating = min(rating, Rating.PARTIALLY_MET, key=_score)
    else:
        reasons.append(_("Every required course has a refresher period."))
    return Suggestion(rating, tuple(reasons))


def training_coverage(facts: Facts, _param: str = "") -> Suggestion:
    """Met: the requirements cover at least three tiers (role groups, or all key personnel);
    partially met: one or two; not met: no requirement."""
    if not facts.compliance:
        return Suggestion(Rating.NOT_MET, (_("The plan sets no training requirement."),))
    tiers: dict[str, str] = {}
    for rc in facts.compliance:
        req = rc.requirement
        for group in req.role_groups:
            tiers.setdefault(match_key(group), group)
        if not req.role_groups:
            label = _("all key personnel") if req.key_personnel_only else _("everyone")
            tiers.setdefault(match_key(label), label)
    reasons = [_("The training requirements cover: {tiers}.").format(tiers=", ".join(tiers.values()))]
    uncovered = sorted(g for g in facts.role_groups if match_key(g) not in tiers)
    if uncovered:
        reasons.append(
            _("Role groups with staff but no requirement of their own: {groups}.").format(
                groups=", ".join(uncovered)
            )
        )
    return Suggestion(Rating.MET if len(tiers) >= TIERS_FOR_MET else Rating.PARTIALLY_MET, tuple(reasons))


def training_members(facts: Facts, _param: str = "") -> Suggestion:
    """The requirements covering elected members, against their targets; not met without one."""
    key = match_key(ELECTED_MEMBER)
    found = [rc for rc in facts.compliance if key in {match_key(g) for g in rc.requirement.role_groups}]
    if not found:
        return Suggestion(Rating.NOT_MET, (_("No training requirement covers elected members."),))
    return _by_requirements(found, facts.on)


def training_course(facts: Facts, code: str) -> Suggestion:
    """The requirements for one course (``training_course:VEN``) against their targets; not met without."""
    found = [rc for rc in facts.compliance if match_key(rc.requirement.course_code) == match_key(code)]
    if not found:
        course = facts.courses.get(code)
        name = f"{code} ({course.name})" if course else code
        return Suggestion(
            Rating.NOT_MET, (_("No training requirement asks for {course}.").format(course=name),)
        )
    return _by_requirements(found, facts.on)


RULES: dict[str, Rule] = {
    "meeting_frequency": meeting_frequency,
    "meeting_attendance": meeting_attendance,
    "plan_current": plan_current,
    "plan_fields": plan_fields,
    "plan_overdue": plan_overdue,
    "plan_evaluated": plan_evaluated,
    "prevent_leads": prevent_leads,
    "training_coverage": training_coverage,
    "training_compliance": training_compliance,
    "training_refresh": training_refresh,
    "training_members": training_members,
    "training_course": training_course,
}
_NEEDS_PARAMETER = frozenset({"training_course"})


def known_rule(rule: str) -> bool:
    """Whether ``rule`` names a rule (with its parameter where it needs one: "training_course:VEN")."""
    name, _sep, param = rule.partition(":")
    return name in RULES and (bool(param.strip()) == (name in _NEEDS_PARAMETER))


@dataclass(frozen=True)
class DocumentDate:
    """A document linked as evidence, with its next review date."""

    label: str
    review_on: date | None


def suggest(rule: str, facts: Facts, documents: Sequence[DocumentDate] = ()) -> Suggestion | None:
    """The suggestion for a question: its rule's, capped at partially met when a document linked
    as its evidence is past its review date (which makes a suggestion of its own when the
    question has no rule)."""
    found = None
    if rule:
        name, _sep, param = rule.partition(":")
        if name in RULES:
            found = RULES[name](facts, param.strip())
    stale = [d for d in documents if d.review_on is not None and d.review_on < facts.on]
    if not stale:
        return found
    notes = tuple(
        _("“{label}” was due for review on {date}.").format(label=d.label, date=format_date(d.review_on))
        for d in stale
    )
    if found is None:
        return Suggestion(Rating.PARTIALLY_MET, notes)
    return Suggestion(min(found.rating, Rating.PARTIALLY_MET, key=_score), found.reasons + notes)
