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


# ---------------------------------------------------------------- rules stated one by one


def test_a_course_that_never_expires_beats_a_lapsed_refresher():
    # WRAP satisfies the requirement and never expires; the refresher taken since has lapsed.
    r = requirement(accepted_courses=frozenset({AWR, RFR, WRAP}))
    for records in (
        [Completion(WRAP, date(2015, 1, 1), None), done(date(2023, 1, 1), course=RFR)],
        [done(date(2023, 1, 1), course=RFR), Completion(WRAP, date(2015, 1, 1), None)],
    ):
        result = assess(person(), r, records, ON)
        assert result.state is S.COMPLIANT
        assert (result.completed_on, result.expires_on) == (date(2015, 1, 1), None)


def test_a_completion_on_the_day_assessed_counts():
    assert state([done(ON)]) is S.COMPLIANT
    assert state([done(ON + timedelta(days=1))]) is S.OVERDUE


def test_among_equal_expiries_the_later_completion_is_shown():
    records = [
        Completion(AWR, date(2025, 1, 1), date(2027, 1, 1)),
        Completion(AWR, date(2025, 2, 1), date(2027, 1, 1)),
    ]
    assert assess(person(), requirement(), records, ON).completed_on == date(2025, 2, 1)


def test_everyone_is_in_an_audience_without_limits():
    r = requirement()
    assert in_audience(person(key_personnel=False, organisation_uuid=None, role_group=""), r, ON)
    assert in_audience(
        person(organisation_uuid="org-b"), requirement(organisation_uuids=frozenset({"org-b"})), ON
    )
    assert not in_audience(
        person(organisation_uuid=None), requirement(organisation_uuids=frozenset({"b"})), ON
    )
    assert in_audience(person(key_personnel=True), requirement(key_personnel_only=True), ON)


def test_the_assessment_carries_the_dates_behind_each_state():
    starter = person(start_date=date(2026, 4, 15))  # personal deadline 14/07/2026
    deadline = date(2026, 7, 14)
    valid = done(date(2025, 9, 1))
    lapsed = done(date(2023, 1, 1))  # expired 01/01/2025
    exempt = requirement(exempt_people=frozenset({7}))
    cases = [
        (assess(starter, exempt, [valid], ON), S.EXEMPT, valid),
        (assess(starter, exempt, [], ON), S.EXEMPT, None),
        (assess(starter, requirement(), [valid], ON), S.COMPLIANT, valid),
        (assess(starter, requirement(), [lapsed], ON), S.DUE, lapsed),
        (assess(starter, requirement(), [lapsed], date(2026, 8, 1)), S.EXPIRED, lapsed),
        (assess(starter, requirement(), [], date(2026, 8, 1)), S.OVERDUE, None),
    ]
    for result, expected, record in cases:
        assert result.state is expected
        assert result.completed_on == (record.completed_on if record else None)
        assert result.expires_on == (record.expires_on if record else None)
        assert result.personal_deadline == deadline


def test_the_personal_deadline_is_the_later_of_the_deadline_and_the_start_plus_grace():
    early = person(start_date=date(2025, 1, 1))
    assert assess(early, requirement(), [], ON).personal_deadline == DEADLINE
    assert assess(person(start_date=None), requirement(), [], ON).personal_deadline == DEADLINE
    nothing = assess(person(start_date=None), requirement(deadline=None), [], ON)
    assert nothing.personal_deadline is None
    only_start = assess(
        person(start_date=date(2026, 1, 1)), requirement(deadline=None, grace_days=10), [], ON
    )
    assert only_start.personal_deadline == date(2026, 1, 11) and only_start.state is S.OVERDUE


def test_a_state_nobody_is_in_counts_zero():
    counts = ComplianceCounts.of([S.COMPLIANT])
    assert counts[S.OVERDUE] == 0 and counts[S.COMPLIANT] == 1
    assert counts.trained == 1 and counts.audience == 1 and counts.percent == 100.0
    assert ComplianceCounts().audience == 0 and ComplianceCounts().percent is None


def test_requirement_rag_explains_itself():
    assert requirement_rag(None, 85, DEADLINE, ON) == (Rag.GREEN, "Green: nobody is in the audience yet")
    assert requirement_rag(85.4, 85, DEADLINE, ON) == (Rag.GREEN, "Green: 85% trained, target 85%")
    assert requirement_rag(60.0, 85, DEADLINE, ON) == (
        Rag.RED,
        "Red: 60% trained against 85%; the deadline 31/03/2026 has passed",
    )
    assert requirement_rag(60.0, 85, DEADLINE, DEADLINE) == (
        Rag.AMBER,
        "Amber: 60% trained against 85% by 31/03/2026",
    )
    assert requirement_rag(60.0, 85, None, ON) == (Rag.AMBER, "Amber: 60% trained against 85%")
    assert requirement_rag(84.9, 85, None, ON)[0] is Rag.AMBER


def test_percent_trained_leaves_exempt_people_out():
    from actionplan.domain.compliance import percent_trained

    assert percent_trained(3, 5, 1) == 75.0
    assert percent_trained(0, 4, 0) == 0.0
    assert percent_trained(0, 2, 2) is None and percent_trained(0, 0, 0) is None
    assert percent_trained(1, 2, 1) == 100.0
