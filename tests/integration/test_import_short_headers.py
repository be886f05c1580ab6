"""Headers written in their common short forms map to the right fields in every kind of sheet."""

from datetime import date
from pathlib import Path

import openpyxl

from actionplan.exchange.importer import Outcome, apply_import, preview_import
from actionplan.services import actions, people, training
from actionplan.services.people import PeopleFilter

DAY = date(2026, 11, 28)


def _book(path: Path, header: list[str], rows: list[list]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _mapping(sheet) -> dict[str, str]:
    return {c.header: c.target for c in sheet.columns if c.target}


def test_people_sheet_with_short_headers(db, plan, tmp_path):
    path = _book(
        tmp_path / "staff.xlsx",
        ["Emp no", "Name", "Org", "Dept", "Started", "Email"],
        [
            ["E1", "Ann Lee", "Northvale Council", "Housing", "06/01/2020", "ann.lee@x.example"],
            ["E2", "Bo Ray", "Northvale Council", "Schools", date(2019, 9, 2), "bo.ray@x.example"],
        ],
    )
    result = preview_import(db, path, plan_id=plan.id, today=DAY)
    [sheet] = result.sheets
    assert sheet.kind == "people"
    assert _mapping(sheet) == {
        "Emp no": "staff_number",
        "Name": "full_name",
        "Org": "organisation",
        "Dept": "team",
        "Started": "start_date",
        "Email": "email",
    }
    apply_import(db, result)
    stored = {p.staff_number: p for p in people.list_people(db.unit_of_work(), PeopleFilter())}
    assert stored["E1"].start_date == date(2020, 1, 6) and stored["E1"].team == "Housing"
    assert stored["E2"].organisation_name == "Northvale Council"


def test_people_sheet_with_payroll_start_and_organisation_name(db, plan, tmp_path):
    path = _book(
        tmp_path / "staff.xlsx",
        ["Payroll", "Forename", "Surname", "Organisation name", "Start"],
        [["P7", "Cy", "Fox", "Northvale School", "01/09/2021"]],
    )
    [sheet] = preview_import(db, path, plan_id=plan.id, today=DAY).sheets
    assert _mapping(sheet) == {
        "Payroll": "staff_number",
        "Forename": "first_name",
        "Surname": "last_name",
        "Organisation name": "organisation",
        "Start": "start_date",
    }
    assert sheet.count(Outcome.NEW) == 1


def test_an_impossible_start_date_rejects_the_row_with_its_reason(db, plan, tmp_path):
    path = _book(
        tmp_path / "staff.xlsx",
        ["Emp no", "Name", "Org", "Start"],
        [
            ["E1", "Ann Lee", "Northvale Council", "06/01/2020"],
            ["E2", "Bo Ray", "Northvale Council", "31/02/2024"],
        ],
    )
    result = preview_import(db, path, plan_id=plan.id, today=DAY)
    [sheet] = result.sheets
    [error] = sheet.errors
    assert (error.row, error.column, error.value) == (3, "Start", "31/02/2024")
    assert error.message == "“31/02/2024” is not a real date: check the day and month."
    assert [r.outcome for r in sheet.rows] == [Outcome.NEW, Outcome.REJECTED]
    assert apply_import(db, result).applied is False  # all or nothing
    assert people.list_people(db.unit_of_work(), PeopleFilter(include_leavers=True)) == []


def test_training_sheet_with_short_headers(db, plan, tmp_path):
    path = _book(
        tmp_path / "training.xlsx",
        ["Emp no", "Name", "Org", "Course", "Date done"],
        [["E1", "Ann Lee", "Northvale Council", "WRAP", "14/10/2025"]],
    )
    result = preview_import(db, path, plan_id=plan.id, today=DAY)
    [sheet] = result.sheets
    assert sheet.kind == "training"
    assert _mapping(sheet) == {
        "Emp no": "staff_number",
        "Name": "full_name",
        "Org": "organisation",
        "Course": "course",
        "Date done": "completed_on",
    }
    apply_import(db, result)
    [person] = people.list_people(db.unit_of_work(), PeopleFilter())
    [record] = training.list_records(db.unit_of_work(), person.id)
    assert (record.course_code, record.completed_on) == ("WRAP", date(2025, 10, 14))


def test_training_sheet_with_completed_and_payroll(db, plan, tmp_path):
    path = _book(
        tmp_path / "training.xlsx",
        ["Payroll", "Name", "Organisation name", "Course", "Completed"],
        [["P1", "Bo Ray", "Northvale Police", "Prevent awareness", date(2025, 3, 1)]],
    )
    [sheet] = preview_import(db, path, plan_id=plan.id, today=DAY).sheets
    assert sheet.kind == "training"
    assert _mapping(sheet)["Completed"] == "completed_on"
    assert _mapping(sheet)["Payroll"] == "staff_number"
    assert sheet.rejected == 0


def test_action_sheet_with_short_headers(db, plan, tmp_path):
    path = _book(
        tmp_path / "plan.xlsx",
        ["Ref", "Action", "Org", "Started", "Due", "Date done", "Status"],
        [
            ["9.1", "Run a WRAP session for governors", "Northvale Council", "01/05/2026", "30/09/2026",
             "15/09/2026", "Complete"],
            ["9.2", "Refresh the referral pathway", "Northvale Police", "01/06/2026", "31/03/2027", None,
             "In progress"],
        ],
    )  # fmt: skip
    result = preview_import(db, path, plan_id=plan.id, today=DAY)
    [sheet] = result.sheets
    assert sheet.kind == "actions"
    assert _mapping(sheet) == {
        "Ref": "ref",
        "Action": "title",
        "Org": "lead_organisation",
        "Started": "start_date",
        "Due": "due_date",
        "Date done": "completed_on",
        "Status": "status",
    }
    apply_import(db, result)
    views = {a.ref: a for a in actions.list_actions(db.unit_of_work(), plan.id)}
    assert views["9.1"].start_date == date(2026, 5, 1)
    assert views["9.1"].completed_on == date(2026, 9, 15)
    assert views["9.2"].lead_organisation_name == "Northvale Police"


def test_a_staff_list_with_title_and_organisation_is_not_an_action_plan(db, plan, tmp_path):
    path = _book(
        tmp_path / "staff.xlsx",
        ["Title", "First name", "Surname", "Organisation", "Email"],
        [["Dr", "Ann", "Lee", "Northvale Council", "ann.lee@x.example"]],
    )
    [sheet] = preview_import(db, path, plan_id=plan.id, today=DAY).sheets
    assert sheet.kind == "people"
