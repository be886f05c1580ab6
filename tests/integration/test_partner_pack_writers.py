"""The data sheets of a partner pack, cell by cell, on a database of two organisations.

A small database made here (no demo), so mutation testing can run these for every change it
makes to the sheet writers: the Police pack holds the police's people, records, actions and
role groups, and nothing of the council's; the full export holds everyone.
"""

import io
from collections import Counter
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.exchange import export_sheets
from actionplan.exchange.workbook_style import Lists
from actionplan.services import actions, organisations, people, plans, training
from actionplan.storage.models import Course
from tests.conftest import TODAY


@pytest.fixture
def two(db, plan):
    """Council and Police, their people and records, and three actions between them."""
    u = db.unit_of_work
    council = organisations.create_organisation(u(), "Council")
    police = organisations.create_organisation(u(), "Police")
    fire = organisations.create_organisation(u(), "Fire")  # a partner of the police's action, no people
    with db.unit_of_work() as uow:
        course = dict(uow.session.execute(select(Course.code, Course.id)).all())
    pat = people.create_person(
        u(),
        staff_number="P1",
        first_name="Pat",
        last_name="Stone",
        email="pat@police.example",
        job_title="Sergeant",
        role_group="Police officer",
        organisation_id=police.id,
        team="North",
        key_personnel=True,
        start_date=date(2025, 1, 6),
    )
    quinn = people.create_person(
        u(),
        staff_number="P2",
        first_name="Quinn",
        last_name="Adams",
        role_group="Police staff",
        organisation_id=police.id,
        leaving_date=date(2026, 6, 30),
    )
    cara = people.create_person(
        u(),
        staff_number="C1",
        first_name="Cara",
        last_name="Bell",
        email="cara@council.example",
        role_group="Council officer",
        organisation_id=council.id,
    )
    nia = people.create_person(
        u(), staff_number="N1", first_name="Nia", last_name="Hale", role_group="Volunteer"
    )
    training.add_record(u(), pat.id, course["WRAP"], date(2025, 1, 10), evidence="Certificate")
    training.add_record(u(), pat.id, course["HO-AWR"], date(2025, 3, 1), expires_on=date(2026, 3, 1))
    training.add_record(u(), quinn.id, course["HO-AWR"], date(2024, 5, 2))
    training.add_record(u(), cara.id, course["WRAP"], date(2025, 2, 2))
    training.add_record(u(), nia.id, course["MEM"], date(2025, 4, 4))
    due = {"start_date": date(2026, 1, 5), "due_date": date(2027, 3, 31)}
    led = actions.create_action(
        u(),
        plan.id,
        "Police patrols",
        lead_organisation_id=police.id,
        owner_id=pat.id,
        partner_ids=[council.id, fire.id],
        status=ActionStatus.IN_PROGRESS,
        progress=40,
        description="Joint patrols",
        evidence="Rota",
        notes="Weekly",
        statutory=True,
        **due,
    )
    supported = actions.create_action(
        u(),
        plan.id,
        "Council training",
        lead_organisation_id=council.id,
        owner_id=cara.id,
        partner_ids=[police.id],
        **due,
    )
    own = actions.create_action(
        u(), plan.id, "Council only", lead_organisation_id=council.id, owner_id=cara.id
    )
    views = {o.id: o for o in organisations.list_organisations(db.unit_of_work())}
    return {
        "db": db,
        "plan": plans.get_plan(db.unit_of_work(), plan.id),
        "council": views[council.id],
        "police": views[police.id],
        "people": {"pat": pat, "quinn": quinn, "cara": cara, "nia": nia},
        "actions": {"led": led, "supported": supported, "own": own},
    }


def scope(two, partner, ticks=None):
    return export_sheets.Scope(two["plan"], TODAY, partner, 60, (ticks if ticks is not None else []).append)


def read_back(workbook) -> list[list]:
    """The first sheet's rows (header first) from the saved workbook, dates as dates."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = openpyxl.load_workbook(buffer).worksheets[0]
    return [
        [v.date() if isinstance(v, datetime) else v for v in r] for r in sheet.iter_rows(values_only=True)
    ]


def rows_of(write, two, partner, lists=None):
    """The rows a writer puts on its sheet (header first), read back from the saved workbook."""
    workbook = openpyxl.Workbook(write_only=True)
    ticks: list[int] = []
    written = write(workbook, two["db"].unit_of_work(), scope(two, partner, ticks), lists or Lists())
    return written, read_back(workbook), ticks


def test_the_people_sheet_of_a_partner_pack_holds_its_people_only(two):
    pat, quinn = two["people"]["pat"], two["people"]["quinn"]
    count, rows, ticks = rows_of(export_sheets.write_people, two, two["police"])
    assert rows[0] == [c.header for c in export_sheets.PEOPLE_COLUMNS]
    assert rows[1:] == [
        ["P2", "Quinn", "Adams", None, None, "Police staff", "Police", None, "No", None, date(2026, 6, 30),
         quinn.uuid],
        ["P1", "Pat", "Stone", "pat@police.example", "Sergeant", "Police officer", "Police", "North", "Yes",
         date(2025, 1, 6), None, pat.uuid],
    ]  # fmt: skip
    assert count == 2 and ticks == [2]


def test_the_people_sheet_of_a_full_export_holds_everyone_by_organisation_and_name(two):
    count, rows, ticks = rows_of(export_sheets.write_people, two, None)
    names = [(r[6], r[2]) for r in rows[1:]]
    assert names == [(None, "Hale"), ("Council", "Bell"), ("Police", "Adams"), ("Police", "Stone")]
    assert count == 4 and ticks == [4]


def test_the_training_sheet_of_a_partner_pack_holds_its_records_only(two):
    pat, quinn = two["people"]["pat"], two["people"]["quinn"]
    count, rows, ticks = rows_of(export_sheets.write_training, two, two["police"])
    assert rows[0] == [c.header for c in export_sheets.TRAINING_COLUMNS]
    assert rows[1:] == [
        # No expiry given: the course's validity (HO-AWR 24 months, WRAP 36).
        ["P2", "Quinn", "Adams", None, "Police", "HO-AWR", date(2024, 5, 2), date(2026, 5, 2), None,
         quinn.uuid],
        ["P1", "Pat", "Stone", "pat@police.example", "Police", "WRAP", date(2025, 1, 10), date(2028, 1, 10),
         "Certificate", pat.uuid],
        ["P1", "Pat", "Stone", "pat@police.example", "Police", "HO-AWR", date(2025, 3, 1), date(2026, 3, 1),
         None, pat.uuid],
    ]  # fmt: skip
    assert count == 3 and ticks == [3]


def test_the_training_sheet_of_a_full_export_holds_every_record(two):
    count, rows, ticks = rows_of(export_sheets.write_training, two, None)
    assert [(r[4], r[2], r[5]) for r in rows[1:]] == [
        (None, "Hale", "MEM"),
        ("Council", "Bell", "WRAP"),
        ("Police", "Adams", "HO-AWR"),
        ("Police", "Stone", "WRAP"),
        ("Police", "Stone", "HO-AWR"),
    ]
    assert rows[1][7] == date(2029, 4, 4)  # MEM: 48 months
    assert count == 5 and ticks == [5]


def test_the_actions_of_a_partner_pack_are_those_it_leads_or_supports(two):
    led, supported = two["actions"]["led"], two["actions"]["supported"]
    workbook = openpyxl.Workbook(write_only=True)
    ticks: list[int] = []
    count, rags = export_sheets.write_actions(
        workbook, two["db"].unit_of_work(), scope(two, two["police"], ticks), Lists()
    )
    rows = read_back(workbook)
    assert rows[0] == [c.header for c in export_sheets.ACTION_COLUMNS]
    by_title = {r[1]: r for r in rows[1:]}
    assert set(by_title) == {"Police patrols", "Council training"} and count == 2 and ticks == [2]
    assert by_title["Police patrols"] == [
        led.ref or None, "Police patrols", None, "Police", "Pat Stone", "Council; Fire", date(2027, 3, 31),
        "In progress", 40,
        led.rag.label, None, date(2026, 1, 5), None, None, "Joint patrols", "Yes", "Rota", "Weekly", led.uuid,
    ]  # fmt: skip
    # The council's owner stays out of the police's pack; the lead and partner names stay in.
    patrol = by_title["Council training"]
    assert patrol[3:6] == ["Council", None, "Police"] and patrol[15] == "No" and patrol[-1] == supported.uuid
    assert sum(rags.values()) == 2 and rags == Counter([led.rag, supported.rag])


def test_the_actions_of_a_full_export_are_all_with_their_owners(two):
    workbook = openpyxl.Workbook(write_only=True)
    count, rags = export_sheets.write_actions(workbook, two["db"].unit_of_work(), scope(two, None), Lists())
    rows = read_back(workbook)
    assert {r[1]: r[4] for r in rows[1:]} == {
        "Police patrols": "Pat Stone",
        "Council training": "Cara Bell",
        "Council only": "Cara Bell",
    }
    assert count == 3 and sum(rags.values()) == 3


def test_an_action_without_a_rag_is_not_counted(two):
    actions.update_action(two["db"].unit_of_work(), two["actions"]["own"].id, status=ActionStatus.CANCELLED)
    workbook = openpyxl.Workbook(write_only=True)
    _count, rags = export_sheets.write_actions(workbook, two["db"].unit_of_work(), scope(two, None), Lists())
    read_back(workbook)
    views = actions.list_actions(two["db"].unit_of_work(), two["plan"].id, TODAY)
    assert sum(rags.values()) == sum(1 for a in views if a.rag is not None) == 2
    assert all(isinstance(r, Rag) for r in rags)


def test_the_drop_down_lists_of_a_partner_pack_are_its_own(two):
    for partner, roles, names in (
        (two["police"], ["Police officer", "Police staff"], ["Police"]),
        (
            None,
            ["Council officer", "Police officer", "Police staff", "Volunteer"],
            ["Council", "Fire", "Police"],
        ),
    ):
        lists = Lists()
        export_sheets.add_plan_lists(two["db"].unit_of_work(), scope(two, partner), lists)
        assert lists.items["role_group"] == roles
        assert lists.items["organisation"] == names
        assert lists.titles["role_group"] == "Role group" and lists.titles["organisation"] == "Organisation"
    assert lists.items["status"] == ["Not started", "In progress", "Complete", "Blocked", "Cancelled"]
    assert lists.items["rag"] == ["Red", "Amber", "Green", "Complete"]
    assert lists.items["yesno"] == ["Yes", "No"]
    assert lists.items["course"] == ["WRAP", "HO-AWR", "HO-REF", "HO-CHN", "HO-RFR", "DSL", "MEM", "VEN"]
    themes = [t.name for t in plans.list_themes(two["db"].unit_of_work(), two["plan"].id)]
    objectives = [o.name for o in plans.list_objectives(two["db"].unit_of_work(), two["plan"].id)]
    assert lists.items["theme"] == themes and lists.items["objective"] == objectives
    titles = {"status": "Status", "rag": "RAG", "yesno": "Yes/No", "theme": "Theme", "objective": "Objective"}
    assert {k: lists.titles[k] for k in titles} == titles and lists.titles["course"] == "Course"


def test_the_matrix_of_a_partner_pack_holds_its_people_only(two):
    pat = two["people"]["pat"]
    police = export_sheets.load_matrix(two["db"].unit_of_work(), scope(two, two["police"]))
    assert [p.id for p in police.people] == [pat.id]  # Quinn has left: in no audience
    full = export_sheets.load_matrix(two["db"].unit_of_work(), scope(two, None))
    assert [p.last_name for p in full.people] == ["Hale", "Bell", "Stone"]
    for data in (police, full):
        codes = [r.course_code for r in data.requirements]
        assert data.courses == [
            (code, [codes.index(code)], {"WRAP": 36, "MEM": 48}.get(code, 24)) for code in codes
        ]
        assert len(data.cells) == len(data.people) and all(len(c) == len(codes) for c in data.cells)
    by_person = dict(zip([p.id for p in full.people], full.cells, strict=True))
    assert by_person[pat.id] == police.cells[0]


def test_two_requirements_for_one_course_share_its_matrix_column(two):
    from actionplan.services import requirements

    with two["db"].unit_of_work() as uow:
        wrap = uow.session.execute(select(Course.id).where(Course.code == "WRAP")).scalar_one()
    requirements.create_requirement(two["db"].unit_of_work(), two["plan"].id, wrap, title="WRAP again")
    data = export_sheets.load_matrix(two["db"].unit_of_work(), scope(two, None))
    codes = [r.course_code for r in data.requirements]
    assert codes.count("WRAP") == 2
    (wrap_column,) = [c for c in data.courses if c[0] == "WRAP"]
    assert wrap_column == ("WRAP", [i for i, c in enumerate(codes) if c == "WRAP"], 36)
    assert [c[0] for c in data.courses] == list(dict.fromkeys(codes))


def test_people_with_the_same_name_are_in_the_order_they_were_added(two):
    u = two["db"].unit_of_work
    police = two["police"].id
    first = people.create_person(
        u(), staff_number="P8", first_name="Sam", last_name="Lee", organisation_id=police
    )
    second = people.create_person(
        u(), staff_number="P9", first_name="Sam", last_name="Lee", organisation_id=police
    )
    data = export_sheets.load_matrix(u(), scope(two, two["police"]))
    assert [p.staff_number for p in data.people] == ["P8", "P9", "P1"]
    assert [p.id for p in data.people][:2] == [first.id, second.id]
    ann = people.create_person(
        u(), staff_number="P7", first_name="Ann", last_name="Lee", organisation_id=police
    )
    data = export_sheets.load_matrix(u(), scope(two, two["police"]))
    assert [p.staff_number for p in data.people] == ["P7", "P8", "P9", "P1"] and ann.id > second.id


def test_the_rows_an_export_will_hold(two):
    assert export_sheets.count_rows(two["db"].unit_of_work(), two["police"]) == (2, 3)
    assert export_sheets.count_rows(two["db"].unit_of_work(), two["council"]) == (1, 1)
    assert export_sheets.count_rows(two["db"].unit_of_work(), None) == (4, 5)


def test_each_sheet_has_its_name_footer_and_drop_down_lists(two):
    from openpyxl.utils import get_column_letter

    for write, title, header, columns in (
        (export_sheets.write_actions, "Actions", "Status", export_sheets.ACTION_COLUMNS),
        (export_sheets.write_people, "People", "Role group", export_sheets.PEOPLE_COLUMNS),
        (export_sheets.write_training, "Training records", "Course", export_sheets.TRAINING_COLUMNS),
    ):
        pack = export_sheets.Scope(
            two["plan"], TODAY, two["police"], 60, lambda _n: None, footer="Police pack"
        )
        lists = Lists()
        export_sheets.add_plan_lists(two["db"].unit_of_work(), pack, lists)
        workbook = openpyxl.Workbook(write_only=True)
        write(workbook, two["db"].unit_of_work(), pack, lists)
        buffer = io.BytesIO()
        workbook.save(buffer)
        ws = openpyxl.load_workbook(buffer).worksheets[0]
        assert ws.title == title and ws.oddFooter.left.text == "&A – Police pack"
        letter = get_column_letter([c.header for c in columns].index(header) + 1)
        found = [v for v in ws.data_validations.dataValidation if str(v.sqref).startswith(f"{letter}2:")]
        assert len(found) == 1 and found[0].type == "list", title


def test_a_linked_actions_progress_is_the_compliance_the_export_gives(two):
    """A partner pack shows a linked action's progress from its own people's compliance."""
    from actionplan.domain.compliance import ComplianceCounts
    from actionplan.domain.enums import ComplianceState
    from actionplan.services import requirements
    from actionplan.services.readmodels import RequirementCompliance

    requirement = requirements.list_requirements(two["db"].unit_of_work(), two["plan"].id)[0]
    actions.create_action(
        two["db"].unit_of_work(),
        two["plan"].id,
        "Linked",
        lead_organisation_id=two["police"].id,
        requirement_id=requirement.id,
    )
    counts = ComplianceCounts({ComplianceState.COMPLIANT: 3, ComplianceState.OVERDUE: 1})
    given = [RequirementCompliance(requirement, counts, {}, Rag.AMBER, "")]
    workbook = openpyxl.Workbook(write_only=True)
    export_sheets.write_actions(workbook, two["db"].unit_of_work(), scope(two, two["police"]), Lists(), given)
    (linked,) = [r for r in read_back(workbook) if r[1] == "Linked"]
    assert linked[8] == 75
    computed = actions.list_actions(two["db"].unit_of_work(), two["plan"].id, TODAY)
    assert next(a for a in computed if a.title == "Linked").progress != 75


def test_courses_in_the_same_place_are_listed_by_code(two):
    from actionplan.services import courses

    courses.create_course(two["db"].unit_of_work(), "ZZ-LAST", "Last", position=99)
    courses.create_course(two["db"].unit_of_work(), "AA-LAST", "Also last", position=99)
    lists = Lists()
    export_sheets.add_plan_lists(two["db"].unit_of_work(), scope(two, None), lists)
    assert lists.items["course"][-2:] == ["AA-LAST", "ZZ-LAST"]


def test_the_actions_rag_is_worked_out_for_the_exports_day(two):
    later = date(2027, 6, 1)  # past the due date of the police's action
    workbook = openpyxl.Workbook(write_only=True)
    as_at = export_sheets.Scope(two["plan"], later, two["police"], 60, lambda _n: None)
    _count, rags = export_sheets.write_actions(workbook, two["db"].unit_of_work(), as_at, Lists())
    (patrols,) = [r for r in read_back(workbook) if r[1] == "Police patrols"]
    views = actions.list_actions(two["db"].unit_of_work(), two["plan"].id, later)
    then = next(a for a in views if a.title == "Police patrols")
    assert then.rag is Rag.RED and patrols[9] == "Red" and rags[Rag.RED] == 2
    assert two["actions"]["led"].rag is not Rag.RED


def test_training_rows_go_by_surname_forename_person_course_and_date(two):
    u = two["db"].unit_of_work
    police = two["police"].id
    with two["db"].unit_of_work() as uow:
        course = dict(uow.session.execute(select(Course.code, Course.id)).all())
    zed = people.create_person(
        u(), staff_number="Z", first_name="Zed", last_name="Abbot", organisation_id=police
    )
    amy = people.create_person(
        u(), staff_number="A1", first_name="Amy", last_name="Abbot", organisation_id=police
    )
    twin = people.create_person(
        u(), staff_number="A2", first_name="Amy", last_name="Abbot", organisation_id=police
    )
    for person in (twin, zed, amy):
        training.add_record(u(), person.id, course["HO-AWR"], date(2025, 2, 1))
        training.add_record(u(), person.id, course["WRAP"], date(2025, 3, 1))
        training.add_record(u(), person.id, course["WRAP"], date(2025, 1, 1))
    _count, rows, _ticks = rows_of(export_sheets.write_training, two, two["police"])
    abbots = [(r[0], r[5], r[6]) for r in rows[1:] if r[2] == "Abbot"]
    expected = []
    for staff in ("A1", "A2", "Z"):
        expected += [
            (staff, "WRAP", date(2025, 1, 1)),
            (staff, "WRAP", date(2025, 3, 1)),
            (staff, "HO-AWR", date(2025, 2, 1)),
        ]
    assert abbots == expected
    assert [r[2] for r in rows[1:]] == ["Abbot"] * 9 + ["Adams", "Stone", "Stone"]


def test_the_matrix_is_of_the_people_there_on_the_exports_day(two):
    before = export_sheets.Scope(two["plan"], date(2026, 6, 1), two["police"], 60, lambda _n: None)
    data = export_sheets.load_matrix(two["db"].unit_of_work(), before)
    assert [p.staff_number for p in data.people] == ["P2", "P1"]  # Quinn left on 30/06/2026


def test_people_go_by_organisation_surname_and_forename(two):
    u = two["db"].unit_of_work
    police = two["police"].id
    people.create_person(u(), staff_number="Z", first_name="Zed", last_name="Abbot", organisation_id=police)
    people.create_person(u(), staff_number="A", first_name="Amy", last_name="Abbot", organisation_id=police)
    _count, rows, _ticks = rows_of(export_sheets.write_people, two, None)
    assert [r[0] for r in rows[1:]] == ["N1", "C1", "A", "Z", "P2", "P1"]
