"""Compliance queries: every person against every requirement, per organisation, and the matrix.

Loads the facts once with plain column queries (no ORM objects per row, so it stays quick
at county scale) and applies the pure rules of ``actionplan.domain.compliance``.
"""

import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import event, func
from sqlmodel import select

from actionplan.bulk import gc_paused
from actionplan.domain.compliance import (
    DEFAULT_WARNING_DAYS,
    Assessment,
    Completion,
    ComplianceCounts,
    PersonFacts,
    RequirementFacts,
    assess,
    expiry_for,
    in_audience,
    requirement_rag,
)
from actionplan.domain.enums import ComplianceState
from actionplan.services import requirements as requirement_service
from actionplan.services.courses import accepted_course_ids
from actionplan.services.people import PeopleFilter, list_people
from actionplan.services.readmodels import (
    MatrixCell,
    MatrixRow,
    PersonFigures,
    PersonView,
    RequirementCompliance,
    RequirementView,
    TrainingMatrix,
)
from actionplan.services.settings import get_setting
from actionplan.storage.models import ChangeBatch, Course, Organisation, Person, TrainingRecord
from actionplan.storage.reading import DateReader, date_text
from actionplan.storage.uow import UnitOfWork


@dataclass
class ComplianceFacts:
    people: dict[int, PersonFacts]
    org_names: dict[int, str]  # person id -> organisation name
    completions: dict[int, list[Completion]]  # person id -> completions
    requirements: list[tuple[RequirementView, RequirementFacts]]
    warning_days: int


# --- the facts of a plan, kept between loads until the database changes ---------------------
#
# At county scale the facts take about a second to load and each pass of the rules over them
# another; the window's pages (dashboard, actions, matrix, courses, assessment) each need them.
# They are kept per engine and reused while the data is the same: every commit through the
# engine (this process) bumps a counter, and the newest change-log batch (any process, a team
# database too) is part of the key. A write that neither goes through this process's engine
# nor writes a change-log batch is not seen until the next one that does.

_lock = threading.Lock()
_commits: "weakref.WeakKeyDictionary[Any, list[int]]" = weakref.WeakKeyDictionary()
_kept: "weakref.WeakKeyDictionary[Any, dict[tuple, Any]]" = weakref.WeakKeyDictionary()


def _commit_counter(engine: Any) -> list[int]:
    with _lock:
        counter = _commits.get(engine)
        if counter is None:
            counter = _commits[engine] = [0]

            def bump(_connection: Any) -> None:
                counter[0] += 1

            event.listen(engine, "commit", bump)
        return counter


def data_version(uow: UnitOfWork) -> tuple[int, int]:
    """Changes when the database's data may have changed (see above); read before loading."""
    counter = _commit_counter(uow.engine)
    seen = counter[0]
    with uow:
        newest = uow.session.exec(select(func.max(ChangeBatch.id))).one()
    return seen, newest or 0


def _remember(uow: UnitOfWork, key: tuple, make: Callable[[], Any]) -> Any:
    """``make()``, or what it gave for ``key`` while the data has not changed since."""
    version = data_version(uow)
    with _lock:
        kept = _kept.setdefault(uow.engine, {})
        found = kept.get(key)
    if found is not None and found[0] == version:
        return found[1]
    value = make()
    with _lock:
        kept = _kept.setdefault(uow.engine, {})
        for old in [k for k, (v, _) in kept.items() if v != version]:
            del kept[old]  # older versions are no use
        kept[key] = (version, value)
    return value


def forget_facts(engine: Any) -> None:
    """Drop what is kept for ``engine`` (a test that writes around the engine calls this)."""
    with _lock:
        _kept.pop(engine, None)


def load_facts(uow: UnitOfWork, plan_id: int, person_ids: set[int] | None = None) -> ComplianceFacts:
    """The people, completions and requirements of a plan (or of some people), loaded once.

    The whole plan's facts are kept while the data is unchanged (see ``_remember``): treat
    them as read-only.
    """
    if person_ids is None:
        return _remember(uow, ("facts", plan_id), lambda: _load_facts(uow, plan_id, None))
    return _load_facts(uow, plan_id, person_ids)


def _load_facts(uow: UnitOfWork, plan_id: int, person_ids: set[int] | None) -> ComplianceFacts:
    # At county scale (50,000 people, 150,000 records) the rows come through SQLAlchemy Core with
    # the dates as the database's text, turned into dates once per distinct value; organisations
    # are read once (not joined to every person) and a completion (frozen) is made once for every
    # course, date and expiry it repeats.
    requirements = requirement_service.list_requirements(uow, plan_id)
    with uow, gc_paused():
        session = uow.session
        warning_days = int(get_setting(session, "warning_days", DEFAULT_WARNING_DAYS))
        courses = session.exec(select(Course)).all()
        validity = {c.id: c.validity_months for c in courses}
        organisation_rows = session.exec(select(Organisation.id, Organisation.uuid, Organisation.name))
        organisations = {org_id: (uuid, name or "") for org_id, uuid, name in organisation_rows}
        query = select(
            Person.id,
            Person.organisation_id,
            Person.role_group,
            Person.key_personnel,
            date_text(Person.start_date),
            date_text(Person.leaving_date),
        )
        records_query = select(
            TrainingRecord.person_id,
            TrainingRecord.course_id,
            date_text(TrainingRecord.completed_on),
            date_text(TrainingRecord.expires_on),
        )
        if person_ids is not None:
            query = query.where(Person.id.in_(person_ids))
            records_query = records_query.where(TrainingRecord.person_id.in_(person_ids))
        connection = session.connection()
        as_date = DateReader()
        people: dict[int, PersonFacts] = {}
        org_names: dict[int, str] = {}
        roles: dict[str, str] = {}
        no_organisation = (None, "")
        for pid, org_id, role, key, start, leaving in connection.execute(query).all():
            org_uuid, org_names[pid] = organisations.get(org_id, no_organisation)
            role = role or ""
            people[pid] = PersonFacts(
                pid, org_uuid, roles.setdefault(role, role), bool(key), as_date(start), as_date(leaving)
            )
        completions: dict[int, list[Completion]] = defaultdict(list)
        made: dict[tuple, Completion] = {}
        for pid, cid, done, expires in connection.execute(records_query).all():
            completion = made.get((cid, done, expires))
            if completion is None:
                done_on = as_date(done)
                completion = made[cid, done, expires] = Completion(
                    cid, done_on, expiry_for(done_on, validity.get(cid), as_date(expires))
                )
            completions[pid].append(completion)
        req_facts = []
        for req in requirements:
            req_facts.append(
                (
                    req,
                    RequirementFacts(
                        course_id=req.course_id,
                        accepted_courses=accepted_course_ids(courses, req.course_id),
                        deadline=req.deadline,
                        target_percent=req.target_percent,
                        grace_days=req.grace_days,
                        organisation_uuids=frozenset(req.organisation_uuids),
                        role_groups=frozenset(req.role_groups),
                        key_personnel_only=req.key_personnel_only,
                        exempt_people=frozenset(e.person_id for e in req.exemptions),
                    ),
                )
            )
    return ComplianceFacts(people, org_names, completions, req_facts, warning_days)


def requirement_compliance(
    uow: UnitOfWork, plan_id: int, on: date, *, facts: ComplianceFacts | None = None
) -> list[RequirementCompliance]:
    """For each requirement of the plan: counts by state, overall and per organisation, and RAG.

    Args:
        facts: the plan's facts when the caller has loaded them already (``load_facts``).
    """
    if facts is None or facts is _kept_facts(uow, plan_id):
        kept = _remember(
            uow, ("requirements", plan_id, on), lambda: _requirement_compliance(uow, plan_id, on)
        )
        return list(kept)
    return _requirement_compliance(uow, plan_id, on, facts)


def _kept_facts(uow: UnitOfWork, plan_id: int) -> ComplianceFacts | None:
    with _lock:
        found = _kept.get(uow.engine, {}).get(("facts", plan_id))
    return found[1] if found else None


def _requirement_compliance(
    uow: UnitOfWork, plan_id: int, on: date, facts: ComplianceFacts | None = None
) -> list[RequirementCompliance]:
    facts = facts or load_facts(uow, plan_id)
    results = []
    for req, rf in facts.requirements:
        totals: Counter[ComplianceState] = Counter()
        by_org: dict[str, Counter[ComplianceState]] = defaultdict(Counter)
        for pid, person in facts.people.items():
            if not in_audience(person, rf, on):  # what assess says first, without building its answer
                continue
            state = assess(person, rf, facts.completions.get(pid, ()), on, facts.warning_days).state
            if state is ComplianceState.NOT_REQUIRED:
                continue
            totals[state] += 1
            by_org[facts.org_names[pid]][state] += 1
        counts = ComplianceCounts(dict(totals))
        rag, why = requirement_rag(counts.percent, req.target_percent, req.deadline, on)
        results.append(
            RequirementCompliance(
                requirement=req,
                totals=counts,
                by_organisation={name: ComplianceCounts(dict(c)) for name, c in sorted(by_org.items())},
                rag=rag,
                rag_explanation=why,
            )
        )
    return results


_NOT_COMPLIANT = (ComplianceState.OVERDUE, ComplianceState.EXPIRED)
_DONE = (ComplianceState.COMPLIANT, ComplianceState.EXPIRING, ComplianceState.EXEMPT)


def person_figures(facts: ComplianceFacts, on: date) -> dict[str | None, PersonFigures]:
    """Counts of people (not of person-requirement pairs) by organisation UUID; None is everyone.

    A key person counts as compliant when every requirement that applies to them is met
    (compliant, expiring or exempt); a person is overdue when any of theirs is overdue or expired.
    """
    figures: dict[str | None, PersonFigures] = {None: PersonFigures()}
    for pid, person in facts.people.items():
        done = facts.completions.get(pid, ())
        states = [
            state
            for _req, rf in facts.requirements
            if (state := assess(person, rf, done, on, facts.warning_days).state)
            is not ComplianceState.NOT_REQUIRED
        ]
        if not states:
            continue
        groups = [figures[None]]
        if person.organisation_uuid is not None:
            groups.append(figures.setdefault(person.organisation_uuid, PersonFigures()))
        for group in groups:
            group.people_overdue += any(s in _NOT_COMPLIANT for s in states)
            if person.key_personnel:
                group.key_personnel += 1
                group.key_personnel_compliant += all(s in _DONE for s in states)
    return figures


def person_compliance(
    uow: UnitOfWork, plan_id: int, person_id: int, on: date
) -> list[tuple[RequirementView, Assessment]]:
    """One person's state against each requirement of the plan."""
    facts = load_facts(uow, plan_id, {person_id})
    person = facts.people[person_id]
    return [
        (req, assess(person, rf, facts.completions.get(person_id, ()), on, facts.warning_days))
        for req, rf in facts.requirements
    ]


def training_matrix(
    uow: UnitOfWork, plan_id: int, on: date, flt: PeopleFilter | None = None
) -> TrainingMatrix:
    """People down, the plan's required courses across, each cell a compliance state with dates.

    A course required by several requirements gets one column per requirement. The cells are
    worked out when first asked for (``MatrixRow.cell``), from the facts loaded here.
    """
    people: list[PersonView] = list_people(uow, flt or PeopleFilter(on=on))
    facts = load_facts(uow, plan_id, {p.id for p in people} if len(people) < 900 else None)
    source = _MatrixCells(facts, on)
    with gc_paused():
        rows = tuple(MatrixRow(person, source=source) for person in people)
    return TrainingMatrix(on, tuple(req for req, _rf in facts.requirements), rows)


class _MatrixCells:
    """The cells of a training matrix, each worked out from the facts on its first asking."""

    def __init__(self, facts: ComplianceFacts, on: date) -> None:
        self.facts = facts
        self.on = on
        self.rules = [rf for _req, rf in facts.requirements]
        self.width = len(self.rules)

    def cell(self, person_id: int, column: int) -> MatrixCell:
        facts = self.facts
        person = facts.people.get(person_id)
        if person is None:  # deleted since the people were listed: gone at the next refresh
            return MatrixCell(ComplianceState.NOT_REQUIRED, None, None, None)
        a = assess(
            person,
            self.rules[column],
            facts.completions.get(person_id, ()),
            self.on,
            facts.warning_days,
        )
        return MatrixCell(a.state, a.completed_on, a.expires_on, a.personal_deadline)
