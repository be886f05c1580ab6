"""Kept compliance facts brought up to date by the change log: exactly what a full recompute gives.

After small edits (attendance, a corrected or deleted record, a person moved, a leaver, an
exemption, an undo) only the people changed are read again and the kept counts are patched;
anything else (a requirement, a course, a setting, an organisation) reads everything again.
"""

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from actionplan.services import (
    actions,
    compliance,
    courses,
    history,
    open_database,
    organisations,
    people,
    requirements,
    settings,
    training,
)

TODAY = date(2026, 11, 28)
DAYS = (TODAY, TODAY + timedelta(days=45))
_original_load = compliance._load_facts  # before any test counts its calls


@pytest.fixture
def full_loads(monkeypatch, demo_db):
    """Counts the loads of a whole plan's facts (the patches load only some people) from the
    test's own database (a window's background task left by an earlier test may load others)."""
    loads = []
    original = compliance._load_facts
    engine = demo_db[0].engine

    def counting(uow, plan_id, person_ids):
        if person_ids is None and uow.engine is engine:
            loads.append(plan_id)
        return original(uow, plan_id, person_ids)

    monkeypatch.setattr(compliance, "_load_facts", counting)
    return loads


def kept_figures(db, plan_id):
    """What the pages show, from the kept (patched) facts, on each of ``DAYS``."""
    facts = compliance.load_facts(db.unit_of_work(), plan_id)
    return facts, [
        (
            compliance.requirement_compliance(db.unit_of_work(), plan_id, day),
            compliance.person_figures(facts, day),
        )
        for day in DAYS
    ]


def fresh_figures(db, plan_id, load):
    """The same worked out from scratch, on facts read whole and kept nowhere."""
    facts = load(db.unit_of_work(), plan_id, None)
    return facts, [
        (
            compliance.requirement_compliance(db.unit_of_work(), plan_id, day, facts=facts),
            compliance.person_figures(facts, day),
        )
        for day in DAYS
    ]


def assert_same_as_fresh(db, plan_id, load):
    kept, kept_results = kept_figures(db, plan_id)
    fresh, fresh_results = fresh_figures(db, plan_id, load)
    assert kept is not fresh
    assert kept.people == fresh.people
    assert kept.org_names == fresh.org_names
    assert {p: c for p, c in kept.completions.items() if c} == {
        p: c for p, c in fresh.completions.items() if c
    }
    assert kept.requirements == fresh.requirements
    assert kept.warning_days == fresh.warning_days
    assert kept_results == fresh_results
    # and the matrix, which reads its own people, agrees with the counts
    matrix = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY)
    totals = [rc.totals for rc in kept_results[0][0]]
    for i, counts in enumerate(totals):
        shown = [row.cells[i].state for row in matrix.rows]
        assert counts.counts == {s: n for s in counts.counts if (n := shown.count(s))}


def one_random_edit(db, plan_id, rng: random.Random) -> str:
    """Make one small edit of a random kind through the services; returns its kind."""
    u = db.unit_of_work
    everyone = people.list_people(u(), people.PeopleFilter(include_leavers=True))
    course_ids = [c.id for c in courses.list_courses(u())]
    kind = rng.choice(
        ["attendance", "record", "correct", "delete", "move", "role", "key", "leaver", "exempt", "undo",
         "new", "remove", "action"]
    )  # fmt: skip
    person = rng.choice(everyone)
    if kind == "attendance":
        chosen = [p.id for p in rng.sample(everyone, rng.randint(1, 20))]
        on = TODAY - timedelta(days=rng.randint(0, 1200))
        training.record_attendance(u(), rng.choice(course_ids), on, chosen, today=TODAY)
    elif kind == "record":
        on = TODAY - timedelta(days=rng.randint(0, 1200))
        expires = rng.choice([None, on + timedelta(days=rng.randint(1, 900))])
        try:
            training.add_record(u(), person.id, rng.choice(course_ids), on, expires_on=expires, today=TODAY)
        except Exception:
            return "nothing"
    elif kind in ("correct", "delete"):
        records = [r for p in rng.sample(everyone, 10) for r in training.list_records(u(), p.id)]
        if not records:
            return "nothing"
        record = rng.choice(records)
        if kind == "delete":
            training.delete_record(u(), record.id)
        else:
            new_day = TODAY - timedelta(days=rng.randint(0, 1500))
            try:
                training.update_record(u(), record.id, TODAY, completed_on=new_day)
            except Exception:
                return "nothing"
    elif kind == "move":
        org = rng.choice(organisations.list_organisations(u()))
        people.update_person(u(), person.id, organisation_id=rng.choice([org.id, None]))
    elif kind == "role":
        people.update_person(u(), person.id, role_group=rng.choice(people.role_groups(u()) + ["Volunteer"]))
    elif kind == "key":
        people.update_person(u(), person.id, key_personnel=not person.key_personnel)
    elif kind == "leaver":
        leaving = rng.choice([None, TODAY - timedelta(days=3), TODAY + timedelta(days=20)])
        if person.start_date and leaving and leaving < person.start_date:
            leaving = None
        people.update_person(u(), person.id, leaving_date=leaving)
    elif kind == "exempt":
        req = rng.choice(requirements.list_requirements(u(), plan_id))
        if any(e.person_id == person.id for e in req.exemptions):
            requirements.remove_exemption(u(), req.id, person.id)
        else:
            requirements.set_exemption(u(), req.id, person.id, "Seconded elsewhere")
    elif kind == "undo":
        newest = history.list_batches(u())[0]
        try:
            history.undo_batch(u(), newest.id)
        except Exception:
            return "nothing"
    elif kind == "new":
        org = rng.choice(organisations.list_organisations(u()))
        people.create_person(
            u(), first_name="New", last_name=f"Starter {rng.randint(1, 10**6)}", organisation_id=org.id,
            role_group=rng.choice(people.role_groups(u())), key_personnel=rng.random() < 0.5,
            start_date=TODAY - timedelta(days=rng.randint(0, 200)),
        )  # fmt: skip
    elif kind == "remove":
        people.delete_people(u(), [person.id])
    else:
        action = rng.choice(actions.list_actions(u(), plan_id, TODAY))
        actions.update_action(u(), action.id, progress=rng.randint(0, 100))
    return kind


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_small_edits_patch_to_exactly_a_full_recompute(demo_db, full_loads, seed):
    db, plan_id = demo_db
    rng = random.Random(seed)
    kept_figures(db, plan_id)  # kept from here on
    assert full_loads == [plan_id]
    kinds = []
    for _ in range(30):
        kinds.append(one_random_edit(db, plan_id, rng))
        assert_same_as_fresh(db, plan_id, _original_load)
    assert full_loads == [plan_id], kinds  # every edit was patched, none read everything again
    assert {"attendance", "undo"} & set(kinds)


def test_an_undo_and_a_redo_patch_back_to_the_figures_before(demo_db, full_loads):
    db, plan_id = demo_db
    u = db.unit_of_work
    _facts, before = kept_figures(db, plan_id)
    everyone = [p.id for p in people.list_people(u(), people.PeopleFilter(on=TODAY))][:20]
    course_id = requirements.list_requirements(u(), plan_id)[0].course_id
    work = u()
    training.record_attendance(work, course_id, TODAY, everyone, today=TODAY)
    _facts, after = kept_figures(db, plan_id)
    assert after != before
    undo = history.undo_batch(u(), work.batch_id)
    assert kept_figures(db, plan_id)[1] == before
    history.undo_batch(u(), undo)  # redo
    assert kept_figures(db, plan_id)[1] == after
    assert_same_as_fresh(db, plan_id, _original_load)
    assert full_loads == [plan_id]


def test_an_edit_elsewhere_keeps_the_facts_as_they_are(demo_db, full_loads):
    db, plan_id = demo_db
    facts, _ = kept_figures(db, plan_id)
    action = actions.list_actions(db.unit_of_work(), plan_id, TODAY)[0]
    actions.update_action(db.unit_of_work(), action.id, progress=55)
    assert compliance.load_facts(db.unit_of_work(), plan_id) is facts
    assert full_loads == [plan_id]


@pytest.mark.parametrize(
    "change",
    ["requirement", "course", "setting", "organisation", "forgotten"],
)
def test_other_changes_read_everything_again(demo_db, full_loads, change):
    db, plan_id = demo_db
    u = db.unit_of_work
    kept_figures(db, plan_id)
    if change == "requirement":
        req = requirements.list_requirements(u(), plan_id)[0]
        requirements.update_requirement(u(), req.id, target_percent=50)
    elif change == "course":
        wrap = next(c for c in courses.list_courses(u()) if c.code == "WRAP")
        courses.update_course(u(), wrap.id, validity_months=6)
    elif change == "setting":  # settings are not in the change log: a commit without a batch
        settings.set_setting(u(), "warning_days", 120)
    elif change == "organisation":
        org = organisations.list_organisations(u())[0]
        organisations.update_organisation(u(), org.id, name="Renamed Trust")
    else:
        compliance.forget_facts(db.engine)
    assert_same_as_fresh(db, plan_id, _original_load)
    assert full_loads == [plan_id, plan_id]


def test_people_changed_names_the_people_of_the_log_since_a_version(demo_db):
    db, plan_id = demo_db
    u = db.unit_of_work
    since = compliance.data_version(u())
    everyone = [p.id for p in people.list_people(u())]
    course = courses.list_courses(u())[0]
    training.record_attendance(u(), course.id, TODAY, everyone[:3], today=TODAY)
    record = training.list_records(u(), everyone[5])[0]
    training.update_record(u(), record.id, TODAY, evidence="Certificate seen")  # person_id not in the entry
    people.update_person(u(), everyone[7], job_title="Lead")
    now = compliance.data_version(u())
    assert compliance.people_changed(u(), since, now) == {*everyone[:3], everyone[5], everyone[7]}
    assert compliance.people_changed(u(), now, now) == frozenset()
    settings.set_setting(u(), "warning_days", 10)
    assert compliance.people_changed(u(), now, compliance.data_version(u())) is None


def test_an_edit_that_changed_nothing_keeps_the_facts_and_a_write_around_the_log_does_not(
    demo_db, full_loads
):
    db, plan_id = demo_db
    everyone = [p.id for p in people.list_people(db.unit_of_work())]
    course = courses.list_courses(db.unit_of_work())[0]
    training.record_attendance(db.unit_of_work(), course.id, TODAY, everyone[:3], today=TODAY)
    facts, _ = kept_figures(db, plan_id)
    work = db.unit_of_work()
    training.record_attendance(work, course.id, TODAY, everyone[:3], today=TODAY)  # all recorded already
    assert work.batch_id is None
    assert compliance.load_facts(db.unit_of_work(), plan_id) is facts
    with db.engine.begin() as connection:  # a write with no change-log batch: nobody knows whom it changed
        connection.execute(
            text("UPDATE person SET key_personnel = NOT key_personnel WHERE id = :id"), {"id": everyone[4]}
        )
    assert_same_as_fresh(db, plan_id, _original_load)
    assert full_loads == [plan_id, plan_id]


def test_too_many_people_read_everything_again(demo_db, full_loads, monkeypatch):
    db, plan_id = demo_db
    kept_figures(db, plan_id)
    monkeypatch.setattr(compliance, "MAX_PATCHED_PEOPLE", 5)
    everyone = [p.id for p in people.list_people(db.unit_of_work())]
    course = courses.list_courses(db.unit_of_work())[0]
    training.record_attendance(db.unit_of_work(), course.id, TODAY, everyone[:6], today=TODAY)
    assert_same_as_fresh(db, plan_id, _original_load)
    assert full_loads == [plan_id, plan_id]


def test_edits_by_another_process_are_patched_from_the_log_too(demo_db, full_loads):
    """In team mode other windows write to the same database: their batches name their people."""
    db, plan_id = demo_db
    kept_figures(db, plan_id)
    other = open_database(db.url)
    try:
        rng = random.Random(9)
        for _ in range(8):
            one_random_edit(other, plan_id, rng)
            assert_same_as_fresh(db, plan_id, _original_load)
    finally:
        other.close()
    assert full_loads == [plan_id]
