"""Compliance over time: burn-up series per requirement, and expiries coming up by month.

Both apply the rules of ``actionplan.domain.compliance`` to the same facts the compliance
service loads, so the burn-up's value on the day assessed equals the status figures. To
stay quick at county scale (50,000 people, 150,000 records) the burn-up does not call
``assess`` once per person per date: each person's valid periods are merged once, and the
counts on every date come from two sorted arrays of period starts and ends.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from actionplan import clock
from actionplan.domain.compliance import Completion, PersonFacts, RequirementFacts, in_audience
from actionplan.domain.dates import add_months
from actionplan.services.compliance import ComplianceFacts, load_facts
from actionplan.services.plans import get_plan
from actionplan.services.readmodels import RequirementView
from actionplan.storage.uow import UnitOfWork

_NEVER = date.max.toordinal()
_ALWAYS = date.min.toordinal()


@dataclass(frozen=True)
class BurnupSeries:
    """People counted and people trained on each date, for one requirement.

    ``counted`` is the percentage's denominator on each date (audience minus exempt: people
    who had started, or are known today, and had not left); ``trained`` is how many of them
    held a valid completion (compliant or expiring). Dates after ``as_of`` are a projection
    from the records held today: nobody trains again and known leavers leave.
    """

    requirement: RequirementView
    as_of: date
    plan_start: date | None
    dates: tuple[date, ...]
    counted: tuple[int, ...]
    trained: tuple[int, ...]

    def value_on(self, day: date) -> tuple[int, int]:
        """(trained, counted) on ``day``, which must be one of ``dates``."""
        i = self.dates.index(day)
        return self.trained[i], self.counted[i]

    @property
    def target_count(self) -> float:
        """People to be trained to meet the target, from the count on the day assessed."""
        _trained, counted = self.value_on(self.as_of)
        return counted * self.requirement.target_percent / 100


@dataclass(frozen=True)
class ExpiryForecast:
    """People whose valid training lapses in each of the coming months, per requirement.

    Only each person's best valid completion counts (a renewal already made moves the expiry),
    and only people in the requirement's audience who are not exempt.
    """

    as_of: date
    months: tuple[date, ...]  # first day of each month, starting with the month of ``as_of``
    requirements: tuple[RequirementView, ...]
    counts: tuple[tuple[int, ...], ...]  # per requirement, one count per month

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def burnup_dates(start: date, end: date, as_of: date, deadline: date | None) -> list[date]:
    """Sample dates: every Monday-aligned week from ``start`` to ``end``, plus the key days."""
    days = {start, end, as_of}
    if deadline is not None:
        days.add(deadline)
    day = start
    while day < end:
        days.add(day)
        day += timedelta(days=7)
    return sorted(d for d in days if start <= d <= end)


def chart_window(plan_start: date | None, deadline: date | None, as_of: date) -> tuple[date, date]:
    """The span a burn-up shows: from the plan's start (at least 12 months back) to past the deadline."""
    start = _month_start(min(plan_start or as_of, add_months(as_of, -12)))
    later = max(deadline or as_of, as_of)
    end = add_months(_month_start(later), 2) - timedelta(days=1)
    return start, end


def _merged_periods(
    completions: list[Completion], accepted: frozenset[int], begin: int, finish: int
) -> list[tuple[int, int]]:
    """A person's valid periods [completed, expires) for the accepted courses, merged and clipped."""
    spans = sorted(
        (c.completed_on.toordinal(), _NEVER if c.expires_on is None else c.expires_on.toordinal())
        for c in completions
        if c.course_id in accepted
    )
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    clipped = []
    for s, e in merged:
        s, e = max(s, begin), min(e, finish)
        if s < e:
            clipped.append((s, e))
    return clipped


def _counted_period(person: PersonFacts, as_of: date) -> tuple[int, int]:
    """When a person counts in an audience: from the earlier of their start and ``as_of``, until leaving."""
    begin = _ALWAYS if person.start_date is None else min(person.start_date, as_of).toordinal()
    finish = _NEVER if person.leaving_date is None else person.leaving_date.toordinal()
    return begin, finish


def _static_members(facts: ComplianceFacts, rf: RequirementFacts) -> list[int]:
    """People in the audience leaving their leaving date aside (dates are handled as periods)."""
    # Leavers drop out of ``in_audience`` from their leaving date; assessing on date.min keeps
    # everyone whose other attributes match, and their leaving date then clips their periods.
    return [
        pid
        for pid, person in facts.people.items()
        if pid not in rf.exempt_people and in_audience(person, rf, date.min)
    ]


def _series(
    facts: ComplianceFacts, rf: RequirementFacts, days: list[date], as_of: date
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(counted, trained) on each of ``days``."""
    import numpy as np

    starts, ends, a_starts, a_ends = [], [], [], []
    for pid in _static_members(facts, rf):
        begin, finish = _counted_period(facts.people[pid], as_of)
        if begin >= finish:
            continue
        a_starts.append(begin)
        a_ends.append(finish)
        for s, e in _merged_periods(facts.completions.get(pid, []), rf.accepted_courses, begin, finish):
            starts.append(s)
            ends.append(e)
    points = np.array([d.toordinal() for d in days], dtype=np.int64)

    def active(begins: list[int], finishes: list[int]):
        b = np.sort(np.array(begins, dtype=np.int64))
        f = np.sort(np.array(finishes, dtype=np.int64))
        # A period [b, f) covers a day d when b <= d < f.
        return np.searchsorted(b, points, side="right") - np.searchsorted(f, points, side="right")

    return tuple(int(n) for n in active(a_starts, a_ends)), tuple(int(n) for n in active(starts, ends))


def burnup(
    uow: UnitOfWork, plan_id: int, on: date | None = None, *, facts: ComplianceFacts | None = None
) -> list[BurnupSeries]:
    """For each requirement of the plan: people counted and trained on each date over its window.

    ``facts`` (from ``load_facts``) saves loading them again when the caller has them.
    """
    on = on or clock.today()
    plan = get_plan(uow, plan_id)
    facts = facts or load_facts(uow, plan_id)
    result = []
    for req, rf in facts.requirements:
        start, end = chart_window(plan.period_start, req.deadline, on)
        days = burnup_dates(start, end, on, req.deadline)
        counted, trained = _series(facts, rf, days, on)
        result.append(BurnupSeries(req, on, plan.period_start, tuple(days), counted, trained))
    return result


def expiries(
    uow: UnitOfWork,
    plan_id: int,
    on: date | None = None,
    months: int = 12,
    *,
    facts: ComplianceFacts | None = None,
) -> ExpiryForecast:
    """People whose training for each requirement lapses in each of the next ``months`` months."""
    on = on or clock.today()
    facts = facts or load_facts(uow, plan_id)
    first = _month_start(on)
    month_starts = tuple(add_months(first, i) for i in range(months))
    horizon = add_months(first, months)
    rows = []
    for _req, rf in facts.requirements:
        per_month: Counter[int] = Counter()
        for pid, person in facts.people.items():
            if pid in rf.exempt_people or not in_audience(person, rf, on):
                continue
            valid = [
                c
                for c in facts.completions.get(pid, ())
                if c.course_id in rf.accepted_courses and c.completed_on <= on
            ]
            if not valid or any(c.expires_on is None for c in valid):
                continue
            expiry = max(c.expires_on for c in valid if c.expires_on is not None)
            leaves_first = person.leaving_date is not None and person.leaving_date <= expiry
            if on < expiry < horizon and not leaves_first:
                per_month[(expiry.year - first.year) * 12 + expiry.month - first.month] += 1
        rows.append(tuple(per_month.get(i, 0) for i in range(months)))
    return ExpiryForecast(on, month_starts, tuple(req for req, _rf in facts.requirements), tuple(rows))
