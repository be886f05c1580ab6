"""Training compliance: a person's state against a requirement on a date, and the percentages.

The rules (DESIGN §3), all on a given day ``on``:

- not required: the person is outside the requirement's audience, or has left;
- exempt: an exemption with a reason is recorded;
- compliant: a completion of the course (or of a course that renews or satisfies it) was
  made on or before ``on`` and has not expired; a completion is valid up to and including
  the day before its expiry date;
- expiring: compliant, but the completion expires within the warning window (default
  60 days; expiring exactly 60 days ahead counts as expiring);
- due: no valid completion, and the personal deadline is today or still ahead;
- expired: no valid completion, the personal deadline has passed, and an earlier completion
  has lapsed;
- overdue: never trained, and the personal deadline has passed.

The personal deadline is the later of the requirement's deadline and the person's start
date plus the grace days for new starters. With neither, the person is due (never overdue).
Compliance % = (compliant + expiring) / (audience - exempt), where the audience excludes
people for whom the requirement is not required.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from actionplan.domain.dates import add_months, format_date
from actionplan.domain.enums import ComplianceState, Rag
from actionplan.domain.text import match_key
from actionplan.i18n import _

DEFAULT_WARNING_DAYS = 60


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What the compliance rules need to know about a person."""

    id: int
    organisation_uuid: str | None = None
    role_group: str = ""
    key_personnel: bool = False
    start_date: date | None = None
    leaving_date: date | None = None


@dataclass(frozen=True)
class RequirementFacts:
    """A training requirement as the rules see it.

    ``accepted_courses`` holds the ids of the required course and of every course whose
    completion renews or satisfies it (for example a refresher).
    """

    course_id: int
    accepted_courses: frozenset[int]
    deadline: date | None = None
    target_percent: int = 85
    grace_days: int = 0
    organisation_uuids: frozenset[str] = frozenset()
    role_groups: frozenset[str] = frozenset()
    key_personnel_only: bool = False
    exempt_people: frozenset[int] = frozenset()

    # Worked out once a requirement rather than once a person (the rules run for every pair).

    @cached_property
    def role_keys(self) -> frozenset[str]:
        """The role groups as names are matched (case and spacing aside)."""
        return match_keys(self.role_groups)

    @cached_property
    def grace(self) -> timedelta:
        """The grace days for new starters, as a time span."""
        return grace_period(self.grace_days)


@dataclass(frozen=True, slots=True)
class Completion:
    course_id: int
    completed_on: date
    expires_on: date | None  # None: never expires


@dataclass(frozen=True, slots=True)
class Assessment:
    state: ComplianceState
    completed_on: date | None = None
    expires_on: date | None = None
    personal_deadline: date | None = None


# Plain functions behind the cached properties above, so that mutation testing reaches them
# (mutmut leaves decorated functions alone).


def match_keys(names: frozenset[str]) -> frozenset[str]:
    return frozenset(match_key(name) for name in names)


def grace_period(days: int) -> timedelta:
    return timedelta(days=days)


def expiry_for(completed_on: date, validity_months: int | None, given: date | None = None) -> date | None:
    """The expiry of a completion: the date the partner gave, else completion plus validity."""
    if given is not None:
        return given
    if validity_months is None:
        return None
    return add_months(completed_on, validity_months)


def in_audience(person: PersonFacts, requirement: RequirementFacts, on: date) -> bool:
    """Whether ``requirement`` applies to ``person`` on ``on`` (leavers are out of every audience).

    ``services.compliance._DayRules`` keeps the answer per set of the person's fields read here
    (leaving date, key-personnel flag, organisation, role group): a rule that reads another
    field must add it to that key too.
    """
    if person.leaving_date is not None and person.leaving_date <= on:
        return False
    if requirement.key_personnel_only and not person.key_personnel:
        return False
    if requirement.organisation_uuids and person.organisation_uuid not in requirement.organisation_uuids:
        return False
    return not requirement.role_groups or match_key(person.role_group) in requirement.role_keys


def personal_deadline(person: PersonFacts, requirement: RequirementFacts) -> date | None:
    """The later of the requirement's deadline and the person's start plus the grace days."""
    if person.start_date is None:
        return requirement.deadline
    started = person.start_date + requirement.grace
    return started if requirement.deadline is None else max(requirement.deadline, started)


def assess(
    person: PersonFacts,
    requirement: RequirementFacts,
    completions: Iterable[Completion],
    on: date,
    warning_days: int = DEFAULT_WARNING_DAYS,
) -> Assessment:
    """The compliance state of ``person`` for ``requirement`` on ``on``, with the dates behind it.

    Within the audience, ``services.compliance._DayRules`` keeps the state per (exempt or not,
    ``personal_deadline``, the completions of the accepted courses): what this reads of the
    person beyond those must be added to that key too.
    """
    if not in_audience(person, requirement, on):
        return _NOT_REQUIRED
    accepted = requirement.accepted_courses
    best = _best_completion([c for c in completions if c.course_id in accepted and c.completed_on <= on])
    deadline = personal_deadline(person, requirement)
    if person.id in requirement.exempt_people:
        state = ComplianceState.EXEMPT
    elif best is not None and (best.expires_on is None or on < best.expires_on):
        expiring = best.expires_on is not None and (best.expires_on - on).days <= warning_days
        state = ComplianceState.EXPIRING if expiring else ComplianceState.COMPLIANT
    elif deadline is None or on <= deadline:
        state = ComplianceState.DUE
    elif best is not None:
        state = ComplianceState.EXPIRED
    else:
        state = ComplianceState.OVERDUE
    if best is None:
        return Assessment(state, None, None, deadline)
    return Assessment(state, best.completed_on, best.expires_on, deadline)


# Outside the audience: the same answer every time (an Assessment is frozen, so one serves all).
_NOT_REQUIRED = Assessment(ComplianceState.NOT_REQUIRED)


def _best_completion(completions: list[Completion]) -> Completion | None:
    """The completion that keeps the person valid longest (one that never expires wins)."""
    if not completions:
        return None
    return max(completions, key=_validity)


def _validity(completion: Completion) -> tuple[bool, date, date]:
    return (completion.expires_on is None, completion.expires_on or date.min, completion.completed_on)


@dataclass(frozen=True)
class ComplianceCounts:
    """People in each compliance state for one requirement, overall or in one organisation."""

    counts: dict[ComplianceState, int] = field(default_factory=dict)

    @classmethod
    def of(cls, states: Iterable[ComplianceState]) -> "ComplianceCounts":
        return cls(dict(Counter(states)))

    def __getitem__(self, state: ComplianceState) -> int:
        return self.counts.get(state, 0)

    @property
    def audience(self) -> int:
        """People the requirement applies to (exempt people included)."""
        return sum(n for s, n in self.counts.items() if s is not ComplianceState.NOT_REQUIRED)

    @property
    def trained(self) -> int:
        return self[ComplianceState.COMPLIANT] + self[ComplianceState.EXPIRING]

    @property
    def percent(self) -> float | None:
        """(compliant + expiring) / (audience - exempt) as a percentage; None when nobody counts."""
        return percent_trained(self.trained, self.audience, self[ComplianceState.EXEMPT])


def percent_trained(trained: int, audience: int, exempt: int) -> float | None:
    """trained / (audience - exempt) as a percentage; None when nobody counts.

    A plain function rather than the property's body, so that mutation testing reaches it
    (mutmut leaves decorated functions alone).
    """
    denominator = audience - exempt
    if denominator <= 0:
        return None
    return 100.0 * trained / denominator


def requirement_rag(
    percent: float | None, target_percent: int, deadline: date | None, on: date
) -> tuple[Rag, str]:
    """A requirement's RAG with its reason: green at target, red past the deadline, else amber."""
    if percent is None:
        return Rag.GREEN, _("Green: nobody is in the audience yet")
    shown = f"{percent:.0f}%"
    if percent >= target_percent:
        return Rag.GREEN, _("Green: {pct} trained, target {target}%").format(pct=shown, target=target_percent)
    if deadline is not None and on > deadline:
        return Rag.RED, _("Red: {pct} trained against {target}%; the deadline {deadline} has passed").format(
            pct=shown, target=target_percent, deadline=format_date(deadline)
        )
    if deadline is None:
        return Rag.AMBER, _("Amber: {pct} trained against {target}%").format(pct=shown, target=target_percent)
    return Rag.AMBER, _("Amber: {pct} trained against {target}% by {deadline}").format(
        pct=shown, target=target_percent, deadline=format_date(deadline)
    )
