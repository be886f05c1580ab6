"""Compliance queries: every person against every requirement, per organisation, and the matrix.

Loads the facts once with plain column queries (no ORM objects per row, so it stays quick
at county scale) and applies the pure rules of ``actionplan.domain.compliance``.
"""

import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
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
    personal_deadline,
    requirement_rag,
)
from actionplan.domain.enums import ComplianceState
from actionplan.services import requirements as requirement_service
from actionplan.services.courses import accepted_course_ids
from actionplan.services.people import PeopleFilter, list_people, read_people
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
from actionplan.storage import data_version as storage_version
from actionplan.storage.data_version import may_write
from actionplan.storage.models import (
    AUDITED_TABLES,
    ChangeBatch,
    ChangeEntry,
    Course,
    Organisation,
    Person,
    RequirementExemption,
    TrainingRecord,
)
from actionplan.storage.reading import DateReader, date_text, driver_rows
from actionplan.storage.uow import UnitOfWork


@dataclass
class ComplianceFacts:
    people: dict[int, PersonFacts]
    org_names: dict[int, str]  # person id -> organisation name
    completions: dict[int, list[Completion]]  # person id -> completions
    requirements: list[tuple[RequirementView, RequirementFacts]]
    warning_days: int
    # Everyone's states on a day and the counts made of them, worked out once per day (``_tally``).
    tallies: "dict[date, _Tally]" = field(default_factory=dict, repr=False, compare=False)


# --- the facts of a plan, kept between loads and brought up to date by the change log -------
#
# At county scale the facts take about a second to load and each pass of the rules over them
# another; the window's pages (dashboard, actions, matrix, courses, assessment) each need them.
# They are kept per engine with the data version they were read at (``data_version``): every
# commit through the engine (this process) bumps a counter, a commit that wrote no change-log
# batch bumps a second one, and the newest change-log batch and the number of batches (any
# process, a team database too) complete it (a commit that wrote nothing, an edit that changed
# nothing, is not one without a batch). When the data has moved on only by change-log
# batches that touch a few people (their training records, their own row, their exemptions),
# only those people's facts are read again and the kept ones are patched (``people_changed``);
# anything else (a requirement, a course, an organisation, a setting, a commit without a batch,
# a bulk load) reads everything again. On a SQLite file, a write by another program that wrote
# no change-log batch is seen through the file's data version (``storage.data_version``) and
# reads everything again too; on a database server, a write that neither goes through this
# process's engine nor writes a change-log batch is not seen until the next one that does.

_lock = threading.Lock()
_commits: "weakref.WeakKeyDictionary[Any, list[int]]" = weakref.WeakKeyDictionary()
_kept: "weakref.WeakKeyDictionary[Any, dict[tuple, Any]]" = weakref.WeakKeyDictionary()
# Marks on a connection's info between a statement and the commit: a batch written, a write made.
_BATCH_WRITTEN = "actionplan.compliance.batch_written"
_WROTE = "actionplan.compliance.wrote"

# Tables whose changes are patched person by person, and tables the facts never read.
_PER_PERSON = frozenset({"person", "training_record", "requirement_exemption"})
_NOT_IN_FACTS = AUDITED_TABLES - _PER_PERSON - {"organisation", "course", "training_requirement", "plan"}
# Above these, reading everything again is as quick as patching (and the log is not read).
MAX_PATCHED_ENTRIES = 5000
MAX_PATCHED_PEOPLE = 800
_TALLY_DAYS = 4  # days whose tallies a plan's facts keep


def _commit_counter(engine: Any) -> list[int]:
    """[commits, commits that wrote something but no change-log batch, commits that wrote a
    change-log batch] through ``engine``, from now."""
    with _lock:
        counter = _commits.get(engine)
        if counter is None:
            counter = _commits[engine] = [0, 0, 0]

            def statement(conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
                head = sql.lstrip()[:24].upper()
                if head == "INSERT INTO CHANGE_BATCH":
                    conn.info[_BATCH_WRITTEN] = True
                elif may_write(sql):
                    conn.info[_WROTE] = True

            def commit(conn: Any) -> None:
                counter[0] += 1
                wrote = conn.info.pop(_WROTE, False)
                if conn.info.pop(_BATCH_WRITTEN, False):
                    counter[2] += 1
                elif wrote:
                    counter[1] += 1

            def rollback(conn: Any) -> None:
                conn.info.pop(_BATCH_WRITTEN, None)
                conn.info.pop(_WROTE, None)

            event.listen(engine, "after_cursor_execute", statement)
            event.listen(engine, "commit", commit)
            event.listen(engine, "rollback", rollback)
        return counter


DataVersion = tuple[int, int, int, int, int | None]


def data_version(uow: UnitOfWork) -> DataVersion:
    """Changes when the database's data may have changed (see above); read before loading.

    (commits here, commits here without a change-log batch, newest batch id, number of batches,
    and on a SQLite file the writes of other programs that no change-log batch accounts for).

    The last: every writing transaction counts the file's version up (``storage.data_version``),
    so the version less this process's own counts is the other programs' writing transactions;
    each of theirs that wrote a batch (one a transaction) also added one to the batches that are
    not this process's. While the two move together, everything another program did is in the
    change log; when they part, it wrote something the log does not name.
    """
    counter = _commit_counter(uow.engine)
    with _lock:
        commits, without_batch, with_batch = counter
    with uow:
        newest, batches = uow.session.exec(select(func.max(ChangeBatch.id), func.count(ChangeBatch.id))).one()
        foreign = storage_version.foreign(uow.session.connection())
    unlogged = None if foreign is None else foreign - (batches - with_batch)
    return commits, without_batch, newest or 0, batches, unlogged


def people_changed(uow: UnitOfWork, since: DataVersion, now: DataVersion) -> frozenset[int] | None:
    """The people whose compliance facts may differ between two data versions (``data_version``).

    None when something else may have changed (a requirement, a course, an organisation, a
    setting, a commit without a change-log batch, a bulk load, a batch copied from another
    database, or too many people): then everything has to be read again.
    """
    if since == now:
        return frozenset()
    if now[4] != since[4]:
        return None  # another program wrote to the file something the change log does not name
    if now[1] != since[1] or now[2] < since[2]:
        return None
    new_batches = now[3] - since[3]
    if new_batches < 0:
        return None  # batches were removed: the log no longer tells
    if now[2] == since[2]:
        return frozenset() if new_batches == 0 else None
    with uow:
        session = uow.session
        in_range = (ChangeBatch.id > since[2]) & (ChangeBatch.id <= now[2])
        batches, copied = session.exec(
            select(
                func.count(ChangeBatch.id), func.count(ChangeBatch.id).filter(ChangeBatch.copied_from != "")
            ).where(in_range)
        ).one()
        if batches != new_batches or copied:
            return None  # a batch landed below the newest one seen (or was copied in): not patched
        entry_range = (ChangeEntry.batch_id > since[2]) & (ChangeEntry.batch_id <= now[2])
        if session.exec(select(func.count(ChangeEntry.id)).where(entry_range)).one() > MAX_PATCHED_ENTRIES:
            return None
        entries = session.exec(
            select(ChangeEntry.entity, ChangeEntry.entity_id, ChangeEntry.old, ChangeEntry.new).where(
                entry_range
            )
        ).all()
        people: set[int] = set()
        look_up: dict[str, set[int]] = defaultdict(set)
        for entity, entity_id, old, new in entries:
            if entity in _NOT_IN_FACTS:
                continue
            if entity not in _PER_PERSON or entity_id is None:
                return None
            if entity == "person":
                people.add(entity_id)
                continue
            named = [v["person_id"] for v in (old, new) if v and v.get("person_id") is not None]
            if named:
                people.update(named)
            else:  # an update that left the person alone: whose row it is
                look_up[entity].add(entity_id)
        for entity, ids in look_up.items():
            table = TrainingRecord if entity == "training_record" else RequirementExemption
            found = dict(session.exec(select(table.id, table.person_id).where(table.id.in_(ids))).all())
            if len(found) != len(ids):
                return None  # deleted since: who it was is not worth a search
            people.update(found.values())
    return None if len(people) > MAX_PATCHED_PEOPLE else frozenset(people)


def forget_facts(engine: Any) -> None:
    """Drop what is kept for ``engine`` (a test that writes around the engine calls this)."""
    with _lock:
        _kept.pop(engine, None)


def load_facts(uow: UnitOfWork, plan_id: int, person_ids: set[int] | None = None) -> ComplianceFacts:
    """The people, completions and requirements of a plan (or of some people), loaded once.

    The whole plan's facts are kept and brought up to date as the data changes (see above):
    treat them as read-only.
    """
    if person_ids is not None:
        return _load_facts(uow, plan_id, person_ids)
    version = data_version(uow)
    key = ("facts", plan_id)
    with _lock:
        found = _kept.get(uow.engine, {}).get(key)
    if found is not None and found[0] == version:
        return found[1]
    facts = _patched(uow, plan_id, found[1], found[0], version) if found is not None else None
    if facts is None:
        facts = _load_facts(uow, plan_id, None)
    with _lock:
        kept = _kept.setdefault(uow.engine, {})
        for old in [k for k, (v, _) in kept.items() if v != version and k != key]:
            del kept[old]  # other plans' facts at older versions: memory better spent
        kept[key] = (version, facts)
    return facts


def kept_people(uow: UnitOfWork, on: date | None = None) -> Sequence[PersonView]:
    """Everyone, leavers too (``on`` None), or everyone in post on ``on``, in
    ``people.list_people``'s order, kept like the facts (see above). Treat it as read-only.

    Once everyone has been read (the People page), everyone in post is taken from them, so the
    pages share one read and the same objects; until then (a matrix shown first) only the people
    in post are read, and kept on their own. When the data has moved on only by the change log's
    per-person batches, the people named are read again: their training or exemptions changed,
    or their own row without their name, so each keeps their place (the order is by name and id)
    and the others are the same objects as before. Someone added, removed, renamed or leaving,
    or anything the log cannot say, reads the list again.
    """
    version = data_version(uow)
    with _lock:
        everyone_kept = ("people", None) in _kept.get(uow.engine, {})
    if on is None or everyone_kept:
        everyone = _kept_people(uow, None, version)
        if on is None:
            return everyone
        return [p for p in everyone if p.leaving_date is None or p.leaving_date > on]
    return _kept_people(uow, on, version)


def _kept_people(uow: UnitOfWork, on: date | None, version: DataVersion) -> tuple[PersonView, ...]:
    key = ("people", on)
    with _lock:
        found = _kept.get(uow.engine, {}).get(key)
    if found is not None and found[0] == version:
        return found[1]
    flt = PeopleFilter(include_leavers=on is None, on=on)
    people = _people_patched(uow, flt, found[1], found[0], version) if found is not None else None
    if people is None:
        people = tuple(read_people(uow, flt))
    with _lock:
        kept = _kept.setdefault(uow.engine, {})
        # Everyone supersedes the lists of people in post; of those, one day's is kept.
        for other in [k for k in kept if k[0] == "people" and k[1] is not None and k != key]:
            del kept[other]
        kept[key] = (version, people)
    return people


def _people_patched(
    uow: UnitOfWork, flt: PeopleFilter, old: tuple[PersonView, ...], since: DataVersion, now: DataVersion
) -> tuple[PersonView, ...] | None:
    """``old`` (the people ``flt`` gives) brought from version ``since`` to ``now``; None when
    the list is to be read again."""
    changed = people_changed(uow, since, now)
    if changed is None:
        return None
    if not changed:
        return old
    fresh = {p.id: p for p in read_people(uow, replace(flt, person_ids=changed))}
    at = {p.id: i for i, p in enumerate(old) if p.id in changed}
    if at.keys() != fresh.keys():
        return None  # someone added, removed, come or gone
    people = list(old)
    for pid, i in at.items():
        now_is = fresh[pid]
        if (now_is.last_name, now_is.first_name) != (old[i].last_name, old[i].first_name):
            return None  # renamed: their place may change
        if now_is != old[i]:
            people[i] = now_is
    return tuple(people)


def _patched(
    uow: UnitOfWork, plan_id: int, old: ComplianceFacts, since: DataVersion, now: DataVersion
) -> ComplianceFacts | None:
    """``old`` brought from version ``since`` to ``now`` by reading again only the people changed
    in between; None when that is not enough (see ``people_changed``)."""
    changed = people_changed(uow, since, now)
    if changed is None:
        return None
    if not changed:
        return old
    fresh = _load_facts(uow, plan_id, set(changed))
    if not _same_requirements(old, fresh, changed):
        return None  # changed without a change-log entry that says so: read everything
    people = dict(old.people)
    org_names = dict(old.org_names)
    completions: dict[int, list[Completion]] = defaultdict(list, old.completions)
    for pid in changed:
        if pid in fresh.people:  # assigned in place: a person keeps their position
            people[pid] = fresh.people[pid]
            org_names[pid] = fresh.org_names[pid]
        else:  # deleted
            people.pop(pid, None)
            org_names.pop(pid, None)
        if fresh.completions.get(pid):
            completions[pid] = fresh.completions[pid]
        else:
            completions.pop(pid, None)
    facts = ComplianceFacts(people, org_names, completions, fresh.requirements, fresh.warning_days)
    with _lock:
        tallies = list(old.tallies.values())
    for tally in tallies:
        facts.tallies[tally.on] = tally.patched(old, facts, changed)
    return facts


def _same_requirements(old: ComplianceFacts, fresh: ComplianceFacts, changed: frozenset[int]) -> bool:
    """Whether the requirements and settings are the same, but for the exemptions of ``changed``."""
    if old.warning_days != fresh.warning_days or len(old.requirements) != len(fresh.requirements):
        return False

    def others(view: RequirementView, rf: RequirementFacts) -> tuple:
        exemptions = tuple(e for e in view.exemptions if e.person_id not in changed)
        return replace(view, exemptions=exemptions), replace(rf, exempt_people=rf.exempt_people - changed)

    return all(
        others(*before) == others(*after)
        for before, after in zip(old.requirements, fresh.requirements, strict=True)
    )


class _Tally:
    """Everyone's state against each requirement on one day, and the counts made of them.

    Kept with the facts it was worked out from; when the facts are patched, the changed
    people's old states are taken out of the counts and their new ones put in.
    """

    def __init__(self, on: date, requirements: int):
        self.on = on
        self.states: dict[int, tuple[ComplianceState, ...]] = {}
        self.totals: list[Counter[ComplianceState]] = [Counter() for _ in range(requirements)]
        self.by_org: list[dict[str, Counter[ComplianceState]]] = [
            defaultdict(Counter) for _ in range(requirements)
        ]
        # organisation UUID (None: everyone) -> [people with a requirement, overdue, key, key compliant]
        self.people: dict[str | None, list[int]] = {None: [0, 0, 0, 0]}
        self._shared: dict[tuple, tuple] = {}  # one tuple per distinct row of states

    @classmethod
    def of(cls, facts: ComplianceFacts, on: date) -> "_Tally":
        tally = cls(on, len(facts.requirements))
        rules = _DayRules(facts, on)
        shared = tally._shared
        # People who share their states, organisation and key-personnel flag count alike: they are
        # counted a group at a time (a few thousand groups for 50,000 people).
        groups: Counter[tuple] = Counter()
        states_of = tally.states
        people, org_names = facts.people, facts.org_names
        with gc_paused():  # many small tuples, no cycles: a collection would only walk the facts
            for pid, person in people.items():
                states = rules.states(person, facts.completions.get(pid, ()))
                states = states_of[pid] = shared.setdefault(states, states)
                groups[states, org_names[pid], person.organisation_uuid, person.key_personnel] += 1
        for (states, org, org_uuid, key), n in groups.items():
            tally._add(states, org, org_uuid, key, n)
        return tally

    def patched(self, old: ComplianceFacts, new: ComplianceFacts, changed: frozenset[int]) -> "_Tally":
        """A copy brought from ``old`` to ``new``, which differ only in the people ``changed``."""
        tally = _Tally(self.on, len(new.requirements))
        tally.states = dict(self.states)
        tally.totals = [Counter(c) for c in self.totals]
        tally.by_org = [
            defaultdict(Counter, {k: Counter(c) for k, c in orgs.items()}) for orgs in self.by_org
        ]
        tally.people = {k: list(v) for k, v in self.people.items()}
        tally._shared = self._shared
        rules = _DayRules(new, self.on)
        for pid in changed:
            if pid in old.people:
                tally._count(old, pid, tally.states.pop(pid), -1)
            if pid in new.people:
                tally._count(new, pid, rules.states(new.people[pid], new.completions.get(pid, ())), 1)
        return tally

    def _count(
        self, facts: ComplianceFacts, pid: int, states: tuple[ComplianceState, ...], sign: int
    ) -> None:
        """Add (sign 1) or take out (sign -1) one person's states, as they are in ``facts``."""
        if sign > 0:
            self.states[pid] = self._shared.setdefault(states, states)
        person = facts.people[pid]
        self._add(states, facts.org_names[pid], person.organisation_uuid, person.key_personnel, sign)

    def _add(
        self, states: tuple[ComplianceState, ...], org: str, org_uuid: str | None, key: bool, n: int
    ) -> None:
        """Add ``n`` people (taken out when negative) with these states, organisation and flag."""
        applies = False
        for i, state in enumerate(states):
            if state is ComplianceState.NOT_REQUIRED:
                continue
            applies = True
            self.totals[i][state] += n
            self.by_org[i][org][state] += n
        if not applies:
            return
        overdue = any(s in _NOT_COMPLIANT for s in states)
        key_compliant = key and all(s in _DONE for s in states if s is not ComplianceState.NOT_REQUIRED)
        groups = [None] if org_uuid is None else [None, org_uuid]
        for group in groups:
            figures = self.people.setdefault(group, [0, 0, 0, 0])
            figures[0] += n
            figures[1] += n * overdue
            figures[2] += n * key
            figures[3] += n * key_compliant

    def counts(self, i: int) -> tuple[ComplianceCounts, dict[str, ComplianceCounts]]:
        """Requirement ``i``'s counts overall and by organisation name (sorted), as a full pass gives them."""
        by_org = {name: _counts(c) for name, c in sorted(self.by_org[i].items()) if any(c.values())}
        return _counts(self.totals[i]), by_org

    def figures(self) -> dict[str | None, PersonFigures]:
        return {
            group: PersonFigures(key_personnel=key, key_personnel_compliant=key_ok, people_overdue=overdue)
            for group, (members, overdue, key, key_ok) in self.people.items()
            if members or group is None
        }


class _DayRules:
    """The rules of ``actionplan.domain.compliance`` applied to everyone on one day, each distinct
    question asked of them once.

    At county scale most people share what the rules read: whether a requirement applies reads
    only a person's leaving date, key-personnel flag, organisation and role group (a couple of
    thousand distinct sets for 50,000 people), and a state within the audience reads only whether
    the person is exempt, their personal deadline and their completions of the requirement's
    courses (completions are shared objects, made once for everyone who shares them). So the
    answers are kept on exactly those and the rules run once for each distinct set.
    """

    def __init__(self, facts: ComplianceFacts, on: date) -> None:
        self.on = on
        self.warning_days = facts.warning_days
        self.rules = tuple(rf for _req, rf in facts.requirements)
        self.audiences: dict[tuple, tuple[RequirementFacts | None, ...]] = {}
        self.answers: list[dict[tuple, ComplianceState]] = [{} for _ in self.rules]

    def states(self, person: PersonFacts, done: Sequence[Completion]) -> tuple[ComplianceState, ...]:
        """The person's state against each requirement, as ``assess`` gives it."""
        on = self.on
        # Exactly the attributes in_audience reads.
        seen = (person.leaving_date, person.key_personnel, person.organisation_uuid, person.role_group)
        audience = self.audiences.get(seen)
        if audience is None:
            audience = self.audiences[seen] = tuple(
                rf if in_audience(person, rf, on) else None for rf in self.rules
            )
        states = []
        for rf, answers in zip(audience, self.answers, strict=True):
            if rf is None:
                states.append(ComplianceState.NOT_REQUIRED)
                continue
            accepted = rf.accepted_courses
            asked = (
                person.id in rf.exempt_people,
                personal_deadline(person, rf),
                tuple([c for c in done if c.course_id in accepted]),
            )
            state = answers.get(asked)
            if state is None:
                state = answers[asked] = assess(person, rf, done, on, self.warning_days).state
            states.append(state)
        return tuple(states)


def _counts(counter: Counter[ComplianceState]) -> ComplianceCounts:
    # In the states' own order, so that a patched tally and a fresh one give the same dict.
    return ComplianceCounts({state: n for state in ComplianceState if (n := counter.get(state, 0))})


def _tally(facts: ComplianceFacts, on: date) -> _Tally:
    """The tally of ``facts`` on ``on``, worked out the first time it is asked for."""
    with _lock:
        found = facts.tallies.get(on)
    if found is not None:
        return found
    tally = _Tally.of(facts, on)
    with _lock:
        found = facts.tallies.get(on)
        if found is not None:
            return found
        while len(facts.tallies) >= _TALLY_DAYS:
            del facts.tallies[next(iter(facts.tallies))]  # the oldest asked for
        facts.tallies[on] = tally
    return tally


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
        # In the order they were written, whether everyone is read (a plain scan, no sort) or a
        # few people again: a person's completions then come in the same order either way.
        records_query = select(
            TrainingRecord.person_id,
            TrainingRecord.course_id,
            date_text(TrainingRecord.completed_on),
            date_text(TrainingRecord.expires_on),
        ).order_by(TrainingRecord.id)
        if person_ids is not None:
            query = query.where(Person.id.in_(person_ids))
            records_query = records_query.where(TrainingRecord.person_id.in_(person_ids))
        connection = session.connection()
        as_date = DateReader()
        people: dict[int, PersonFacts] = {}
        org_names: dict[int, str] = {}
        roles: dict[str, str] = {}
        no_organisation = (None, "")
        for pid, org_id, role, key, start, leaving in driver_rows(connection, query):
            org_uuid, org_names[pid] = organisations.get(org_id, no_organisation)
            role = role or ""
            people[pid] = PersonFacts(
                pid, org_uuid, roles.setdefault(role, role), bool(key), as_date(start), as_date(leaving)
            )
        completions: dict[int, list[Completion]] = defaultdict(list)
        made: dict[tuple, Completion] = {}
        for pid, cid, done, expires in driver_rows(connection, records_query):
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


@dataclass(frozen=True)
class Counted:
    """A plan's compliance counts on a day: for each requirement, overall and by organisation
    name; and the people figures by organisation UUID (None is everyone)."""

    on: date
    requirements: tuple[RequirementView, ...]
    counts: tuple[tuple[ComplianceCounts, dict[str, ComplianceCounts]], ...]
    people: dict[str | None, PersonFigures]

    @classmethod
    def of(cls, facts: ComplianceFacts, on: date) -> "Counted":
        tally = _tally(facts, on)
        requirements = tuple(req for req, _rf in facts.requirements)
        return cls(
            on, requirements, tuple(tally.counts(i) for i in range(len(requirements))), tally.figures()
        )

    def requirement_compliance(self) -> list[RequirementCompliance]:
        results = []
        for req, (totals, by_organisation) in zip(self.requirements, self.counts, strict=True):
            rag, why = requirement_rag(totals.percent, req.target_percent, req.deadline, self.on)
            results.append(
                RequirementCompliance(
                    requirement=req,
                    totals=totals,
                    by_organisation=by_organisation,
                    rag=rag,
                    rag_explanation=why,
                )
            )
        return results


def requirement_compliance(
    uow: UnitOfWork,
    plan_id: int,
    on: date,
    *,
    facts: ComplianceFacts | None = None,
    counted: Counted | None = None,
) -> list[RequirementCompliance]:
    """For each requirement of the plan: counts by state, overall and per organisation, and RAG.

    Args:
        facts: the plan's facts when the caller has loaded them already (``load_facts``).
        counted: the plan's counts on ``on`` when the caller has them (``kept_counts.counted``).
            With neither, the counts kept in the database are used while the data is unchanged.
    """
    if counted is None:
        if facts is None:
            from actionplan.services import kept_counts  # it reads the facts through this module

            counted = kept_counts.counted(uow, plan_id, on)
        else:
            counted = Counted.of(facts, on)
    return counted.requirement_compliance()


_NOT_COMPLIANT = (ComplianceState.OVERDUE, ComplianceState.EXPIRED)
_DONE = (ComplianceState.COMPLIANT, ComplianceState.EXPIRING, ComplianceState.EXEMPT)


def person_figures(facts: ComplianceFacts, on: date) -> dict[str | None, PersonFigures]:
    """Counts of people (not of person-requirement pairs) by organisation UUID; None is everyone.

    A key person counts as compliant when every requirement that applies to them is met
    (compliant, expiring or exempt); a person is overdue when any of theirs is overdue or expired.
    """
    return _tally(facts, on).figures()


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
