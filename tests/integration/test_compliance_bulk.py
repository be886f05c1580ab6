"""The compliance facts, the people and the training matrix as read in bulk at county scale.

The bulk reads (dates taken as the database holds them, parsed once a value; completions shared)
and the matrix's cells worked out when first asked for must give what the plain reads and the
rules give.
"""

import gc
from datetime import date, datetime, timedelta

from sqlmodel import select

from actionplan.bulk import gc_paused
from actionplan.domain.compliance import Completion, expiry_for
from actionplan.domain.enums import ComplianceState
from actionplan.services import compliance, people
from actionplan.services.people import PeopleFilter
from actionplan.services.readmodels import MatrixCell, MatrixRow
from actionplan.storage.models import Course, Person, TrainingRecord
from actionplan.storage.reading import DateReader, date_text, driver_rows, to_date
from tests.conftest import TODAY


def test_the_facts_read_in_bulk_are_the_databases(demo_db):
    db, plan_id = demo_db
    facts = compliance.load_facts(db.unit_of_work(), plan_id)
    with db.unit_of_work() as uow:
        persons = [
            (p.id, p.start_date, p.leaving_date, p.key_personnel, p.role_group)
            for p in uow.session.exec(select(Person))
        ]
        records = [
            (r.person_id, r.course_id, r.completed_on, r.expires_on)
            for r in uow.session.exec(select(TrainingRecord))
        ]
        validity = {c.id: c.validity_months for c in uow.session.exec(select(Course))}
    assert {p[0] for p in persons} == set(facts.people)
    assert any(p[1] for p in persons) and any(p[2] for p in persons)
    for pid, start, leaving, key, role in persons:
        pf = facts.people[pid]
        assert (pf.start_date, pf.leaving_date) == (start, leaving)
        assert pf.key_personnel is bool(key)
        assert pf.role_group == (role or "")
    expected: dict[int, list] = {}
    for pid, course_id, done, expires in records:
        expected.setdefault(pid, []).append((course_id, done, expiry_for(done, validity[course_id], expires)))
    got = {
        pid: sorted((c.course_id, c.completed_on, c.expires_on) for c in done)
        for pid, done in facts.completions.items()
    }
    assert got == {pid: sorted(done) for pid, done in expected.items()}
    assert all(isinstance(c.completed_on, date) for done in facts.completions.values() for c in done)


def test_the_people_listed_in_bulk_are_each_as_read_alone(demo_db):
    db, _plan_id = demo_db
    listed = people.list_people(db.unit_of_work(), PeopleFilter(include_leavers=True))
    assert len(listed) == 60
    assert any(p.start_date for p in listed) and any(p.leaving_date for p in listed)
    for person in listed:
        assert person == people.get_person(db.unit_of_work(), person.id)
    # a flag is a flag, as a single read gives it (the driver's own rows hold 0 and 1 on SQLite)
    assert {type(p.key_personnel) for p in listed} == {bool}
    assert any(p.key_personnel for p in listed) and not all(p.key_personnel for p in listed)
    # the values people share are held once
    teams = {id(p.team) for p in listed if p.team}
    assert len(teams) == len({p.team for p in listed if p.team})


def test_the_matrix_works_out_each_cell_when_first_asked_and_as_the_rules_do(demo_db):
    db, plan_id = demo_db
    matrix = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY)
    assert matrix.rows and matrix.columns
    assert all(row.known_cells() == {} for row in matrix.rows)  # nothing assessed yet
    first = matrix.rows[0]
    cell = first.cell(1)
    assert first.known_cells() == {1: cell}
    assert first.width == len(matrix.columns)
    states = set()
    for row in matrix.rows:
        expected = tuple(
            MatrixCell(a.state, a.completed_on, a.expires_on, a.personal_deadline)
            for _req, a in compliance.person_compliance(db.unit_of_work(), plan_id, row.person.id, TODAY)
        )
        assert row.cells == expected
        states.update(c.state for c in expected)
    assert {ComplianceState.COMPLIANT, ComplianceState.OVERDUE} <= states


def test_a_matrix_row_compares_by_its_person_and_cells(demo_db):
    db, plan_id = demo_db
    lazy = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY).rows[0]
    again = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY).rows[0]
    given = MatrixRow(lazy.person, lazy.cells)
    assert lazy == again == given and hash(lazy) == hash(given)
    other = MatrixRow(
        lazy.person, tuple(MatrixCell(ComplianceState.EXEMPT, None, None, None) for _ in lazy.cells)
    )
    assert other != lazy
    assert MatrixRow(lazy.person).cells == ()
    assert "MatrixRow(person=" in repr(given)


def test_a_person_gone_since_the_listing_shows_not_required(demo_db):
    db, plan_id = demo_db
    facts = compliance.load_facts(db.unit_of_work(), plan_id)
    cells = compliance._MatrixCells(facts, TODAY)
    assert cells.cell(10**9, 0) == MatrixCell(ComplianceState.NOT_REQUIRED, None, None, None)


def test_dates_are_read_from_text_or_dates_each_text_once():
    read = DateReader()
    assert read(None) is None
    first = read("2026-11-28")
    assert first == date(2026, 11, 28) and read("2026-11-28") is first
    assert read("2026-11-28 00:00:00.000000") == date(2026, 11, 28)
    assert read(date(2025, 1, 2)) == date(2025, 1, 2)
    assert to_date(datetime(2025, 1, 2, 13, 5)) == date(2025, 1, 2)


def test_the_cycle_collector_is_held_off_only_while_a_bulk_load_runs():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()


def test_the_counts_over_the_demo_data_are_the_rules_asked_pair_by_pair(demo_db):
    """The demo partnership (leavers, exemptions, courses that never expire, grace periods) on
    several days: the counts worked out for everyone at once are the plain pair-by-pair ones."""
    from tests.unit.test_compliance_counts import assert_same_as_plain

    db, plan_id = demo_db
    facts = compliance.load_facts(db.unit_of_work(), plan_id)
    assert any(rf.exempt_people for _req, rf in facts.requirements)
    assert any(p.leaving_date for p in facts.people.values())
    assert any(rf.grace_days for _req, rf in facts.requirements)
    # The demo's courses all expire: the same data with one course that never does.
    course = facts.requirements[0][1].course_id
    never = {
        pid: [Completion(c.course_id, c.completed_on, None) if c.course_id == course else c for c in done]
        for pid, done in facts.completions.items()
    }
    lasting = compliance.ComplianceFacts(
        facts.people, facts.org_names, never, facts.requirements, facts.warning_days
    )
    for on in (TODAY, TODAY + timedelta(days=45), TODAY + timedelta(days=400), date(2020, 1, 1)):
        assert_same_as_plain(facts, on)
        assert_same_as_plain(lasting, on)


def test_driver_rows_are_the_rows_sqlalchemy_gives(demo_db):
    """``driver_rows`` hands over the driver's rows: the same values as SQLAlchemy's, in order,
    a flag as the driver has it and a date as its text (or date, on PostgreSQL)."""
    db, _plan_id = demo_db
    query = (
        select(Person.id, Person.role_group, Person.key_personnel, date_text(Person.start_date))
        .where(Person.id > 3)
        .order_by(Person.id.desc())
    )
    with db.unit_of_work() as uow:
        connection = uow.session.connection()
        raw = driver_rows(connection, query)
        plain = connection.execute(query).all()
        expected = uow.session.exec(
            select(Person.start_date).where(Person.id > 3).order_by(Person.id.desc())
        ).all()
    assert len(raw) == len(plain) > 20
    assert all(type(row) is tuple for row in raw)
    assert [(r[0], r[1], bool(r[2]), r[3]) for r in raw] == [(p[0], p[1], bool(p[2]), p[3]) for p in plain]
    as_date = DateReader()
    assert [as_date(r[3]) for r in raw] == list(expected)


def test_a_lazy_matrix_row_knows_its_width_before_any_cell_and_works_out_only_those_asked_for(demo_db):
    db, plan_id = demo_db
    row = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY).rows[3]
    whole = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY).rows[3].cells
    assert row.width == len(whole) > 1
    assert row.known_cells() == {}
    assert row.cell(1) == whole[1]
    assert row.known_cells() == {1: whole[1]} and row.width == len(whole)
    assert row.cells == whole
    assert row.known_cells() == dict(enumerate(whole))
    assert row == MatrixRow(row.person, whole)
