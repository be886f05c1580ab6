"""The partner round trip: export, edit as a partner would, import again; exactly the edits come back."""

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from actionplan.domain.enums import ActionStatus
from actionplan.exchange.export import export_workbook
from actionplan.exchange.importer import apply_import, preview_import
from actionplan.exchange.preview import Outcome
from actionplan.services import actions as action_service
from actionplan.services import training as training_service
from actionplan.storage.models import Course, Organisation, Person, TrainingRecord

TODAY = date(2026, 11, 28)  # the demo fixture's day (tests/conftest.py)
REPORT_SHEETS = {"Summary", "Requirements", "Lists"}


def export(db, plan_id, path: Path, **options):
    return export_workbook(db.unit_of_work(), plan_id, path, on=TODAY, **options)


def preview(db, plan_id, path: Path):
    return preview_import(db, path, plan_id=plan_id, today=TODAY)


def outcomes(result) -> dict[str, dict[str, int]]:
    return {
        sheet.name: {o.value: sheet.count(o) for o in Outcome if sheet.count(o)}
        for sheet in result.imported_sheets
    }


def assert_all_unchanged(result, expected_sheets: set[str]) -> None:
    assert {s.name for s in result.imported_sheets} == expected_sheets
    assert {s.name for s in result.sheets if s.skipped} <= REPORT_SHEETS
    for sheet in result.imported_sheets:
        changed = [
            (r.row, r.label, r.outcome.value, r.changes, r.errors)
            for r in sheet.rows
            if r.outcome is not Outcome.UNCHANGED
        ]
        assert not changed, f"{sheet.name}: {changed[:3]}"
    assert not result.has_changes and result.rejected == 0


@pytest.mark.parametrize("partner", [None, "Northvale Police"])
def test_an_unchanged_export_imports_as_unchanged(demo_db, tmp_path, partner):
    db, plan_id = demo_db
    path = tmp_path / "unchanged.xlsx"
    result = export(db, plan_id, path, partner=partner)
    imported = preview(db, plan_id, path)
    assert_all_unchanged(
        imported, {"Actions", "People", "Training records", "Training matrix", "Organisations"}
    )
    assert sum(len(s.rows) for s in imported.imported_sheets) == sum(
        result.sheets[name]
        for name in ("Actions", "People", "Training records", "Training matrix", "Organisations")
    )


def column(ws, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def row_of(ws, header: str, value: object) -> int:
    col = column(ws, header)
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, col).value == value:
            return row
    raise AssertionError(f"no row with {header} = {value!r}")


def test_partner_edits_come_back_exactly(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "police.xlsx"
    export(db, plan_id, path, partner="Northvale Police")
    with db.unit_of_work() as uow:
        police = uow.session.execute(
            select(Organisation.id).where(Organisation.name == "Northvale Police")
        ).scalar_one()
        chn = uow.session.execute(select(Course.id).where(Course.code == "HO-CHN")).scalar_one()
    actions = action_service.list_actions(db.unit_of_work(), plan_id, TODAY)
    action = next(
        a for a in actions if a.lead_organisation_id == police and a.status is ActionStatus.IN_PROGRESS
    )
    new_due = (action.due_date or TODAY) + timedelta(days=30)

    # The partner's edits, made with openpyxl as Excel would save them.
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Actions"]
    row = row_of(ws, "Record ID", action.uuid)
    ws.cell(row, column(ws, "Status")).value = "Blocked"
    ws.cell(row, column(ws, "Progress")).value = min(action.progress + 15, 95)
    ws.cell(row, column(ws, "Due date")).value = new_due
    ws.cell(row, column(ws, "Latest update")).value = "Waiting for the venue; agreed at the partner meeting."
    ws.cell(row, column(ws, "RAG")).value = "Red"  # blocked is red, as the rule says

    people = workbook["People"]
    new_person = [
        "PO99999",
        "Ada",
        "Newcomer",
        "ada.newcomer@police.example",
        "Police Constable",
        "Frontline practitioner",
        "Northvale Police",
        "Neighbourhood",
        "Yes",
        date(2026, 10, 1),
        None,
        None,  # no Record ID: a new person
    ]
    people.append(new_person)

    training = workbook["Training records"]
    trained_row = 2
    staff, first, last, email = (training.cell(trained_row, c).value for c in range(1, 5))
    training.append(
        [staff, first, last, email, "Northvale Police", "HO-CHN", date(2026, 11, 2), None, "Cert 42", None]
    )

    matrix = workbook["Training matrix"]
    headers = [c.value for c in matrix[1]]
    typed = None
    for r in range(2, matrix.max_row + 1):
        for c, header in enumerate(headers, start=1):
            if header in ("HO-AWR", "WRAP") and matrix.cell(r, c).value == "—":
                matrix.cell(r, c).value = date(2026, 11, 20)
                typed = (matrix.cell(r, column(matrix, "Record ID")).value, header)
                break
        if typed:
            break
    assert typed, "the police matrix has a cell waiting for a date"
    workbook.save(path)

    result = preview(db, plan_id, path)
    assert result.rejected == 0, [e.message for s in result.sheets for e in s.errors]
    got = outcomes(result)
    assert got["Actions"] == {"updated": 1, "unchanged": got["Actions"]["unchanged"]}
    assert got["People"] == {"new": 1, "unchanged": got["People"]["unchanged"]}
    assert got["Training records"] == {"new": 1, "unchanged": got["Training records"]["unchanged"]}
    assert got["Training matrix"] == {"updated": 1, "unchanged": got["Training matrix"]["unchanged"]}
    (updated,) = [r for r in result.sheets[1].rows if r.outcome is Outcome.UPDATED]
    assert {c.field for c in updated.changes} == {"status", "progress", "due_date", "update"}
    assert result.created.people == 1 and result.created.training_records == 2

    applied = apply_import(db, result)
    assert applied.applied
    after = action_service.get_action(db.unit_of_work(), action.id, TODAY)
    assert after.status is ActionStatus.BLOCKED
    assert after.due_date == new_due
    assert after.latest_update == "Waiting for the venue; agreed at the partner meeting."
    with db.unit_of_work() as uow:
        ada = uow.session.execute(
            select(Person.id).where(Person.email == "ada.newcomer@police.example")
        ).scalar_one()
        person_uuid, code = typed
        person = uow.session.execute(select(Person.id).where(Person.uuid == person_uuid)).scalar_one()
        course = uow.session.execute(select(Course.id).where(Course.code == code)).scalar_one()
        assert uow.session.execute(
            select(TrainingRecord.id).where(
                TrainingRecord.person_id == person,
                TrainingRecord.course_id == course,
                TrainingRecord.completed_on == date(2026, 11, 20),
            )
        ).scalar_one()
    assert ada
    chn_records = [
        r
        for r in training_service.list_records(db.unit_of_work(), _person_by_staff(db, staff))
        if r.course_id == chn
    ]
    assert [r.completed_on for r in chn_records if r.evidence == "Cert 42"] == [date(2026, 11, 2)]

    # And the workbook exported now comes back unchanged: nothing was applied twice.
    again = tmp_path / "again.xlsx"
    export(db, plan_id, again, partner="Northvale Police")
    assert_all_unchanged(
        preview(db, plan_id, again),
        {"Actions", "People", "Training records", "Training matrix", "Organisations"},
    )


def _person_by_staff(db, staff: str) -> int:
    with db.unit_of_work() as uow:
        return uow.session.execute(select(Person.id).where(Person.staff_number == staff)).scalar_one()


def test_a_rag_left_as_exported_is_not_an_override(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "rag.xlsx"
    export(db, plan_id, path)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Actions"]
    rag, status = column(ws, "RAG"), column(ws, "Status")
    row = next(
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, rag).value == "Green" and ws.cell(r, status).value == "In progress"
    )
    ws.cell(row, status).value = "Blocked"  # the partner changes the status and leaves the RAG
    workbook.save(path)
    (updated,) = [r for r in preview(db, plan_id, path).sheets[1].rows if r.outcome is Outcome.UPDATED]
    assert [c.field for c in updated.changes] == ["status"]
