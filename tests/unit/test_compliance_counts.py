"""The counts worked out for everyone at once are what the rules give asked pair by pair.

The service asks each distinct question of the rules once (people who share what a rule reads
share its answer) and counts people a group at a time; these tests compare that with a plain
pass that asks ``assess`` for every person and requirement, on random partnerships.
"""

from collections import Counter, defaultdict
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from actionplan.domain.compliance import Completion, ComplianceCounts, PersonFacts, RequirementFacts, assess
from actionplan.domain.enums import ComplianceState
from actionplan.services import compliance
from actionplan.services.compliance import ComplianceFacts
from actionplan.services.readmodels import PersonFigures, RequirementView

NOT_REQUIRED = ComplianceState.NOT_REQUIRED
START = date(2024, 1, 1)


def plain_states(facts: ComplianceFacts, on: date) -> dict[int, tuple[ComplianceState, ...]]:
    """Every person's state against every requirement, ``assess`` asked once a pair."""
    return {
        pid: tuple(
            assess(person, rf, facts.completions.get(pid, ()), on, facts.warning_days).state
            for _req, rf in facts.requirements
        )
        for pid, person in facts.people.items()
    }


def plain_counts(facts: ComplianceFacts, on: date) -> tuple[list, dict]:
    """What ``requirement_compliance`` and ``person_figures`` should say, worked out pair by pair.

    Returns each requirement's (totals, counts by organisation name) and the person figures by
    organisation UUID (None: everyone).
    """
    states = plain_states(facts, on)

    def counts(found: Counter) -> ComplianceCounts:
        return ComplianceCounts({s: found[s] for s in ComplianceState if s is not NOT_REQUIRED and found[s]})

    requirements = []
    for i in range(len(facts.requirements)):
        totals: Counter = Counter()
        by_org: dict[str, Counter] = defaultdict(Counter)
        for pid, row in states.items():
            totals[row[i]] += 1
            by_org[facts.org_names[pid]][row[i]] += 1
        orgs = {name: counts(c) for name, c in sorted(by_org.items()) if counts(c).counts}
        requirements.append((counts(totals), orgs))
    figures: dict[str | None, list[int]] = {None: [0, 0, 0]}
    for pid, row in states.items():
        applying = [s for s in row if s is not NOT_REQUIRED]
        if not applying:
            continue
        person = facts.people[pid]
        overdue = any(s in (ComplianceState.OVERDUE, ComplianceState.EXPIRED) for s in applying)
        met = all(
            s in (ComplianceState.COMPLIANT, ComplianceState.EXPIRING, ComplianceState.EXEMPT)
            for s in applying
        )
        for group in {None, person.organisation_uuid}:
            found = figures.setdefault(group, [0, 0, 0])
            found[0] += person.key_personnel
            found[1] += person.key_personnel and met
            found[2] += overdue
    return requirements, {g: PersonFigures(*f) for g, f in figures.items()}


def service_counts(facts: ComplianceFacts, on: date) -> tuple[list, dict]:
    results = compliance.requirement_compliance(None, 0, on, facts=facts)  # type: ignore[arg-type]
    return [(rc.totals, rc.by_organisation) for rc in results], compliance.person_figures(facts, on)


def assert_same_as_plain(facts: ComplianceFacts, on: date) -> None:
    assert compliance._tally(facts, on).states == plain_states(facts, on)
    assert service_counts(facts, on) == plain_counts(facts, on)


# --- random partnerships -----------------------------------------------------------------------

ORGS = [("org-a", "Alpha"), ("org-b", "Beta"), ("org-c", "Beta"), (None, "")]  # two share a name
ROLES = ["Channel panel member", "channel  PANEL member", "Elected member", ""]
COURSES = [1, 2, 3, 4]
days = st.integers(min_value=0, max_value=1200).map(lambda n: START + timedelta(days=n))


@st.composite
def completions(draw):
    course = draw(st.sampled_from(COURSES))
    done = draw(days)
    expires = draw(
        st.one_of(st.none(), st.integers(min_value=0, max_value=800).map(lambda n: done + timedelta(days=n)))
    )
    return Completion(course, done, expires)  # expires None: a course that never expires


@st.composite
def partnerships(draw):
    """Random facts: shared completions, exemptions, leavers, starters, audiences and grace periods."""
    pool = draw(st.lists(completions(), min_size=1, max_size=12))
    people, org_names, done = {}, {}, {}
    for pid in range(1, draw(st.integers(min_value=0, max_value=40)) + 1):
        org_uuid, org_names[pid] = draw(st.sampled_from(ORGS))
        people[pid] = PersonFacts(
            pid,
            org_uuid,
            draw(st.sampled_from(ROLES)),
            draw(st.booleans()),
            draw(st.one_of(st.none(), days)),
            draw(st.one_of(st.none(), days)),
        )
        mine = draw(st.lists(st.sampled_from(pool), max_size=4))  # shared objects
        if draw(st.booleans()):
            mine += [Completion(c.course_id, c.completed_on, c.expires_on) for c in mine[:1]]  # an equal copy
        if mine:
            done[pid] = mine
    pids = sorted(people)
    requirements = []
    for number in range(draw(st.integers(min_value=1, max_value=4))):
        course = draw(st.sampled_from(COURSES))
        rf = RequirementFacts(
            course_id=course,
            accepted_courses=frozenset({course}) | draw(st.frozensets(st.sampled_from(COURSES), max_size=2)),
            deadline=draw(st.one_of(st.none(), days)),
            target_percent=85,
            grace_days=draw(st.sampled_from([0, 30, 90])),
            organisation_uuids=draw(st.frozensets(st.sampled_from(["org-a", "org-b", "org-c"]), max_size=2)),
            role_groups=draw(
                st.frozensets(st.sampled_from(["Channel panel member", "Elected member"]), max_size=2)
            ),
            key_personnel_only=draw(st.booleans()),
            exempt_people=frozenset(draw(st.lists(st.sampled_from(pids), max_size=5)))
            if pids
            else frozenset(),
        )
        view = RequirementView(
            number,
            f"req-{number}",
            1,
            course,
            "C",
            "Course",
            "Requirement",
            (),
            (),
            False,
            rf.deadline,
            85,
            0,
        )
        requirements.append((view, rf))
    warning_days = draw(st.sampled_from([0, 30, 60]))
    return ComplianceFacts(people, org_names, done, requirements, warning_days)


@settings(max_examples=100, deadline=None)
@given(facts=partnerships(), on=days)
def test_the_counts_are_the_rules_asked_pair_by_pair(facts, on):
    assert_same_as_plain(facts, on)


@settings(max_examples=50, deadline=None)
@given(facts=partnerships(), other=partnerships(), on=days, data=st.data())
def test_a_patched_tally_counts_as_the_rules_asked_pair_by_pair(facts, other, on, data):
    """Some people's facts replaced (edited, added, deleted): the patched counts are the plain ones."""
    changed = frozenset(data.draw(st.lists(st.integers(min_value=1, max_value=45), max_size=10)))
    people, org_names, done = dict(facts.people), dict(facts.org_names), dict(facts.completions)
    for pid in changed:
        people.pop(pid, None), org_names.pop(pid, None), done.pop(pid, None)
        if pid in other.people:
            people[pid] = PersonFacts(
                pid, *[getattr(other.people[pid], f) for f in PersonFacts.__slots__[1:]]
            )
            org_names[pid] = other.org_names[pid]
            if pid in other.completions:
                done[pid] = other.completions[pid]
    new = ComplianceFacts(people, org_names, done, facts.requirements, facts.warning_days)
    patched = compliance._tally(facts, on).patched(facts, new, changed)
    new.tallies[on] = patched
    assert_same_as_plain(new, on)
