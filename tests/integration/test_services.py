"""Services end to end on SQLite: plans from templates, actions, people, training, undo."""

from datetime import date

import pytest

from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.errors import NotFoundError, ValidationError
from actionplan.services import (
    actions,
    compliance,
    courses,
    history,
    organisations,
    people,
    plans,
    requirements,
    training,
)

TODAY = date(2026, 11, 28)


def test_prevent_template_seeds_themes_objectives_courses_requirements(db, plan):
    u = db.unit_of_work
    assert [t.name for t in plans.list_themes(u(), plan.id)] == [
        "Leadership",
        "Working in partnership",
        "Capabilities",
    ]
    assert len(plans.list_objectives(u(), plan.id)) == 3
    catalogue = {c.code: c for c in courses.list_courses(u())}
    assert set(catalogue) == {"WRAP", "HO-AWR", "HO-REF", "HO-CHN", "HO-RFR", "DSL", "MEM", "VEN"}
    assert catalogue["WRAP"].validity_months == 36 and "WRAP 3" in catalogue["WRAP"].aliases
    assert catalogue["HO-RFR"].renews == ("HO-AWR",)
    reqs = requirements.list_requirements(u(), plan.id)
    assert reqs[0].course_code == "HO-AWR" and reqs[0].key_personnel_only
    assert reqs[0].deadline == date(2027, 4, 1)


def test_second_plan_shares_the_course_catalogue(db, plan):
    plans.create_plan(db.unit_of_work(), "Second plan", template="prevent")
    assert len(courses.list_courses(db.unit_of_work())) == 8
    assert len(plans.list_plans(db.unit_of_work())) == 2


def test_blank_template(db):
    blank = plans.create_plan(db.unit_of_work(), "Blank", template="blank")
    assert plans.list_themes(db.unit_of_work(), blank.id) == []


def test_unknown_template_and_duplicate_plan_name(db, plan):
    with pytest.raises(ValidationError, match="no template"):
        plans.create_plan(db.unit_of_work(), "X", template="nonsense")
    with pytest.raises(ValidationError, match="already a plan"):
        plans.create_plan(db.unit_of_work(), "Test plan")


def test_action_lifecycle_with_rag_and_update_log(db, plan):
    u = db.unit_of_work
    org = organisations.create_organisation(u(), "Northvale Police", sector="police")
    theme = plans.list_themes(u(), plan.id)[1]
    action = actions.create_action(
        u(),
        plan.id,
        "Publish one referral flowchart",
        ref="2.1",
        theme_id=theme.id,
        lead_organisation_id=org.id,
        due_date=date(2026, 11, 1),
        partner_ids=[org.id],
        today=TODAY,
    )
    assert action.theme_name == "Working in partnership"
    assert action.partner_names == ("Northvale Police",)
    on = actions.get_action(u(), action.id, TODAY)
    assert on.rag is Rag.RED and on.rag_explanation == "Red: due 01/11/2026, 27 days overdue"
    actions.add_update(u(), action.id, "Draft with the regional team", on_date=TODAY, progress=40)
    assert actions.get_action(u(), action.id).progress == 40
    assert actions.list_updates(u(), action.id)[0].text == "Draft with the regional team"
    done = actions.update_action(u(), action.id, status=ActionStatus.COMPLETE, today=TODAY)
    assert done.completed_on == TODAY and done.progress == 100 and done.rag is Rag.COMPLETE


def test_action_validation(db, plan):
    u = db.unit_of_work
    with pytest.raises(ValidationError) as info:
        actions.create_action(u(), plan.id, "  ")
    assert info.value.field == "title"
    action = actions.create_action(u(), plan.id, "Something")
    with pytest.raises(ValidationError) as info:
        actions.update_action(u(), action.id, progress=140)
    assert info.value.field == "progress"
    with pytest.raises(ValidationError):
        actions.update_action(u(), action.id, start_date=date(2026, 5, 1), due_date=date(2026, 4, 1))
    with pytest.raises(ValidationError, match="reason"):
        actions.set_rag_override(u(), action.id, Rag.GREEN, "")
    assert actions.set_rag_override(u(), action.id, Rag.GREEN, "Board agreed").rag is Rag.GREEN
    with pytest.raises(NotFoundError):
        actions.get_action(u(), 9999)


def test_duplicate_and_delete_then_undo(db, plan):
    u = db.unit_of_work
    org = organisations.create_organisation(u(), "Council")
    original = actions.create_action(u(), plan.id, "Brief venue staff", partner_ids=[org.id])
    actions.add_update(u(), original.id, "Booked")
    copy = actions.duplicate_action(u(), original.id)
    assert copy.title == "Brief venue staff (copy)" and copy.partner_ids == (org.id,)
    actions.delete_actions(u(), [original.id])
    with pytest.raises(NotFoundError):
        actions.get_action(u(), original.id)
    history.undo_batch(u(), history.list_batches(u())[0].id)
    restored = actions.get_action(u(), original.id)
    assert restored.partner_ids == (org.id,) and restored.latest_update == "Booked"


def test_undo_and_redo_an_edit(db, plan):
    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Train staff", progress=10)
    edit = u()
    actions.update_action(edit, action.id, progress=60, status=ActionStatus.IN_PROGRESS)
    undo_id = history.undo_batch(u(), edit.batch_id)
    assert actions.get_action(u(), action.id).progress == 10
    history.undo_batch(u(), undo_id)  # redo
    assert actions.get_action(u(), action.id).progress == 60


def test_undo_refuses_to_overwrite_a_later_change(db, plan):
    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Train staff")
    first = u()
    actions.update_action(first, action.id, progress=30)
    actions.update_action(u(), action.id, progress=50)
    with pytest.raises(ValidationError, match="changed again"):
        history.undo_batch(u(), first.batch_id)
    assert actions.get_action(u(), action.id).progress == 50


def test_session_attendance_makes_people_compliant(db, plan):
    u = db.unit_of_work
    org = organisations.create_organisation(u(), "Council")
    ids = [
        people.create_person(
            u(),
            first_name=f"P{i}",
            last_name="Smith",
            organisation_id=org.id,
            key_personnel=True,
            start_date=date(2020, 1, 1),
        ).id
        for i in range(3)
    ]
    awr = next(c for c in courses.list_courses(u()) if c.code == "HO-AWR")
    before = compliance.training_matrix(u(), plan.id, TODAY)
    assert before.rows[0].cells[0].state is ComplianceState.DUE
    result = training.record_attendance(u(), awr.id, date(2026, 11, 20), ids + ids[:1], evidence="Session 12")
    assert result.created == 3
    again = training.record_attendance(u(), awr.id, date(2026, 11, 20), ids)
    assert again.created == 0 and again.already_recorded == 3
    matrix = compliance.training_matrix(u(), plan.id, TODAY)
    assert {row.cells[0].state for row in matrix.rows} == {ComplianceState.COMPLIANT}
    assert matrix.rows[0].cells[0].expires_on == date(2028, 11, 20)
    summary = compliance.requirement_compliance(u(), plan.id, TODAY)[0]
    assert summary.percent == 100.0


def test_training_record_validation(db, plan):
    u = db.unit_of_work
    person = people.create_person(u(), first_name="Ann", last_name="Lee")
    awr = courses.list_courses(u())[1]
    with pytest.raises(ValidationError, match="future"):
        training.add_record(u(), person.id, awr.id, date(2030, 1, 1), today=TODAY)
    training.add_record(u(), person.id, awr.id, date(2026, 1, 1), today=TODAY)
    with pytest.raises(ValidationError, match="already has"):
        training.add_record(u(), person.id, awr.id, date(2026, 1, 1), today=TODAY)


def test_exemption_needs_a_reason_and_counts(db, plan):
    u = db.unit_of_work
    person = people.create_person(u(), first_name="Ann", last_name="Lee", key_personnel=True)
    req = requirements.list_requirements(u(), plan.id)[0]
    with pytest.raises(ValidationError, match="reason"):
        requirements.set_exemption(u(), req.id, person.id, " ")
    updated = requirements.set_exemption(u(), req.id, person.id, "Long-term sick leave")
    assert updated.exemptions[0].reason == "Long-term sick leave"
    states = dict((r.id, a.state) for r, a in compliance.person_compliance(u(), plan.id, person.id, TODAY))
    assert states[req.id] is ComplianceState.EXEMPT


def test_people_search_and_filters(demo_db):
    db, _plan_id = demo_db
    u = db.unit_of_work
    everyone = people.list_people(u(), people.PeopleFilter(on=TODAY, include_leavers=True))
    assert len(everyone) == 60
    active = people.list_people(u(), people.PeopleFilter(on=TODAY))
    assert len(active) < 60
    target = everyone[5]
    found = people.list_people(u(), people.PeopleFilter(text=target.last_name[:4], include_leavers=True))
    assert target in found
    keyed = people.list_people(u(), people.PeopleFilter(key_personnel_only=True, include_leavers=True))
    assert keyed and all(p.key_personnel for p in keyed)


def test_person_validation(db):
    with pytest.raises(ValidationError) as info:
        people.create_person(db.unit_of_work(), first_name="A", last_name="B", email="not given")
    assert info.value.field == "email"
    with pytest.raises(ValidationError):
        people.create_person(db.unit_of_work(), first_name="", last_name="")


def test_course_names_must_be_unique_ignoring_punctuation(db, plan):
    with pytest.raises(ValidationError, match="already names"):
        courses.create_course(db.unit_of_work(), "NEW", "Prevent-awareness")
    with pytest.raises(ValidationError, match="no course with the code"):
        courses.create_course(db.unit_of_work(), "NEW", "New course", renews=["NOPE"])


def test_change_log_records_old_and_new_values(db, plan):
    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Train staff", progress=10)
    edit = u()
    actions.update_action(edit, action.id, progress=60)
    entries = history.batch_entries(u(), edit.batch_id)
    assert entries == [
        {
            "entity": "action",
            "entity_uuid": action.uuid,
            "op": "update",
            "old": {"progress": 10},
            "new": {"progress": 60},
        }
    ]


def test_undo_refuses_to_remove_a_row_that_later_rows_refer_to(db, plan):
    u = db.unit_of_work
    made = u()
    org = organisations.create_organisation(made, "Northvale College")
    person = people.create_person(u(), first_name="Ann", last_name="Lee", organisation_id=org.id)
    with pytest.raises(ValidationError, match="Undo those changes first"):
        history.undo_batch(u(), made.batch_id)
    assert people.get_person(u(), person.id).organisation_name == "Northvale College"
    history.undo_batch(u(), history.list_batches(u())[0].id)  # undo the person first
    history.undo_batch(u(), made.batch_id)  # then the organisation can go
    assert organisations.list_organisations(u()) == []


def test_person_figures_count_people_as_the_matrix_shows_them(demo_db):
    """One pass over the facts gives the same per-person counts as reading the whole matrix."""
    db, plan_id = demo_db
    u = db.unit_of_work
    figures = compliance.person_figures(compliance.load_facts(u(), plan_id), TODAY)[None]
    overdue = key = key_done = 0
    for row in compliance.training_matrix(u(), plan_id, TODAY).rows:
        states = [c.state for c in row.cells if c.state is not ComplianceState.NOT_REQUIRED]
        overdue += any(s in (ComplianceState.OVERDUE, ComplianceState.EXPIRED) for s in states)
        if row.person.key_personnel and states:
            key += 1
            key_done += all(
                s in (ComplianceState.COMPLIANT, ComplianceState.EXPIRING, ComplianceState.EXEMPT)
                for s in states
            )
    assert (figures.people_overdue, figures.key_personnel, figures.key_personnel_compliant) == (
        overdue,
        key,
        key_done,
    )
    assert figures.people_overdue > 0 and 0 < figures.key_personnel_compliant < figures.key_personnel
