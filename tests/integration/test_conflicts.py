"""A returned export whose fields were also changed here since: conflicts, kept local edits, choices."""

import json
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from actionplan.cli import main
from actionplan.domain.enums import ActionStatus, Rag
from actionplan.errors import ValidationError
from actionplan.exchange.importer import apply_import
from actionplan.exchange.preview import Outcome, Resolution
from actionplan.paths import resolve_database_url, resolve_paths
from actionplan.services import actions as action_service
from actionplan.services import history
from actionplan.services import people as people_service
from actionplan.services import training as training_service
from actionplan.storage.models import ChangeBatch, Organisation, Person
from tests.integration.test_round_trip import (
    TODAY,
    assert_all_unchanged,
    column,
    export,
    preview,
    row_of,
)

DATA_SHEETS = {"Actions", "People", "Training records", "Training matrix", "Organisations"}
POLICE = "Northvale Police"


def org_id(db, name: str) -> int:
    with db.unit_of_work() as uow:
        return uow.session.execute(select(Organisation.id).where(Organisation.name == name)).scalar_one()


def batches(db) -> int:
    with db.unit_of_work() as uow:
        return uow.session.execute(select(func.count()).select_from(ChangeBatch)).scalar_one()


def in_progress_actions(db, plan_id, involving: int | None = None):
    """Open actions not linked to a requirement (those of one organisation), in progress first."""
    found = [
        a
        for a in action_service.list_actions(db.unit_of_work(), plan_id, TODAY)
        if a.status in (ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED)
        and a.requirement_id is None
        and (involving is None or a.lead_organisation_id == involving or involving in a.partner_ids)
    ]
    found.sort(key=lambda a: a.status is not ActionStatus.IN_PROGRESS)
    assert len(found) >= 3 and found[0].status is ActionStatus.IN_PROGRESS
    return found


def person_of(db, organisation: int | None = None, skip: int = 0):
    found = [
        p
        for p in people_service.list_people(db.unit_of_work())
        if (organisation is None or p.organisation_id == organisation) and p.leaving_date is None
    ]
    return found[skip]


def edit_cell(path: Path, sheet: str, record_id: str, header: str, value: object) -> None:
    workbook = openpyxl.load_workbook(path)
    ws = workbook[sheet]
    ws.cell(row_of(ws, "Record ID", record_id), column(ws, header)).value = value
    workbook.save(path)


def sheet_row(path: Path, sheet: str, record_id: str) -> int:
    return row_of(openpyxl.load_workbook(path)[sheet], "Record ID", record_id)


@pytest.fixture(params=["full", "partner"])
def returned(request, demo_db, tmp_path):
    """An export (full, or the police's pack) edited here and by the partner since.

    Here: an action's status and a person's job title. In the file: the same two cells to
    other values, and the progress of another action that nobody here touched.
    """
    db, plan_id = demo_db
    partner = POLICE if request.param == "partner" else None
    police = org_id(db, POLICE)
    path = tmp_path / f"{request.param}.xlsx"
    summary = export(db, plan_id, path, partner=partner)
    action, other = in_progress_actions(db, plan_id, involving=police)[:2]
    person = person_of(db, police)

    action_service.update_action(db.unit_of_work(), action.id, status=ActionStatus.BLOCKED, today=TODAY)
    people_service.update_person(db.unit_of_work(), person.id, job_title="Detective Sergeant")

    edit_cell(path, "Actions", action.uuid, "Status", "Complete")
    edit_cell(path, "People", person.uuid, "Job title", "Prevent Coordinator")
    new_progress = other.progress + 5
    edit_cell(path, "Actions", other.uuid, "Progress", new_progress)
    return {
        "db": db,
        "plan_id": plan_id,
        "path": path,
        "summary": summary,
        "action": action,
        "other": other,
        "person": person,
        "new_progress": new_progress,
    }


def test_the_preview_shows_exactly_the_two_conflicts_and_the_plain_update(returned):
    db, plan_id, path = returned["db"], returned["plan_id"], returned["path"]
    action, other, person = returned["action"], returned["other"], returned["person"]
    result = preview(db, plan_id, path)
    assert result.rejected == 0
    assert result.export_id == returned["summary"].export_id
    assert result.exported_at is not None
    assert {(c.sheet, c.field) for c in result.conflicts} == {("Actions", "status"), ("People", "job_title")}

    actions = next(s for s in result.sheets if s.name == "Actions")
    people = next(s for s in result.sheets if s.name == "People")
    (status,) = actions.conflicts
    assert status.row == sheet_row(path, "Actions", action.uuid)
    assert (status.column, status.exported, status.ours, status.theirs) == (
        "Status",
        "In progress",
        "Blocked",
        "Complete",
    )
    assert "choose which to keep" in status.message
    (title,) = people.conflicts
    assert title.row == sheet_row(path, "People", person.uuid)
    assert (title.column, title.exported, title.ours, title.theirs) == (
        "Job title",
        person.job_title,
        "Detective Sergeant",
        "Prevent Coordinator",
    )
    by_row = {r.row: r for r in actions.rows}
    assert by_row[status.row].outcome is Outcome.CONFLICT
    assert by_row[status.row].changes == []  # nothing else in that row changed
    (updated,) = [r for r in actions.rows if r.outcome is Outcome.UPDATED]
    assert updated.row == sheet_row(path, "Actions", other.uuid)
    assert [(c.field, c.new) for c in updated.changes] == [("progress", returned["new_progress"])]
    assert actions.count(Outcome.CONFLICT) == 1 and people.count(Outcome.CONFLICT) == 1
    for sheet in result.imported_sheets:
        others = {o for o in Outcome if sheet.count(o)} - {Outcome.UNCHANGED}
        assert others <= {Outcome.CONFLICT, Outcome.UPDATED}, sheet.name
    # Counted as conflicts only: the conflicting entities are neither updated nor unchanged.
    assert result.updated.actions == 1 and result.updated.people == 0
    assert result.to_json(applied=False)["conflicts"] == 2


def test_applying_without_a_choice_changes_nothing(returned):
    db, plan_id = returned["db"], returned["plan_id"]
    before = batches(db)
    result = apply_import(db, preview(db, plan_id, returned["path"]))
    assert not result.applied and result.unresolved == 2 and result.batch_id is None
    assert batches(db) == before
    action = action_service.get_action(db.unit_of_work(), returned["action"].id, TODAY)
    other = action_service.get_action(db.unit_of_work(), returned["other"].id, TODAY)
    assert action.status is ActionStatus.BLOCKED  # ours, untouched
    assert other.progress == returned["other"].progress  # the plain update waits too
    assert (
        people_service.get_person(db.unit_of_work(), returned["person"].id).job_title == "Detective Sergeant"
    )


def test_prefer_theirs_takes_the_file_and_the_plain_update(returned):
    db, plan_id = returned["db"], returned["plan_id"]
    result = apply_import(db, preview(db, plan_id, returned["path"]), prefer="theirs")
    assert result.applied and result.took_theirs == 2 and result.kept_ours == 0
    assert "2 conflicts took theirs" in result.description
    action = action_service.get_action(db.unit_of_work(), returned["action"].id, TODAY)
    assert action.status is ActionStatus.COMPLETE
    assert action.progress == 100 and action.completed_on == TODAY  # completing follows the rules
    other = action_service.get_action(db.unit_of_work(), returned["other"].id, TODAY)
    assert other.progress == returned["new_progress"]
    person = people_service.get_person(db.unit_of_work(), returned["person"].id)
    assert person.job_title == "Prevent Coordinator"
    # One undoable batch puts everything back as it was here.
    history.undo_batch(db.unit_of_work(), result.batch_id)
    assert action_service.get_action(db.unit_of_work(), action.id, TODAY).status is ActionStatus.BLOCKED
    assert people_service.get_person(db.unit_of_work(), person.id).job_title == "Detective Sergeant"


def test_prefer_ours_keeps_our_values_and_applies_the_plain_update(returned):
    db, plan_id = returned["db"], returned["plan_id"]
    result = apply_import(db, preview(db, plan_id, returned["path"]), prefer=Resolution.OURS)
    assert result.applied and result.took_theirs == 0 and result.kept_ours == 2
    assert action_service.get_action(db.unit_of_work(), returned["action"].id, TODAY).status is (
        ActionStatus.BLOCKED
    )
    other = action_service.get_action(db.unit_of_work(), returned["other"].id, TODAY)
    assert other.progress == returned["new_progress"]
    assert (
        people_service.get_person(db.unit_of_work(), returned["person"].id).job_title == "Detective Sergeant"
    )


def test_each_conflict_can_be_chosen_on_its_own(returned):
    db, plan_id = returned["db"], returned["plan_id"]
    result = preview(db, plan_id, returned["path"])
    status = next(c for c in result.conflicts if c.field == "status")
    title = next(c for c in result.conflicts if c.field == "job_title")
    # One choice alone still leaves the other open: nothing is written.
    assert not apply_import(db, result, resolutions={status.key: "theirs"}).applied
    with pytest.raises(ValidationError, match="no conflict"):
        apply_import(db, result, resolutions={("Actions", 9999, "status"): "theirs"})
    with pytest.raises(ValidationError, match="theirs or ours"):
        apply_import(db, result, prefer="mine")
    applied = apply_import(db, result, resolutions={status.key: "ours", title.key: Resolution.THEIRS})
    assert applied.applied and applied.took_theirs == 1 and applied.kept_ours == 1
    assert (status.resolution, title.resolution) == (Resolution.OURS, Resolution.THEIRS)
    assert action_service.get_action(db.unit_of_work(), returned["action"].id, TODAY).status is (
        ActionStatus.BLOCKED
    )
    assert people_service.get_person(db.unit_of_work(), returned["person"].id).job_title == (
        "Prevent Coordinator"
    )


def test_skip_invalid_keeps_ours_for_open_conflicts_and_applies_the_rest(returned):
    db, plan_id = returned["db"], returned["plan_id"]
    result = apply_import(db, preview(db, plan_id, returned["path"]), skip_invalid=True)
    assert result.applied and result.unresolved == 2 and result.kept_ours == 2
    assert action_service.get_action(db.unit_of_work(), returned["action"].id, TODAY).status is (
        ActionStatus.BLOCKED
    )
    other = action_service.get_action(db.unit_of_work(), returned["other"].id, TODAY)
    assert other.progress == returned["new_progress"]


def test_local_edits_survive_an_export_returned_untouched(demo_db, tmp_path):
    """Whatever changed here since, a file the partner left alone changes nothing and raises no conflict."""
    db, plan_id = demo_db
    path = tmp_path / "untouched.xlsx"
    export(db, plan_id, path)
    police = org_id(db, POLICE)
    council = org_id(db, "Northvale Council")
    action, other, third = in_progress_actions(db, plan_id)[:3]
    person = person_of(db, police)
    action_service.update_action(
        db.unit_of_work(),
        action.id,
        status=ActionStatus.BLOCKED,
        due_date=(action.due_date or TODAY) + timedelta(days=14),
        partner_ids=[police, council],
        today=TODAY,
    )
    action_service.add_update(db.unit_of_work(), action.id, "Venue confirmed here", on_date=TODAY)
    action_service.set_rag_override(db.unit_of_work(), other.id, Rag.RED, "Board concern")
    people_service.update_person(
        db.unit_of_work(), person.id, job_title="Detective Sergeant", role_group="Safeguarding lead"
    )
    record = training_service.list_records(db.unit_of_work(), person.id)[0]
    training_service.update_record(db.unit_of_work(), record.id, evidence="Certificate checked", today=TODAY)
    leaver = person_of(db, police, skip=1)
    people_service.delete_people(db.unit_of_work(), [leaver.id])
    action_service.delete_actions(db.unit_of_work(), [third.id])
    kept = training_service.list_records(db.unit_of_work(), person_of(db, police, skip=2).id)
    training_service.delete_record(db.unit_of_work(), kept[0].id)

    result = preview(db, plan_id, path)
    assert result.conflicts == []
    assert_all_unchanged(result, DATA_SHEETS)
    notes = [w.message for s in result.sheets for w in s.warnings]
    assert any("was deleted here since the export" in m and leaver.last_name in m for m in notes)
    assert any("was deleted here since the export" in m and third.title in m for m in notes)
    assert any("deleted or re-dated here since the export" in m for m in notes)
    before = batches(db)
    assert apply_import(db, result).applied
    assert batches(db) == before  # nothing to write: not even an import batch
    after = action_service.get_action(db.unit_of_work(), action.id, TODAY)
    assert after.status is ActionStatus.BLOCKED and after.latest_update == "Venue confirmed here"
    assert set(after.partner_ids) == {police, council}
    assert action_service.get_action(db.unit_of_work(), other.id, TODAY).rag_override is Rag.RED
    assert people_service.get_person(db.unit_of_work(), person.id).job_title == "Detective Sergeant"
    with db.unit_of_work() as uow:
        assert uow.session.execute(select(Person.id).where(Person.uuid == leaver.uuid)).first() is None


def test_the_same_change_on_both_sides_and_a_change_undone_are_not_conflicts(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "both.xlsx"
    export(db, plan_id, path)
    action, other = in_progress_actions(db, plan_id)[:2]
    action_service.update_action(db.unit_of_work(), action.id, status=ActionStatus.BLOCKED, today=TODAY)
    changed = action_service.update_action(db.unit_of_work(), other.id, notes="Changed here", today=TODAY)
    undo = [b for b in history.list_batches(db.unit_of_work()) if b.description.startswith("Edited action")][
        0
    ]
    history.undo_batch(db.unit_of_work(), undo.id)  # the notes are as exported again
    assert action_service.get_action(db.unit_of_work(), other.id, TODAY).notes == other.notes
    edit_cell(path, "Actions", action.uuid, "Status", "Blocked")  # the partner made the same change
    edit_cell(path, "Actions", other.uuid, "Notes", "Changed by the partner")
    result = preview(db, plan_id, path)
    assert result.conflicts == []
    actions = next(s for s in result.sheets if s.name == "Actions")
    (updated,) = [r for r in actions.rows if r.outcome is Outcome.UPDATED]
    assert updated.row == sheet_row(path, "Actions", changed.uuid)
    assert [(c.field, c.new) for c in updated.changes] == [("notes", "Changed by the partner")]


def test_a_row_deleted_here_and_edited_by_the_partner_is_a_conflict(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "deleted.xlsx"
    export(db, plan_id, path)
    person = person_of(db, org_id(db, POLICE))
    people_service.delete_people(db.unit_of_work(), [person.id])
    edit_cell(path, "People", person.uuid, "Job title", "Returned to post")
    result = preview(db, plan_id, path)
    (conflict,) = result.conflicts
    assert (conflict.sheet, conflict.field, conflict.ours) == ("People", "record", "(deleted)")
    assert "deleted here since the export" in conflict.message
    assert result.created.people == 0  # not counted as new unless the user takes it
    assert not apply_import(db, result).applied
    applied = apply_import(db, result, prefer="theirs")
    assert applied.applied and applied.created.people == 1 and applied.rows_new == 1
    with db.unit_of_work() as uow:
        back = uow.session.execute(select(Person).where(Person.uuid == person.uuid)).scalar_one()
        assert back.job_title == "Returned to post"


def test_a_returned_export_previewed_later_keeps_the_rag_rule(demo_db, tmp_path):
    """RAG cells as exported are not overrides, even when the rule's RAG has moved on since."""
    db, plan_id = demo_db
    path = tmp_path / "later.xlsx"
    export(db, plan_id, path)
    from actionplan.exchange.importer import preview_import

    later = preview_import(db, path, plan_id=plan_id, today=TODAY + timedelta(days=120))
    actions = next(s for s in later.sheets if s.name == "Actions")
    assert [r.changes for r in actions.rows if r.outcome is not Outcome.UNCHANGED] == []


# ---------------------------------------------------------------- the command line


@pytest.fixture
def cli_returned(capsys, data_dir, tmp_path):
    """The demo in a data folder, exported, and edited on both sides; returns (run, path)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("demo", "--people", "40", "--seed", "3")[0] == 0
    path = tmp_path / "returned.xlsx"
    assert run("export", str(path))[0] == 0
    from actionplan.services import open_database

    db = open_database(cli_database_url(data_dir))
    try:
        actions = [
            a
            for a in action_service.list_actions(db.unit_of_work(), _plan_id(db), date.today())
            if a.status is ActionStatus.IN_PROGRESS and a.requirement_id is None
        ]
        action = actions[0]
        action_service.update_action(db.unit_of_work(), action.id, status=ActionStatus.BLOCKED)
    finally:
        db.close()
    edit_cell(path, "Actions", action.uuid, "Status", "Complete")
    return run, path, action


def _plan_id(db) -> int:
    from actionplan.services import plans

    return plans.list_plans(db.unit_of_work())[0].id


def test_the_command_line_stops_on_conflicts_and_lists_them(cli_returned):
    run, path, action = cli_returned
    code, out, err = run("import", str(path))
    assert code == 1 and err == ""
    row = sheet_row(path, "Actions", action.uuid)
    assert "1 row in conflict" in out
    assert (
        f"Row {row}, Status: conflict: ours “Blocked”, theirs “Complete” (at the export “In progress”)" in out
    )
    assert "Nothing was imported: 1 field was changed both here and in the file" in out
    assert "--prefer theirs" in out

    code, out, _err = run("import", str(path), "--json", "--dry-run")
    assert code == 1
    data = json.loads(out)
    assert data["conflicts"] == 1 and data["applied"] is False and data["exported_at"]
    actions = next(s for s in data["sheets"] if s["sheet"] == "Actions")
    assert actions["conflicts"] == 1 and actions["rejected"] == 0
    (conflict,) = actions["conflict_details"]
    assert set(conflict) == {"row", "column", "field", "exported", "ours", "theirs", "message", "resolution"}
    assert (conflict["row"], conflict["column"], conflict["ours"], conflict["theirs"]) == (
        row,
        "Status",
        "Blocked",
        "Complete",
    )
    people = next(s for s in data["sheets"] if s["sheet"] == "People")
    assert people["conflicts"] == 0 and people["conflict_details"] == []

    code, out, _err = run("import", str(path), "--json", "--prefer", "theirs")
    assert code == 0
    data = json.loads(out)
    assert data["applied"] is True and data["conflicts"] == 1
    actions = next(s for s in data["sheets"] if s["sheet"] == "Actions")
    assert actions["conflict_details"][0]["resolution"] == "theirs"


def test_the_command_line_can_keep_ours(cli_returned):
    run, path, _action = cli_returned
    code, out, _err = run("import", str(path), "--prefer", "ours")
    assert code == 0
    assert "Conflicts: 0 took the file's value, 1 kept ours." in out


def cli_database_url(data_dir: Path) -> str:
    """The database the command line uses with ``--data-dir data_dir`` (or $ACTIONPLAN_DB)."""
    return resolve_database_url(None, resolve_paths(data_dir))
