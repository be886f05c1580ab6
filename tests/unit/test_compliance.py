"""Compliance states on their edge days, the personal deadline, refreshers and percentages."""

from datetime import date, timedelta

import pytest

from actionplan.domain.compliance import (
    Completion,
    ComplianceCounts,
    PersonFacts,
    RequirementFacts,
    assess,
    expiry_for,
    in_audience,
    requirement_rag,
)
from actionplan.domain.enums import ComplianceState as S
from actionplan.domain.enums import Rag

AWR, RFR, WRAP = 1, 2, 3
ON = date(2026, 6, 1)
DEADLINE = date(2026, 3, 31)


def requirement(**kw) -> RequirementFacts:
    values = dict(course_id=AWR, accepted_courses=frozenset({AWR, RFR}), deadline=DEADLINE, grace_days=90)
    values.update(kw)
    return RequirementFacts(**values)


def person(**kw) -> PersonFacts:
    values = dict(
        id=7,
        organisation_uuid="org-a",
        role_group="Frontline practitioner",
        key_personnel=True,
        start_date=date(2020, 1, 1),
    )
    values.update(kw)
    return PersonFacts(**values)


def done(on: date, course=AWR, months=24, given=None) -> Completion:
    return Completion(course, on, expiry_for(on, months, given))


def state(completions=(), on=ON, p=None, r=None, warning_days=60):
    return assess(p or person(), r or requirement(), completions, on, warning_days).state


def test_compliant_with_a_valid_completion():
    assert state([done(date(2025, 9, 1))]) is S.COMPLIANT


def test_expiring_inside_the_warning_window():
    # Expires 01/07/2026, 30 days after ON.
    assert state([done(date(2024, 7, 1))]) is S.EXPIRING


def test_expiring_exactly_at_the_window_edge_counts_as_expiring():
    expires = ON + timedelta(days=60)
    assert state([Completion(AWR, date(2024, 1, 1), expires)]) is S.EXPIRING


def test_one_day_beyond_the_window_is_compliant():
    expires = ON + timedelta(days=61)
    assert state([Completion(AWR, date(2024, 1, 1), expires)]) is S.COMPLIANT


def test_valid_until_the_day_before_expiry():
    assert state([Completion(AWR, date(2024, 1, 1), ON + timedelta(days=1))]) is S.EXPIRING
    assert state([Completion(AWR, date(2024, 1, 1), ON)]) is S.EXPIRED


def test_expired_after_the_deadline():
    assert state([done(date(2023, 1, 1))]) is S.EXPIRED


def test_overdue_when_never_trained_after_the_deadline():
    assert state([]) is S.OVERDUE


def test_due_when_never_trained_before_the_deadline():
    assert state([], on=date(2026, 3, 1)) is S.DUE


def test_due_today_is_due_and_the_day_after_is_overdue():
    assert state([], on=DEADLINE) is S.DUE
    assert state([], on=DEADLINE + timedelta(days=1)) is S.OVERDUE


def test_lapsed_before_the_deadline_is_due():
    assert state([done(date(2023, 1, 1))], on=date(2026, 3, 1)) is S.DUE


def test_new_starter_gets_grace_days_beyond_the_deadline():
    starter = person(start_date=date(2026, 4, 15))  # personal deadline 14/07/2026
    assert state([], p=starter) is S.DUE
    assert state([], p=starter, on=date(2026, 7, 14)) is S.DUE
    assert state([], p=starter, on=date(2026, 7, 15)) is S.OVERDUE


def test_personal_deadline_is_reported():
    starter = person(start_date=date(2026, 4, 15))
    result = assess(starter, requirement(), [], ON)
    assert result.personal_deadline == date(2026, 7, 14)


def test_no_deadline_and_no_start_date_is_never_overdue():
    assert state([], p=person(start_date=None), r=requirement(deadline=None)) is S.DUE


def test_refresher_renews_an_expired_course():
    records = [done(date(2022, 1, 1)), done(date(2025, 12, 1), course=RFR)]
    assert state(records) is S.COMPLIANT


def test_a_course_that_does_not_renew_is_ignored():
    assert state([done(date(2026, 1, 1), course=WRAP)]) is S.OVERDUE


def test_the_latest_expiry_wins_over_a_later_shorter_record():
    records = [
        Completion(AWR, date(2025, 1, 1), date(2027, 1, 1)),
        Completion(AWR, date(2025, 6, 1), date(2026, 6, 10)),
    ]
    assert state(records) is S.COMPLIANT


def test_a_course_that_never_expires():
    assert state([Completion(AWR, date(2010, 1, 1), None)]) is S.COMPLIANT


def test_completion_after_the_assessed_day_does_not_count():
    assert state([done(date(2026, 7, 1))]) is S.OVERDUE


def test_exempt_wins_over_everything():
    assert state([], r=requirement(exempt_people=frozenset({7}))) is S.EXEMPT


def test_not_required_outside_the_audience():
    r = requirement(key_personnel_only=True)
    assert state([], p=person(key_personnel=False), r=r) is S.NOT_REQUIRED
    r = requirement(organisation_uuids=frozenset({"org-b"}))
    assert state([], r=r) is S.NOT_REQUIRED
    r = requirement(role_groups=frozenset({"Designated Safeguarding Lead"}))
    assert state([], r=r) is S.NOT_REQUIRED


def test_role_groups_match_ignoring_case_and_punctuation():
    r = requirement(role_groups=frozenset({"frontline-practitioner"}))
    assert in_audience(person(), r, ON)


def test_leavers_are_out_of_the_audience_from_their_leaving_day():
    assert state([], p=person(leaving_date=ON)) is S.NOT_REQUIRED
    assert state([], p=person(leaving_date=ON + timedelta(days=1))) is S.OVERDUE


def test_given_expiry_overrides_the_derived_one():
    assert expiry_for(date(2025, 1, 31), 24, date(2025, 12, 31)) == date(2025, 12, 31)
    assert expiry_for(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert expiry_for(date(2024, 2, 29), None) is None


def test_warning_window_is_configurable():
    expires = ON + timedelta(days=40)
    assert state([Completion(AWR, date(2024, 1, 1), expires)], warning_days=30) is S.COMPLIANT


def test_percent_counts_expiring_as_trained_and_leaves_out_exempt():
    counts = ComplianceCounts.of([S.COMPLIANT, S.EXPIRING, S.OVERDUE, S.DUE, S.EXEMPT, S.NOT_REQUIRED])
    assert counts.audience == 5
    assert counts.percent == pytest.approx(50.0)


def test_percent_is_none_with_nobody_to_count():
    assert ComplianceCounts.of([S.EXEMPT, S.NOT_REQUIRED]).percent is None


@pytest.mark.parametrize(
    ("percent", "on", "rag"),
    [(90.0, ON, Rag.GREEN), (85.0, ON, Rag.GREEN), (60.0, date(2026, 3, 1), Rag.AMBER), (60.0, ON, Rag.RED)],
)
def test_requirement_rag(percent, on, rag):
    result, why = requirement_rag(percent, 85, DEADLINE, on)
    assert result is rag
    assert why.startswith(rag.label)
