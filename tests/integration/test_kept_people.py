"""The people list kept with the data version (``compliance.kept_people``): what a fresh read gives.

Everyone and everyone in post are taken from it (the People page, the matrix, the courses);
after training or exemptions are recorded it is the same objects, and after a person's own
edit only they are read again, in their place; anyone added, removed or renamed reads everyone.
"""

import random
from datetime import timedelta

import pytest

from actionplan.services import compliance, organisations, people, requirements, training
from actionplan.services.people import PeopleFilter
from tests.integration.test_compliance_patching import TODAY, one_random_edit

FILTERS = (
    PeopleFilter(include_leavers=True),
    PeopleFilter(on=TODAY),
    PeopleFilter(on=TODAY + timedelta(days=25)),
    PeopleFilter(on=TODAY - timedelta(days=5)),
    PeopleFilter(include_leavers=True, on=TODAY),
)


@pytest.fixture
def full_reads(monkeypatch, demo_db):
    """The filters of every read of people from the test's database made for the kept list."""
    reads = []
    original = people.read_people
    engine = demo_db[0].engine

    def counting(uow, flt):
        if uow.engine is engine:
            reads.append(flt)
        return original(uow, flt)

    monkeypatch.setattr(compliance, "read_people", counting)
    return reads


def assert_same_as_read(db):
    for flt in FILTERS:
        assert people.list_people(db.unit_of_work(), flt) == people.read_people(db.unit_of_work(), flt), flt


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_edits_give_exactly_a_fresh_read(demo_db, seed):
    db, plan_id = demo_db
    u = db.unit_of_work
    rng = random.Random(seed)
    assert_same_as_read(db)
    kinds = []
    for _ in range(30):
        if rng.random() < 0.15:
            person = rng.choice(people.list_people(u(), PeopleFilter(include_leavers=True)))
            people.update_person(u(), person.id, last_name=f"Renamed {rng.randint(1, 10**6)}")
            kinds.append("rename")
        else:
            kinds.append(one_random_edit(db, plan_id, rng))
        assert_same_as_read(db)
    assert {"attendance", "rename"} <= set(kinds) or {"attendance", "new"} <= set(kinds), kinds


def test_training_recorded_keeps_the_same_people_and_a_persons_edit_reads_only_them(demo_db, full_reads):
    db, plan_id = demo_db
    u = db.unit_of_work
    before = people.list_people(u(), PeopleFilter(include_leavers=True))
    assert len(full_reads) == 1
    assert people.list_people(u(), PeopleFilter(on=TODAY)) == people.read_people(u(), PeopleFilter(on=TODAY))
    assert len(full_reads) == 1  # in post: taken from the kept list

    chosen = [p.id for p in before[:5]]
    course_id = requirements.list_requirements(u(), plan_id)[0].course_id
    training.record_attendance(u(), course_id, TODAY, chosen, today=TODAY)
    after = people.list_people(u(), PeopleFilter(include_leavers=True))
    assert len(after) == len(before) and all(a is b for a, b in zip(after, before, strict=True))
    assert [flt.person_ids for flt in full_reads[1:]] == [frozenset(chosen)]

    person = before[7]
    people.update_person(u(), person.id, job_title="Safeguarding lead")
    after = people.list_people(u(), PeopleFilter(include_leavers=True))
    assert after[7].id == person.id and after[7].job_title == "Safeguarding lead"
    assert all(a is b for i, (a, b) in enumerate(zip(after, before, strict=True)) if i != 7)
    assert [flt.person_ids for flt in full_reads[2:]] == [frozenset({person.id})]
    assert_same_as_read(db)


@pytest.mark.parametrize("change", ["rename", "new", "remove", "organisation", "forgotten"])
def test_someone_added_removed_or_renamed_reads_everyone(demo_db, full_reads, change):
    db, _plan_id = demo_db
    u = db.unit_of_work
    everyone = people.list_people(u(), PeopleFilter(include_leavers=True))
    person = everyone[3]
    if change == "rename":
        people.update_person(u(), person.id, first_name="Zebedee")
    elif change == "new":
        people.create_person(u(), first_name="Ann", last_name="Aardvark")
    elif change == "remove":
        people.delete_people(u(), [person.id])
    elif change == "organisation":
        org = organisations.list_organisations(u())[0]
        organisations.update_organisation(u(), org.id, name="Renamed Trust")
    else:
        compliance.forget_facts(db.engine)
    people.list_people(u(), PeopleFilter(include_leavers=True))
    assert [flt.person_ids for flt in full_reads if flt.person_ids is None] == [None, None]
    assert_same_as_read(db)


@pytest.mark.parametrize("seed", [5, 6])
def test_people_in_post_read_first_are_kept_on_their_own_until_everyone_is_read(demo_db, full_reads, seed):
    db, plan_id = demo_db
    u = db.unit_of_work
    in_post = PeopleFilter(on=TODAY)
    first = people.list_people(u(), in_post)
    assert first == people.read_people(u(), in_post)
    assert full_reads == [in_post]  # only the people in post: a matrix shown first reads no more

    chosen = [p.id for p in first[:4]]
    course_id = requirements.list_requirements(u(), plan_id)[0].course_id
    training.record_attendance(u(), course_id, TODAY, chosen, today=TODAY)
    again = people.list_people(u(), in_post)
    assert all(a is b for a, b in zip(again, first, strict=True))
    assert [flt.person_ids for flt in full_reads[1:]] == [frozenset(chosen)]

    rng = random.Random(seed)
    for _ in range(20):
        one_random_edit(db, plan_id, rng)
        assert people.list_people(u(), in_post) == people.read_people(u(), in_post)
    people.update_person(u(), first[2].id, leaving_date=TODAY - timedelta(days=1))
    assert people.list_people(u(), in_post) == people.read_people(u(), in_post)

    everyone = people.list_people(u(), PeopleFilter(include_leavers=True))
    reads = len(full_reads)
    shown = people.list_people(u(), in_post)  # now taken from everyone: the same objects
    assert len(full_reads) == reads
    by_id = {p.id: p for p in everyone}
    assert shown == people.read_people(u(), in_post) and all(by_id[p.id] is p for p in shown)
